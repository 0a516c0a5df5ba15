// Words and punctuation of one paragraph, with offsets into the original text. A hand-written scanner
// (one pass, a lookup table per UTF-16 code unit) because this runs over every character of the article.
import { codeAt, isLetterCode, isSpaceCode, isWordCode } from './chars';
import { WordClass, classesAt, classesOfLowered, isContraction, lowerCode, loweredWord, wordLowerCode } from './lexicon';
import type { Span } from './model';
import type { PersonMention } from './names';

export type TokenKind = 'word' | 'punct' | 'possessive' | 'quote';

/**
 * A bit above the word classes (lexicon.ts WordClass, bits 0 to 25). Below bit 30: VS Code's extension host
 * (Electron's V8, with pointer compression) keeps only 31-bit small integers in a field, and a larger value
 * would be boxed as a heap number in every capitalised token.
 */
const CAPITAL = 1 << 29;

/**
 * A word, punctuation mark, possessive "’s", or (in units, see units.ts) a whole quote. Its text and lower
 * case are made only when asked for: most words of an article are never looked at as strings, since their
 * word classes come straight from the characters.
 */
export class Token {
  // The fields are `declare`d and set in the constructor only: a class field declaration would make V8
  // define each field once more, in a separate initialiser, for every one of the millions of tokens.
  /** Filled in when the paragraph becomes units (units.ts): the person mention, and the sentence. */
  declare mention: PersonMention | null;
  declare sentence: number;
  declare sentenceLast: number;
  // `source`, `start`, `end` and `quote` change only in `move`.
  private declare source: string;
  declare start: number;
  declare end: number;
  declare readonly kind: TokenKind;
  /** Index of the quote the token lies in (marks included), or -1; for a 'quote' unit, its quote. */
  declare quote: number;
  private declare textValue: string | undefined;
  private declare lowerValue: string | undefined;
  /** `classes` with CAPITAL set for `cap`: one field for both, as there are millions of tokens. */
  private declare readonly classBits: number;

  constructor(source: string, start: number, end: number, kind: TokenKind, cap: boolean, classes: number, quote: number) {
    this.mention = null;
    this.sentence = 0;
    this.sentenceLast = 0;
    this.source = source;
    this.start = start;
    this.end = end;
    this.kind = kind;
    this.quote = quote;
    this.textValue = undefined;
    this.lowerValue = undefined;
    this.classBits = cap ? classes | CAPITAL : classes;
  }

  /** Starts with a capital letter. */
  get cap(): boolean {
    return (this.classBits & CAPITAL) !== 0;
  }

  /** Word classes (lexicon.ts WordClass bits); 0 for punctuation. */
  get classes(): number {
    return this.classBits & ~CAPITAL;
  }

  /** The same word in a new version of the text, `shift` characters and `quoteShift` quotes further on. */
  move(source: string, shift: number, quoteShift: number): void {
    this.source = source;
    this.start += shift;
    this.end += shift;
    if (this.quote >= 0) this.quote += quoteShift;
  }

  get text(): string {
    if (this.textValue === undefined) this.textValue = this.kind === 'quote' ? '"' : this.source.slice(this.start, this.end);
    return this.textValue;
  }

  /**
   * Whether `lower` ends with `suffix` (ASCII lower-case letters): read from the characters, with no string
   * made. Such letters of the lower case come only from the same letters, in either case.
   */
  endsWithLower(suffix: string): boolean {
    const from = this.end - suffix.length;
    if (from < this.start || this.kind === 'quote') return false;
    for (let index = 0; index < suffix.length; index++) {
      const code = this.source.charCodeAt(from + index);
      const wanted = suffix.charCodeAt(index);
      if (code !== wanted && code !== wanted - 32) return false;
    }
    return true;
  }

  /** The code unit `index` characters into the token; NaN past its end. */
  codeAt(index: number): number {
    return index < this.end - this.start ? this.source.charCodeAt(this.start + index) : NaN;
  }

  /** Tells the token its lower case, made by the caller from its characters (names.ts nameWordOf): it must equal what `lower` would make. */
  knowLower(lower: string): void {
    this.lowerValue = lower;
  }

  /** Lower case with typographic apostrophes made straight: the key for word lists. */
  get lower(): string {
    if (this.lowerValue === undefined) this.lowerValue = this.kind === 'word' && !isPlainLower(this.source, this.start, this.end) ? lowerWord(this.text) : this.text;
    return this.lowerValue;
  }
}

