// A paragraph as the attribution rules read it: the words and punctuation outside quotes, with each quote
// standing as one unit, each word tied to the person it names (if any), and sentence boundaries.
import type { FoundQuote } from './quotes';
import type { PersonMention } from './names';
import type { Token, TokenKind } from './tokens';

export interface Unit {
  kind: TokenKind | 'quote';
  text: string;
  lower: string;
  cap: boolean;
  start: number;
  end: number;
  /** For a quote unit, its index in the article's quotes; otherwise -1. */
  quote: number;
  /** The person mention this word belongs to, if any. */
  mention: PersonMention | null;
  /** Indices of the first and last units of this unit's sentence. */
  sentence: number;
  sentenceLast: number;
}

const SENTENCE_END = /^[.!?…]$/;
const QUOTE_ENDS_SENTENCE = /[.!?…]['’‘"]?$/;

/** Whether the words inside a quote end with a full stop, question or exclamation mark. */
export function quoteEndsSentence(text: string, quote: FoundQuote): boolean {
  return QUOTE_ENDS_SENTENCE.test(text.slice(Math.max(quote.contentStart, quote.contentEnd - 3), quote.contentEnd).trimEnd());
}

export function buildUnits(text: string, tokens: readonly Token[], quotes: readonly FoundQuote[], mentions: readonly PersonMention[]): Unit[] {
  const mentionOf: (PersonMention | null)[] = new Array(tokens.length).fill(null);
  for (const mention of mentions) {
    if (mention.inQuote) continue;
    for (let at = mention.first; at <= mention.last; at++) mentionOf[at] = mention;
  }
  const units: Unit[] = [];
  let lastQuote = -1;
  tokens.forEach((token, at) => {
    if (token.quote >= 0) {
      if (token.quote === lastQuote) return;
      lastQuote = token.quote;
      const quote = quotes[token.quote];
      units.push({ kind: 'quote', text: '"', lower: '"', cap: false, start: quote.start, end: quote.end, quote: token.quote, mention: null, sentence: 0, sentenceLast: 0 });
      return;
    }
    lastQuote = -1;
    units.push({ kind: token.kind, text: token.text, lower: token.lower, cap: token.cap, start: token.start, end: token.end, quote: -1, mention: mentionOf[at], sentence: 0, sentenceLast: 0 });
  });
  let sentence = 0;
  units.forEach((unit, at) => {
    unit.sentence = sentence;
    const next = units[at + 1];
    const ends =
      (unit.kind === 'punct' && SENTENCE_END.test(unit.text) && (!next || next.cap || next.kind === 'quote')) ||
      (unit.kind === 'quote' && next !== undefined && next.cap && next.kind === 'word' && quoteEndsSentence(text, quotes[unit.quote]));
    if (ends) sentence = at + 1;
  });
  for (let at = units.length - 1, last = at; at >= 0; at--) {
    if (at + 1 < units.length && units[at + 1].sentence !== units[at].sentence) last = at;
    units[at].sentenceLast = last;
  }
  return units;
}
