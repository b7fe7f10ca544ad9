// `npm run render-report`: what a person sees, rendered. Runs the examples/ notes through the built
// action (a push, then a pull request that changes them), turns the job summary and the preview comment
// into HTML as GitHub-flavoured Markdown, and takes screenshots with headless Chromium when it is
// installed (Debian: apt-get install chromium). Output in .render/.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import rehypeRaw from 'rehype-raw';
import rehypeStringify from 'rehype-stringify';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { startFakeGitHub } from '../test/support/fake-github/index.ts';
import { ROOT, runAction, writeFiles } from '../test/support/run-action.ts';

const toHtml = unified().use(remarkParse).use(remarkGfm).use(remarkRehype, { allowDangerousHtml: true }).use(rehypeRaw).use(rehypeStringify);
const out = join(ROOT, '.render');
mkdirSync(out, { recursive: true });
const gh = await startFakeGitHub({ owner: 'example', repo: 'meeting-notes', assignable: ['ana-k', 'bruno-r', 'chen-m'] });
const workspace = mkdtempSync(join(tmpdir(), 'minutes-render-'));
cpSync(join(ROOT, 'examples'), workspace, { recursive: true });
const common = { apiUrl: gh.url, workspace, repository: 'example/meeting-notes', inputs: { paths: 'meetings/**/*.md' } };

try {
  const push = await runAction({ ...common, sha: 'a1'.repeat(20) });
  const issue = gh.issues.find((candidate) => candidate.title.startsWith('Write the migration notes'))!;
  const pull = gh.seedPullRequest({ title: 'Minutes of the kernel WG, October 20' });
  writeFiles(workspace, {
    'meetings/kernel/kernel-2026-10-20.md': `---\ntitle: "Kernel WG, October 20, 2026"\ndatetime: 2026-10-20T15:00:00+02:00\nteams: [kernel, scheduler]\n---\n\n## :wrench: TODOs and Decisions\n\n- [x] CM: Write the migration notes for the new timer API.\n- [ ] DV: Bisect the boot regression on the RISC-V board.\n- [ ] BR: Prepare the 0.19 release schedule | with @ana-k.\n`,
  });
  await runAction({ ...common, eventName: 'pull_request', event: { action: 'opened', number: pull.number, pull_request: { number: pull.number, head: { sha: 'b2'.repeat(20) } } } });
  const comment = gh.issues.find((issue) => issue.number === pull.number)!.comments.at(-1)!.body;
  const issueMarkdown = `# ${issue.title} #${issue.number}\n\nLabels: ${issue.labels.join(', ')} · Assignees: ${issue.assignees.join(', ')}\n\n---\n\n${issue.body}`;
  for (const [name, markdown] of [['summary', push.summary], ['preview', comment], ['issue', issueMarkdown]] as const) {
    writeFileSync(join(out, `${name}.md`), markdown);
    writeFileSync(join(out, `${name}.html`), page(name, String(await toHtml.process(markdown))));
    screenshot(name);
  }
  console.log(`Rendered into ${out}: summary.html, preview.html, issue.html${existsSync('/usr/bin/chromium') ? ' and their .png screenshots' : ' (install chromium for screenshots)'}.`);
} finally {
  await gh.close();
}

function page(title: string, body: string): string {
  return `<!doctype html><html><head><meta charset="utf-8"><title>${title}</title><style>
body { font: 14px/1.5 -apple-system, "Segoe UI", "DejaVu Sans", sans-serif; color: #1f2328; max-width: 1012px; margin: 24px auto; padding: 0 16px; }
table { border-collapse: collapse; display: block; overflow: auto; } th, td { border: 1px solid #d1d9e0; padding: 6px 13px; } tr:nth-child(2n) { background: #f6f8fa; }
code { background: #eff1f3; border-radius: 6px; padding: .2em .4em; font-size: 85%; } blockquote { color: #59636e; border-left: .25em solid #d1d9e0; margin: 0; padding: 0 1em; }
a { color: #0969da; text-decoration: none; } details summary { cursor: pointer; } h2 { border-bottom: 1px solid #d1d9e0; padding-bottom: .3em; }
</style></head><body>${body}</body></html>`;
}

function screenshot(name: string): void {
  if (!existsSync('/usr/bin/chromium')) return;
  execFileSync('/usr/bin/chromium', [
    '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
    '--disable-component-update', '--disable-sync', `--user-data-dir=${mkdtempSync(join(tmpdir(), 'chromium-'))}`,
    '--hide-scrollbars', '--window-size=1100,1400', `--screenshot=${join(out, `${name}.png`)}`, `file://${join(out, `${name}.html`)}`,
  ], { stdio: 'ignore' });
}
