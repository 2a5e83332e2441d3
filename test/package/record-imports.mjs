// Preloaded with --import: records every module URL the process resolves, and prints them at exit.
import { register } from 'node:module';
import { MessageChannel } from 'node:worker_threads';

const seen = new Set();
const { port1, port2 } = new MessageChannel();
port1.on('message', (url) => seen.add(url));
port1.unref();
register(
  'data:text/javascript,' +
    encodeURIComponent(`let port;
export function initialize(data) { port = data.port; }
export async function resolve(specifier, context, next) {
  const result = await next(specifier, context);
  port.postMessage(result.url);
  return result;
}`),
  { data: { port: port2 }, transferList: [port2] },
);
globalThis.loadedModules = () => [...seen];
