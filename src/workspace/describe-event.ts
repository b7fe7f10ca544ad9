// What the triggering event asks of the action: pushes (and merged pull requests) sync, an open pull
// request is previewed, a pull request closed without merging does nothing.
import type { context as actionsContext } from '@actions/github';

export type EventPlan =
  | { mode: 'sync'; commit: string }
  | { mode: 'preview'; commit: string; pullNumber: number }
  | { mode: 'ignore'; why: string };

interface PullRequestPayload {
  number?: number;
  merged?: boolean;
  merge_commit_sha?: string | null;
  head?: { sha?: string };
}

export function describeEvent(context: Pick<typeof actionsContext, 'eventName' | 'payload' | 'sha'>): EventPlan {
  if (context.eventName !== 'pull_request' && context.eventName !== 'pull_request_target') {
    return { mode: 'sync', commit: context.sha };
  }
  const pull = (context.payload.pull_request ?? {}) as PullRequestPayload;
  if (context.payload.action === 'closed') {
    return pull.merged && pull.merge_commit_sha
      ? { mode: 'sync', commit: pull.merge_commit_sha }
      : { mode: 'ignore', why: 'the pull request was closed without merging' };
  }
  return { mode: 'preview', commit: pull.head?.sha ?? context.sha, pullNumber: pull.number ?? Number(context.payload.number) };
}
