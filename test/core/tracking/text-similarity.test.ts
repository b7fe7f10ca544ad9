import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isNearlySameText } from '../../../src/core/tracking/text-similarity.ts';

const same = (a: string, b: string) => isNearlySameText(a.toLowerCase(), b.toLowerCase());

test('a typo fixed is the same item', () => {
  assert.ok(same('Investigate further the TLS issues with LD_PRELOAD', 'Investigate futher the TLS issues with LD_PRELOAD'));
  assert.ok(same('Upstream latest versions of Redis', 'Upstream lastest versions of Redis'));
});

test('little words added, dropped or changed keep the item', () => {
  assert.ok(same('Post proposal on Alpine-based build rules', 'Post the proposal for Alpine-based build rules'));
  assert.ok(same('Re-tag Marco with the links', 'Retag Marco with the links'));
});

test('a word changed in a long item keeps it; the same change in a short one is another task', () => {
  assert.ok(same(
    'Provide a summary of the native NodeJS port and instructions and TODO items',
    'Provide a summary of the native NodeJS port and build instructions and TODO items',
  ));
  assert.ok(!same('Provide plots with Redis measurements', 'Provide plots with Nginx measurements'));
  assert.ok(!same('Review PR #332', 'Review PR #333'));
  assert.ok(!same('Continue work on Nginx', 'Continue work on Redis'));
});

test('different tasks of one owner are different items', () => {
  assert.ok(!same('Provide details on the Redis measurements: binary compat', 'Provide plots with Redis measurements'));
  assert.ok(!same('Create an issue on Makefile overwritten', 'Post proposal on Alpine-based build rules'));
});

test('a remark added in parentheses at the end keeps the item', () => {
  assert.ok(same('Move the getting-started guide to the new site', 'Move the getting-started guide to the new site (half done)'));
  assert.ok(same('Fix the broken links in the API reference (found by the link checker)', 'Fix the broken links in the API reference'));
  assert.ok(!same('Review PR (kraftkit)', 'Review PR (unikraft)'));
});

test('a number that differs names another thing: another pull request, version or date is another item', () => {
  assert.ok(!same('Update https://github.com/unikraft/unikraft/pull/458', 'Update https://github.com/unikraft/unikraft/pull/434'));
  assert.ok(!same('Prepare the release notes for version 0.18 of the kernel', 'Prepare the release notes for version 0.19 of the kernel'));
  assert.ok(same('Prepare the release notes for version 0.18 of the kernel', 'Prepare the release nots for version 0.18 of the kernel'));
});
