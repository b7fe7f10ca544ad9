import assert from 'node:assert/strict';
import { test } from 'node:test';
import { defaultConfig, parseConfig } from '../../../src/core/config/config.ts';

const PATH = '.github/minutes-to-issues.yml';

test('an empty file means the defaults', () => {
  const result = parseConfig('', PATH);
  assert.ok(result.ok);
  assert.deepEqual(result.config, defaultConfig());
  assert.equal(result.config.baseLabel, 'action-item');
  assert.equal(result.config.closeRemoved, true);
  assert.equal(result.config.carryOver, false);
  assert.ok(result.config.groups.includes('Everyone'));
  assert.ok(result.config.sections.includes('TODOs and Decisions'));
});

test('the documented example is read into camelCase fields; a login may be a list and may start with @', () => {
  const result = parseConfig(
    `owners:\n  FP: felipe-h\n  RD: [razvand, '@other']\ngroups: [Everyone, All]\nlabels:\n  base: todo\n  team-prefix: 'team: '\nclose-removed: false\ncarry-over: true\n`,
    PATH,
  );
  assert.ok(result.ok);
  assert.deepEqual(result.config.owners, { FP: ['felipe-h'], RD: ['razvand', 'other'] });
  assert.equal(result.config.teamLabelPrefix, 'team: ');
  assert.equal(result.config.baseLabel, 'todo');
  assert.equal(result.config.closeRemoved, false);
  assert.equal(result.config.carryOver, true);
});

test('every error names the file, the key and what is allowed', () => {
  const result = parseConfig(`owners:\n  FP: 3\nclose-removed: maybe\nlabels:\n  colour: red\nfoo: 1\n`, PATH);
  assert.ok(!result.ok);
  assert.equal(result.errors.length, 4);
  assert.match(result.errors[0]!, /^\.github\/minutes-to-issues\.yml: owners\.FP: .*login/);
  assert.match(result.errors.join('\n'), /labels: unknown key 'colour'; allowed keys are base, team-prefix/);
  assert.match(result.errors.join('\n'), /close-removed: .*allowed: `true` or `false`/);
  assert.match(result.errors.join('\n'), /unknown key 'foo'; allowed keys are owners, groups/);
});

test('YAML that does not parse, or is not a mapping, says so', () => {
  const broken = parseConfig('owners: [unclosed', PATH);
  assert.ok(!broken.ok && /not valid YAML/.test(broken.errors[0]!));
  const list = parseConfig('- a\n- b\n', PATH);
  assert.ok(!list.ok && /expected a mapping/.test(list.errors[0]!));
});

test('a login with characters GitHub does not allow is refused', () => {
  const result = parseConfig('owners:\n  FP: "felipe h"\n', PATH);
  assert.ok(!result.ok);
});