const APOSTROPHE = 0x27;
const RIGHT_QUOTE = 0x2019;
const HYPHEN = 0x2d;
const UNICODE_HYPHEN = 0x2010;
const FULL_STOP = 0x2e;
const COMMA = 0x2c;
const SLASH = 0x2f;

function isDigitCode(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}

export function lowerWord(text: string): string {
  // "Smith": a capital before plain lower case, lowered with no toLowerCase (slow on two-byte strings).
  const first = text.charCodeAt(0);
  if (first >= 65 && first <= 90 && isPlainLower(text, 1, text.length)) return String.fromCharCode(first + 32) + text.slice(1);
  const lower = text.toLowerCase();
  return lower.includes('’') ? lower.replace(/’/g, "'") : lower;
}

/**
 * Whether text[start, end) is ASCII with no capital: its own lower case. Most words are, and this spares
 * them toLowerCase, which is slow on the two-byte strings of a text with curly quotes.
 */
function isPlainLower(text: string, start: number, end: number): boolean {
  for (let at = start; at < end; at++) {
    const code = text.charCodeAt(at);
    if (code >= 128 || (code >= 65 && code <= 90)) return false;
  }
  return true;
}

function startsWithCapital(text: string, at: number): boolean {
  return isCapitalCode(text.charCodeAt(at), text, at);
}

/** Whether `code`, the code at text[at], is a capital letter. */
function isCapitalCode(code: number, text: string, at: number): boolean {
  if (code < 128) return code >= 65 && code <= 90;
  const first = text[at];
  return first !== first.toLowerCase() && first === first.toUpperCase();
}

function isLetterAt(text: string, at: number): boolean {
  return isLetterCode(text.charCodeAt(at));
}

/**
 * What `scanWord` found besides the word's end, so that the tokenizer need not read those characters
 * again: whether the word has an inner hyphen, its last two code units lower-cased (as `keepLowered`
 * writes them), and the code at its end (-1 past the text).
 */
const scanned = { hyphen: false, apostrophe: -1, last: 0, previous: 0, stop: 0 };

/** Puts `lower` at `index` of the word being read, for its look-up (lexicon.ts `loweredWord`; a longer word is on no list). */
function keepLowered(index: number, lower: number): void {
  if (index < loweredWord.length) loweredWord[index] = lower;
}

/**
 * End of the word starting at `at`: letters, marks and digits, joined by inner apostrophes and hyphens.
 * It writes the word's lower case for the look-up on the way (`keepLowered`).
 */
function scanWord(text: string, at: number, limit: number): number {
  let end = at;
  let last = 0;
  let previous = 0;
  let stop = -1;
  scanned.hyphen = false;
  scanned.apostrophe = -1;
  for (;;) {
    for (; end < limit; end++) {
      const code = text.charCodeAt(end);
      const lower = wordLowerCode(code);
      if (lower === 0) {
        stop = code;
        break;
      }
      keepLowered(end - at, lower);
      previous = last;
      last = lower;
    }
    if (end === limit) stop = codeAt(text, end);
    const joiner = end + 1 < limit ? stop : NaN;
    if (joiner === APOSTROPHE || joiner === RIGHT_QUOTE || joiner === HYPHEN || joiner === UNICODE_HYPHEN) {
      if (!isWordCode(text.charCodeAt(end + 1))) break;
    } else if (!(isDigitCode(last) && (joiner === COMMA || joiner === FULL_STOP) && isDigitCode(text.charCodeAt(end + 1)))) {
      // "1,900" and "4.5" are one word: a comma in a number would read as the end of an appositive.
      break;
    }
    if (joiner === HYPHEN || joiner === UNICODE_HYPHEN) scanned.hyphen = true;
    else if (joiner === APOSTROPHE || joiner === RIGHT_QUOTE) scanned.apostrophe = end - at;
    const lower = lowerCode(joiner);
    keepLowered(end - at, lower);
    previous = last;
    last = lower;
    end++;
  }
  scanned.last = last;
  scanned.previous = previous;
  scanned.stop = stop;
  return end;
}

