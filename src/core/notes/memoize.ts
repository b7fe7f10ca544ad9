// Run-long memory for pure functions of a string: notes repeat the same owners, names and headings,
// so each is worked out once a run. The memory is bounded: past `limit` entries it starts again.

/** `compute` must not return undefined: that would be worked out again each time. */
export function memoize<T>(compute: (key: string) => T, limit = 20_000): (key: string) => T {
  const known = new Map<string, T>();
  return (key) => {
    let value = known.get(key);
    if (value !== undefined) return value;
    value = compute(key);
    if (known.size >= limit) known.clear();
    known.set(key, value);
    return value;
  };
}
