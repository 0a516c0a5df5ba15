// Paragraphs of a plain-text article: blocks separated by blank lines. Inside a block, each line is its own
// paragraph unless the block looks hard-wrapped (lines of similar length that run on into the next line).
import { codeSet } from './chars';
import type { Span } from './model';

export interface Paragraph extends Span {
  /** A title, heading or caption: short, with no closing punctuation. Its quotes are nobody's. */
  headline: boolean;
}

const MAX_WRAP_WIDTH = 100;

/** Whether the lines of one block are a hard-wrapped paragraph rather than one paragraph per line. */
function isHardWrapped(lines: readonly Span[]): boolean {
  if (lines.length < 2) return false;
  let widest = 0;
  for (const line of lines) widest = Math.max(widest, line.end - line.start);
  if (widest > MAX_WRAP_WIDTH) return false;
  for (let i = 0; i < lines.length - 1; i++) if (lines[i].end - lines[i].start < widest * 0.55) return false;
  return true;
}

function trimmed(text: string, start: number, end: number): Span | null {
  while (start < end && isSpace(text.charCodeAt(start))) start++;
  while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
  return start < end ? { start, end } : null;
}

function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 13 || code === 0xa0 || code === 0x2028 || code === 0x2029 || code === 0xfeff;
}

/** Longer "paragraphs" (a whole book on one line, a text with no line breaks) are read in parts. */
const MAX_PARAGRAPH = 20_000;
const SENTENCE_BREAK = /[.!?…]["”’']?\s+(?=["“‘']?\p{Lu})/gu;

/** Adds `span` to `parts`, split at sentence ends (or at white space) if longer than MAX_PARAGRAPH, keeping each part whole. */
function addInParts(text: string, span: Span, parts: Span[]): void {
  if (span.end - span.start <= MAX_PARAGRAPH) {
    parts.push(span);
    return;
  }
  let start = span.start;
  while (span.end - start > MAX_PARAGRAPH) {
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
    const part = trimmed(text, start, cut);
    if (part) parts.push(part);
    start = cut;
  }
  const last = trimmed(text, start, span.end);
  if (last) parts.push(last);
}

/** Paragraph spans in document order (trimmed of surrounding white space). */
export function splitParagraphs(text: string): Span[] {
  const paragraphs: Span[] = [];
  let block: Span[] = [];
  const flush = () => {
    if (!block.length) return;
    if (isHardWrapped(block)) addInParts(text, { start: block[0].start, end: block[block.length - 1].end }, paragraphs);
    else for (const line of block) addInParts(text, line, paragraphs);
    block = [];
  };
  let lineStart = 0;
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    const line = trimmed(text, lineStart, lineEnd);
    if (line) block.push(line);
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
