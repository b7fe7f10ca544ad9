// A fast reader for the front matter people actually write: `key: value` lines and `- entry` lists.
// The yaml library costs ~50x a line scan per note; this answers for the common shapes and returns
// null ("not sure") on anything else, so the yaml library stays the reference and the fallback.
// Where it answers it must give exactly what yaml's parseDocument(...).toJS() gives (YAML 1.2 core
// schema); test/core/notes/simple-front-matter.test.ts checks that on the corpus and generated input.

/** A front matter read as a mapping: the plain object yaml's toJS() gives, and each key's line. */
export interface FrontMatterMapping {
  values: Map<string, unknown>;
  /** 1-based line of each top-level key within the front matter source. */
  keyLines: Map<string, number>;
}

const KEY_LINE = /^([A-Za-z_][A-Za-z0-9_-]*):(?: +(.*))?$/;
/** Keys yaml would not read as the string written (null, booleans), or that toJS() sets specially. */
const SPECIAL_KEY = /^(?:[Nn]ull|NULL|[Tt]rue|TRUE|[Ff]alse|FALSE|__proto__)$/;
const ENTRY_LINE = /^( *)-(?: +(.*))?$/;
const BLANK = /^ *$/;
/** Plain scalars the core schema resolves to null, a boolean or a number (yaml's own tag tests). */
const NOT_A_STRING = /^(?:~|[Nn]ull|NULL|[Tt]rue|TRUE|[Ff]alse|FALSE|[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN|[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?|0o[0-7]+|0x[0-9a-fA-F]+)$/;
/** A plain scalar may not start with an indicator; `-`, `?` and `:` can, but rarely do, so decline. */
const INDICATOR_START = /^[-?:,[\]{}#&*!|>'"%@`]/;

/**
 * Characters whose handling by yaml is subtle: tabs, line breaks other than \n (which ends the line)
 * and other controls, U+2028/2029, BOM, non-characters, backslash escapes, lone surrogates. Some of
 * them yaml 2.9 keeps as plain content, but no front matter needs them, so declining costs nothing and
 * spares proving it. A loop, not a regular expression: a Unicode-aware class costs several times more.
 */
function hasSubtleCharacter(line: string): boolean {
  for (let i = 0; i < line.length; i++) {
    const code = line.charCodeAt(i);
    if (code >= 0x20 && code < 0x7f) {
      if (code === 0x5c) return true;
    } else if (code < 0xa0 || code === 0x2028 || code === 0x2029 || code === 0xfeff || code === 0xfffe || code === 0xffff) {
      return true;
    }
  }
  return !line.isWellFormed();
}

/** Trailing spaces end a line's scalar; only U+0020 (tabs are declined, other spaces are content). */
function trimSpaces(text: string): string {
  let end = text.length;
  while (end > 0 && text.charCodeAt(end - 1) === 32) end--;
  return end === text.length ? text : text.slice(0, end);
}

/** The value of one scalar written on one line (after `key: ` or `- `); undefined when unsure. */
function readScalar(raw: string): string | null | undefined {
  const text = trimSpaces(raw);
  if (text === '') return null;
  const first = text.charAt(0);
  if (first === '"') {
    const close = text.indexOf('"', 1);
    return close === text.length - 1 ? text.slice(1, close) : undefined;
  }
  if (first === "'") return readSingleQuoted(text);
  if (INDICATOR_START.test(text) || NOT_A_STRING.test(text)) return undefined;
  // `: ` would start a nested mapping, ` #` a comment, and a trailing `:` makes the scalar a key.
  if (text.includes(': ') || text.includes(' #') || text.endsWith(':')) return undefined;
  return text;
}

function readSingleQuoted(text: string): string | undefined {
  let value = '';
  let from = 1;
  for (;;) {
    const quote = text.indexOf("'", from);
    if (quote < 0) return undefined;
    value += text.slice(from, quote);
    if (quote === text.length - 1) return value;
    if (text.charAt(quote + 1) !== "'") return undefined;
    value += "'";
    from = quote + 2;
  }
}

/** The front matter as yaml's toJS() would read it, or null when it is not one of the simple shapes. */
export function readSimpleFrontMatter(source: string): FrontMatterMapping | null {
  return readSimpleFrontMatterLines(source.split('\n'));
}

/**
 * readSimpleFrontMatter of the front matter's lines, as the note's outline holds them: they need not
 * be joined only to be split again.
 */
export function readSimpleFrontMatterLines(lines: readonly string[]): FrontMatterMapping | null {
  const values = new Map<string, unknown>();
  const keyLines = new Map<string, number>();
  /** The key whose value is still empty, with the list its `- ` lines build and their indent. */
  let open: { key: string; list: (string | null)[]; indent: number } | null = null;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    // A subtle character anywhere declines the whole front matter: a line of them ends the reading.
    if (hasSubtleCharacter(line)) return null;
    if (line === '' || BLANK.test(line)) continue;
    const key = KEY_LINE.exec(line);
    if (key) {
      const name = key[1]!;
      if (SPECIAL_KEY.test(name) || keyLines.has(name) || name.length > 128) return null;
      const value = key[2] === undefined ? null : readScalar(key[2]);
      if (value === undefined) return null;
      values.set(name, value);
      keyLines.set(name, i + 1);
      open = value === null ? { key: name, list: [], indent: -1 } : null;
      continue;
    }
    const entry = ENTRY_LINE.exec(line);
    if (!entry || !open) return null;
    const indent = entry[1]!.length;
    if (open.list.length === 0) {
      open.indent = indent;
      values.set(open.key, open.list);
    } else if (indent !== open.indent) {
      return null;
    }
    const value = entry[2] === undefined ? null : readScalar(entry[2]);
    if (value === undefined) return null;
    open.list.push(value);
  }
  return keyLines.size > 0 ? { values, keyLines } : null;
}
