import { type LocalizedText, localized } from '../text/localized-text';

// What the common system error codes mean, in Chinese.
const REASONS_ZH: Record<string, string> = {
  ENOENT: '文件不存在',
  EACCES: '没有权限',
  EPERM: '不允许此操作',
  EISDIR: '这是一个文件夹',
  ENOTDIR: '路径中有一部分不是文件夹',
  EEXIST: '文件已存在',
  EMFILE: '打开的文件过多',
  ENOSPC: '磁盘空间不足',
  EROFS: '文件系统是只读的',
  EBUSY: '文件正被占用',
  EDQUOT: '超出磁盘配额',
  ENAMETOOLONG: '文件名过长',
  EADDRINUSE: '端口已被占用',
  EADDRNOTAVAIL: '地址不可用',
};

/**
 * Why the system (or a library) failed, in both languages: in English its own
 * message, first line; in Chinese the words for a common error code, else its
 * message quoted as it is (qgrade cannot know every library's words).
 *
 * @example
 * systemReason(Object.assign(new Error('EACCES: permission denied'), { code: 'EACCES' })).zh // '没有权限'
 */
export function systemReason(error: unknown): LocalizedText {
  const message = (error instanceof Error ? error.message : String(error)).split('\n')[0]!;
  const code = (error as { code?: unknown } | undefined)?.code;
  const zh = typeof code === 'string' ? REASONS_ZH[code] : undefined;
  return localized(zh ?? `系统信息“${message}”`, message);
}

// The same, in English words for someone who does not read error codes.
const REASONS_EN: Record<string, string> = {
  ENOENT: 'no such file',
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
  EISDIR: 'it is a folder',
  ENOTDIR: 'part of the path is not a folder',
  EEXIST: 'the file already exists',
  EMFILE: 'too many open files',
  ENOSPC: 'no space left on the disk',
  EROFS: 'the file system is read-only',
  EBUSY: 'the file is in use',
  EDQUOT: 'disk quota exceeded',
  ENAMETOOLONG: 'the name is too long',
};

/**
 * Why a file could not be read or written, in both languages: the words
 * for a common error code in each, else as {@link systemReason} says.
 *
 * @example
 * fileReason(Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' })).en // 'no space left on the disk'
 */
export function fileReason(error: unknown): LocalizedText {
  const code = (error as { code?: unknown } | undefined)?.code;
  const reason = systemReason(error);
  const en = typeof code === 'string' ? REASONS_EN[code] : undefined;
  return en === undefined ? reason : localized(reason.zh, en);
}

/**
 * Why `JSON.parse` refused a text, in both languages: its own message in
 * English; in Chinese what went wrong and where, when it says.
 */
export function jsonReason(error: unknown): LocalizedText {
  const message = error instanceof Error ? error.message : String(error);
  const token = /^Unexpected token '(.+?)'/.exec(message)?.[1];
  const position = /at position (\d+)/.exec(message)?.[1];
  const zh = /end of JSON input/.test(message)
    ? '内容意外结束（可能缺少括号或引号）'
    : token !== undefined
      ? `出现了意外的字符“${token}”`
      : position !== undefined
        ? `第 ${Number(position) + 1} 个字符处有误`
        : '格式有误';
  return localized(zh, message);
}
