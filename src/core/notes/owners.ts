// Reads who an item is for from the words before its colon ('FP', 'SjK / MariaP', '@login',
// 'Everyone'), and refuses ordinary words so that 'Note:' or 'Decision:' stay owner-less.
import type { Owner } from './note.ts';
import { memoize } from './memoize.ts';
import { ACRONYMS, LABEL_SUFFIX, LABEL_WORDS } from './owner-words.ts';

/**
 * 'confirmed': cannot be an ordinary word (an @login, a group, a participant's name or initials,
 * initials like 'FP' or 'SjK'). 'plausible': a capitalised word that is not a known label ('Florin').
 */
export type OwnerConfidence = 'confirmed' | 'plausible';

export interface OwnerContext {
  /** What each token of an owner list ('FP / SK') says, for the configured groups and handles; null past MAX_OWNERS tokens. */
  readingsOf: (trimmed: string) => readonly TokenReading[] | null;
  /** True for a handle of the config's owners map, in any case. */
  isHandle: (token: string) => boolean;
  /** True for a participant's name, first name or initials from the front matter, folded by foldName. */
  isParticipant: (folded: string) => boolean;
}

const MAX_OWNERS = 6;
const LOGIN = /^@([A-Za-z0-9](?:[A-Za-z0-9-]{0,38}))$/;
const NAME_WORD = /^\p{Lu}[\p{L}\p{M}'’-]*$/u;
/** A word of a script without case (Chinese, Japanese, Korean, Arabic, …): a name only if known. */
const UNCASED_WORD = /^\p{Lo}[\p{Lo}\p{M}]*$/u;
const INITIAL = /^\p{Lu}\.?$/u;
const SEPARATORS = /\s*[/,+&]\s*|\s+and\s+/;

/** Lower case without diacritics, so 'Ștefan', 'Stefan' and 'ȘTEFAN' compare equal. */
export function foldName(name: string): string {
  return name.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/** Everything one participant may be called in an owner list: 'RăzvanD' → razvand, razvan, rd. */
function participantForms(raw: string): string[] {
  const forms: string[] = [];
  // 'Sairaj Kodilkar (SK)': the parenthesis may give the initials the notes use.
  const alias = /\(([\p{L}]{2,5})\)/u.exec(raw);
  if (alias) forms.push(foldName(alias[1]!));
  const name = raw.replace(/\([^)]*\)/g, '').trim();
  if (!name) return forms;
  const words = name.split(/\s+/);
  const parts = words.flatMap((word) => word.split(/(?=\p{Lu})/u)).filter(Boolean);
  forms.push(foldName(words.join('')), foldName(words.join(' ')));
  if (parts[0] && parts[0].length > 1) forms.push(foldName(parts[0]));
  const initials = parts.map((part) => part.charAt(0)).join('');
  if (initials.length > 1) forms.push(foldName(initials));
  return forms;
}

/** The same people attend meeting after meeting: each name's forms are worked out once a run. */
const formsOf = memoize(participantForms);

/**
 * The owner context of one note. A note asks about a dozen names at most, among the forms of a few
 * participants: looking through those forms costs less than building a set of them for each note.
 * They are gathered at the first question: asking formsOf for each participant at each question was
 * seventy map lookups a note.
 */
export function createOwnerContext(groups: readonly string[], participants: readonly string[], handles: readonly string[] = NO_HANDLES): OwnerContext {
  let forms: readonly string[] | null = null;
  const isParticipant = (folded: string): boolean => (forms ??= participants.flatMap(formsOf)).includes(folded);
  const known = knownTokensFor(groups, handles);
  return { readingsOf: known.readingsOf, isHandle: known.isHandle, isParticipant };
}

function countUpper(word: string): number {
  let count = 0;
  for (const char of word) if (char !== char.toLowerCase()) count++;
  return count;
}

interface Reading {
  owner: Owner;
  confidence: OwnerConfidence;
}

/**
 * What a token says about its owner before the note's participants are asked: either settled, or
 * settled by whether they know the name ('folded', or 'compact' when spaces or dots make it another),
 * with the answer when they do not.
 */
type TokenReading =
  | { settled: true; read: Reading | null }
  | { settled: false; folded: string; compact: string | null; person: Owner; otherwise: Reading | null };

function settled(read: Reading | null): TokenReading {
  return { settled: true, read };
}

function readToken(token: string, groups: ReadonlySet<string>, handles: ReadonlySet<string>): TokenReading {
  const login = LOGIN.exec(token);
  // Owners are shared by every item that names them: frozen, so none can change another's.
  if (login) return settled({ owner: Object.freeze({ handle: login[1]!, kind: 'login' }), confidence: 'confirmed' });
  const lower = token.toLowerCase();
  if (groups.has(lower)) return settled({ owner: Object.freeze({ handle: token, kind: 'group' }), confidence: 'confirmed' });
  const person: Owner = Object.freeze({ handle: token, kind: 'person' });
  // The config names it: whatever it looks like, the team says it is somebody.
  if (handles.has(lower)) return settled({ owner: person, confidence: 'confirmed' });
  const words = token.split(/\s+/);
  if (words.every((word) => UNCASED_WORD.test(word))) {
    const folded = foldName(token);
    return { settled: false, folded, compact: null, person, otherwise: null };
  }
  if (!words.every((word) => NAME_WORD.test(word) || INITIAL.test(word))) return settled(null);
  // Two capitals are initials ('AT', 'AS' are people here), the commonest owner: no need to look further.
  if (token.length === 2 && countUpper(token) === 2 && !ACRONYMS.has(token)) return settled({ owner: person, confidence: 'confirmed' });
  const otherwise = readUnknownName(token, words, person);
  // Initials like 'SjK' or 'MP' are sure owners either way: the participants need not be asked.
  if (otherwise?.confidence === 'confirmed') return settled(otherwise);
  const folded = foldName(token);
  const compact = folded.replace(/[\s.]/g, '');
  return { settled: false, folded, compact: compact === folded ? null : compact, person, otherwise };
}

/** A name the note's participants do not know: plausible if it reads like a name, else not an owner. */
function readUnknownName(token: string, words: string[], person: Owner): Reading | null {
  if (words.length === 2 && INITIAL.test(words[1]!) && words[0]!.length > 1) {
    return isPlainWord(words[0]!) ? { owner: person, confidence: 'plausible' } : null;
  }
  if (words.length !== 1 || token.length < 2 || ACRONYMS.has(token.toUpperCase())) return null;
  const upper = countUpper(token);
  // Longer words in capitals may be labels ('NEXT').
  if (LABEL_WORDS.has(token.toLowerCase())) return null;
  if (upper === token.length) return token.length <= 4 ? { owner: person, confidence: 'confirmed' } : null;
  if (upper >= 2 && token.length <= 5) return { owner: person, confidence: 'confirmed' };
  return isPlainWord(token) ? { owner: person, confidence: 'plausible' } : null;
}

function readOwner(reading: TokenReading, context: OwnerContext): Reading | null {
  if (reading.settled) return reading.read;
  if (context.isParticipant(reading.folded) || (reading.compact !== null && context.isParticipant(reading.compact))) return { owner: reading.person, confidence: 'confirmed' };
  return reading.otherwise;
}

/** 'FP / SK' → ['FP', 'SK']; '@ana @bo' → ['@ana', '@bo']. */
function ownerTokens(trimmed: string): string[] {
  return trimmed.split(SEPARATORS).flatMap((token) => (/^@\S+(\s+@\S+)+$/.test(token) ? token.split(/\s+/) : [token]));
}

interface KnownTokens {
  readingsOf: (trimmed: string) => readonly TokenReading[] | null;
  isHandle: (token: string) => boolean;
}

const NO_HANDLES: readonly string[] = [];
const knownTokens = new WeakMap<readonly string[], WeakMap<readonly string[], KnownTokens>>();

/**
 * The same few owner lists ('FP', 'RD / SK') are written in every note: each is split and its tokens
 * read once a run, for each configuration of groups and handles. One lookup a list, not one for it
 * and one a token.
 */
function knownTokensFor(groups: readonly string[], handles: readonly string[]): KnownTokens {
  let byHandles = knownTokens.get(groups);
  if (!byHandles) knownTokens.set(groups, (byHandles = new WeakMap()));
  let known = byHandles.get(handles);
  if (!known) {
    const groupSet = new Set(groups.map((group) => group.toLowerCase()));
    const handleSet = new Set(handles.map((handle) => handle.toLowerCase()));
    const isHandle = (token: string): boolean => handleSet.has(token.toLowerCase());
    const readingsOf = memoize((trimmed: string) => {
      // A handle may hold a separator ('R&D', 'C++'): the whole list is one owner before it is split.
      if (isHandle(trimmed)) return [readToken(trimmed, groupSet, handleSet)];
      const tokens = ownerTokens(trimmed);
      return tokens.length > MAX_OWNERS ? null : tokens.map((token) => readToken(token, groupSet, handleSet));
    });
    known = { readingsOf, isHandle };
    byHandles.set(handles, known);
  }
  return known;
}

function isPlainWord(word: string): boolean {
  return !LABEL_WORDS.has(word.toLowerCase()) && !ACRONYMS.has(word.toUpperCase()) && !LABEL_SUFFIX.test(word);
}

/**
 * The owners named by `text` ('FP / SK', 'MP and SK', '@ana, @bo'), or null when a part of it is not
 * an owner. 'plausible' accepts any owner-like words; 'confirmed' wants one sure owner and the others
 * at least plausible ('Razvan, Vlad and Maria' when Vlad is a participant).
 */
export function readOwnerList(text: string, context: OwnerContext, needed: OwnerConfidence): Owner[] | null {
  const trimmed = text.trim();
  if (trimmed === '' || trimmed.length > 80) return null;
  const readings = context.readingsOf(trimmed);
  if (!readings) return null;
  const owners: Owner[] = [];
  let confirmed = false;
  for (const reading of readings) {
    const read = readOwner(reading, context);
    if (!read) return null;
    confirmed ||= read.confidence === 'confirmed';
    if (!owners.some((owner) => owner.handle === read.owner.handle)) owners.push(read.owner);
  }
  if (needed === 'confirmed' && !confirmed) return null;
  // A pushed-to array keeps room for 16 elements; items keep their owners for the run: an exact copy.
  return owners.slice();
}
