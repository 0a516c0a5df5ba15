// A paragraph as the attribution rules read it: the words and punctuation outside quotes, with each quote
// standing as one unit, each word tied to the person it names (if any), and sentence boundaries.
import type { FoundQuote } from './quotes';
import type { PersonMention } from './names';
import { Token } from './tokens';

/**
 * A word or punctuation token outside quotes, or a whole quote (kind 'quote'). Tokens are reused as
 * units, so building them allocates only the quote units.
 */
export type Unit = Token;

function isSentenceEnd(punct: string): boolean {
  return punct === '.' || punct === '!' || punct === '?' || punct === '…';
}
const QUOTE_ENDS_SENTENCE = /[.!?…]['’‘"]?$/;

/** Whether the words inside a quote end with a full stop, question or exclamation mark. */
export function quoteEndsSentence(text: string, quote: FoundQuote): boolean {
  return QUOTE_ENDS_SENTENCE.test(text.slice(Math.max(quote.contentStart, quote.contentEnd - 3), quote.contentEnd).trimEnd());
}

/**
 * The paragraph's units from its plain tokens (or those a TokenStore kept of them): the tokens outside
 * quotes, and each quote as one token of kind 'quote' where its first token was. No token straddles a
 * quote's start or end, since quotes open and close at marks (or, left open, at white space or the end).
 */
export function wholeQuoteTokens(text: string, tokens: readonly Token[], quotes: readonly FoundQuote[]): Token[] {
  const units: Token[] = [];
  let lastQuote = -1;
  for (const token of tokens) {
    if (token.quote < 0) {
      units.push(token);
    } else if (token.quote !== lastQuote) {
      lastQuote = token.quote;
      const quote = quotes[lastQuote];
      units.push(new Token(text, quote.start, quote.end, 'quote', false, 0, lastQuote));
    }
  }
  return units;
}

/**
 * Units of a paragraph from its tokens made with whole quotes (`wholeQuoteTokens`), each word tied to
 * the mention (sorted by start) that covers it.
 */
export function buildUnits(text: string, units: Unit[], quotes: readonly FoundQuote[], mentions: readonly PersonMention[]): Unit[] {
  let next = 0;
  for (const unit of units) {
    while (next < mentions.length && (mentions[next].end <= unit.start || mentions[next].inQuote)) next++;
    const mention = mentions[next];
    // Set every time: a token kept from an earlier version of the text may still hold an old mention.
    unit.mention = mention && mention.start <= unit.start && unit.kind !== 'quote' ? mention : null;
  }
  let sentence = 0;
  units.forEach((unit, at) => {
    unit.sentence = sentence;
    const next = units[at + 1];
    const ends =
      (unit.kind === 'punct' && isSentenceEnd(unit.text) && (!next || next.cap || next.kind === 'quote')) ||
      (unit.kind === 'quote' && next !== undefined && next.cap && next.kind === 'word' && quoteEndsSentence(text, quotes[unit.quote]));
    if (ends) sentence = at + 1;
  });
  for (let at = units.length - 1, last = at; at >= 0; at--) {
    if (at + 1 < units.length && units[at + 1].sentence !== units[at].sentence) last = at;
    units[at].sentenceLast = last;
  }
  return units;
}
