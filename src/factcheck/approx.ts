// Approximate string matching by edit distance: Myers' bit-parallel algorithm (1999) in Hyyrö's
// multi-word form, one 32-bit word per 32 pattern characters. Runs in O(text × pattern / 32).

const WORD = 32;

interface Span {
  start: number;
  end: number;
}

/**
 * Row of each UTF-16 code unit in the current pattern's mask table, 0 for "not in the pattern".
 * Shared scratch space: editDistances fills it for its pattern and clears it before returning.
 */
const rowOf = new Uint16Array(1 << 16);

/**
 * Bit masks of where each character occurs in the pattern (row r of `masks`, one Int32 per
 * 32-character block), with rowOf set for the pattern's characters until `release`.
 */
function patternMasks(pattern: string, reversed: boolean, blocks: number): { masks: Int32Array; release: () => void } {
  const codes: number[] = [];
  for (let index = 0; index < pattern.length; index++) {
    const code = pattern.charCodeAt(index);
    if (!rowOf[code]) rowOf[code] = codes.push(code);
  }
  const masks = new Int32Array((codes.length + 1) * blocks);
  for (let row = 0; row < pattern.length; row++) {
    const code = pattern.charCodeAt(reversed ? pattern.length - 1 - row : row);
    masks[rowOf[code] * blocks + ((row / WORD) | 0)] |= 1 << row % WORD;
  }
  return { masks, release: () => codes.forEach((code) => (rowOf[code] = 0)) };
}

export interface DistanceOptions {
  /** Scan `text[from, to)` only. */
  from?: number;
  to?: number;
  /**
   * false (default): column i holds the fewest edits turning the pattern into any text ending at
   * from + i + 1 (the pattern may start anywhere). true: into exactly text[from, from + i + 1).
   */
  anchored?: boolean;
  /** Scan right to left with the pattern reversed: column i is about the text starting at to − i − 1. */
  reverse?: boolean;
  /** Only distances up to this matter (see editDistances). */
  maxErrors?: number;
}

/**
 * Advances one block of vertical deltas by one text character (Hyyrö's step). `carry` is the
 * horizontal delta entering the block's top row (−1, 0 or 1); returns the one leaving `outBit`'s row.
 */
function advanceBlock(positive: Int32Array, negative: Int32Array, block: number, matches: number, carry: number, outBit: number): number {
  const pv = positive[block];
  const mv = negative[block];
  const carryNegative = carry < 0 ? 1 : 0;
  const eq = matches | carryNegative;
  const xv = eq | mv;
  const xh = ((((eq & pv) + pv) | 0) ^ pv) | eq;
  let ph = mv | ~(xh | pv);
  let mh = pv & xh;
  const carryOut = ph & outBit ? 1 : mh & outBit ? -1 : 0;
  ph = (ph << 1) | (carry > 0 ? 1 : 0);
  mh = (mh << 1) | carryNegative;
  positive[block] = mh | ~(xv | ph);
  negative[block] = ph & xv;
  return carryOut;
}

/**
 * Edit distances of `pattern` against `text`, one per scanned character (see DistanceOptions).
 * With `maxErrors` (unanchored scans only), distances above it are reported as maxErrors + 1 and
 * only the blocks that can still hold a cell within it are computed (Ukkonen's cut-off, after Hyyrö).
 */
export function editDistances(pattern: string, text: string, options: DistanceOptions = {}): Int32Array {
  const { from = 0, to = text.length, anchored = false, reverse = false, maxErrors = Infinity } = options;
  const columns = Math.max(0, to - from);
  const distances = new Int32Array(columns);
  const length = pattern.length;
  if (length === 0) {
    if (anchored) for (let i = 0; i < columns; i++) distances[i] = i + 1;
    return distances;
  }
  const blocks = Math.ceil(length / WORD);
  const { masks, release } = patternMasks(pattern, reverse, blocks);
  const last = blocks - 1;
  // Vertical deltas of each block, positive and negative: column 0 is 0, 1, 2, … down the pattern.
  const positive = new Int32Array(last + 1).fill(-1);
  const negative = new Int32Array(last + 1);
  // The distance at the last row of each block; the last block's last row is the pattern's end.
  const blockScore = Int32Array.from({ length: last + 1 }, (_, block) => (block === last ? length : (block + 1) * WORD));
  const heightOfLast = length - last * WORD;
  const lastRowBit = 1 << (heightOfLast - 1);
  // The top row is 0 everywhere (a match may start anywhere) or 0, 1, 2, … (anchored at the first column).
  const topDelta = anchored ? 1 : 0;
  const bounded = !anchored && maxErrors < length;
  const beyond = bounded ? maxErrors + 1 : 0;
  let active = bounded ? Math.max(0, Math.ceil(maxErrors / WORD) - 1) : last;

  for (let column = 0; column < columns; column++) {
    const base = rowOf[text.charCodeAt(reverse ? to - 1 - column : from + column)] * blocks;
    let carry = topDelta;
    for (let block = 0; block <= active; block++) {
      carry = advanceBlock(positive, negative, block, masks[base + block], carry, block === last ? lastRowBit : 1 << 31);
      blockScore[block] += carry;
    }
    if (bounded) {
      if (active < last && blockScore[active] - carry <= maxErrors && (masks[base + active + 1] & 1 || carry < 0)) {
        // The next block can now hold a cell within maxErrors: start it as if its deltas were all +1.
        active++;
        positive[active] = -1;
        negative[active] = 0;
        const height = active === last ? heightOfLast : WORD;
        const outBit = active === last ? lastRowBit : 1 << 31;
        blockScore[active] = blockScore[active - 1] - carry + height + advanceBlock(positive, negative, active, masks[base + active], carry, outBit);
      } else {
        while (active > 0 && blockScore[active] >= maxErrors + WORD) active--;
      }
    }
    distances[column] = active === last && (!bounded || blockScore[last] <= maxErrors) ? blockScore[last] : beyond;
  }
  release();
  return distances;
}

