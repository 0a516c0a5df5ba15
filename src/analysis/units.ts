// A paragraph as the attribution rules read it: the words and punctuation outside quotes, with each quote
// standing as one unit, each word tied to the person it names (if any), and sentence boundaries.
import type { FoundQuote } from './quotes';
import type { PersonMention } from './names';
import type { Unit } from './tokens';

/** A word or punctuation token outside quotes, or a whole quote (kind 'quote'): see TokenStore.units. */
export type { Unit };

function isSentenceEnd(punct: string): boolean {
  return punct === '.' || punct === '!' || punct === '?' || punct === '…';
}
const QUOTE_ENDS_SENTENCE = /[.!?…]['’‘"]?$/;

/** Whether the words inside a quote end with a full stop, question or exclamation mark. */
export function quoteEndsSentence(text: string, quote: FoundQuote): boolean {
  return QUOTE_ENDS_SENTENCE.test(text.slice(Math.max(quote.contentStart, quote.contentEnd - 3), quote.contentEnd).trimEnd());
}

/** A paragraph's units (TokenStore.units) with each word tied to the mention (sorted by start) that covers it, and sentences marked. */
export function buildUnits(text: string, units: Unit[], quotes: readonly FoundQuote[], mentions: readonly PersonMention[]): Unit[] {
  let next = 0;
  for (const unit of units) {
    while (next < mentions.length && (mentions[next].end <= unit.start || mentions[next].inQuote)) next++;
    const mention = mentions[next];
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
