// Paragraphs of a plain-text article: blocks separated by blank lines. Inside a block, each line is its own
// paragraph unless the block looks hard-wrapped (lines of similar length that run on into the next line).
import { codeSet } from './chars';
import type { Span } from './model';

export interface Paragraph extends Span {
  /** A title, heading or caption: short, with no closing punctuation. Its quotes are nobody's. */
  headline: boolean;
}

const MAX_WRAP_WIDTH = 100;

/** Whether the lines of one block (start and end of each, in turn) are a hard-wrapped paragraph rather than one paragraph per line. */
function isHardWrapped(lines: readonly number[]): boolean {
  if (lines.length < 4) return false;
  let widest = 0;
  for (let i = 0; i < lines.length; i += 2) widest = Math.max(widest, lines[i + 1] - lines[i]);
  if (widest > MAX_WRAP_WIDTH) return false;
  for (let i = 0; i < lines.length - 2; i += 2) if (lines[i + 1] - lines[i] < widest * 0.55) return false;
  return true;
}

/** Adds [start, end), trimmed of white space, to `paragraphs` as a paragraph marked as a headline or not, unless nothing is left. */
function addTrimmed(text: string, start: number, end: number, paragraphs: Paragraph[]): void {
  start = trimmedStart(text, start, end);
  end = trimmedEnd(text, start, end);
  if (start === end) return;
  const paragraph = { start, end, headline: false };
  paragraph.headline = isHeadline(text, paragraph);
  paragraphs.push(paragraph);
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
  /** Start and end of each non-blank line of the current block, trimmed. */
  const block: number[] = [];
  const flush = () => {
    if (!block.length) return;
    if (isHardWrapped(block)) addInParts(text, block[0], block[block.length - 1], paragraphs);
    else for (let i = 0; i < block.length; i += 2) addInParts(text, block[i], block[i + 1], paragraphs);
    block.length = 0;
  };
  let lineStart = 0;
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    const start = trimmedStart(text, lineStart, lineEnd);
    const end = trimmedEnd(text, start, lineEnd);
    if (start < end) block.push(start, end);
    else flush();
    lineStart = lineEnd + 1;
  }
  flush();
  return paragraphs;
}

const CLOSING_PUNCTUATION = /[.!?…:;,—–-]$/;
const CLOSING_PUNCTUATION_CODES = codeSet('.!?…:;,—–-');
const TRAILING_MARK_CODES = codeSet('"”’\'»)] \t');
const SENTENCE_INSIDE = /\p{Ll}[.!?…]["”’']*\s/u;
const TRAILING_MARKS = /["”’'»)\]\s]+$/;

/**
 * Titles, section headings, captions and link lines: short, and without closing punctuation once trailing
 * quote marks are set aside (a subheading such as ‘Vladimir, let’s talk’ is a headline too).
 */
export function isHeadline(text: string, span: Span): boolean {
  if (span.end - span.start > 300) return false;
  // Most paragraphs end with a full stop: decide those without copying any text.
  let last = span.end - 1;
  while (last > span.start && TRAILING_MARK_CODES.has(text.charCodeAt(last))) last--;
  if (CLOSING_PUNCTUATION_CODES.has(text.charCodeAt(last))) return false;
  const body = text.slice(span.start, span.end).replace(TRAILING_MARKS, '');
  // A sentence that ends inside ("“… in Ukraine.” — AFP") makes it prose with a sign-off, not a title.
  return !CLOSING_PUNCTUATION.test(body) && !SENTENCE_INSIDE.test(body);
}
