// The comparison key: the same task with other case, spacing, emphasis, ticks or final stop.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { normalizeKey } from '../../../src/core/notes/normalize-text.ts';
import { noteOf } from './note-fixtures.ts';

describe('item keys', () => {
  it('ignore case, spacing, emphasis, code ticks and trailing punctuation', () => {
    const key = normalizeKey('Review the `clone` PR');
    for (const variant of ['review  the clone PR.', '**Review** the `clone` PR!', 'Review\nthe _clone_ PR', '  Review the clone pr ...', '~~Review~~ the clone PR;']) {
      assert.equal(normalizeKey(variant), key, variant);
    }
  });

  it('keep what tells tasks apart: words, numbers, links, inner underscores', () => {
    assert.notEqual(normalizeKey('Review PR 12'), normalizeKey('Review PR 13'));
    assert.equal(normalizeKey('Use lib_foo and uk_alloc_init'), 'use lib_foo and uk_alloc_init');
    assert.equal(normalizeKey('See [docs](https://x.io/a_b)'), 'see [docs](https://x.io/a_b)');
  });

  it('do not carry done markers: the done item keeps the key of the open one', () => {
    const [open, done] = noteOf('FP: Ship the release.\n\n~~FP: Ship the **release**~~ (done)').items;
    assert.equal(done!.status, 'done');
    assert.equal(open!.key, done!.key);
    assert.equal(open!.key, 'ship the release');
  });
});
