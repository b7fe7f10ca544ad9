// GitHub's JSON answers parsed with JSON.parse. Octokit's own parser (json-with-bigint) keeps integers
// past 2^53 exact, at about 10 ms per page of 100 issues; no number the action reads (issue numbers,
// ids) comes near 2^53. The body is read inside the request, so the gate's time-out covers it, and an
// answer cut off or garbled fails the attempt like a lost connection, which retry may repeat.
import type { Octokit } from '@octokit/core';

const JSON_TYPE = /^application\/(?:scim\+)?json\s*(?:;|$)/i;

export function plainJson(octokit: Octokit): Record<string, never> {
  octokit.hook.wrap('request', async (request, options) => {
    // Hooks see one options object (the next hook is bound to it), so the option is set on it. Every
    // answer is parsed here: nothing in the adapter asks octokit for a raw stream.
    options.request = { ...options.request, parseSuccessResponseBody: false };
    const response = await request(options);
    // A 200 without a body reads as '', as octokit reads it. 204, 205 and HEAD come with '' already,
    // and error answers were parsed and thrown by octokit.
    if (response.data === null) response.data = '';
    if (!(response.data instanceof ReadableStream)) return response;
    const lost = (message: string, cause: unknown) =>
      // Shaped like octokit's error for a lost connection (status 500, the request), which retry knows.
      Object.assign(new Error(message), { name: 'HttpError', status: 500, request: options, cause });
    let text: string;
    try {
      text = await readText(response.data as ReadableStream<Uint8Array>);
    } catch (cause) {
      throw lost(`the answer was cut off: ${(cause as Error).message}`, cause);
    }
    if (!JSON_TYPE.test(String(response.headers['content-type'] ?? ''))) {
      response.data = text;
      return response;
    }
    try {
      response.data = JSON.parse(text);
    } catch (cause) {
      throw lost('the answer was not valid JSON', cause);
    }
    return response;
  });
  return {};
}

/**
 * The stream's bytes as UTF-8 text, as Response.text() reads them (a bad sequence becomes U+FFFD, a
 * leading byte-order mark is dropped). Joined into one buffer and decoded once: about half the time of
 * Response.text() on GitHub's pages of 100 issues.
 */
export async function readText(stream: ReadableStream<Uint8Array>): Promise<string> {
  const chunks: Uint8Array[] = [];
  for await (const chunk of stream) chunks.push(chunk);
  const text = Buffer.concat(chunks).toString('utf8');
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
