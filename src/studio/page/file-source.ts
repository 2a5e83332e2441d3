/// <reference lib="dom" />
import { type LineStyle, readStyled } from './line-style';

/**
 * Where the studio's files come from and go to: the local server (a folder
 * it may write, with the run's token), the files shipped beside the page
 * (bundled rule sets and examples, read-only), and files the user opens in
 * the browser. The static build has no server: only the last two.
 */

/** A file shown in the list. */
export interface StudioFile {
  /** Its path: relative to the folder, to the page (`rules/…`, `examples/…`), or a local file's name. */
  path: string;
  /** Where it is. */
  group: 'folder' | 'bundled' | 'local';
}

/** What the studio server's list left out (see `StudioFileList` in src/studio/studio-files.ts). */
export interface ListTruncated {
  files: number;
  atLeast: boolean;
  folders: number;
  maxFiles: number;
  maxDepth: number;
}

/**
 * The line under the folder's files when the list left some out (hostile-38 M4): how many files, and how many
 * folders too deep to be looked into, with the limits and what to do (open the studio on a smaller folder).
 *
 * @example
 * truncatedText({ files: 3000, atLeast: false, folders: 0, maxFiles: 2000, maxDepth: 8 }, 'en');
 * // 'Only the first 2,000 files are listed: 3,000 more are not. Start qgrade studio on a smaller folder to see them.'
 */
export function truncatedText(t: ListTruncated, lang: 'zh' | 'en'): string {
  const n = (v: number) => v.toLocaleString('en');
  const zh: string[] = [];
  const en: string[] = [];
  if (t.files > 0) {
    zh.push(`只列出前 ${n(t.maxFiles)} 个文件，另有${t.atLeast ? '至少 ' : ' '}${n(t.files)} 个未列出`);
    en.push(
      `Only the first ${n(t.maxFiles)} files are listed: ${t.atLeast ? 'at least ' : ''}${n(t.files)} more are not`,
    );
  }
  if (t.folders > 0) {
    zh.push(`${n(t.folders)} 个文件夹深于 ${t.maxDepth} 层，未查看其中的文件`);
    en.push(
      `${n(t.folders)} folder${t.folders === 1 ? ' is' : 's are'} more than ${t.maxDepth} levels down, and ${t.folders === 1 ? 'its' : 'their'} files are not listed`,
    );
  }
  return lang === 'zh'
    ? `${zh.join('；')}。要看到它们，请在更小的文件夹上启动 qgrade studio。`
    : `${en.join('; ')}. Start qgrade studio on a smaller folder to see them.`;
}

/** The header the server expects the token in (see src/studio/studio-server.ts). */
const TOKEN_HEADER = 'x-qgrade-token';
/** The header a file's version comes in and goes back with a save (see src/studio/studio-server.ts). */
const VERSION_HEADER = 'x-qgrade-version';
/** The header on every answer of the studio server, none on a static host's. */
const STUDIO_HEADER = 'x-qgrade-studio';
/** The version sent for a folder file that did not exist when it was read. */
const NO_FILE = 'none';

/**
 * How the page reaches its files: through the studio server with the run's
 * token; the static build (no server); or the studio server without the
 * token, or with one that is not this run's (an old bookmark, a restarted
 * studio), where only the bundled files can be shown.
 */
export type Access = 'server' | 'static' | 'no-token' | 'wrong-token';

/** What a save did: written to the folder, written to a file the author chose, downloaded, or nothing (the dialog was cancelled). */
export type SaveOutcome = 'saved' | 'saved-as' | 'downloaded' | 'cancelled';

/** The files and how to read and save them. */
export class FileSource {
  /** Texts changed in this page that cannot be written back (read-only and local files). */
  readonly #memory = new Map<string, Uint8Array>();
  readonly #local = new Map<string, Uint8Array>();
  /** The version of each folder file as last read or saved here: a save sends it back. */
  readonly #versions = new Map<string, string>();
  /** The bundled files, all of them (the build's list, which nothing changes), once {@link list} read it. */
  #bundled: ReadonlySet<string> | undefined;

  /**
   * @param token - the run's token from the page's address; none in the static build
   */
  constructor(readonly token: string | undefined) {}

