// Reads the start of a line of a TODO section: who it is for ('FP:', 'TODO RD:', 'AJ to ...',
// '... (Florin)'), whether it is marked done, and the task text that follows.
import type { Owner } from './note.ts';
import { readOwnerList, type OwnerContext } from './owners.ts';
import { stripLeadingMarkers, stripTrailingMarker, unwrapStruck } from './item-status.ts';

export interface ItemHead {
  owners: Owner[];
  /** Written as a task without naming owners: 'TODO:', 'AI:', 'Action:', a task box. */
  explicit: boolean;
  /** The task text of this line, owners prefix and done markers removed. */
  rest: string;
  done: boolean;
  /** A remark between the owners and the colon: 'MS (1-2 weeks time):'. */
  note: string | null;
}

/** 'first': the first line of a paragraph or list item; 'continuation': a later line of it. */
export type HeadMode = 'first' | 'continuation';

const EMPHASIZED_PREFIX = /^(\*\*|__|\*|_)([^*_]{1,80}?)(:?)\1(:?)/;
const EXPLICIT = /^(?:to-?do|ai|action(?:\s+items?)?)(?![\p{L}\p{N}-])/iu;
const EXPLICIT_COLON = /^\s*:\s*/;
const EXPLICIT_PARENS = /^\s*\(([^()]{1,80})\)\s*:(?:\s+|$)/;
const EXPLICIT_OWNERS = /^\s+([^:]{1,80}?):(?:\s+|$)/;
/** A colon and a space, or the full-width colon of Chinese and Japanese, which takes none. */
const OWNER_COLON = /:(?:\s|$)|：/;
const NOTE_AFTER_OWNERS = /^(.*?)\s*\(([^()]*)\)$/;
const OWNERS_TO = /^(.{1,80}?)\s+(?:to|will)\s+(?=\S)/;
const LEADING_LOGINS = /^(@[A-Za-z0-9][A-Za-z0-9-]*(?:\s*(?:[,/&+]|and)?\s*@[A-Za-z0-9][A-Za-z0-9-]*)*)[ \t]+(?=\S)/;
const TRAILING_OWNERS = /\s*\(([^()]{1,80})\)\s*[.!]?\s*$/;
const OWNERS_THEN_VERB = /^(.{1,80}?)\s+(?=\p{Ll})/u;

/*
 * Each pattern below can only match a line that starts (or ends) with certain characters, and most
 * lines start with an owner's initials: a look at that character spares running the pattern.
 */

function unwrapEmphasizedPrefix(text: string): string {
  const first = text.charAt(0);
  if (first !== '*' && first !== '_') return text;
  const match = EMPHASIZED_PREFIX.exec(text);
  if (!match || (match[3] !== ':' && match[4] !== ':')) return text;
  return `${match[2]}:${text.slice(match[0].length)}`;
}

interface Owned { owners: Owner[]; rest: string; note: string | null }

function readColonOwners(text: string, context: OwnerContext): Owned | null {
  // search, not exec: only the colon's place is needed, and search makes no match array for it.
  const colon = text.slice(0, 82).search(OWNER_COLON);
  if (colon <= 0) return null;
  const before = text.slice(0, colon);
  const withNote = before.endsWith(')') ? NOTE_AFTER_OWNERS.exec(before) : null;
  const owners = readOwnerList(withNote ? withNote[1]! : before, context, 'plausible');
  if (!owners || owners.length === 0) return null;
  return { owners, rest: text.slice(colon + 1).trim(), note: withNote ? withNote[2]!.trim() || null : null };
}

/**
 * Owners sit in the first few dozen characters of a line: the patterns below only ever look there (or
 * at the very end), which keeps them linear on lines of any length.
 */
const HEAD_CHARS = 200;

function readOwnersTo(text: string, context: OwnerContext): Owned | null {
  const match = OWNERS_TO.exec(text.slice(0, HEAD_CHARS));
  const owners = match ? readOwnerList(match[1]!, context, 'confirmed') : null;
  return owners && match ? { owners, rest: text.slice(match[0].length), note: null } : null;
}

