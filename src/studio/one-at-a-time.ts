/**
 * Runs tasks one after another per key, each starting when the one before
 * it for the same key has settled (resolved or failed); tasks for other keys
 * run as they come. The studio's saves use it per file, so that checking a
 * file's version and writing it are one step: two saves from the same
 * version cannot both find it unchanged and both write.
 *
 * @example
 * const saves = oneAtATime();
 * await saves('/rules/tea.yaml', async () => { await check(); await write(); });
 */
export function oneAtATime(): <T>(key: string, task: () => Promise<T>) => Promise<T> {
  const tails = new Map<string, Promise<unknown>>();
  return <T>(key: string, task: () => Promise<T>): Promise<T> => {
    const before = tails.get(key) ?? Promise.resolve();
    const run = before.then(task, task);
    // The chain goes on whether this task fails or not; its error is the caller's.
    const tail = run.catch(() => undefined);
    tails.set(key, tail);
    // Forget the key once nothing waits behind this task, so the map does not grow with every file saved.
    void tail.then(() => {
      if (tails.get(key) === tail) tails.delete(key);
    });
    return run;
  };
}
