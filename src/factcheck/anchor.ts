// Re-anchoring a note on the current article text, the way Hypothesis does: the stored position if
// the words are still there, else the same words elsewhere, else a fuzzy match scored on the words
// and their context, else an orphan (kept, never dropped).
import { alignWithContext, approxSearch, similarity, type ApproxMatch } from './approx';
import type { Note, NoteSelector, Span, TextQuoteSelector } from './model';
import { createSelector } from './selectors';

export type AnchorMethod = 'exact-position' | 'exact-nearest' | 'fuzzy' | 'orphan';

export interface AnchorResult {
  method: AnchorMethod;
  /** Where the claim is now, or null for an orphan. */
  span: Span | null;
  /** The selector to store from now on: fresh from the current text, or the old one for an orphan. */
  selector: NoteSelector;
  /** 1 for an exact match, the match score (0–1) for a fuzzy one, 0 for an orphan. */
  score: number;
}

export interface AnchorOptions {
  /** A fuzzy match counts when its score (0–1, see FUZZY_WEIGHTS) reaches this… Default 0.72. */
  minScore?: number;
  /** …or when its words alone are this similar (1 − edits / length). Default 0.8. */
  minQuoteScore?: number;
  /**
   * Characters searched either side of the old position before the whole text. Default 4096.
   * A good enough match near the old place wins over a slightly better one far away.
   */
  nearby?: number;
}

/** Hypothesis' weights for scoring a fuzzy match. */
export const FUZZY_WEIGHTS = { quote: 50, prefix: 20, suffix: 20, position: 2 } as const;
const TOTAL_WEIGHT = FUZZY_WEIGHTS.quote + FUZZY_WEIGHTS.prefix + FUZZY_WEIGHTS.suffix + FUZZY_WEIGHTS.position;

/**
 * When a fuzzy match counts: the words are mostly the same (at most a fifth of them edited, wherever
 * they now are), or at least half the same with the context confirming the place (a claim edited by
 * half needs its whole context; by 30%, three quarters of it). Tuned on the seed article with 1,000
 * random claims: with one word changed in place 99% stay anchored (99% of those with exactly the
 * right ends); moved elsewhere with one word changed, 93%; deleted, 99% become orphans (most of the
 * rest land on the article's repeated headline).
 */
export const FUZZY_ACCEPTANCE = { minScore: 0.72, minQuoteScore: 0.8 } as const;

/** Hypothesis' bound on edits for a fuzzy match: half the claim, at most 256. */
export function maxFuzzyErrors(exactLength: number): number {
  return Math.min(256, Math.floor(exactLength / 2));
}

/** Characters of context agreeing exactly around text[start, end): prefix backwards, suffix forwards. */
function contextAgreement(text: string, start: number, end: number, quote: TextQuoteSelector): number {
  let agreed = 0;
  for (let i = 1; i <= quote.prefix.length && text[start - i] === quote.prefix[quote.prefix.length - i]; i++) agreed++;
  for (let i = 0; i < quote.suffix.length && text[end + i] === quote.suffix[i]; i++) agreed++;
  return agreed;
}

/** The occurrence of the exact words with the most context in common, then nearest the old position. */
function bestExactOccurrence(text: string, selector: NoteSelector): number {
  const { exact } = selector.quote;
  const hint = selector.position.start;
  let best = -1;
  let bestAgreement = -1;
  for (let at = text.indexOf(exact); at >= 0; at = text.indexOf(exact, at + 1)) {
    const agreement = contextAgreement(text, at, at + exact.length, selector.quote);
    if (agreement > bestAgreement || (agreement === bestAgreement && Math.abs(at - hint) < Math.abs(best - hint))) {
      best = at;
      bestAgreement = agreement;
    }
  }
  return best;
}

interface ScoredMatch {
  span: Span;
  score: number;
  quoteScore: number;
}

function scoreMatch(text: string, match: ApproxMatch, selector: NoteSelector): ScoredMatch {
  const { exact, prefix, suffix } = selector.quote;
  const quoteScore = 1 - match.errors / exact.length;
  const prefixScore = prefix ? similarity(text.slice(Math.max(0, match.start - prefix.length), match.start), prefix) : 1;
  const suffixScore = suffix ? similarity(text.slice(match.end, match.end + suffix.length), suffix) : 1;
  const positionScore = 1 - Math.abs(match.start - selector.position.start) / Math.max(1, text.length);
  const score =
    (FUZZY_WEIGHTS.quote * quoteScore +
      FUZZY_WEIGHTS.prefix * prefixScore +
      FUZZY_WEIGHTS.suffix * suffixScore +
      FUZZY_WEIGHTS.position * positionScore) /
    TOTAL_WEIGHT;
  return { span: { start: match.start, end: match.end }, score, quoteScore };
}