export interface ApproxMatch {
  start: number;
  end: number;
  /** Edits (insertions, deletions, substitutions) between the pattern and text[start, end). */
  errors: number;
}

export interface SearchOptions {
  from?: number;
  to?: number;
  /** Keep at most this many matches, fewest errors first (default 16). */
  limit?: number;
}

/**
 * Occurrences of `pattern` in `text[from, to)` with at most `maxErrors` edits, fewest errors first
 * (ties in text order). Overlapping candidates are reduced to the best one of each stretch of text.
 */
export function approxSearch(text: string, pattern: string, maxErrors: number, options: SearchOptions = {}): ApproxMatch[] {
  const { from = 0, to = text.length, limit = 16 } = options;
  if (!pattern.length || to <= from) return [];
  const ends: { end: number; errors: number }[] = [];
  for (const region of candidateRegions(text, pattern, maxErrors, from, to)) {
    const distances = editDistances(pattern, text, { from: region.start, to: region.end, maxErrors });
    // Each run of columns within maxErrors is one occurrence; its best column is where it ends.
    for (let column = 0; column < distances.length; column++) {
      if (distances[column] > maxErrors) continue;
      let best = column;
      while (column + 1 < distances.length && distances[column + 1] <= maxErrors) {
        column++;
        if (distances[column] < distances[best]) best = column;
      }
      ends.push({ end: region.start + best + 1, errors: distances[best] });
    }
  }
  ends.sort((a, b) => a.errors - b.errors || a.end - b.end);
  return ends.slice(0, limit).map(({ end, errors }) => ({ start: matchStart(text, pattern, end, errors, from), end, errors }));
}

const GRAM = 3;
/** Which hashed 3-grams the current pattern holds; shared scratch space, cleared after each use. */
const gramInPattern = new Uint8Array(1 << 16);

function gramHash(text: string, at: number): number {
  return (text.charCodeAt(at) * 961 + text.charCodeAt(at + 1) * 31 + text.charCodeAt(at + 2)) & 0xffff;
}

/**
 * The parts of text[from, to) that may hold `pattern` with at most `maxErrors` edits, merged where they
 * touch: a q-gram filter (Jokinen and Ukkonen 1991) that loses no match. Each edit spoils at most
 * GRAM of the pattern's 3-grams, so a match, at most pattern + maxErrors long, holds at least
 * `needed` positions whose 3-gram is one of the pattern's. Every stretch of that length that starts
 * at a possible match start and has fewer such positions is left out. The merged parts hold each
 * match whole with its start, so the distances within maxErrors come out as over the whole range.
 */
function candidateRegions(text: string, pattern: string, maxErrors: number, from: number, to: number): Span[] {
  const needed = pattern.length - GRAM + 1 - maxErrors * GRAM;
  const window = pattern.length + maxErrors;
  if (needed <= 0 || to - from < 4 * window) return [{ start: from, end: to }];
  for (let at = 0; at + GRAM <= pattern.length; at++) gramInPattern[gramHash(pattern, at)] = 1;
  // hits[i]: how many of the 3-grams starting in text[from, from + i) are the pattern's (a hash collision only adds one).
  const grams = Math.max(0, to - from - GRAM + 1);
  const hits = new Int32Array(grams + 1);
  for (let i = 0; i < grams; i++) hits[i + 1] = hits[i] + gramInPattern[gramHash(text, from + i)];
  for (let at = 0; at + GRAM <= pattern.length; at++) gramInPattern[gramHash(pattern, at)] = 0;
  const regions: Span[] = [];
  for (let start = from; start < to; start++) {
    const end = Math.min(to, start + window);
    // The 3-grams lying wholly in text[start, end).
    const firstGram = Math.min(start - from, grams);
    const lastGram = Math.max(firstGram, Math.min(end - GRAM + 1 - from, grams));
    if (hits[lastGram] - hits[firstGram] < needed) continue;
    const previous = regions[regions.length - 1];
    if (previous && start <= previous.end) previous.end = Math.max(previous.end, end);
    else regions.push({ start, end });
  }
  return regions;
}

