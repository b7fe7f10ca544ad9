// GitHub's JSON answers parsed with JSON.parse. Octokit's own parser (json-with-bigint) keeps integers
// past 2^53 exact, at about 10 ms per page of 100 issues; no number the action reads (issue numbers,
// ids) comes near 2^53. The body is read inside the request, so the gate's time-out covers it and a
// connection lost while reading fails the attempt like any lost connection, which retry may repeat.
import type { Octokit } from '@octokit/core';

const JSON_TYPE = /^application\/(?:scim\+)?json\s*(?:;|$)/i;

export function plainJson(octokit: Octokit): Record<string, never> {
  octokit.hook.wrap('request', async (request, options) => {
    // Hooks see one options object (the next hook is bound to it), so the option is set on it. Every
    // answer is parsed here: nothing in the adapter asks octokit for a raw stream.
    options.request = { ...options.request, parseSuccessResponseBody: false };
    const response = await request(options);
    // No body to read: 204, 205 and HEAD answer with data ''. Errors are parsed by octokit, which throws them.
    if (!(response.data instanceof ReadableStream)) return response;
    let text: string;
    try {
      text = await new Response(response.data as ReadableStream<Uint8Array>).text();
    } catch (cause) {
      // Shaped like octokit's error for a lost connection (status 500, the request), which retry knows.
      throw Object.assign(new Error((cause as Error).message ?? 'The answer was cut off'), { name: 'HttpError', status: 500, request: options, cause });
    }
    const type = String(response.headers['content-type'] ?? '');
    response.data = JSON_TYPE.test(type) ? JSON.parse(text) : text;
    return response;
  });
  return {};
}
