// Faults on demand: rules that make chosen requests fail, slow down or lose their connection, and
// the "cut" that resets every connection after a number of requests.

export type FaultKind =
  | { status: 500 | 502 | 503; afterCommit?: boolean }
  | { secondaryRateLimit: true; retryAfter?: number }
  | { reset: true; afterCommit?: boolean }
  | { delayMs: number };

export type FaultRule = {
  /** HTTP method, any case; all methods when left out. */
  method?: string;
  /** A RegExp or a string, matched against the path without its query (in both its spellings:
   * /repositories/{id}/… as in Link URLs, and /repos/{owner}/{repo}/…) and, for strings, against
   * the route template such as '/repos/{owner}/{repo}/issues'. All paths when left out. */
  path?: RegExp | string;
  /** Fire from the nth matching request on (1-based, counted from when the rule was added). */
  nth?: number;
  /** How many matching requests fire; default 1, Infinity for all. */
  times?: number;
  kind: FaultKind;
};

export type FaultHandle = {
  /** How many requests this rule has fired on. */
  readonly hits: number;
  remove(): void;
};

export type Faults = {
  add(rule: FaultRule): FaultHandle;
  /** The kinds that fire for this request, in the order the rules were added. */
  fire(method: string, paths: readonly string[], route: string | undefined): FaultKind[];
  /** After k more requests, reset every connection. */
  cutAfter(k: number): void;
  /** Count one arriving request against the cut; true when its connection must be reset. */
  cutsThis(): boolean;
  clear(): void;
};

type LiveRule = { rule: FaultRule; seen: number; hits: number };

function matches(rule: FaultRule, method: string, paths: readonly string[], route: string | undefined): boolean {
  const { path } = rule;
  if (rule.method !== undefined && rule.method.toUpperCase() !== method) return false;
  if (path === undefined) return true;
  if (typeof path === 'string') return paths.includes(path) || path === route;
  return paths.some((candidate) => {
    path.lastIndex = 0;
    return path.test(candidate);
  });
}

export function describeFault(kind: FaultKind): string {
  if ('status' in kind) return `status ${kind.status}${kind.afterCommit ? ' after commit' : ''}`;
  if ('secondaryRateLimit' in kind) return `secondary rate limit${kind.retryAfter === undefined ? '' : `, retry-after ${kind.retryAfter}`}`;
  if ('reset' in kind) return `connection reset${kind.afterCommit ? ' after commit' : ''}`;
  return `delay ${kind.delayMs} ms`;
}

export function createFaults(): Faults {
  let rules: LiveRule[] = [];
  let cut: { after: number; seen: number } | undefined;

  return {
    add(rule) {
      const live: LiveRule = { rule, seen: 0, hits: 0 };
      rules.push(live);
      return {
        get hits() {
          return live.hits;
        },
        remove() {
          rules = rules.filter((candidate) => candidate !== live);
        },
      };
    },
    fire(method, paths, route) {
      const fired: FaultKind[] = [];
      for (const live of rules) {
        if (!matches(live.rule, method, paths, route)) continue;
        live.seen += 1;
        const nth = live.rule.nth ?? 1;
        const times = live.rule.times ?? 1;
        if (live.seen >= nth && live.hits < times) {
          live.hits += 1;
          fired.push(live.rule.kind);
        }
      }
      return fired;
    },
    cutAfter(k) {
      cut = { after: k, seen: 0 };
    },
    cutsThis() {
      if (!cut) return false;
      cut.seen += 1;
      return cut.seen > cut.after;
    },
    clear() {
      rules = [];
      cut = undefined;
    },
  };
}
