// bottleneck (the queues of octokit's throttling plugin, and the limiter the retry plugin makes for
// every request) yields to the event loop with setTimeout(0) several times per job, so that its
// in-memory store behaves like its Redis one: at least 1 ms each, about 12 ms a request, 2.4 s over the
// 200 pages of 20,000 issues. Its in-memory store yields with setImmediate instead: the same order of
// events, without the timer's wait. Pacing (minTime), concurrency and the retries are bottleneck's
// own and unchanged.
import Bottleneck from 'bottleneck/light.js';

interface YieldingStore {
  Promise: PromiseConstructor;
  yieldLoop: (wait?: number) => Promise<void>;
}

let done = false;

/**
 * Makes every bottleneck limiter in this process yield promptly. The retry plugin makes its limiters
 * itself, so the store's prototype is patched, once (bottleneck is pinned: 2.19.5, its last release).
 */
export function makeBottleneckPrompt(): void {
  if (done) return;
  done = true;
  const store = (new Bottleneck() as unknown as { _store?: YieldingStore })._store;
  const prototype = store && (Object.getPrototypeOf(store) as YieldingStore);
  if (!prototype || typeof prototype.yieldLoop !== 'function') return;
  prototype.yieldLoop = function (this: YieldingStore, wait = 0) {
    return new this.Promise<void>((resolve) => (wait > 0 ? setTimeout(resolve, wait) : setImmediate(resolve)));
  };
}
