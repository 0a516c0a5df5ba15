// Character classes by UTF-16 code unit, from a lookup table filled on first use: the scanners call these
// for every character of an article, where a Unicode regex per character would be too slow.

const enum CharClass {
  Unknown = 0,
  Word = 1,
  Space = 2,
  Other = 3,
}

const classes = new Uint8Array(0x10000);
const LETTER_MARK_NUMBER = /[\p{L}\p{M}\p{N}]/u;
const SPACE = /\s/u;

function classOf(code: number): CharClass {
  if (!(code >= 0)) return CharClass.Other; // NaN: past the end of the text
  const kind = classes[code] as CharClass;
  return kind === CharClass.Unknown ? firstClassOf(code) : kind;
}

/**
 * The class of a code not seen before, kept in the table: apart from `classOf`, which every scanner
 * inlines, so that this rare path takes no room in their inlined code.
 */
function firstClassOf(code: number): CharClass {
  const char = String.fromCharCode(code);
  // Lone surrogates (halves of astral characters) are neither words nor spaces.
  const kind = code >= 0xd800 && code <= 0xdfff ? CharClass.Other : LETTER_MARK_NUMBER.test(char) ? CharClass.Word : SPACE.test(char) ? CharClass.Space : CharClass.Other;
  classes[code] = kind;
  return kind;
}

/** A letter, combining mark or digit. */
export function isWordCode(code: number): boolean {
  return classOf(code) === CharClass.Word;
}

export function isSpaceCode(code: number): boolean {
  return classOf(code) === CharClass.Space;
}

/** A letter or mark, not a digit. */
export function isLetterCode(code: number): boolean {
  return classOf(code) === CharClass.Word && !(code >= 48 && code <= 57);
}

/**
 * The code at `at`, or -1 (neither word nor space) outside the text, read without going outside it: a
 * read past either end makes V8's optimised code call the slow, generic charCodeAt there from then on.
 * Not NaN, which is no small integer either.
 */
export function codeAt(text: string, at: number): number {
  return at >= 0 && at < text.length ? text.charCodeAt(at) : -1;
}

/** How many words (runs of anything but white space) text[from, to) holds, counted up to `limit`. */
export function wordsIn(text: string, from: number, to: number, limit: number): number {
  let words = 0;
  let inWord = false;
  for (let at = from; at < to && words < limit; at++) {
    const space = isSpaceCode(text.charCodeAt(at));
    if (!space && !inWord) words++;
    inWord = !space;
  }
  return words;
}

/** Whether text[from, to) holds anything but white space. */
export function hasContent(text: string, from: number, to: number): boolean {
  for (let at = from; at < to; at++) if (!isSpaceCode(text.charCodeAt(at))) return true;
  return false;
}

/** The UTF-16 codes of `chars`, for membership tests that make no one-character strings (curly quotes are two-byte). */
export function codeSet(chars: string): ReadonlySet<number> {
  return new Set(Array.from(chars, (char) => char.charCodeAt(0)));
}
