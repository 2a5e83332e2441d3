/// <reference lib="dom" />
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

/** The header the server expects the token in (see src/studio/studio-server.ts). */
const TOKEN_HEADER = 'x-qgrade-token';

/** The files and how to read and save them. */
export class FileSource {
  /** Texts changed in this page that cannot be written back (read-only and local files). */
  readonly #memory = new Map<string, Uint8Array>();
  readonly #local = new Map<string, Uint8Array>();

  /**
   * @param token - the run's token from the page's address; none in the static build
   */
  constructor(readonly token: string | undefined) {}

  /** Whether a server is behind the page. */
  get server(): boolean {
    return this.token !== undefined;
  }

  /** Whether saving writes to the folder (else it downloads or asks for a place). */
  writable = false;

  /** Every file, folder first, then bundled ones, then those opened in this page. */
  async list(): Promise<StudioFile[]> {
    const files: StudioFile[] = [];
    if (this.token !== undefined) {
      const res = await fetch('api/files', { headers: { [TOKEN_HEADER]: this.token } });
      if (!res.ok) throw new Error(`the studio server refused to list files (${res.status})`);
      const body = (await res.json()) as { writable: boolean; files: string[] };
      this.writable = body.writable;
      for (const path of body.files) files.push({ path, group: 'folder' });
    }
    const shipped = await fetch('files.json').then((r) => (r.ok ? (r.json() as Promise<string[]>) : []));
    for (const path of shipped) files.push({ path, group: 'bundled' });
    for (const path of this.#local.keys()) files.push({ path, group: 'local' });
    return files;
  }

  /** A file's bytes (as changed in this page, if it was). */
  async read(file: StudioFile): Promise<Uint8Array> {
    const key = `${file.group}:${file.path}`;
    const kept = this.#memory.get(key) ?? (file.group === 'local' ? this.#local.get(file.path) : undefined);
    if (kept) return kept;
    if (file.group === 'local') throw new Error(`${file.path} is not open`);
    const res =
      file.group === 'folder'
        ? await fetch(`api/file?path=${encodeURIComponent(file.path)}`, {
            headers: { [TOKEN_HEADER]: this.token ?? '' },
          })
        : await fetch(file.path);
    if (res.status === 404) throw new NotFound(file.path);
    if (!res.ok) throw new Error(`cannot read ${file.path} (${res.status})`);
    return new Uint8Array(await res.arrayBuffer());
  }

  /** A file's text, or undefined when there is no such file. */
  async readText(file: StudioFile): Promise<string | undefined> {
    try {
      return new TextDecoder().decode(await this.read(file));
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
   * Saves a text: to the folder when it is the folder's; else kept in this
   * page and handed to the browser to save (a file picker where there is
   * one, else a download).
   *
   * @returns what happened
   */
  async save(file: StudioFile, text: string): Promise<'saved' | 'downloaded'> {
    if (file.group === 'folder' && this.writable) {
      const res = await fetch(`api/file?path=${encodeURIComponent(file.path)}`, {
        method: 'PUT',
        headers: { [TOKEN_HEADER]: this.token ?? '', 'content-type': 'text/yaml; charset=utf-8' },
        body: text,
      });
      if (!res.ok) {
        const why = await res.json().catch(() => ({ error: res.statusText }));
        throw new Error(`not saved: ${(why as { error: string }).error}`);
      }
      return 'saved';
    }
    this.keep(file, text);
    await download(file.path.split('/').pop() ?? 'rules.yaml', text, 'text/yaml', ['.yaml', '.yml']);
    return 'downloaded';
  }

  /** Keeps a changed text in this page only. */
  keep(file: StudioFile, text: string): void {
    const bytes = new TextEncoder().encode(text);
    if (file.group === 'local') this.#local.set(file.path, bytes);
    else this.#memory.set(`${file.group}:${file.path}`, bytes);
  }
}

/** A file that does not exist (yet). */
export class NotFound extends Error {}

/** Hands a text to the browser to save: the save picker where the browser has one, else a download. */
export async function download(
  name: string,
  text: string,
  type: string,
  extensions: string[],
): Promise<void> {
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
      return;
    } catch (error) {
      if ((error as Error).name === 'AbortError') return;
    }
  }
  downloadLink(name, text, type);
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