function readLeadingLogins(text: string, context: OwnerContext): Owned | null {
  if (text.charAt(0) !== '@') return null;
  const match = LEADING_LOGINS.exec(text.slice(0, HEAD_CHARS));
  const owners = match ? readOwnerList(match[1]!, context, 'confirmed') : null;
  return owners && match ? { owners, rest: text.slice(match[0].length), note: null } : null;
}

/** Whether the text ends with ')', but for spaces and a final '.' or '!': it may then end with owners. */
function endsWithParenthesis(text: string): boolean {
  let end = text.trimEnd();
  if (end.endsWith('.') || end.endsWith('!')) end = end.slice(0, -1).trimEnd();
  return end.endsWith(')');
}

function readTrailingOwners(text: string, context: OwnerContext): Owned | null {
  if (!endsWithParenthesis(text)) return null;
  const from = Math.max(0, text.length - 100);
  const match = TRAILING_OWNERS.exec(text.slice(from));
  if (!match || from + match.index === 0) return null;
  const owners = readOwnerList(match[1]!, context, 'confirmed');
  return owners ? { owners, rest: text.slice(0, from + match.index), note: null } : null;
}

/** After 'TODO:' the owners may be named without a colon: 'TODO: SK review', 'TODO: RD/RV review'. */
function readOwnersThenVerb(text: string, context: OwnerContext): Owned | null {
  const match = OWNERS_THEN_VERB.exec(text.slice(0, HEAD_CHARS));
  const owners = match ? readOwnerList(match[1]!, context, 'confirmed') : null;
  return owners && match ? { owners, rest: text.slice(match[0].length), note: null } : null;
}

function readOwned(text: string, context: OwnerContext, mode: HeadMode): Owned | null {
  return readColonOwners(text, context)
    ?? readOwnersTo(text, context)
    ?? readLeadingLogins(text, context)
    ?? (mode === 'first' ? readTrailingOwners(text, context) : null);
}

/** 'TODO:', 'TODO RD:', 'ACTION (FP, SK):', 'AI: FP to ...'; null when the line has no such prefix. */
function readExplicit(text: string, context: OwnerContext, mode: HeadMode): Owned | null {
  // Only 't' and 'a' (either case) fold to the first letter of 'todo', 'ai', 'action'.
  const first = text.charAt(0);
  if (first !== 't' && first !== 'T' && first !== 'a' && first !== 'A') return null;
  const prefix = EXPLICIT.exec(text);
  if (!prefix || (/^ai$/i.test(prefix[0]) && (prefix[0] !== 'AI' || context.isHandle('AI')))) return null;
  const after = text.slice(prefix[0].length);
  if (after.trim() === '') return { owners: [], rest: '', note: null };
  const colon = EXPLICIT_COLON.exec(after);
  if (colon) {
    const rest = after.slice(colon[0].length);
    return readOwned(rest, context, mode) ?? readOwnersThenVerb(rest, context) ?? { owners: [], rest, note: null };
  }
  const head = after.slice(0, HEAD_CHARS);
  const named = EXPLICIT_PARENS.exec(head) ?? EXPLICIT_OWNERS.exec(head);
  const owners = named ? readOwnerList(named[1]!, context, 'plausible') : null;
  return owners && named ? { owners, rest: after.slice(named[0].length), note: null } : null;
}

export function readItemHead(line: string, context: OwnerContext, mode: HeadMode): ItemHead {
  const leading = stripLeadingMarkers(line.trim());
  const text = unwrapEmphasizedPrefix(leading.text);
  const explicit = readExplicit(text, context, mode);
  const owned = explicit ?? readOwned(text, context, mode);
  const restLeading = stripLeadingMarkers(owned ? owned.rest.trim() : text);
  const restTrailing = stripTrailingMarker(restLeading.text);
  const restStruck = unwrapStruck(restTrailing.text);
  return {
    owners: owned?.owners ?? [],
    explicit: explicit !== null || (leading.taskBox && mode === 'first'),
    rest: restStruck.text.trim(),
    done: leading.done || restLeading.done || restTrailing.done || restStruck.done,
    note: owned?.note ?? null,
  };
}

/** True when the line names owners or says TODO: it starts an item of its own. */
export function isOwnedHead(head: ItemHead): boolean {
  return head.owners.length > 0 || head.explicit;
}
