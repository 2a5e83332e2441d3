/**
 * Freezes a tree of plain data (objects and arrays) all the way down, so an
 * edit throws in strict mode (and fails silently otherwise) instead of
 * leaving a copy that no longer says what the grader grades by. Walks with
 * a stack, not recursion; a part already frozen is not walked again.
 */
export function deepFreeze<T>(value: T): T {
  const stack: unknown[] = [value];
  while (stack.length > 0) {
    const v = stack.pop();
    if (typeof v !== 'object' || v === null || Object.isFrozen(v)) continue;
    Object.freeze(v);
    for (const key of Object.keys(v)) stack.push((v as Record<string, unknown>)[key]);
  }
  return value;
}
