// Fast look-ups over an Article for hovers, navigation and views. Pure: no editor API.
// Indexes are built once per Article object (WeakMap) and then every query is a binary search.
import type { Article, Mention, Quote, Speaker, Span } from './model';

export interface MentionHit {
  speaker: Speaker;
  mention: Mention;
}

interface ArticleIndex {
  /** Every mention of every speaker, sorted by start. */
  mentions: MentionHit[];
  speakers: Map<string, Speaker>;
  quotesBySpeaker: Map<string, Quote[]>;
}

const indexes = new WeakMap<Article, ArticleIndex>();

function indexOf(article: Article): ArticleIndex {
  let index = indexes.get(article);
  if (index) return index;
  const mentions: MentionHit[] = [];
  const speakers = new Map<string, Speaker>();
  for (const speaker of article.speakers) {
    speakers.set(speaker.id, speaker);
    for (const mention of speaker.mentions) mentions.push({ speaker, mention });
  }
  mentions.sort((a, b) => a.mention.start - b.mention.start || a.mention.end - b.mention.end);
  const quotesBySpeaker = new Map<string, Quote[]>();
  for (const quote of article.quotes) {
    if (quote.speaker === null) continue;
    const list = quotesBySpeaker.get(quote.speaker);
    if (list) list.push(quote);
    else quotesBySpeaker.set(quote.speaker, [quote]);
  }
  index = { mentions, speakers, quotesBySpeaker };
  indexes.set(article, index);
  return index;
}

/** Index of the last span whose start is <= offset, or -1. Spans must be sorted by start. */
export function lastStartingAtOrBefore<T>(items: readonly T[], offset: number, spanOf: (item: T) => Span): number {
  let low = 0;
  let high = items.length - 1;
  let found = -1;
  while (low <= high) {
    const middle = (low + high) >>> 1;
    if (spanOf(items[middle]).start <= offset) {
      found = middle;
      low = middle + 1;
    } else {
      high = middle - 1;
    }
  }
  return found;
}

/** The quote whose span (marks included) contains the offset; an offset just after the closing mark counts. */
export function quoteAt(article: Article, offset: number): Quote | undefined {
  const at = lastStartingAtOrBefore(article.quotes, offset, (quote) => quote);
  const quote = at >= 0 ? article.quotes[at] : undefined;
  return quote && offset <= quote.end ? quote : undefined;
}

/** The mention of a speaker at the offset (start inclusive, end inclusive so a cursor after a name still counts). */
export function mentionAt(article: Article, offset: number): MentionHit | undefined {
  const { mentions } = indexOf(article);
  const at = lastStartingAtOrBefore(mentions, offset, (hit) => hit.mention);
  const hit = at >= 0 ? mentions[at] : undefined;
  return hit && offset <= hit.mention.end ? hit : undefined;
}

export function speakerById(article: Article, id: string): Speaker | undefined {
  return indexOf(article).speakers.get(id);
}

/** The quotes attributed to a speaker, in document order (the same objects as in `article.quotes`). */
export function quotesBy(article: Article, speakerId: string): readonly Quote[] {
  return indexOf(article).quotesBySpeaker.get(speakerId) ?? [];
}
