/**
 * Closes `iterator` once its read still pending (`next`, when there is one) has settled; with none pending, at once,
 * and the returned promise waits for it. A read that may never end (a slow input, `tail -f … |`) must not hold up a
 * consumer that stops (a reader gone, `| head`): the input is closed when it comes, and a failure then, of the read
 * or of the closing, has no one left to tell.
 *
 * @example
 * try { … } finally { await closeAfterRead(iterator, next); }
 */
export async function closeAfterRead<T>(
  iterator: Iterator<T> | AsyncIterator<T>,
  next: Promise<unknown> | undefined,
): Promise<void> {
  if (next === undefined) {
    await iterator.return?.();
    return;
  }
  void next.then(
    () => Promise.resolve(iterator.return?.()).catch(() => {}),
    () => {},
  );
}
