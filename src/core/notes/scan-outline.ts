// A cheap line scan for the note's outline: the front matter block and the headings outside code.
// It lets the parser hand remark only the slices it needs (front matter, TODO sections).

export interface OutlineHeading {
  /** 0-based index of the heading's first line (for a setext heading, its text line). */
  line: number;
  /** 0-based index of the heading's last line (the underline of a setext heading). */
  endLine: number;
  level: number;
  /** The heading as written, without '#' markers or underline. */
  text: string;
}

export interface FrontMatterBlock {
  /** 0-based line of the opening '---'. */
  start: number;
  /** 0-based line of the closing fence, or -1 when the block never closes. */
  end: number;
}

export interface Outline {
  lines: string[];
  frontMatter: FrontMatterBlock | null;
  headings: OutlineHeading[];
}

const ATX_OPEN = /^ {0,3}(#{1,6})(?=[ \t]|$)/;
const FENCE_OPEN = /^[ \t]*(`{3,}|~{3,})(.*)$/;
const SETEXT = /^ {0,3}(=+|-+)[ \t]*$/;
const NOT_PARAGRAPH = /^(?:[ \t]{4}|\t| {0,3}(?:[-*+>|<]|\d{1,9}[.)]|#|`{3}|~{3}))/;

/** The text of an ATX heading without its optional closing '#'s (code, not a regex: lines can be huge). */
function atxContent(rest: string): string {
  const text = rest.trim();
  let end = text.length;
  while (end > 0 && text.charAt(end - 1) === '#') end--;
  if (end === 0) return '';
  const before = text.charAt(end - 1);
  return end < text.length && (before === ' ' || before === '\t') ? text.slice(0, end).trimEnd() : text;
}

function findFrontMatter(lines: string[]): FrontMatterBlock | null {
  if (lines[0]?.trimEnd() !== '---') return null;
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i]!.trimEnd();
    if (line === '---' || line === '...') return { start: 0, end: i };
  }
  return { start: 0, end: -1 };
}

/** True when lines first..last form a plain paragraph a setext underline can turn into a heading. */
function isPlainParagraph(lines: string[], last: number, first: number): boolean {
  let i = last;
  while (i >= first && lines[i]!.trim() !== '') {
    if (NOT_PARAGRAPH.test(lines[i]!)) return false;
    i--;
  }
  return i < last;
}

/**
 * The first character of a line after its leading whitespace, as `line.trimStart().charAt(0)` gives
 * it, without making a trimmed copy of every line: '' for a blank line.
 */
function firstCharacter(line: string): string {
  for (let i = 0; i < line.length; i++) {
    const code = line.charCodeAt(i);
    if (code === 32 || code === 9) continue;
    // Printable ASCII is never whitespace; anything else is left to trimStart's own definition.
    return code > 32 && code < 127 ? line.charAt(i) : line.trimStart().charAt(0);
  }
  return '';
}

export function scanOutline(text: string): Outline {
  const lines = text.split('\n');
  const frontMatter = findFrontMatter(lines);
  const headings: OutlineHeading[] = [];
  let fence: { char: string; length: number } | null = null;
  let inComment = false;
  let blockStart = frontMatter && frontMatter.end >= 0 ? frontMatter.end + 1 : 0;
  for (let i = blockStart; i < lines.length; i++) {
    const line = lines[i]!;
    const first = firstCharacter(line);
    if (fence) {
      if (first === fence.char) {
        const close = /^[ \t]*(`+|~+)[ \t]*$/.exec(line);
        if (close && close[1]!.charAt(0) === fence.char && close[1]!.length >= fence.length) {
          fence = null;
          blockStart = i + 1;
        }
      }
      continue;
    }
    if (inComment) {
      if (line.includes('-->')) { inComment = false; blockStart = i + 1; }
      continue;
    }
    if (first === '`' || first === '~') {
      const open = FENCE_OPEN.exec(line);
      if (open && !(open[1]!.charAt(0) === '`' && open[2]!.includes('`'))) {
        fence = { char: open[1]!.charAt(0), length: open[1]!.length };
        continue;
      }
    } else if (first === '<' && /^ {0,3}<!--/.test(line) && !line.includes('-->', line.indexOf('<!--') + 4)) {
      inComment = true;
      continue;
    } else if (first === '#') {
      const atx = ATX_OPEN.exec(line);
      if (atx) {
        headings.push({ line: i, endLine: i, level: atx[1]!.length, text: atxContent(line.slice(atx[0].length)) });
        blockStart = i + 1;
        continue;
      }
    } else if ((first === '=' || first === '-') && i > blockStart && SETEXT.test(line)) {
      if (isPlainParagraph(lines, i - 1, blockStart)) {
        let top = i - 1;
        while (top > blockStart && lines[top - 1]!.trim() !== '') top--;
        const content = lines.slice(top, i).map((l) => l.trim()).join(' ');
        headings.push({ line: top, endLine: i, level: first === '=' ? 1 : 2, text: content });
        blockStart = i + 1;
        continue;
      }
    }
    if (first === '') blockStart = i + 1;
  }
  return { lines, frontMatter, headings };
}
