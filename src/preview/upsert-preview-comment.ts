// Keeps the one preview comment on a pull request: created once, then edited in place, never doubled.
import { PREVIEW_MARKER } from '../core/report/render-preview.ts';
import type { IssuesApi } from '../github/issues-api.ts';

export type PreviewOutcome = 'created' | 'updated' | 'unchanged';

export async function upsertPreviewComment(api: IssuesApi, pullNumber: number, actionLogin: string, body: string): Promise<PreviewOutcome> {
  const comments = await api.listComments(pullNumber);
  // Only our own comment counts: a person quoting the marker does not get their comment edited.
  const ours = comments.find((comment) => comment.author?.toLowerCase() === actionLogin.toLowerCase() && comment.body.startsWith(PREVIEW_MARKER));
  if (ours === undefined) {
    await api.comment(pullNumber, body);
    return 'created';
  }
  if (ours.body === body) return 'unchanged';
  await api.updateComment(ours.id, body);
  return 'updated';
}
