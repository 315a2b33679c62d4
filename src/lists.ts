/**
 * Appends `items` to `list` in place, one by one. `list.push(...items)` passes every item as an argument: the units of
 * one paragraph's list (150,000 names in a hostile input, a fresh user's find) overflowed the call stack.
 */
export function append<T>(list: T[], items: readonly T[]): void {
  for (const item of items) list.push(item);
}
