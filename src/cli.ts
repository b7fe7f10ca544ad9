// `minutes-to-issues plan [folder]`: the items of a notes folder and the plan the action would make,
// without GitHub; with --repo and GITHUB_TOKEN, against the live issues. It never writes.
import { parseArgs } from 'node:util';
import { resolve } from 'node:path';
import { selectManagedIssues, type ManagedIssue } from './core/issues/managed-issue.ts';
import { planChanges } from './core/plan/plan-changes.ts';
import { renderLocalPreview } from './core/report/render-local-preview.ts';
import { createOctokitIssuesApi } from './github/octokit-issues-api.ts';
import { findNotes } from './workspace/find-notes.ts';
import { parseOptionsOf } from './core/config/config.ts';
import { DEFAULT_CONFIG_PATH, readConfig } from './workspace/read-config.ts';
import { readNotes } from './workspace/read-notes.ts';

const usage = `Usage: minutes-to-issues plan [folder] [options]

Prints the TODO items of the notes in folder (default: .) and the plan the action would carry out.
Writes nothing, anywhere.

Options:
  --config FILE       the config file, relative to folder (default .github/minutes-to-issues.yml)
  --paths GLOB        globs of the notes, relative to folder; repeat it; '!' excludes (default **/*.md)
  --since DATE        notes dated before DATE (YYYY-MM-DD) create no issues
  --repo OWNER/NAME   plan against that repository's issues; needs GITHUB_TOKEN (GITHUB_API_URL for GHES)
  --author LOGIN      the account that created the action's issues (default github-actions[bot])
  --json              print the plan as JSON
  -h, --help          this text`;

async function main(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      config: { type: 'string', default: DEFAULT_CONFIG_PATH },
      paths: { type: 'string', multiple: true, default: [] },
      since: { type: 'string' },
      repo: { type: 'string' },
      author: { type: 'string', default: 'github-actions[bot]' },
      json: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  const [command, folderArgument = '.'] = positionals;
  if (values.help || command !== 'plan') {
    console.log(usage);
    return values.help ? 0 : 2;
  }
  if (values.since !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(values.since)) throw new Error(`--since must be a date like 2024-01-01; got '${values.since}'.`);
  const folder = resolve(folderArgument);
  const { config } = readConfig(folder, values.config);
  const paths = findNotes(folder, values.paths);
  if (paths.length === 0) throw new Error(`No notes match ${values.paths.join(', ') || '**/*.md'} in ${folder}.`);
  const read = readNotes(folder, paths, parseOptionsOf(config));

  const [owner = 'OWNER', repo = 'REPO'] = (values.repo ?? '').split('/');
  let managed: ManagedIssue[] = [];
  if (values.repo !== undefined) {
    if (!/^[\w.-]+\/[\w.-]+$/.test(values.repo)) throw new Error(`--repo must be OWNER/NAME; got '${values.repo}'.`);
    const token = process.env.GITHUB_TOKEN;
    if (!token) throw new Error('--repo needs a token in GITHUB_TOKEN (read access to issues is enough).');
    const api = createOctokitIssuesApi({
      token,
      baseUrl: process.env.GITHUB_API_URL ?? 'https://api.github.com',
      owner,
      repo,
      writeInterval: 0,
      log: (message) => console.error(message),
    });
    managed = selectManagedIssues(await api.listIssues(config.baseLabel), values.author);
  }
  const plan = planChanges({
    notes: read.notes,
    managed,
    config,
    repository: { serverUrl: process.env.GITHUB_SERVER_URL ?? 'https://github.com', owner, repo },
    commit: 'HEAD',
    since: values.since ?? null,
    unreadablePaths: read.unreadable,
    existingLabels: [],
    notAssignable: new Set(),
  });
  console.log(values.json ? JSON.stringify(plan, null, 2) : renderLocalPreview(read.notes, plan, [...read.diagnostics, ...plan.diagnostics], values.repo ? { repository: values.repo, managed: managed.length } : undefined));
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => (process.exitCode = code),
  (error: unknown) => {
    console.error(`minutes-to-issues: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  },
);
