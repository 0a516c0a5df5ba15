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
   * Characters either side of the old position searched first (default 2048). There a match counts
   * by minScore or minQuoteScore; in the rest of the text only by minQuoteScore, since far from the
   * old place the context is no evidence. A good enough match nearby wins over a better one far away.
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

/** The occurrence of the exact words in text[from, to) with the most context in common, then nearest the old position. */
function bestExactOccurrence(text: string, selector: NoteSelector, from: number, to: number): { at: number; agreement: number } | null {
  const { exact } = selector.quote;
  const hint = selector.position.start;
  const area = from === 0 && to === text.length ? text : text.slice(from, to);
  let best: { at: number; agreement: number } | null = null;
  for (let found = area.indexOf(exact); found >= 0; found = area.indexOf(exact, found + 1)) {
    const at = from + found;
    const agreement = contextAgreement(text, at, at + exact.length, selector.quote);
    if (!best || agreement > best.agreement || (agreement === best.agreement && Math.abs(at - hint) < Math.abs(best.at - hint))) best = { at, agreement };
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

/** The best-scoring match in text[from, to) with at most `maxErrors` edits, if `counts` accepts it. */
function bestFuzzyMatch(text: string, selector: NoteSelector, from: number, to: number, maxErrors: number, counts: (match: ScoredMatch) => boolean): ScoredMatch | null {
  let best: ScoredMatch | null = null;
  for (const match of approxSearch(text, selector.quote.exact, maxErrors, { from, to })) {
    const scored = scoreMatch(text, match, selector);
    if (!best || scored.score > best.score) best = scored;
  }
  return best && counts(best) ? best : null;
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
  const { minScore = FUZZY_ACCEPTANCE.minScore, minQuoteScore = FUZZY_ACCEPTANCE.minQuoteScore, nearby = 2048 } = options;
  const { exact } = selector.quote;
  const orphan: AnchorResult = { method: 'orphan', span: null, selector, score: 0 };
  if (!exact) return orphan;

  const { start } = selector.position;
  if (start >= 0 && text.startsWith(exact, start)) return found(text, 'exact-position', { start, end: start + exact.length }, 1);

  // Near the old position first: cheap, and where an edited claim usually still is.
  const hint = Math.min(Math.max(0, start), text.length);
  const from = Math.max(0, hint - nearby);
  const to = Math.min(text.length, hint + exact.length + nearby);
  const whole = from === 0 && to === text.length;

  // An occurrence nearby with all its context is the best there is: any other is farther away.
  const local = bestExactOccurrence(text, selector, from, to);
  const fullContext = selector.quote.prefix.length + selector.quote.suffix.length;
  const exactMatch = local?.agreement === fullContext || whole ? local : bestExactOccurrence(text, selector, 0, text.length);
  if (exactMatch) return found(text, 'exact-nearest', { start: exactMatch.at, end: exactMatch.at + exact.length }, 1);

  const match =
    bestFuzzyMatch(text, selector, from, to, maxFuzzyErrors(exact.length), (found) => found.score >= minScore || found.quoteScore >= minQuoteScore) ??
    (whole ? null : bestFuzzyMatch(text, selector, 0, text.length, Math.floor(exact.length * (1 - minQuoteScore)), (found) => found.quoteScore >= minQuoteScore));
  return match ? found(text, 'fuzzy', refineEnds(text, match.span, selector), match.score) : orphan;
}

/** Re-anchors every note on `text`; results are in the order of `notes`. */
export function anchorNotes(text: string, notes: readonly Note[], options: AnchorOptions = {}): AnchorResult[] {
  return notes.map((note) => anchor(text, note.selector, options));
}
