import { type Completion, snippet } from '@codemirror/autocomplete';
import type { EditorView } from '@codemirror/view';
import { renameKey } from './text-skeleton';

/** Whether a key option is for a list: its type, as the option's detail gives it (`array`, `array,null`). */
export function isListOption(option: Completion): boolean {
  return option.type === 'property' && typeof option.detail === 'string' && /\barray\b/.test(option.detail);
}

/**
 * A key option's `apply` for a list key (`criteria`, `scope`, `grades`): the
 * key and its colon, the next line indented with `- ` and the cursor after
 * it, as every example writes a list. codemirror-json-schema inserted
 * `criteria: []`, an empty list already, and the items an author then wrote
 * under it made the file fail to parse (newcomer-22 finding 1). The key alone
 * when a colon already follows it (renaming a key).
 */
export function applyListKey(name: string): Completion['apply'] {
  return (view: EditorView, completion: Completion, from: number, to: number) => {
    if (renameKey(view, name, from, to)) return;
    snippet(`${name}:\n\t- \${1}`)(view, completion, from, to);
  };
}
