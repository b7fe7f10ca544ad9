// Run-long memory for pure functions of a string: notes repeat the same owners, names and headings,
// so each is worked out once a run. The memory is bounded: past `limit` entries it starts again.
import { ownString } from './own-string.ts';

/**
 * `compute` must not return undefined: that would be worked out again each time. A key is kept as a
 * copy of its own, and worked out from that copy: a key cut from a note would keep the whole note alive
 * for the run, and so would a value cut from the key.
 */
export function memoize<T>(compute: (key: string) => T, limit = 20_000): (key: string) => T {
  const known = new Map<string, T>();
  return (key) => {
    let value = known.get(key);
    if (value !== undefined) return value;
    const owned = ownString(key);
    value = compute(owned);
    if (known.size >= limit) known.clear();
    known.set(owned, value);
    return value;
  };
}
