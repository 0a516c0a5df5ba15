// A paragraph as the attribution rules read it: the words and punctuation outside quotes, with each quote
// standing as one unit, each word tied to the person it names (if any), and sentence boundaries.
import { isSpaceCode } from './chars';
import type { FoundQuote } from './quotes';
import type { PersonMention } from './names';
import type { Token, TokenStore } from './tokens';

/** A word or punctuation token outside quotes, or a whole quote (kind 'quote'): see TokenStore.unit. */
export type Unit = Token;

const FULL_STOP = 0x2e;
const EXCLAMATION = 0x21;
const QUESTION = 0x3f;
const ELLIPSIS = 0x2026;

function isSentenceEndCode(code: number): boolean {
  return code === FULL_STOP || code === EXCLAMATION || code === QUESTION || code === ELLIPSIS;
}

function isClosingMarkCode(code: number): boolean {
  return code === 0x27 || code === 0x2019 || code === 0x2018 || code === 0x22;
}

/** Whether the words inside a quote end with a full stop, question or exclamation mark (perhaps before a closing mark). */
export function quoteEndsSentence(text: string, quote: FoundQuote): boolean {
  // Only the last three characters are read, white space at the end skipped.
  const from = Math.max(quote.contentStart, quote.contentEnd - 3);
  let end = quote.contentEnd;
  while (end > from && isSpaceCode(text.charCodeAt(end - 1))) end--;
  if (end > from && isClosingMarkCode(text.charCodeAt(end - 1))) end--;
  return end > from && isSentenceEndCode(text.charCodeAt(end - 1));
}

/**
 * A paragraph's units, made from the tokens kept in `store` from `from` to `to` (TokenStore.unit), with each
 * word tied to the mention that covers it, and sentences marked. The paragraph's mentions are
 * mentions[firstMention, lastMention), sorted by start: a range of the article's list, not a copy.
 */
export function buildUnits(
  text: string, store: TokenStore, from: number, to: number, quotes: readonly FoundQuote[],
  mentions: readonly PersonMention[], firstMention: number, lastMention: number,
): Unit[] {
  const count = (to - from) >> 2;
  const units: Unit[] = [];
  // Each unit is made a step ahead, as whether a sentence ends at a unit depends on the one after it.
  let following = count > 0 ? store.unit(text, from, quotes) : undefined;
  // The first mention outside quotes that ends after the unit's start: sought again only once a unit starts
  // at or after its end, as most units name nobody.
  let next = firstMention;
  let mention: PersonMention | undefined;
  let mentionStart = 0;
  let mentionEnd = 0;
  let sentence = 0;
  for (let at = 0; at < count; at++) {
    const unit = following!;
    units.push(unit);
    following = at + 1 < count ? store.unit(text, from + 4 * (at + 1), quotes) : undefined;
    const start = unit.start;
    if (start >= mentionEnd) {
      while (next < lastMention && (mentions[next].end <= start || mentions[next].inQuote)) next++;
      mention = next < lastMention ? mentions[next] : undefined;
      mentionStart = mention === undefined ? Infinity : mention.start;
      mentionEnd = mention === undefined ? Infinity : mention.end;
    }
    // A quote within a mention is a nickname ('Marcus "Jet" Ellison'), part of the name.
    if (mentionStart <= start) unit.mention = mention!;
    unit.sentence = sentence;
    const ends =
      (unit.kind === 'punct' && isSentenceEndCode(text.charCodeAt(unit.start)) && (!following || following.cap || following.kind === 'quote')) ||
      (unit.kind === 'quote' && following !== undefined && following.cap && following.kind === 'word' && quoteEndsSentence(text, quotes[unit.quote]));
    if (ends || !following) {
      // The sentence is complete: its units learn where it ends.
      for (let member = sentence; member <= at; member++) units[member].sentenceLast = at;
      sentence = at + 1;
    }
  }
  return units;
}
