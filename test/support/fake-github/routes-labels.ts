// Repository labels (list, create, get, update) and the labels of one issue (add, remove). Names
// match case-insensitively, as on GitHub.
import { HttpError, notFound, validationFailed } from './http-error.ts';
import { readLabelInput } from './label-input.ts';
import { paginate } from './pagination.ts';
import type { Route, RouteContext } from './router.ts';
import { issueOr404 } from './routes-issues.ts';
import { toLabel } from './serialize-label.ts';
import { repoApiUrl } from './site.ts';
import { DEFAULT_LABEL_COLOR, type State } from './state.ts';
import type { IssueRecord, LabelRecord } from './types.ts';

const DOCS = 'https://docs.github.com/rest/issues/labels';

function labelOr404(state: State, name: string | undefined, docs: string): LabelRecord {
  const label = state.findLabel(name ?? '');
  if (!label) throw notFound(docs);
  return label;
}

function issueLabels(context: RouteContext, issue: IssueRecord) {
  return issue.labels
    .map((name) => context.site.state.findLabel(name))
    .filter((label): label is LabelRecord => label !== undefined)
    .map((label) => toLabel(context.site, label));
}

function namesToAdd(raw: unknown, docs: string): string[] {
  const list: unknown = Array.isArray(raw) ? raw : (raw as { labels?: unknown } | null)?.labels;
  const names = Array.isArray(list) ? list.map((item: unknown) => (typeof item === 'string' ? item : (item as { name?: unknown } | null)?.name)) : [];
  if (!Array.isArray(list) || names.some((name) => typeof name !== 'string')) {
    throw validationFailed(docs, [{ resource: 'Label', code: 'invalid', field: 'labels', value: list }]);
  }
  return names as string[];
}

export const labelRoutes: Route[] = [
  {
    method: 'GET',
    template: '/repos/{owner}/{repo}/labels',
    docs: `${DOCS}#list-labels-for-a-repository`,
    write: false,
    handle(context) {
      const sorted = [...context.site.state.labels].sort((a, b) => a.name.toLowerCase().localeCompare(b.name.toLowerCase()) || a.id - b.id);
      const page = paginate(sorted, context.query, context.linkBase);
      return { status: 200, body: page.items.map((label) => toLabel(context.site, label)), headers: page.headers };
    },
  },
  {
    method: 'POST',
    template: '/repos/{owner}/{repo}/labels',
    docs: `${DOCS}#create-a-label`,
    write: true,
    handle(context) {
      const { state } = context.site;
      const input = readLabelInput(context.body, state, this.docs);
      const label = state.addLabel({ name: input.name ?? '', color: input.color ?? DEFAULT_LABEL_COLOR, description: input.description ?? null, default: false });
      return {
        status: 201,
        body: toLabel(context.site, label),
        headers: { location: `${repoApiUrl(context.site)}/labels/${encodeURIComponent(label.name)}` },
      };
    },
  },
  {
    method: 'GET',
    template: '/repos/{owner}/{repo}/labels/{name}',
    docs: `${DOCS}#get-a-label`,
    write: false,
    handle(context) {
      return { status: 200, body: toLabel(context.site, labelOr404(context.site.state, context.params.name, this.docs)) };
    },
  },
  {
    method: 'PATCH',
    template: '/repos/{owner}/{repo}/labels/{name}',
    docs: `${DOCS}#update-a-label`,
    write: true,
    handle(context) {
      const { state } = context.site;
      const label = labelOr404(state, context.params.name, this.docs);
      const input = readLabelInput(context.body, state, this.docs, label);
      if (input.name !== undefined && input.name !== label.name) {
        for (const issue of state.issues) issue.labels = issue.labels.map((name) => (name === label.name ? input.name ?? name : name));
        label.name = input.name;
      }
      if (input.color !== undefined) label.color = input.color;
      if (input.description !== undefined) label.description = input.description;
      return { status: 200, body: toLabel(context.site, label) };
    },
  },
  {
    method: 'POST',
    template: '/repos/{owner}/{repo}/issues/{issue_number}/labels',
    docs: `${DOCS}#add-labels-to-an-issue`,
    write: true,
    handle(context) {
      const { state } = context.site;
      const issue = issueOr404(state, context.params.issue_number, this.docs);
      const names = namesToAdd(context.body, this.docs).map((name) => state.ensureLabel(name).name);
      const added = names.filter((name, index) => !issue.labels.includes(name) && names.indexOf(name) === index);
      if (added.length > 0) {
        issue.labels.push(...added);
        issue.updated_at = state.clock.iso();
      }
      return { status: 200, body: issueLabels(context, issue) };
    },
  },
  {
    method: 'DELETE',
    template: '/repos/{owner}/{repo}/issues/{issue_number}/labels/{name}',
    docs: `${DOCS}#remove-a-label-from-an-issue`,
    write: true,
    handle(context) {
      const { state } = context.site;
      const issue = issueOr404(state, context.params.issue_number, this.docs);
      const label = state.findLabel(context.params.name ?? '');
      if (!label || !issue.labels.includes(label.name)) throw new HttpError(404, 'Label does not exist', this.docs);
      issue.labels = issue.labels.filter((name) => name !== label.name);
      issue.updated_at = state.clock.iso();
      return { status: 200, body: issueLabels(context, issue) };
    },
  },
];
