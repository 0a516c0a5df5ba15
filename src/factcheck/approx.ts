// Approximate string matching by edit distance: Myers' bit-parallel algorithm (1999) in Hyyrö's
// multi-word form, one 32-bit word per 32 pattern characters. Runs in O(text × pattern / 32).

const WORD = 32;

/** Bit masks of where each character occurs in the pattern, one Int32 per 32-character block. */
class PatternMasks {
  readonly blocks: number;
  /** Masks of ASCII character c start at c × blocks. */
  readonly ascii: Int32Array;
  readonly other = new Map<number, Int32Array>();
  /** Masks of a character the pattern does not contain. */
  readonly none: Int32Array;

  constructor(pattern: string, reversed: boolean) {
    const length = pattern.length;
    this.blocks = Math.ceil(length / WORD);
    this.none = new Int32Array(this.blocks);
    this.ascii = new Int32Array(128 * this.blocks);
    for (let row = 0; row < length; row++) {
      const code = pattern.charCodeAt(reversed ? length - 1 - row : row);
      const block = (row / WORD) | 0;
      const bit = 1 << row % WORD;
      if (code < 128) {
        this.ascii[code * this.blocks + block] |= bit;
      } else {
        let masks = this.other.get(code);
        if (!masks) this.other.set(code, (masks = new Int32Array(this.blocks)));
        masks[block] |= bit;
      }
    }
  }
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
}

/** Edit distances of `pattern` against `text`, one per scanned character (see DistanceOptions). */
export function editDistances(pattern: string, text: string, options: DistanceOptions = {}): Int32Array {
  const { from = 0, to = text.length, anchored = false, reverse = false } = options;
  const columns = Math.max(0, to - from);
  const distances = new Int32Array(columns);
  const length = pattern.length;
  if (length === 0) {
    if (anchored) for (let i = 0; i < columns; i++) distances[i] = i + 1;
    return distances;
  }
  const masks = new PatternMasks(pattern, reverse);
  const blocks = masks.blocks;
  // Vertical deltas of each block, positive and negative: column 0 is 0, 1, 2, … down the pattern.
  const positive = new Int32Array(blocks).fill(-1);
  const negative = new Int32Array(blocks);
  const lastRowBit = 1 << (length - 1) % WORD;
  // The top row is 0 everywhere (a match may start anywhere) or 0, 1, 2, … (anchored at the first column).
  const topDelta = anchored ? 1 : 0;
  let score = length;

  for (let column = 0; column < columns; column++) {
    const code = text.charCodeAt(reverse ? to - 1 - column : from + column);
    const eqs = code < 128 ? masks.ascii : (masks.other.get(code) ?? masks.none);
    const base = code < 128 ? code * blocks : 0;
    let carry = topDelta;
    for (let block = 0; block < blocks; block++) {
      const pv = positive[block];
      const mv = negative[block];
      const carryNegative = carry < 0 ? 1 : 0;
      const eq = eqs[base + block] | carryNegative;
      const xv = eq | mv;
      const xh = (((eq & pv) + pv) ^ pv) | eq;
      let ph = mv | ~(xh | pv);
      let mh = pv & xh;
      const outBit = block === blocks - 1 ? lastRowBit : 1 << 31;
      const carryOut = ph & outBit ? 1 : mh & outBit ? -1 : 0;
      ph = (ph << 1) | (carry > 0 ? 1 : 0);
      mh = (mh << 1) | carryNegative;
      positive[block] = mh | ~(xv | ph);
      negative[block] = ph & xv;
      carry = carryOut;
    }
    score += carry;
    distances[column] = score;
  }
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
  const distances = editDistances(pattern, text, { from, to });
  // Each run of columns within maxErrors is one occurrence; its best column is where it ends.
  const ends: { end: number; errors: number }[] = [];
  for (let column = 0; column < distances.length; column++) {
    if (distances[column] > maxErrors) continue;
    let best = column;
    while (column + 1 < distances.length && distances[column + 1] <= maxErrors) {
      column++;
      if (distances[column] < distances[best]) best = column;
    }
    ends.push({ end: from + best + 1, errors: distances[best] });
  }
  ends.sort((a, b) => a.errors - b.errors || a.end - b.end);
  return ends.slice(0, limit).map(({ end, errors }) => ({ start: matchStart(text, pattern, end, errors, from), end, errors }));
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
  const query = prefix + exact + suffix;
  const rows = query.length + 1;
  const columns = to - from + 1;
  const cost = new Int32Array(rows * columns);
  for (let row = 1; row < rows; row++) cost[row * columns] = row;
  for (let row = 1; row < rows; row++) {
    const code = query.charCodeAt(row - 1);
    for (let column = 1; column < columns; column++) {
      const here = row * columns + column;
      const diagonal = cost[here - columns - 1] + (code === text.charCodeAt(from + column - 1) ? 0 : 1);
      cost[here] = Math.min(diagonal, cost[here - columns] + 1, cost[here - 1] + 1);
    }
  }
  let column = 0;
  for (let candidate = 1; candidate < columns; candidate++) {
    if (cost[(rows - 1) * columns + candidate] < cost[(rows - 1) * columns + column]) column = candidate;
  }
  const startRow = prefix.length;
  const endRow = prefix.length + exact.length;
  let start = -1;
  let end = -1;
  for (let row = rows - 1; row > 0 || column > 0; ) {
    if (row === endRow) end = column; // leftmost column of the row: insertions before the suffix stay out
    if (row === startRow && start < 0) start = column; // rightmost column of the row: insertions after the prefix stay out
    if (row === 0) break;
    const here = row * columns + column;
    const match = column > 0 && cost[here] === cost[here - columns - 1] + (query.charCodeAt(row - 1) === text.charCodeAt(from + column - 1) ? 0 : 1);
    if (match) {
      row--;
      column--;
    } else if (cost[here] === cost[here - columns] + 1) {
      row--;
    } else {
      column--;
    }
  }
  if (start < 0) start = column;
  if (end < 0) end = column;
  return { start: from + start, end: from + Math.max(start, end) };
}
