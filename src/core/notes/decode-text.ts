// Turns a note's bytes into text the parser can trust: UTF-8 (latin-1 as a fallback), no BOM, '\n' line ends.
import type { Diagnostic } from './note.ts';

export interface DecodedText {
  /** The note's text, or null when it is not text at all (a binary file with a note's name). */
  text: string | null;
  diagnostics: Diagnostic[];
}

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

/** Offset of the first byte that breaks UTF-8, or -1 when the bytes are valid. */
function findInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    if (b < 0x80) { i++; continue; }
    const need = b >= 0xf0 && b <= 0xf4 ? 3 : b >= 0xe0 ? 2 : b >= 0xc2 && b < 0xe0 ? 1 : -1;
    if (need < 0 || b > 0xf4) return i;
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
    }
    i += need + 1;
  }
  return -1;
}

function lineAtByte(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i++) if (bytes[i] === 0x0a) line++;
  return line;
}

function decodeLatin1(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 8192) {
    out += String.fromCharCode(...bytes.subarray(i, i + 8192));
  }
  return out;
}

/** A NUL in the first 8 KB is how git and most editors tell a binary file from text. */
function looksBinary(bytes: Uint8Array | string): boolean {
  const end = Math.min(bytes.length, 8192);
  if (typeof bytes === 'string') return bytes.slice(0, end).includes('\0');
  return bytes.subarray(0, end).indexOf(0) >= 0;
}

function normalizeLineEnds(text: string): string {
  const noBom = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  return noBom.includes('\r') ? noBom.replace(/\r\n?/g, '\n') : noBom;
}

export function decodeText(path: string, content: Uint8Array | string): DecodedText {
  if (looksBinary(content)) {
    return {
      text: null,
      diagnostics: [{ path, line: 1, code: 'binary', message: 'This file is binary, not a Markdown note: it was skipped. Rename it or exclude it from the notes pattern.' }],
    };
  }
  if (typeof content === 'string') return { text: normalizeLineEnds(content), diagnostics: [] };
  try {
    return { text: normalizeLineEnds(utf8.decode(content)), diagnostics: [] };
  } catch {
    const bad = findInvalidUtf8(content);
    const line = bad < 0 ? 1 : lineAtByte(content, bad);
    const hasBom = content[0] === 0xef && content[1] === 0xbb && content[2] === 0xbf;
    return {
      text: normalizeLineEnds(decodeLatin1(hasBom ? content.subarray(3) : content)),
      diagnostics: [{ path, line, code: 'not-utf8', message: `This note is not valid UTF-8 (first bad byte on line ${line}); it was read as Latin-1. Save it as UTF-8 so names and text keep their accents.` }],
    };
  }
}
