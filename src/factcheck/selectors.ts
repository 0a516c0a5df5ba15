// Building selectors from the article text.
import { CONTEXT_LENGTH, type NoteSelector } from './model';

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

/** True when `offset` falls between the two halves of a surrogate pair (inside one emoji, say). */
function splitsPair(text: string, offset: number): boolean {
  return offset > 0 && offset < text.length && isHighSurrogate(text.charCodeAt(offset - 1)) && isLowSurrogate(text.charCodeAt(offset));
}

/**
 * Both selectors for `text[start, end)`: the exact words with CONTEXT_LENGTH characters either side
 * (one more where the boundary would split a surrogate pair) and their offsets.
 * Throws RangeError when the span is not inside the text.
 */
export function createSelector(text: string, start: number, end: number): NoteSelector {
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || start > end || end > text.length) {
    throw new RangeError(`span ${start}–${end} is not inside a text of ${text.length} characters`);
  }
  let prefixStart = Math.max(0, start - CONTEXT_LENGTH);
  if (splitsPair(text, prefixStart)) prefixStart--;
  let suffixEnd = Math.min(text.length, end + CONTEXT_LENGTH);
  if (splitsPair(text, suffixEnd)) suffixEnd++;
  return {
    quote: { prefix: text.slice(prefixStart, start), exact: text.slice(start, end), suffix: text.slice(end, suffixEnd) },
    position: { start, end },
  };
}
