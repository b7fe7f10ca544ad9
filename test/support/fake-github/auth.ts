// Who is calling: the token from `Authorization: token X` or `Bearer X`, looked up in the tokens
// the fake was started with.
import type { Permission, TokenInfo } from './types.ts';

export type Caller = {
  token: string;
  login: string;
  kind: 'installation' | 'user';
  permissions: Permission;
  /** GitHub names the installation in rate-limit messages. */
  installationId: number;
};

export const DEFAULT_TOKENS: Record<string, TokenInfo> = {
  'test-token': { login: 'github-actions[bot]', kind: 'installation', permissions: 'write' },
};

export function authenticate(header: string | undefined, tokens: Record<string, TokenInfo>): Caller | undefined {
  const match = /^(?:token|bearer)\s+(\S+)\s*$/i.exec(header ?? '');
  const token = match?.[1];
  if (token === undefined || !Object.hasOwn(tokens, token)) return undefined;
  const info = tokens[token];
  if (!info) return undefined;
  const index = Object.keys(tokens).indexOf(token);
  return {
    token,
    login: info.login,
    kind: info.kind,
    permissions: info.permissions ?? 'write',
    installationId: 40_000_000 + index,
  };
}
