// Every request that goes on the wire passes here, after octokit's pacing and retry waits (the plugin
// is registered before throttling and retry, so it wraps each attempt): no request once the job is
// cancelled, none while the primary rate limit is spent (GitHub asks for none before
// x-ratelimit-reset), and none that waits for an answer forever.
import { setTimeout as sleep } from 'node:timers/promises';
import type { Octokit, OctokitOptions } from '@octokit/core';
import { rateLimitStop } from './explain-error.ts';
import { CancelledError } from './issues-api.ts';

export interface GateOptions {
  /** Aborted when the runner cancels the job. */
  signal?: AbortSignal;
  /** The longest wait for the rate limit's reset; a later reset stops the run. */
  maxWaitSeconds: number;
  /** An attempt with no answer after this long fails like a reset connection (and may be retried). */
  timeoutMs: number;
  log: (message: string) => void;
}

type Headers = Record<string, string | number | undefined>;

export function requestGate(octokit: Octokit, octokitOptions: OctokitOptions): Record<string, never> {
  const gate = octokitOptions.gate as GateOptions | undefined;
  if (!gate) return {};
  /** Epoch seconds of the reset, while the last answer said the window is spent. */
  let spentUntil = 0;
  const note = (headers: Headers | undefined) => {
    if (!headers || headers['x-ratelimit-remaining'] === undefined) return;
    if (headers['x-ratelimit-resource'] !== undefined && headers['x-ratelimit-resource'] !== 'core') return;
    spentUntil = Number(headers['x-ratelimit-remaining']) === 0 ? Number(headers['x-ratelimit-reset']) || 0 : 0;
  };

  octokit.hook.wrap('request', async (request, options) => {
    if (gate.signal?.aborted) throw new CancelledError();
    // One second after the reset, as GitHub's docs and octokit's throttling plugin do.
    const waitMs = spentUntil * 1000 + 1000 - Date.now();
    if (spentUntil > 0 && waitMs > 0) {
      if (waitMs > gate.maxWaitSeconds * 1000) throw rateLimitStop(spentUntil, gate.maxWaitSeconds);
      gate.log(`GitHub's rate limit for this token is spent; waiting ${Math.ceil(waitMs / 1000)} s for its reset before the next request.`);
      try {
        await sleep(waitMs, undefined, { signal: gate.signal });
      } catch {
        throw new CancelledError();
      }
    }
    options.request = { ...options.request, signal: AbortSignal.timeout(gate.timeoutMs) };
    try {
      const response = await request(options);
      note(response.headers as Headers);
      return response;
    } catch (error) {
      note((error as { response?: { headers?: Headers } }).response?.headers);
      throw error;
    }
  });
  return {};
}
