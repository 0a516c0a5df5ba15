// Paragraphs of a plain-text article: blocks separated by blank lines. Inside a block, each line is its own
// paragraph unless the block looks hard-wrapped (lines of similar length that run on into the next line).
import { codeSet, isSpaceCode } from './chars';
import type { Span } from './model';

export interface Paragraph extends Span {
  /** A title, heading or caption: short, with no closing punctuation. Its quotes are nobody's. */
  headline: boolean;
}

const MAX_WRAP_WIDTH = 100;

/**
 * Whether the lines of one block (start and end of each, in turn, in lines[0, size)) are a hard-wrapped
 * paragraph rather than one paragraph per line.
 */
function isHardWrapped(lines: readonly number[], size: number): boolean {
  if (size < 4) return false;
  let widest = 0;
  for (let i = 0; i < size; i += 2) widest = Math.max(widest, lines[i + 1] - lines[i]);
  if (widest > MAX_WRAP_WIDTH) return false;
  for (let i = 0; i < size - 2; i += 2) if (lines[i + 1] - lines[i] < widest * 0.55) return false;
  return true;
}

/** Adds the paragraphs of one block of lines (as isHardWrapped reads them). */
function addBlock(text: string, lines: readonly number[], size: number, paragraphs: Paragraph[]): void {
  if (isHardWrapped(lines, size)) addInParts(text, lines[0], lines[size - 1], paragraphs);
  else for (let i = 0; i < size; i += 2) addInParts(text, lines[i], lines[i + 1], paragraphs);
}

/** Adds [start, end), trimmed of white space, to `paragraphs` as a paragraph marked as a headline or not, unless nothing is left. */
function addTrimmed(text: string, start: number, end: number, paragraphs: Paragraph[]): void {
  start = trimmedStart(text, start, end);
  end = trimmedEnd(text, start, end);
  if (start === end) return;
  paragraphs.push({ start, end, headline: isHeadlineAt(text, start, end) });
}

function trimmedStart(text: string, start: number, end: number): number {
  while (start < end && isSpace(text.charCodeAt(start))) start++;
  return start;
}

function trimmedEnd(text: string, start: number, end: number): number {
  while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
  return end;
}

function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 13 || code === 0xa0 || code === 0x2028 || code === 0x2029 || code === 0xfeff;
}

/** Longer "paragraphs" (a whole book on one line, a text with no line breaks) are read in parts. */
const MAX_PARAGRAPH = 20_000;
const SENTENCE_BREAK = /[.!?…]["”’']?\s+(?=["“‘']?\p{Lu})/gu;

/** Adds the paragraph [start, end) to `parts`, split at sentence ends (or at white space) if longer than MAX_PARAGRAPH, keeping each part whole. */
function addInParts(text: string, start: number, end: number, parts: Paragraph[]): void {
  while (end - start > MAX_PARAGRAPH) {
    const limit = start + MAX_PARAGRAPH;
    // The last sentence end in the final quarter of the part (searched in that window only).
    const from = limit - MAX_PARAGRAPH / 4;
    const window = text.slice(from, limit + 8);
    let cut = -1;
    SENTENCE_BREAK.lastIndex = 0;
    for (let match = SENTENCE_BREAK.exec(window); match && match.index < MAX_PARAGRAPH / 4; match = SENTENCE_BREAK.exec(window)) cut = from + match.index + match[0].length;
    if (cut <= start) {
      cut = text.lastIndexOf(' ', limit);
      if (cut <= start) cut = limit;
    }
    addTrimmed(text, start, cut, parts);
    start = cut;
  }
  addTrimmed(text, start, end, parts);
}

/**
 * Paragraphs in document order, trimmed of surrounding white space, each marked as a headline or not.
 * Lines are kept as numbers until their block is read: only the paragraphs are objects.
 */
export function splitParagraphs(text: string): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  // Start and end of each non-blank line of the current block, trimmed, in block[0, size): the array is
  // reused from block to block, as setting its length each time would be a slow, generic store.
  const block: number[] = [];
  let size = 0;
  let lineStart = 0;
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    const start = trimmedStart(text, lineStart, lineEnd);
    const end = trimmedEnd(text, start, lineEnd);
    if (start < end) {
      block[size++] = start;
      block[size++] = end;
    } else if (size > 0) {
      addBlock(text, block, size, paragraphs);
      size = 0;
    }
    lineStart = lineEnd + 1;
  }
  if (size > 0) addBlock(text, block, size, paragraphs);
  return paragraphs;
}

const CLOSING_PUNCTUATION_CODES = codeSet('.!?…:;,—–-');
const TRAILING_MARK_CODES = codeSet('"”’\'»)]');
const SENTENCE_INSIDE = /\p{Ll}[.!?…]["”’']*\s/u;

/**
 * Titles, section headings, captions and link lines: short, and without closing punctuation once trailing
 * quote marks are set aside (a subheading such as ‘Vladimir, let’s talk’ is a headline too).
 */
export function isHeadline(text: string, span: Span): boolean {
  return isHeadlineAt(text, span.start, span.end);
}

function isHeadlineAt(text: string, start: number, end: number): boolean {
  if (end - start > 300) return false;
  // The body ends before the trailing quote marks, brackets and white space.
  let bodyEnd = end;
  while (bodyEnd > start && (TRAILING_MARK_CODES.has(text.charCodeAt(bodyEnd - 1)) || isSpaceCode(text.charCodeAt(bodyEnd - 1)))) bodyEnd--;
  if (bodyEnd > start && CLOSING_PUNCTUATION_CODES.has(text.charCodeAt(bodyEnd - 1))) return false;
  // A sentence that ends inside ("“… in Ukraine.” — AFP") makes it prose with a sign-off, not a title.
  return !SENTENCE_INSIDE.test(text.slice(start, bodyEnd));
}
