// The fake's clock for resource timestamps. Tests may pin or move it to order events; GitHub writes
// timestamps in ISO 8601 to the second, so milliseconds are dropped.

export type Clock = {
  now(): Date;
  /** The current time as GitHub prints it: 2026-11-28T15:00:00Z. */
  iso(): string;
  /** Replace the time source: a fixed Date, a function, or undefined for the real clock. */
  set(now: Date | (() => Date) | undefined): void;
};

export function formatTimestamp(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

export function createClock(initial?: () => Date): Clock {
  let source: () => Date = initial ?? (() => new Date());
  return {
    now: () => source(),
    iso: () => formatTimestamp(source()),
    set(now) {
      if (now === undefined) source = () => new Date();
      else if (now instanceof Date) source = () => new Date(now.getTime());
      else source = now;
    },
  };
}
