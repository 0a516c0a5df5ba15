// A paragraph as the attribution rules read it: the words and punctuation outside quotes, with each quote
// standing as one unit, each word tied to the person it names (if any), and sentence boundaries.
import type { FoundQuote } from './quotes';
import type { PersonMention } from './names';
import type { Token } from './tokens';

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

export function buildUnits(text: string, tokens: readonly Token[], quotes: readonly FoundQuote[], mentions: readonly PersonMention[]): Unit[] {
  for (const mention of mentions) {
    if (mention.inQuote) continue;
    for (let at = mention.first; at <= mention.last; at++) tokens[at].mention = mention;
  }
  const units: Unit[] = [];
  let lastQuote = -1;
  for (const token of tokens) {
    if (token.quote < 0) {
      lastQuote = -1;
      units.push(token);
    } else if (token.quote !== lastQuote) {
      lastQuote = token.quote;
      const quote = quotes[token.quote];
      units.push({ kind: 'quote', text: '"', lower: '"', cap: false, classes: 0, start: quote.start, end: quote.end, quote: token.quote, mention: null, sentence: 0, sentenceLast: 0 });
    }
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