  /** How the page reaches its files; known after {@link list}. */
  access: Access = 'static';

  /** Whether saving writes to the folder (else it downloads or asks for a place). */
  writable = false;

  /** What the server's list left out of the folder's files, past its limits; known after {@link list}. */
  truncated: ListTruncated | undefined;

  /** Every file, folder first, then bundled ones, then those opened in this page. */
  async list(): Promise<StudioFile[]> {
    const files: StudioFile[] = [];
    if (this.token === undefined) {
      this.access = (await servedByStudio()) ? 'no-token' : 'static';
    } else {
      const res = await fetch('api/files', { headers: { [TOKEN_HEADER]: this.token } });
      if (res.status === 403) {
        this.access = 'wrong-token';
      } else {
        if (!res.ok) throw new Error(`the studio server refused to list files (${res.status})`);
        const body = (await res.json()) as { writable: boolean; files: string[]; truncated?: ListTruncated };
        this.access = 'server';
        this.writable = body.writable;
        this.truncated = body.truncated;
        for (const path of body.files) files.push({ path, group: 'folder' });
      }
    }
    const shipped = await fetch('files.json').then((r) => (r.ok ? (r.json() as Promise<string[]>) : []));
    this.#bundled = new Set(shipped);
    for (const path of shipped) files.push({ path, group: 'bundled' });
    for (const path of this.#local.keys()) files.push({ path, group: 'local' });
    return files;
  }

  /**
   * A file's bytes (as changed in this page, if it was).
   *
   * @param record - whether a folder file's version is recorded for the next save's conflict check:
   *   not when the page only looks at the disk copy (the comparison's "as saved"), so a change made
   *   elsewhere since the file was opened is still refused at the save
   */
  async read(file: StudioFile, record = true): Promise<Uint8Array> {
    return this.#read(file, record, false);
  }

  /**
   * `optional`: the file may well not be there (the suite beside a rule file), so it is asked for without a
   * request the browser logs as failed (a 404 in the console at each visit of the Tests tab: studio-author-43
   * N5): the server answers a folder's missing file with 204, and a bundled file is looked for in the build's
   * list first.
   */
  async #read(file: StudioFile, record: boolean, optional: boolean): Promise<Uint8Array> {
    const key = `${file.group}:${file.path}`;
    const kept = this.#memory.get(key) ?? (file.group === 'local' ? this.#local.get(file.path) : undefined);
    if (kept) return kept;
    if (optional && file.group === 'bundled' && this.#bundled && !this.#bundled.has(file.path))
      throw new NotFound(file.path);
    // A local file's suite that was never opened nor started here (`x.test.yaml` beside an opened x.yaml) is no
    // file, as a folder's missing one: "Add as test case" starts it (studio-author-43: it threw, and nothing happened).
    if (file.group === 'local') throw new NotFound(file.path);
    const res =
      file.group === 'folder'
        ? await fetch(`api/file?path=${encodeURIComponent(file.path)}${optional ? '&optional' : ''}`, {
            headers: { [TOKEN_HEADER]: this.token ?? '' },
          })
        : await fetch(file.path);
    if (file.group === 'folder' && record) {
      this.#versions.set(file.path, res.ok ? (res.headers.get(VERSION_HEADER) ?? NO_FILE) : NO_FILE);
    }
    if (res.status === 404 || (optional && res.status === 204)) throw new NotFound(file.path);
    if (!res.ok) throw new Error(`cannot read ${file.path} (${res.status})`);
    return new Uint8Array(await res.arrayBuffer());
  }

  /** A file's text, or undefined when there is no such file. */
  async readText(file: StudioFile): Promise<string | undefined> {
    try {
      return new TextDecoder().decode(await this.#read(file, true, true));
    } catch (error) {
      if (error instanceof NotFound) return undefined;
      throw error;
    }
  }

  /**
   * A file's text as the editor shows it and how the file writes it, or undefined when there is no such file.
   *
   * @param record - as {@link FileSource.read}'s
   */
  async readStyledText(
    file: StudioFile,
    record = true,
  ): Promise<{ text: string; style: LineStyle } | undefined> {
    try {
      return readStyled(await this.#read(file, record, true));
    } catch (error) {
      if (error instanceof NotFound) return undefined;
      throw error;
    }
  }

  /** Keeps a file the user opened in the browser. */
  addLocal(name: string, bytes: Uint8Array): StudioFile {
    this.#local.set(name, bytes);
    return { path: name, group: 'local' };
  }

  /**
   * Saves a text: to the folder when it is the folder's, unless the file
   * there changed since this page read it (a {@link Conflict}; `overwrite`
   * saves anyway); else kept in this page and handed to the browser to save
   * (a file picker where there is one, else a download).
   *
   * @returns what happened
   */
  async save(file: StudioFile, text: string, overwrite = false): Promise<SaveOutcome> {
    if (file.group === 'folder' && this.writable) {
      const headers: Record<string, string> = {
        [TOKEN_HEADER]: this.token ?? '',
        'content-type': 'text/yaml; charset=utf-8',
      };
      const base = this.#versions.get(file.path);
      if (base !== undefined && !overwrite) headers[VERSION_HEADER] = base;
      let res: Response;
      try {
        res = await fetch(`api/file?path=${encodeURIComponent(file.path)}`, {
          method: 'PUT',
          headers,
          body: text,
        });
      } catch {
        // The studio was stopped (Ctrl-C): the browser has no answer at all.
        throw new SaveRefused(file.path, 0, '');
      }
      if (res.status === 409) throw new Conflict(file.path);
      if (!res.ok) {
        const why = await res.json().catch(() => ({ error: res.statusText }));
        throw new SaveRefused(file.path, res.status, String((why as { error?: unknown }).error ?? ''));
      }
      const version = res.headers.get(VERSION_HEADER);
      if (version) this.#versions.set(file.path, version);
      return 'saved';
    }
    const how = await download(file.path.split('/').pop() ?? 'rules.yaml', text, 'text/yaml', [
      '.yaml',
      '.yml',
    ]);
    if (how !== 'cancelled') this.keep(file, text);
    return how;
  }

  /** Keeps a changed text in this page only. */
  keep(file: StudioFile, text: string): void {
    const bytes = new TextEncoder().encode(text);
    if (file.group === 'local') this.#local.set(file.path, bytes);
    else this.#memory.set(`${file.group}:${file.path}`, bytes);
  }
}

/** Whether the page came from the studio server (which marks every answer), not a static host or file://. */
async function servedByStudio(): Promise<boolean> {
  const page = await fetch(location.pathname, { method: 'HEAD', cache: 'no-store' }).catch(() => undefined);
  return page?.headers.get(STUDIO_HEADER) === '1';
}

/** A file that does not exist (yet). */
export class NotFound extends Error {}

/** A save refused because the file on disk changed since this page read it (another tab or program saved it). */
export class Conflict extends Error {}

/**
 * A save the studio did not make: `status` 0 when it did not answer (stopped), 403 for a token of an earlier
 * run, else the server's status and its (English) reason, which the page words in its language.
 */
export class SaveRefused extends Error {
  constructor(
    readonly path: string,
    readonly status: number,
    readonly reason: string,
  ) {
    super(`not saved: ${path} (${status || 'no answer'}${reason ? `: ${reason}` : ''})`);
  }
}

/**
 * Hands a text to the browser to save: the save picker where the browser
 * has one, else a download.
 *
 * @returns 'saved-as' when written to the file the author chose, 'cancelled' when the dialog was closed, else 'downloaded'
 */
export async function download(
  name: string,
  text: string,
  type: string,
  extensions: string[],
): Promise<Exclude<SaveOutcome, 'saved'>> {
  const w = window as { showSaveFilePicker?: (o: object) => Promise<FileSystemFileHandle> };
  if (w.showSaveFilePicker) {
    try {
      const handle = await w.showSaveFilePicker({
        suggestedName: name,
        types: [{ accept: { [type]: extensions } }],
      });
      const writable = await handle.createWritable();
      await writable.write(text);
      await writable.close();
      return 'saved-as';
    } catch (error) {
      if ((error as Error).name === 'AbortError') return 'cancelled';
    }
  }
  downloadLink(name, text, type);
  return 'downloaded';
}

/** Saves a text as a download, the browser's usual way (no dialog in most browsers). */
export function downloadLink(name: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
