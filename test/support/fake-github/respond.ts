// Writing an answer: the headers GitHub sends on every response (rate limit, request id, JSON
// content type) and the body; or, for a connection-reset fault, no answer at all.
import { randomBytes } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { rateLimitHeaders, type RateWindow } from './rate-limit.ts';

export function requestId(): string {
  const hex = (bytes: number) => randomBytes(bytes).toString('hex').toUpperCase();
  return `${hex(2)}:${hex(3)}:${hex(3)}:${hex(4)}:${hex(4)}`;
}

export function send(
  response: ServerResponse,
  status: number,
  body: unknown,
  window: RateWindow,
  id: string,
  extra: Record<string, string> = {},
): void {
  // Encoded once: its length and the bytes sent (pages of issues run to hundreds of kilobytes).
  const payload = Buffer.from(status === 204 || body === undefined ? '' : JSON.stringify(body));
  response.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    ...rateLimitHeaders(window),
    'x-github-request-id': id,
    'x-github-api-version-selected': '2022-11-28',
    'x-github-media-type': 'github.v3; format=json',
    'content-length': String(payload.length),
    ...extra,
  });
  response.end(payload);
}

/** Drop the connection with a TCP RST, as a cut network or a crashed proxy does. */
export function resetConnection(request: IncomingMessage): void {
  request.socket.resetAndDestroy();
}
