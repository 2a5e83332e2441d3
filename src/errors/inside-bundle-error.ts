import { type LocalizedText, localized } from '../text/localized-text';
import { UsageError } from './usage-error';

/**
 * The usage error for a file qgrade keeps beside its code (the bundled rule
 * sets, a worker thread's module) that is not there because qgrade was
 * bundled into the app (esbuild `--bundle`, webpack…): the bundle holds the
 * code, not the package's other files. It says to keep qgrade external,
 * rather than the "__dirname is not defined" or missing-folder error the
 * bundle would otherwise give.
 *
 * @param missing - what could not be found, as the message begins
 * @param instead - what works inside a bundle, as the message ends
 * @example
 * throw insideBundleError(
 *   localized('找不到 qgrade 的包目录', 'cannot find the qgrade package folder'),
 *   localized('或用 parseRuleSet 读规则文件的文本', 'or load a rule file’s text with parseRuleSet'),
 * );
 */
export function insideBundleError(missing: LocalizedText, instead: LocalizedText): UsageError {
  return new UsageError(
    localized(
      `${missing.zh}：qgrade 似乎被打包进了应用（esbuild、webpack 等），包中的其他文件不在代码旁边。请让 qgrade 留在打包之外（esbuild --external:qgrade，并把 qgrade 装在应用的 node_modules 中），${instead.zh}`,
      `${missing.en}: qgrade seems to be bundled into the app (esbuild, webpack…), and the package's other files are not beside its code. Keep qgrade external to the bundle (esbuild --external:qgrade, with qgrade installed in the app's node_modules), ${instead.en}`,
    ),
  );
}