/** Where the best alignment of `pattern` ending at `end` starts: the one with fewest edits, then closest in length. */
function matchStart(text: string, pattern: string, end: number, errors: number, from: number): number {
  const windowStart = Math.max(from, end - pattern.length - errors);
  const distances = editDistances(pattern, text, { from: windowStart, to: end, anchored: true, reverse: true });
  let best = -1;
  for (let column = 0; column < distances.length; column++) {
    const better =
      best < 0 ||
      distances[column] < distances[best] ||
      (distances[column] === distances[best] && Math.abs(column + 1 - pattern.length) < Math.abs(best + 1 - pattern.length));
    if (better) best = column;
  }
  return best < 0 ? end : end - best - 1;
}

/**
 * How well `pattern` appears in `text`: 1 − (fewest edits to find it anywhere in `text`) / its length,
 * 0 when either is empty. Used to score the context around a candidate match.
 */
export function similarity(text: string, pattern: string): number {
  if (!pattern.length || !text.length) return 0;
  const distances = editDistances(pattern, text);
  return Math.max(0, 1 - Math.min(...distances) / pattern.length);
}

/**
 * Where `exact` lies in text[from, to) when `prefix + exact + suffix` is aligned there with fewest
 * edits (classic dynamic programming with traceback, so only for small windows). Aligning the
 * context too puts the ends right: a bare edit-distance match of a claim that lost its last words
 * runs on into the next ones, and one that gained a word at its start loses its first.
 * Text the alignment inserts between the context and the claim is left out of the span.
 */
export function alignWithContext(text: string, from: number, to: number, prefix: string, exact: string, suffix: string): { start: number; end: number } {
  const query = codesOf(prefix + exact + suffix, 0, prefix.length + exact.length + suffix.length);
  const window = codesOf(text, from, to);
  const cost = alignmentCosts(query, window);
  const columns = window.length + 1;
  let column = 0;
  for (let candidate = 1; candidate < columns; candidate++) {
    if (cost[query.length * columns + candidate] < cost[query.length * columns + column]) column = candidate;
  }
  const { start, end } = traceBack(cost, query, window, column, prefix.length, prefix.length + exact.length);
  return { start: from + start, end: from + Math.max(start, end) };
}

function codesOf(text: string, from: number, to: number): Uint16Array {
  const codes = new Uint16Array(to - from);
  for (let index = 0; index < codes.length; index++) codes[index] = text.charCodeAt(from + index);
  return codes;
}

/** The edit-distance table of `query` (rows) against `window` (columns), `query` free to start anywhere. */
function alignmentCosts(query: Uint16Array, window: Uint16Array): Int32Array {
  const columns = window.length + 1;
  const cost = new Int32Array((query.length + 1) * columns);
  for (let row = 1; row <= query.length; row++) {
    const code = query[row - 1];
    const above = (row - 1) * columns;
    const here = row * columns;
    let left = row;
    let diagonal = cost[above];
    cost[here] = row;
    for (let column = 1; column < columns; column++) {
      const up = cost[above + column];
      let best = diagonal + (code === window[column - 1] ? 0 : 1);
      if (up + 1 < best) best = up + 1;
      if (left + 1 < best) best = left + 1;
      cost[here + column] = best;
      left = best;
      diagonal = up;
    }
  }
  return cost;
}

/** Follows the cheapest path back from the last row at `column`, noting the columns at two rows. */
function traceBack(cost: Int32Array, query: Uint16Array, window: Uint16Array, column: number, startRow: number, endRow: number): { start: number; end: number } {
  const columns = window.length + 1;
  let start = -1;
  let end = -1;
  for (let row = query.length; ; ) {
    if (row === endRow) end = column; // leftmost column of the row: insertions before the suffix stay out
    if (row === startRow && start < 0) start = column; // rightmost column of the row: insertions after the prefix stay out
    if (row === 0) break;
    const here = row * columns + column;
    if (column > 0 && cost[here] === cost[here - columns - 1] + (query[row - 1] === window[column - 1] ? 0 : 1)) {
      row--;
      column--;
    } else if (cost[here] === cost[here - columns] + 1) {
      row--;
    } else {
      column--;
    }
  }
  return { start, end: end < 0 ? column : end };
}
