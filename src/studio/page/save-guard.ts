/// <reference lib="dom" />
/**
 * Keeping an author's work: asking before unsaved edits are dropped (another
 * file opened, the page left or reloaded), what a save did in words, the
 * choice offered when the file changed on disk meanwhile, and what the mode
 * line says about how the page reaches its files.
 */
import type { Language } from '../../browser';
import { fill, h } from './dom';
import type { Access, SaveOutcome } from './file-source';
import { TEXTS as T } from './texts';

/** The mode line: static build, the token missing or not this run's, read-only, or nothing (a folder to save to). */
export function modeText(access: Access, writable: boolean, lang: Language): string {
  if (access === 'static') return T.staticMode[lang];
  if (access === 'no-token') return T.noToken[lang];
  if (access === 'wrong-token') return T.wrongToken[lang];
  return writable ? '' : T.readOnly[lang];
}

/** Whether the author agrees to drop the unsaved edits of `path` (the browser's confirm: OK discards, Cancel stays). */
export function confirmDiscard(path: string, lang: Language): boolean {
  // Full-width quotes need no space before the Chinese text.
  const name = lang === 'zh' ? `“${path}”` : `"${path}" `;
  return window.confirm(`${name}${T.discardChanges[lang]}`);
}

/**
 * Whether to go on with a save of `text` over a file whose text was `saved`:
 * an empty editor over a file that has text is written only when the author
 * confirms it (an undo or a select-all too many should not empty the file).
 */
export function confirmEmptySave(text: string, saved: string, path: string, lang: Language): boolean {
  if (text.trim() !== '' || saved.trim() === '') return true;
  const name = lang === 'zh' ? `“${path}”：` : `"${path}": `;
  return window.confirm(`${name}${T.saveEmpty[lang]}`);
}

/**
 * Ctrl+S (Cmd+S on a Mac) anywhere in the page calls `save`, as the save
 * button does, instead of the browser saving the page as HTML.
 */
export function saveOnCtrlS(save: () => void): void {
  window.addEventListener('keydown', (event) => {
    if (!(event.ctrlKey || event.metaKey) || event.altKey || event.shiftKey) return;
    if (event.key.toLowerCase() !== 's') return;
    event.preventDefault();
    if (!event.repeat) save();
  });
}

/** Makes the browser ask before the page is left or reloaded while `dirty()` says there are unsaved edits. */
export function guardUnload(dirty: () => boolean): void {
  window.addEventListener('beforeunload', (event) => {
    if (!dirty()) return;
    event.preventDefault();
    // Older browsers show the prompt only when returnValue is set.
    event.returnValue = '';
  });
}

/** What the save note says after a save. */
export function outcomeText(how: SaveOutcome, lang: Language): string {
  if (how === 'saved') return T.saved[lang];
  if (how === 'saved-as') return T.savedAs[lang];
  if (how === 'downloaded') return T.downloaded[lang];
  return T.saveCancelled[lang];
}

/**
 * Shows in `note` that the file changed on disk since it was opened, with
 * the two ways on: overwrite it anyway, or load the disk version. The
 * editor's text stays as it is until the author picks one.
 */
export function showConflict(
  note: HTMLElement,
  lang: Language,
  choices: { overwrite: () => void; reload: () => void },
): void {
  const overwrite = h('button', { type: 'button', id: 'conflict-overwrite' }, T.overwrite[lang]);
  const reload = h('button', { type: 'button', id: 'conflict-reload' }, T.reloadDisk[lang]);
  overwrite.addEventListener('click', choices.overwrite);
  reload.addEventListener('click', choices.reload);
  fill(note, h('span', { class: 'no', id: 'conflict' }, T.conflict[lang]), ' ', overwrite, ' ', reload);
}
