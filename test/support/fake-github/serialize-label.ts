// Labels and milestones as GitHub renders them inside issues and on their own.
import { toNullableUser } from './serialize-user.ts';
import { HTML_URL, nodeId, repoApiUrl, type Site } from './site.ts';
import type { LabelRecord, MilestoneRecord } from './types.ts';

export function toLabel(site: Site, label: LabelRecord) {
  return {
    id: label.id,
    node_id: nodeId('LA', label.id),
    url: `${repoApiUrl(site)}/labels/${encodeURIComponent(label.name)}`,
    name: label.name,
    color: label.color,
    default: label.default,
    description: label.description,
  };
}

export function toMilestone(site: Site, milestone: MilestoneRecord) {
  const url = `${repoApiUrl(site)}/milestones/${milestone.number}`;
  const issues = site.state.issues.filter((issue) => issue.milestone === milestone.number);
  return {
    url,
    html_url: `${HTML_URL}/${site.state.owner}/${site.state.repo}/milestone/${milestone.number}`,
    labels_url: `${url}/labels`,
    id: milestone.id,
    node_id: nodeId('MI', milestone.id),
    number: milestone.number,
    title: milestone.title,
    description: milestone.description,
    creator: toNullableUser(site, site.state.owner),
    open_issues: issues.filter((issue) => issue.state === 'open').length,
    closed_issues: issues.filter((issue) => issue.state === 'closed').length,
    state: milestone.state,
    created_at: milestone.created_at,
    updated_at: milestone.updated_at,
    due_on: milestone.due_on,
    closed_at: milestone.closed_at,
  };
}
