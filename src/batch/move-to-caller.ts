import { Piscina } from 'piscina';

/**
 * A worker's output with its byte buffers moved to the caller's thread
 * rather than copied: the buffers of output text are most of what a batch
 * sends back (or the numbers of its outcomes).
 */
export function moveToCaller<T extends object>(value: T, buffers: readonly ArrayBufferView[]): T {
  const transferable = {
    [Piscina.transferableSymbol]: buffers.map((b) => b.buffer),
    [Piscina.valueSymbol]: value,
  };
  return Piscina.move(transferable as unknown as Parameters<typeof Piscina.move>[0]) as unknown as T;
}
