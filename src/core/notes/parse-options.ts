// The parser's defaults and the rule that decides whether a heading opens a TODO section.
import { memoize } from './memoize.ts';
import type { ParseOptions } from './note.ts';

/**
 * Headings that open a TODO section, compared by their words: case, punctuation, emphasis,
 * `:shortcodes:` and emoji are ignored, so 'Tasks / Decisions' also matches '### :wrench: **tasks -
 * decisions**'.
 * A '*' stands for any words ('Action items *' matches 'Action items for next week').
 */
export const DEFAULT_SECTIONS: string[] = [
  'TODOs and Decisions',
  'Decisions and TODOs',
  'TODOs / Decisions',
  'Tasks / Decisions',
  'Tasks and Decisions',
  'Decisions and Tasks',
  'TODOs',
  'TODO',
  'To-dos',
  'To do',
  'Tasks',
  'Action items',
  'Action items and Decisions',
  'Decisions and Action items',
  'Action points',
  'Actions',
];

/** Owners that mean the whole team; an item for one of them is assigned to nobody in particular. */
export const DEFAULT_GROUPS: string[] = ['Everyone', 'Everybody', 'All', 'Mentors', 'Mentees', 'Maintainers'];

export const DEFAULT_PARSE_OPTIONS: ParseOptions = { sections: DEFAULT_SECTIONS, groups: DEFAULT_GROUPS };

const SHORTCODE = /:[a-z0-9_+-]+:/gi;
const NOT_WORD = /[^\p{L}\p{N}]+/gu;
const WILDCARD = /^\*+$/;

/**
 * The words of a heading: lower case, without emoji, shortcodes, punctuation and emphasis ('**'), and
 * without 'and', which says what '/' and '&' say ('Action items / Decisions', 'TODOs & Decisions').
 */
export function headingWords(text: string): string[] {
  return text.replace(SHORTCODE, ' ').toLowerCase().replace(NOT_WORD, ' ').trim().split(' ').filter((word) => word !== '' && word !== 'and');
}

/** The words of a pattern, as a heading's; a '*' standing alone is the wildcard. */
function patternWords(pattern: string): string[] {
  return pattern.trim().split(/\s+/).flatMap((token) => (WILDCARD.test(token) ? ['*'] : headingWords(token)));
}

function matchWords(pattern: string[], words: string[], p: number, w: number): boolean {
  if (p === pattern.length) return w === words.length;
  if (pattern[p] === '*') {
    for (let k = w; k <= words.length; k++) if (matchWords(pattern, words, p + 1, k)) return true;
    return false;
  }
  return w < words.length && pattern[p] === words[w] && matchWords(pattern, words, p + 1, w + 1);
}

/** Compiles the configured patterns once; the returned test runs for every heading of every note. */
export function createHeadingMatcher(patterns: readonly string[]): (heading: string) => boolean {
  const compiled = patterns.map(patternWords).filter((words) => words.length > 0);
  const exact = new Set(compiled.filter((words) => !words.includes('*')).map((words) => words.join(' ')));
  const globs = compiled.filter((words) => words.includes('*'));
  const matches = (heading: string): boolean => {
    const words = headingWords(heading);
    if (words.length === 0) return false;
    if (exact.has(words.join(' '))) return true;
    return globs.some((pattern) => matchWords(pattern, words, 0, 0));
  };
  // Notes repeat the same few headings ('## :dart: Agenda'): each is matched once.
  return memoize(matches);
}

const matchers = new WeakMap<readonly string[], (heading: string) => boolean>();

/** The matcher for a patterns array, compiled once per array rather than once per note. */
export function headingMatcherFor(patterns: readonly string[]): (heading: string) => boolean {
  let matcher = matchers.get(patterns);
  if (!matcher) {
    matcher = createHeadingMatcher(patterns);
    matchers.set(patterns, matcher);
  }
  return matcher;
}
