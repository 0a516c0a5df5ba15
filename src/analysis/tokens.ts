// Words and punctuation of one paragraph, with offsets into the original text.
import { ABBREVIATIONS } from './lexicon';
import type { Span } from './model';

export type TokenKind = 'word' | 'punct' | 'possessive';

export interface Token {
  start: number;
  end: number;
  text: string;
  /** Lower case with typographic apostrophes made straight: the key for word lists. */
  lower: string;
  kind: TokenKind;
  /** Starts with a capital letter. */
  cap: boolean;
  /** Index of the quote the token lies in (marks included), or -1. */
  quote: number;
}

// Initials and dotted abbreviations (J.D., U.S., a.m.), words with inner apostrophes and hyphens, or one
// non-space character.
const TOKEN = /(?:\p{L}\.){2,}|[\p{L}\p{M}\p{N}]+(?:['’‐-][\p{L}\p{M}\p{N}]+)*|\S/gu;
const POSSESSIVE = /^(.+)['’]s$/u;

export function lowerWord(text: string): string {
  const lower = text.toLowerCase();
  return lower.includes('’') ? lower.replace(/’/g, "'") : lower;
}

function startsWithCapital(text: string): boolean {
  const first = text[0];
  return first !== first.toLowerCase() && first === first.toUpperCase();
}


/** "the victims’ lawyer": an apostrophe glued to a final s, before a space, that closes no quote. */
function isPluralPossessive(text: string, at: number, tokens: readonly Token[], quotes: readonly Span[]): boolean {
  if (text[at] !== '’' && text[at] !== "'") return false;
  const previous = tokens[tokens.length - 1];
  if (!previous || previous.kind !== 'word' || previous.end !== at || !previous.lower.endsWith('s') || !/\s/.test(text[at + 1] ?? '')) return false;
  return previous.quote < 0 || quotes[previous.quote].end !== at + 1;
}

/**
 * Tokens of text[span.start, span.end). `quotes` (sorted, not overlapping) marks which tokens lie in a
 * quote; `firstQuote` is the index of the first quote that may lie in the span.
 */
export function tokenize(text: string, span: Span, quotes: readonly Span[], firstQuote: number): Token[] {
  const tokens: Token[] = [];
  let quoteIndex = firstQuote;
  const push = (start: number, end: number, kind: TokenKind) => {
    while (quoteIndex < quotes.length && quotes[quoteIndex].end <= start) quoteIndex++;
    const inQuote = quoteIndex < quotes.length && quotes[quoteIndex].start <= start ? quoteIndex : -1;
    const value = text.slice(start, end);
    tokens.push({ start, end, text: value, lower: lowerWord(value), kind, cap: kind === 'word' && startsWithCapital(value), quote: inQuote });
  };
  TOKEN.lastIndex = span.start;
  for (let match = TOKEN.exec(text); match && match.index < span.end; match = TOKEN.exec(text)) {
    const start = match.index;
    let end = Math.min(start + match[0].length, span.end);
    if (end - start === 1 && !/[\p{L}\p{N}]/u.test(match[0])) {
      push(start, end, isPluralPossessive(text, start, tokens, quotes) ? 'possessive' : 'punct');
      continue;
    }
    // The full stop of "Mr." and of an initial before a name ("W. Bush") belongs to the word.
    if (text[end] === '.' && end < span.end) {
      const word = match[0].toLowerCase();
      const initial = match[0].length === 1 && startsWithCapital(match[0]) && /^\s\p{Lu}/u.test(text.slice(end + 1, end + 3));
      if (ABBREVIATIONS.has(word) || initial) end++;
      TOKEN.lastIndex = end;
    }
    const possessive = end - start > 2 ? POSSESSIVE.exec(match[0]) : null;
    if (possessive) {
      const base = start + possessive[1].length;
      push(start, base, 'word');
      push(base, end, 'possessive');
    } else {
      push(start, end, 'word');
    }
  }
  return tokens;
}
