// bottleneck (the queues of octokit's throttling plugin) yields to the event loop with setTimeout(0)
// several times per job, so that its in-memory store behaves like its Redis one: at least 1 ms each,
// about 11 ms a request, 2 s over the 200 pages of 20,000 issues. Its limiters here yield with
// setImmediate instead: the same order of events, without the timer's wait. Pacing (minTime),
// concurrency and the plugin's retries are bottleneck's own and unchanged.
import Bottleneck from 'bottleneck/light.js';

interface YieldingStore {
  Promise: PromiseConstructor;
  yieldLoop: (wait?: number) => Promise<void>;
}

function yieldPromptly(limiter: Bottleneck): void {
  // `_store` is bottleneck's in-memory datastore (bottleneck is pinned: 2.19.5, its last release).
  const store = (limiter as unknown as { _store?: YieldingStore })._store;
  if (!store || typeof store.yieldLoop !== 'function') return;
  store.yieldLoop = (wait = 0) => new store.Promise<void>((resolve) => (wait > 0 ? setTimeout(resolve, wait) : setImmediate(resolve)));
}

class PromptGroup extends Bottleneck.Group {
  constructor(options?: Bottleneck.ConstructorOptions) {
    super(options);
    this.on('created', (limiter) => yieldPromptly(limiter));
  }
}

/** For the throttling plugin's documented `Bottleneck` option, and for the adapter's own groups. */
export class PromptBottleneck extends Bottleneck {
  static override Group = PromptGroup;

  constructor(options?: Bottleneck.ConstructorOptions) {
    super(options);
    yieldPromptly(this);
  }
}