/** "J.D.", "U.S.", "a.m.": single letters each followed by a full stop, two or more. */
function initialsEnd(text: string, at: number, limit: number): number {
  let end = at;
  while (end + 1 < limit && text.charCodeAt(end + 1) === FULL_STOP && isLetterAt(text, end)) end += 2;
  return end - at >= 4 ? end : at;
}

/** "the victims’ lawyer": an apostrophe glued to a final s, before a space, that closes no quote. */
function isPluralPossessive(text: string, at: number, tokens: readonly Token[], quotes: readonly Span[]): boolean {
  const code = text.charCodeAt(at);
  if ((code !== APOSTROPHE && code !== RIGHT_QUOTE) || tokens.length === 0) return false;
  const previous = tokens[tokens.length - 1];
  if (previous.kind !== 'word' || previous.end !== at) return false;
  const last = text.charCodeAt(at - 1);
  if ((last !== 0x73 && last !== 0x53) || !isSpaceCode(codeAt(text, at + 1))) return false;
  return previous.quote < 0 || quotes[previous.quote].end !== at + 1;
}

/** A position past the end of any text, as a small integer (Infinity would make `until` a float field). */
const BEYOND_ANY_TEXT = 2 ** 30 - 1;

/** Index of the quote a position lies in, or -1, for positions that only grow. */
class QuoteCursor {
  private quote = -1;
  /** The answer stays `quote` for positions before this one. */
  private until = -1;

  constructor(
    private readonly quotes: readonly Span[],
    private next: number,
  ) {}

  at(position: number): number {
    return position < this.until ? this.quote : this.advance(position);
  }

  /** `at` for a position where the answer may change: apart from the fast path, so that `at` is small enough to inline everywhere. */
  private advance(position: number): number {
    const { quotes } = this;
    while (this.next < quotes.length && quotes[this.next].end <= position) this.next++;
    // Not quotes[quotes.length]: a read past the end of an array makes V8 drop its optimised code.
    const quote = this.next < quotes.length ? quotes[this.next] : undefined;
    if (quote && quote.start <= position) {
      this.quote = this.next;
      this.until = quote.end;
    } else {
      this.quote = -1;
      this.until = quote ? quote.start : BEYOND_ANY_TEXT;
    }
    return this.quote;
  }
}

/**
 * Tokens of text[span.start, span.end). `quotes` (sorted, not overlapping) marks which tokens lie in a
 * quote; `firstQuote` is the index of the first quote that may lie in the span.
 */
export function tokenize(text: string, span: Span, quotes: readonly Span[], firstQuote: number): Token[] {
  const tokens: Token[] = [];
  const quoteOf = new QuoteCursor(quotes, firstQuote);
  const limit = span.end;
  let at = span.start;
  // The code at `at`, carried over from the word before where it was read already.
  let code = at < limit ? text.charCodeAt(at) : 0;
  while (at < limit) {
    if (isSpaceCode(code)) {
      at++;
      code = at < limit ? text.charCodeAt(at) : 0;
      continue;
    }
    if (!isWordCode(code)) {
      const kind = isPluralPossessive(text, at, tokens, quotes) ? 'possessive' : 'punct';
      tokens.push(new Token(text, at, at + 1, kind, false, 0, quoteOf.at(at)));
      at++;
      code = at < limit ? text.charCodeAt(at) : 0;
      continue;
    }
    let end = scanWord(text, at, limit);
    let { stop } = scanned;
    const cap = isCapitalCode(code, text, at);
    // "J.D.": a word of one letter and a full stop may be initials.
    const initials = end === at + 1 && end < limit && stop === FULL_STOP ? initialsEnd(text, at, limit) : at;
    if (initials > at) {
      tokens.push(new Token(text, at, initials, 'word', cap, classesAt(text, at, initials), quoteOf.at(at)));
      at = initials;
      code = at < limit ? text.charCodeAt(at) : 0;
      continue;
    }
    let { last, previous } = scanned;
    // "Ravindran a/l Selvamani": the Malaysian "son of" (a/l, a/p) is one word.
    if (end - at === 1 && stop === SLASH && /^[lp]$/i.test(text[end + 1] ?? '') && !isWordCode(codeAt(text, end + 2))) {
      keepLowered(1, SLASH);
      previous = SLASH;
      last = lowerCode(text.charCodeAt(end + 1));
      keepLowered(2, last);
      end += 2;
      stop = codeAt(text, end);
    }
    // The full stop of "Mr." and of an initial before a name ("W. Bush") belongs to the word.
    if (end < limit && stop === FULL_STOP) {
      const single = end - at === 1 && cap && isSpaceCode(codeAt(text, end + 1)) && end + 2 < text.length && startsWithCapital(text, end + 2);
      if (single || (end - at <= 5 && (classesOfLowered(end - at) & WordClass.Abbreviation) !== 0)) {
        keepLowered(end - at, FULL_STOP);
        previous = last;
        last = FULL_STOP;
        end++;
        stop = codeAt(text, end);
      }
    }
    // "F1", "Sh1.2", "We’ve": a capitalised word that ends in a digit or a contraction is no name.
    const noName = cap && (isDigitCode(last) || (scanned.apostrophe >= 0 && isContraction(scanned.apostrophe + 1, end - at)));
    const shapeClasses = (scanned.hyphen ? WordClass.Hyphenated : 0) | (noName ? WordClass.NoNameShape : 0);
    const quote = quoteOf.at(at);
    // "Trump’s", "TRUMP'S": the possessive is its own token, in a word of three or more that the scan saw end in an apostrophe and s.
    if (end - at > 2 && last === 0x73 && previous === APOSTROPHE) {
      tokens.push(new Token(text, at, end - 2, 'word', cap, classesOfLowered(end - 2 - at) | shapeClasses, quote));
      tokens.push(new Token(text, end - 2, end, 'possessive', false, 0, quoteOf.at(end - 2)));
    } else {
      tokens.push(new Token(text, at, end, 'word', cap, classesOfLowered(end - at) | shapeClasses, quote));
    }
    at = end;
    code = stop;
  }
  return tokens;
}

