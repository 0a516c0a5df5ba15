/**
 * list[index], or undefined outside the list. For reads that may fall before the start ("the token
 * before this one"): V8 takes a negative index for a property name ("-1"), and a line of optimised code
 * that has read one does every later read through its slowest, megamorphic look-up.
 */
export function itemAt<T>(list: readonly T[], index: number): T | undefined {
  return index >= 0 && index < list.length ? list[index] : undefined;
}
