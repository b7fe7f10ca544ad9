// ownString copies a note's text out without changing a single code unit, whatever the text holds.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ownString } from '../../../src/core/notes/own-string.ts';

test('the copy is the same text: Latin-1, beyond it, lone surrogates, empty', () => {
  const note = 'Ștefan: Post the “proposal” 🔧 — café, naïve, ½\n\uD800 alone, \uDFFF too';
  const texts = ['', 'FP: Post proposal on Alpine-based build rules.', 'café ½ ÿ\u0000', note, note.slice(0, 30), note.slice(40), '\uD83D', 'a\uDC00b'];
  for (const text of texts) assert.equal(ownString(text), text, JSON.stringify(text));
});
