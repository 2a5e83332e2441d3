import { readFile, realpath, stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { extname, relative, sep } from 'node:path';
import { oneAtATime } from './one-at-a-time';
import { fileVersion, listStudioFiles, versionOnDisk, writeAtomically } from './studio-files';
import { PathRefused, READABLE_EXTENSIONS, resolveInside, WRITABLE_EXTENSIONS } from './studio-paths';
import { hostAllowed, newToken, originAllowed, tokenMatches } from './studio-security';

/**
 * How to start the studio's server.
 *
 * @example
 * const options: StudioOptions = { assets: 'dist/studio', dir: 'rules', port: 0 };
 */
export interface StudioOptions {
  /** The built page (`dist/studio`): index.html, the script, the style sheet, the bundled rules and examples. */
  assets: string;
  /** The folder whose rule files are listed and saved; without it the studio is read-only. */
  dir?: string;
  /** The port on 127.0.0.1; 0 (default) takes a free one. */
  port?: number;
  /** The run's token; default a fresh random one. */
  token?: string;
}

/**
 * A running studio server.
 *
 * @example
 * const studio = await startStudio({ assets: 'dist/studio', dir: 'rules' });
 * console.log(studio.url); // http://127.0.0.1:41234/?token=…
 * await studio.close();
 */
export interface Studio {
  /** The page's address with the run's token: the only way in. */
  url: string;
  /** `http://127.0.0.1:<port>`. */
  origin: string;
  port: number;
  token: string;
  /** The folder saved to, resolved; undefined when read-only. */
  dir?: string;
  close(): Promise<void>;
}

/** The header the page sends the token in (a custom header also makes a cross-site request need a preflight, which is refused). */
export const TOKEN_HEADER = 'x-qgrade-token';

/**
 * The header a read file's version comes in, and a save sends back the
 * version it was edited from: the save is refused (409) when the file on
 * disk is no longer that version. A save without it overwrites.
 */
export const VERSION_HEADER = 'x-qgrade-version';

/** The header every answer of the studio server carries, so a page without the token can tell it is not the static build. */
export const STUDIO_HEADER = 'x-qgrade-studio';

/** Largest file saved, in bytes. */
const MAX_SAVE_BYTES = 8 * 1024 * 1024;

// The page's own scripts and styles only; no eval, no inline script, no request to anywhere else.
const CSP =
  "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; connect-src 'self'; img-src 'self' data: blob:; font-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

/**
 * Starts the studio on 127.0.0.1: serves the page, and an API under
 * `/api/` to list, read and save the files of `dir`. Every request must
 * name this server in its Host header and, when it has an Origin, come
 * from this server's page; every API request must carry the run's token.
 * Saving writes only `.yaml`/`.yml` files inside `dir`.
 */
export async function startStudio(options: StudioOptions): Promise<Studio> {
  const token = options.token ?? newToken();
  const dir = options.dir === undefined ? undefined : await realpath(options.dir);
  if (dir !== undefined && !(await stat(dir)).isDirectory())
    throw new Error(`${options.dir} is not a folder`);
  const assets = await realpath(options.assets);
  let port = 0;
  // Per file, a save's version check and its write are one step: of two saves from one version, one wins.
  const saving = oneAtATime();
  const server: Server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      // The message of a file-system error names absolute paths (the temporary file's too): the code only.
      const code = (error as NodeJS.ErrnoException | undefined)?.code;
      if (!res.headersSent) send(res, 500, { error: `internal error${code ? ` (${code})` : ''}` });
      else res.destroy();
    });
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (!hostAllowed(req.headers.host, port)) return send(res, 403, { error: 'foreign Host' });
    if (!originAllowed(req.headers.origin, port)) return send(res, 403, { error: 'foreign Origin' });
    const url = new URL(req.url ?? '/', `http://127.0.0.1:${port}`);
    if (!url.pathname.startsWith('/api/')) return serveAsset(req, res, url.pathname);
    const given = req.headers[TOKEN_HEADER];
    if (!tokenMatches(typeof given === 'string' ? given : undefined, token)) {
      // `token` tells the page which of the two it is, to say so in its own language.
      return send(res, 403, {
        error: 'missing or wrong token',
        token: given === undefined ? 'missing' : 'wrong',
      });
    }
    if (url.pathname === '/api/files' && req.method === 'GET') {
      // `truncated` only when the limits left files out: the page says so (hostile-38 M4).
      const list = dir ? await listStudioFiles(dir) : { files: [] };
      return send(res, 200, { writable: dir !== undefined, ...list });
    }
    if (url.pathname !== '/api/file') return send(res, 404, { error: 'no such API' });
    if (dir === undefined)
      return send(res, 403, { error: 'read-only: the studio was started without a folder' });
    const path = url.searchParams.get('path') ?? '';
    try {
      if (req.method === 'GET') {
        const file = await resolveInside(dir, path, READABLE_EXTENSIONS);
        const body = await readFile(file).catch(() => undefined);
        if (!body) {
          // `optional`: the page asks whether a file is there (the suite beside a rule file), and none is an
          // answer, not an error: 204, which the browser does not log as a failed request (studio-author-43 N5).
          if (url.searchParams.has('optional')) {
            res.writeHead(204, headers('application/octet-stream'));
            res.end();
            return;
          }
          return send(res, 404, { error: `no such file: ${path}` });
        }
        res.writeHead(200, { ...headers('application/octet-stream'), [VERSION_HEADER]: fileVersion(body) });
        res.end(body);
        return;
      }
      if (req.method === 'PUT') {
        const file = await resolveInside(dir, path, WRITABLE_EXTENSIONS);
        const body = await readBody(req, MAX_SAVE_BYTES);
        if (body === undefined) return send(res, 413, { error: 'file too large' });
        const base = req.headers[VERSION_HEADER];
        const refused = await saving(file, async () => {
          if (typeof base === 'string') {
            const now = await versionOnDisk(file);
            if (now !== base)
              return { status: 409, error: `changed on disk since it was opened: ${path}`, version: now };
          }
          try {
            await writeAtomically(file, body);
          } catch (error) {
            // The page saves only files it listed; a new folder is made outside the studio, not by a save.
            const code = (error as NodeJS.ErrnoException).code;
            if (code === 'ENOENT' || code === 'ENOTDIR') {
              const folder = path.slice(0, path.lastIndexOf('/'));
              return { status: 404, error: `no such folder: ${folder || '.'}` };
            }
            // The whole path too long for the system (each name was checked): the request's fault, said so.
            if (code === 'ENAMETOOLONG')
              return { status: 400, error: `the path is too long: ${path.slice(0, 80)}…` };
            throw error;
          }
          return undefined;
        });
        if (refused) {
          const { status, ...answer } = refused;
          return send(res, status, answer);
        }
        const version = fileVersion(body);
        res.writeHead(200, { ...headers('application/json; charset=utf-8'), [VERSION_HEADER]: version });
        // The name the file has in the folder, as the list gives it: `my//a.yaml` was saved as my/a.yaml (studio-29 F2).
        res.end(JSON.stringify({ saved: relative(dir, file).split(sep).join('/'), version }));
        return;
      }
      return send(res, 405, { error: 'method not allowed' });
    } catch (error) {
      if (error instanceof PathRefused) return send(res, error.status, { error: error.message });
      throw error;
    }
  }

  async function serveAsset(req: IncomingMessage, res: ServerResponse, pathname: string): Promise<void> {
    if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, { error: 'method not allowed' });
    let rel: string;
    try {
      rel = pathname === '/' ? 'index.html' : decodeURIComponent(pathname.slice(1));
    } catch {
      // `%E0%A4%A`, `%`: not a name at all (decodeURIComponent's URIError was a 500).
      return send(res, 400, { error: 'a bad percent-escape in the address' });
    }
    let file: string;
    try {
      file = await resolveInside(assets, rel, [
        '.html',
        '.js',
        '.css',
        '.json',
        '.svg',
        '.png',
        ...READABLE_EXTENSIONS,
      ]);
    } catch {
      return send(res, 404, { error: 'not found' });
    }
    const body = await readFile(file).catch(() => undefined);
    if (!body) return send(res, 404, { error: 'not found' });
    res.writeHead(200, headers(TYPES[extname(file)] ?? 'application/octet-stream'));
    res.end(req.method === 'HEAD' ? undefined : body);
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  const address = server.address();
  port = typeof address === 'object' && address ? address.port : 0;
  const origin = `http://127.0.0.1:${port}`;
  return {
    url: `${origin}/?token=${token}`,
    origin,
    port,
    token,
    dir,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

function headers(type: string): Record<string, string> {
  return {
    'content-type': type,
    'content-security-policy': CSP,
    'x-content-type-options': 'nosniff',
    // The token is in the page's address: never send it on.
    'referrer-policy': 'no-referrer',
    'cache-control': 'no-store',
    [STUDIO_HEADER]: '1',
  };
}

function send(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, headers('application/json; charset=utf-8'));
  res.end(JSON.stringify(body));
}

async function readBody(req: IncomingMessage, max: number): Promise<Buffer | undefined> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > max) return undefined;
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}