const KINDS: readonly TokenKind[] = ['word', 'punct', 'possessive', 'quote'];

/** Index of `kind` in KINDS, without the call indexOf makes for every token kept. */
function kindIndex(kind: TokenKind): number {
  return kind === 'word' ? 0 : kind === 'punct' ? 1 : kind === 'possessive' ? 2 : 3;
}

/**
 * Pass 1's tokens kept for pass 2 as numbers in one typed array, which the garbage collector neither scans
 * nor copies: four per token (start, end, word classes, and quote, kind and capital together). Pass 2 so
 * makes its units without reading the text again. Only the tokens pass 2 reads are kept: those outside
 * quotes, and the first of each quote, which stands for the whole quote.
 */
export class TokenStore {
  private data: Int32Array;
  /** Numbers in use: four times the tokens kept. */
  length = 0;

  /**
   * Room for `expected` tokens from the start: growing by doubling would make and copy ever larger arrays,
   * about 50 MB for a 5 MB article.
   */
  constructor(expected: number) {
    this.data = new Int32Array(4 * Math.max(1024, expected));
  }

  keep(tokens: readonly Token[]): void {
    if (this.length + 4 * tokens.length > this.data.length) {
      const grown = new Int32Array(Math.max(this.data.length * 2, this.length + 4 * tokens.length));
      grown.set(this.data);
      this.data = grown;
    }
    const { data } = this;
    let { length } = this;
    let previousQuote = -1;
    for (const token of tokens) {
      if (token.quote >= 0 && token.quote === previousQuote) continue;
      previousQuote = token.quote;
      data[length++] = token.start;
      data[length++] = token.end;
      data[length++] = token.classes;
      data[length++] = ((token.quote + 1) << 3) | (kindIndex(token.kind) << 1) | (token.cap ? 1 : 0);
    }
    this.length = length;
  }

  /**
   * The unit over `text` of a kept token, at `at` (`length` before its `keep`, plus four per token kept
   * before it there): a token outside quotes, or a quote as one unit of kind 'quote', where its first token
   * was. No token straddles a quote's start or end, since quotes open and close at marks (or, left open, at
   * white space or the end).
   */
  unit(text: string, at: number, quotes: readonly Span[]): Token {
    const { data } = this;
    const packed = data[at + 3];
    const quote = (packed >> 3) - 1;
    if (quote >= 0) return new Token(text, quotes[quote].start, quotes[quote].end, 'quote', false, 0, quote);
    return new Token(text, data[at], data[at + 1], KINDS[(packed >> 1) & 3], (packed & 1) !== 0, data[at + 2], -1);
  }
}
