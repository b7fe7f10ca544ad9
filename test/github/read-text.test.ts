// The adapter reads GitHub's answers as Response.text() would: the same text for every byte sequence,
// however the bytes are cut into chunks.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { readText } from '../../src/github/plain-json.ts';

function streamOf(bytes: Uint8Array, chunkSize: number): ReadableStream<Uint8Array> {
  return new ReadableStream({
    start(controller) {
      for (let at = 0; at < bytes.length; at += chunkSize) controller.enqueue(bytes.slice(at, at + chunkSize));
      controller.close();
    },
  });
}

const samples: [string, Uint8Array][] = [
  ['empty', new Uint8Array()],
  ['ASCII JSON', Buffer.from('[{"title":"Post proposal on Alpine-based build rules."}]')],
  ['emoji and curly quotes', Buffer.from('{"body":"🔧 “Ștefan” — café ½"}')],
  ['a byte-order mark first', Buffer.from('\uFEFF{"a":1}')],
  ['a byte-order mark later', Buffer.from('{"a":"\uFEFF"}')],
  ['bad bytes', Uint8Array.from([0x7b, 0xff, 0xc3, 0x28, 0xe2, 0x82, 0x7d, 0xf0, 0x9f, 0x94])],
];

test('reads every sample as Response.text() does, whole or cut into chunks of 1, 2 and 3 bytes', async () => {
  for (const [name, bytes] of samples) {
    const expected = await new Response(streamOf(bytes, 64)).text();
    for (const chunkSize of [1, 2, 3, 1024]) {
      assert.equal(await readText(streamOf(bytes, chunkSize)), expected, `${name}, chunks of ${chunkSize}`);
    }
  }
});

test('a stream that fails midway fails the read', async () => {
  const failing = new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(Buffer.from('[{"title":'));
      controller.error(new Error('socket hang up'));
    },
  });
  await assert.rejects(readText(failing), /socket hang up/);
});
