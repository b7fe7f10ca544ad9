// GitHub's primary rate limit: a budget of requests per window for each caller, reported in the
// x-ratelimit-* headers of every answer. Windows follow the real clock so that clients computing
// waits from x-ratelimit-reset (as octokit's throttling plugin does) wait the right time.
import type { RateLimitOptions } from './types.ts';

export type RateWindow = { limit: number; remaining: number; used: number; reset: number };

export type RateLimiter = {
  /** The caller's window as it stands, refilled if its reset time has passed. */
  peek(key: string): RateWindow;
  /** Spend one request; false when the window is exhausted. */
  take(key: string): boolean;
  configure(options: RateLimitOptions): void;
};

/** GitHub allows 60 requests an hour to callers without valid credentials. */
export const ANONYMOUS = '';
const ANONYMOUS_LIMIT = 60;
const DEFAULT_WINDOW_SECONDS = 3600;

const nowSeconds = () => Date.now() / 1000;

export function createRateLimiter(initial: RateLimitOptions = { limit: 5000 }): RateLimiter {
  let options = initial;
  const windows = new Map<string, RateWindow>();
  const windowSeconds = () => options.resetInSeconds ?? DEFAULT_WINDOW_SECONDS;
  const limitFor = (key: string) => (key === ANONYMOUS ? ANONYMOUS_LIMIT : options.limit);

  function fresh(key: string, first: boolean): RateWindow {
    const limit = limitFor(key);
    const remaining = first && key !== ANONYMOUS ? Math.min(options.remaining ?? limit, limit) : limit;
    return { limit, remaining, used: limit - remaining, reset: Math.ceil(nowSeconds() + windowSeconds()) };
  }

  function peek(key: string): RateWindow {
    let window = windows.get(key);
    if (!window) {
      window = fresh(key, true);
      windows.set(key, window);
    } else if (nowSeconds() >= window.reset) {
      window = fresh(key, false);
      windows.set(key, window);
    }
    return window;
  }

  return {
    peek,
    take(key) {
      const window = peek(key);
      if (window.remaining <= 0) return false;
      window.remaining -= 1;
      window.used += 1;
      return true;
    },
    configure(next) {
      options = next;
      windows.clear();
    },
  };
}

export function rateLimitHeaders(window: RateWindow): Record<string, string> {
  return {
    'x-ratelimit-limit': String(window.limit),
    'x-ratelimit-remaining': String(window.remaining),
    'x-ratelimit-used': String(window.used),
    'x-ratelimit-reset': String(window.reset),
    'x-ratelimit-resource': 'core',
  };
}