/** The best-scoring fuzzy match in text[from, to), if it is good enough to count. */
function bestFuzzyMatch(text: string, selector: NoteSelector, from: number, to: number, options: Required<Pick<AnchorOptions, 'minScore' | 'minQuoteScore'>>): ScoredMatch | null {
  const { exact } = selector.quote;
  let best: ScoredMatch | null = null;
  for (const match of approxSearch(text, exact, maxFuzzyErrors(exact.length), { from, to })) {
    const scored = scoreMatch(text, match, selector);
    if (!best || scored.score > best.score) best = scored;
  }
  return best && (best.score >= options.minScore || best.quoteScore >= options.minQuoteScore) ? best : null;
}

/** Largest alignment table (cells) spent on putting a fuzzy match's ends right. */
const MAX_ALIGNMENT_CELLS = 4_000_000;

/** The fuzzy match's ends placed by aligning the stored context around it too. */
function refineEnds(text: string, span: Span, selector: NoteSelector): Span {
  const { prefix, exact, suffix } = selector.quote;
  const slack = 16;
  const from = Math.max(0, span.start - prefix.length - slack);
  const to = Math.min(text.length, span.end + suffix.length + slack);
  const cells = (prefix.length + exact.length + suffix.length + 1) * (to - from + 1);
  if (cells > MAX_ALIGNMENT_CELLS) return span;
  const refined = alignWithContext(text, from, to, prefix, exact, suffix);
  return snapToWords(text, refined.end > refined.start ? refined : span, selector.quote);
}

const WORD_CHARACTER = /[\p{L}\p{N}]/u;

function isWordAt(text: string, offset: number): boolean {
  return offset >= 0 && offset < text.length && WORD_CHARACTER.test(text[offset]);
}

/**
 * Edit distance alone may cut a changed word in two ("last spr|ing") or take in a space: where the
 * stored claim began and ended on whole words without spaces, so does the new span.
 */
function snapToWords(text: string, span: Span, quote: TextQuoteSelector): Span {
  let { start, end } = span;
  const { prefix, exact, suffix } = quote;
  if (!/^\s/.test(exact)) while (start < end && /\s/.test(text[start])) start++;
  if (!/\s$/.test(exact)) while (end > start && /\s/.test(text[end - 1])) end--;
  if (isWordAt(exact, 0) && !isWordAt(prefix, prefix.length - 1)) while (isWordAt(text, start - 1) && isWordAt(text, start)) start--;
  if (isWordAt(exact, exact.length - 1) && !isWordAt(suffix, 0)) while (isWordAt(text, end) && isWordAt(text, end - 1)) end++;
  return { start, end };
}

function found(text: string, method: AnchorMethod, span: Span, score: number): AnchorResult {
  return { method, span, selector: createSelector(text, span.start, span.end), score };
}

/** Finds the note's claim in the current `text`. Pure; never throws for any selector. */
export function anchor(text: string, selector: NoteSelector, options: AnchorOptions = {}): AnchorResult {
  const { minScore = FUZZY_ACCEPTANCE.minScore, minQuoteScore = FUZZY_ACCEPTANCE.minQuoteScore, nearby = 4096 } = options;
  const { exact } = selector.quote;
  const orphan: AnchorResult = { method: 'orphan', span: null, selector, score: 0 };
  if (!exact) return orphan;

  const { start } = selector.position;
  if (start >= 0 && text.startsWith(exact, start)) return found(text, 'exact-position', { start, end: start + exact.length }, 1);

  const at = bestExactOccurrence(text, selector);
  if (at >= 0) return found(text, 'exact-nearest', { start: at, end: at + exact.length }, 1);

  // Near the old position first: cheap, and where an edited claim usually still is.
  const reach = nearby + exact.length;
  const hint = Math.min(Math.max(0, start), text.length);
  const from = Math.max(0, hint - reach);
  const to = Math.min(text.length, hint + exact.length + reach);
  const acceptance = { minScore, minQuoteScore };
  let match = bestFuzzyMatch(text, selector, from, to, acceptance);
  if (!match && (from > 0 || to < text.length)) match = bestFuzzyMatch(text, selector, 0, text.length, acceptance);
  return match ? found(text, 'fuzzy', refineEnds(text, match.span, selector), match.score) : orphan;
}

/** Re-anchors every note on `text`; results are in the order of `notes`. */
export function anchorNotes(text: string, notes: readonly Note[], options: AnchorOptions = {}): AnchorResult[] {
  return notes.map((note) => anchor(text, note.selector, options));
}
