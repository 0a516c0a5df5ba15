// Finds quoted passages paragraph by paragraph, in one pass over the quote marks.
//  - Curly and straight double quotes; a straight mark opens or closes by what stands around it.
//  - Single quotes inside a double quote are nested passages; apostrophes (let’s, O’Brien, '90s) are not.
//  - Single-quoted passages outside double quotes are quotes too (headlines, British style).
//  - A quote left open at the end of its paragraph ends there; when the next paragraph opens with a quote
//    mark, that quote continues it (a multi-paragraph quote: one quote per paragraph, linked).
import { codeSet, hasContent, isLetterCode, isSpaceCode, isWordCode } from './chars';
import type { Span } from './model';

export interface FoundQuote extends Span {
  contentStart: number;
  contentEnd: number;
  nested: readonly Span[];
  /** Index (in the returned list) of the quote this one continues, or null. */
  continues: number | null;
  paragraph: number;
  /** Whether a closing mark ends it. */
  closed: boolean;
}

/** The nested passages of a quote that has none, shared: most quotes have none, and each is kept to the end. */
const NO_NESTED: readonly Span[] = Object.freeze([]);

const QUOTE_MARKS = /["“”„‟«»‘’‚‛'‹›]/g;

const DOUBLE_OPENING = codeSet('“„‟«');
const DOUBLE_CLOSING = codeSet('”»');
const SINGLE_OPENING = codeSet('‘‛‚‹');
const SINGLE_CLOSING = codeSet('’›');
const OPENS_AFTER = codeSet('([{—–-/“‘"\'«‹„');
const CLOSES_BEFORE = codeSet('.,;:!?)]}—–-…”’"\'»›');
const STRAIGHT_DOUBLE = 0x22;
const STRAIGHT_SINGLE = 0x27;
const LEFT_DOUBLE = 0x201c;
const LEFT_SINGLE = 0x2018;

/** The code at `at`, or NaN outside [from, to): as if the text ended there. */
function codeWithin(text: string, at: number, from: number, to: number): number {
  return at >= from && at < to ? text.charCodeAt(at) : NaN;
}

/** White space, an opening bracket or dash, or another quote mark (or nothing): what may stand before an opening mark. */
function opensAfter(code: number): boolean {
  return Number.isNaN(code) || isSpaceCode(code) || OPENS_AFTER.has(code);
}

/** What may stand after a closing mark: white space, punctuation, a dash or another quote mark (or nothing). */
function closesBefore(code: number): boolean {
  return Number.isNaN(code) || isSpaceCode(code) || CLOSES_BEFORE.has(code);
}

type Role = 'open' | 'close' | 'either';

function doubleRole(text: string, at: number, from: number, to: number): Role {
  const mark = text.charCodeAt(at);
  const spaceBefore = opensAfter(codeWithin(text, at - 1, from, to));
  const spaceAfter = closesBefore(codeWithin(text, at + 1, from, to));
  // Curly marks say which way they face, unless the typesetting got them backwards ("word“ ", " ”Word").
  if (DOUBLE_OPENING.has(mark)) return !spaceBefore && spaceAfter ? 'close' : 'open';
  if (DOUBLE_CLOSING.has(mark)) return spaceBefore && !spaceAfter ? 'open' : 'close';
  if (spaceBefore && !spaceAfter) return 'open';
  if (!spaceBefore && spaceAfter) return 'close';
  return 'either';
}

/** " “ ” „ ‟ « »: compared, as this runs for every mark and most marks are apostrophes. */
function isDouble(mark: number): boolean {
  return mark === STRAIGHT_DOUBLE || (mark >= 0x201c && mark <= 0x201f) || mark === 0xab || mark === 0xbb;
}

function canOpenSingle(text: string, at: number, from: number): boolean {
  const mark = text.charCodeAt(at);
  if (!SINGLE_OPENING.has(mark) && mark !== STRAIGHT_SINGLE) return false;
  const after = text.charCodeAt(at + 1);
  // A straight mark before a digit is an elision ('90s); before a letter it may open.
  return opensAfter(codeWithin(text, at - 1, from, text.length)) && (isLetterCode(after) || (mark !== STRAIGHT_SINGLE && (isWordCode(after) || after === LEFT_DOUBLE || after === STRAIGHT_DOUBLE)));
}

function canCloseSingle(text: string, at: number, to: number): boolean {
  const mark = text.charCodeAt(at);
  if (!SINGLE_CLOSING.has(mark) && mark !== STRAIGHT_SINGLE) return false;
  return !isSpaceCode(text.charCodeAt(at - 1)) && !isWordCode(codeWithin(text, at + 1, 0, to));
}

/** "the players’ union": a plural possessive, not a closing mark, when a plain lower-case word follows. */
function looksPossessive(text: string, at: number): boolean {
  if (text[at - 1] !== 's' || text[at + 1] !== ' ') return false;
  const next = /^[a-z]+/.exec(text.slice(at + 2, at + 20));
  // A possessive is followed by a noun; "left with ‘no good options’ after …" closes before a function word.
  return next !== null && !/^(he|she|they|said|says|told|asked|added|i|we|after|before|and|or|but|as|in|on|at|for|to|from|with|by|of|that|which|who|is|was|were|are|than|if|when|because)$/.test(next[0]);
}

interface Passage extends Span {
  closed: boolean;
}

/**
 * Single-quoted passages among marks[first..last) lying in [from, to): apostrophes are skipped, and an
 * unclosed mark pairs with nothing, except with `paragraphEnd` where a curly ‘ opening the paragraph or
 * following a colon runs to its end (British style: a quote that goes on into the next paragraph).
 */
function singlePassages(text: string, marks: readonly number[], first: number, last: number, from: number, to: number, checkPossessive: boolean, paragraphEnd = false): Passage[] {
  const passages: Passage[] = [];
  let open = -1;
  for (let i = first; i < last; i++) {
    const at = marks[i];
    if (isDouble(text.charCodeAt(at))) continue;
    if (isWordCode(text.charCodeAt(at - 1)) && isWordCode(text.charCodeAt(at + 1))) continue; // let’s, O’Brien
    if (open < 0) {
      if (canOpenSingle(text, at, from)) open = at;
    } else if (canCloseSingle(text, at, to) && !(checkPossessive && looksPossessive(text, at))) {
      if (isPassage(text, open + 1, at)) passages.push({ start: open, end: at + 1, closed: true });
      open = -1;
    }
  }
  if (paragraphEnd && open >= 0 && text.charCodeAt(open) === LEFT_SINGLE && opensStatement(text, open, from)) {
    const end = trimEnd(text, open + 1, to);
    if (isPassage(text, open + 1, end)) passages.push({ start: open, end, closed: false });
  }
  return passages;
}

/** At the paragraph's start, after "said:", or opening a sentence ("… Furlong told SportsHub. ‘Some nights …"). */
function opensStatement(text: string, at: number, paragraphStart: number): boolean {
  let before = at - 1;
  while (before >= paragraphStart && isSpaceCode(text.charCodeAt(before))) before--;
  return before < paragraphStart || ':.!?'.includes(text[before]);
}

/** At least two characters that are not space, one of them a letter: not "rock 'n' roll". */
function isPassage(text: string, from: number, to: number): boolean {
  let filled = 0;
  let letter = false;
  for (let at = from; at < to && !(filled >= 2 && letter); at++) {
    const code = text.charCodeAt(at);
    if (!isSpaceCode(code)) filled++;
    if (isLetterCode(code)) letter = true;
  }
  return filled >= 2 && letter;
}

function trimEnd(text: string, from: number, end: number): number {
  while (end > from && isSpaceCode(text.charCodeAt(end - 1))) end--;
  return end;
}

/** Quotes of the whole text, sorted by start. `paragraphs` must be sorted and must not overlap. */
export function findQuotes(text: string, paragraphs: readonly Span[]): FoundQuote[] {
  const quotes: FoundQuote[] = [];
  /** Index of the quote left open at the end of the previous paragraph, or -1. */
  let openAtParagraphEnd = -1;

  // Every quote mark of the text in one scan, then handed out to the paragraphs in order.
  const allMarks: number[] = [];
  // `test` rather than `exec`: it makes no match array, and lastIndex tells where the mark was.
  QUOTE_MARKS.lastIndex = 0;
  while (QUOTE_MARKS.test(text)) allMarks.push(QUOTE_MARKS.lastIndex - 1);
  let nextMark = 0;

  paragraphs.forEach((paragraph, index) => {
    while (nextMark < allMarks.length && allMarks[nextMark] < paragraph.start) nextMark++;
    // The paragraph's marks are allMarks[firstMark, lastMark).
    const firstMark = nextMark;
    while (nextMark < allMarks.length && allMarks[nextMark] < paragraph.end) nextMark++;
    const lastMark = nextMark;
    if (firstMark === lastMark) {
      // No quote, and none left open for the next paragraph to continue.
      openAtParagraphEnd = -1;
      return;
    }
    const doubles: FoundQuote[] = [];
    const emit = (start: number, end: number, closed: boolean) => {
      const contentEnd = closed ? end - 1 : end;
      if (!hasContent(text, start + 1, contentEnd)) return null;
      const quote: FoundQuote = { start, end, contentStart: start + 1, contentEnd, nested: NO_NESTED, continues: null, paragraph: index, closed };
      doubles.push(quote);
      return quote;
    };
    let open = -1;
    for (let mark = firstMark; mark < lastMark; mark++) {
      const at = allMarks[mark];
      if (!isDouble(text.charCodeAt(at))) continue;
      const role = doubleRole(text, at, paragraph.start, paragraph.end);
      if (open < 0) {
        if (role !== 'close') open = at;
      } else if (role !== 'open') {
        emit(open, at + 1, true);
        open = -1;
      } else {
        // A new opening mark while a quote is open: the first one was never closed.
        emit(open, trimEnd(text, open + 1, at), false);
        open = at;
      }
    }
    const unclosed = open >= 0 ? emit(open, paragraph.end, false) : null;


    // Nested single quotes inside each double quote; single-quoted passages between double quotes.
    // The ranges come in document order, so one cursor walks the marks once.
    let cursor = firstMark;
    const passagesIn = (from: number, to: number, outside: boolean) => {
      while (cursor < lastMark && allMarks[cursor] < from) cursor++;
      let last = cursor;
      while (last < lastMark && allMarks[last] < to) last++;
      const spans = singlePassages(text, allMarks, cursor, last, from, to, outside, outside && !unclosed && to === paragraph.end);
      cursor = last;
      return spans;
    };
    // British style: ‘… asked me, “Where will we go now?” and …’ is one single-quoted passage with a
    // double quote nested in it.
    const outers = doubles.length ? singlesAroundDoubles(text, allMarks, firstMark, lastMark, paragraph, doubles, index, !unclosed) : [];
    const primary = outers.length ? doubles.filter((quote) => !outers.some((outer) => outer.start < quote.start && quote.end < outer.end)) : doubles;
    let gapStart = paragraph.start;
    const singles: FoundQuote[] = [];
    for (const quote of mergeByStart(primary, outers)) {
      for (const span of passagesIn(gapStart, quote.start, true)) singles.push(singleQuote(span, index));
      if (outers.includes(quote)) singles.push(quote);
      else {
        const nested = passagesIn(quote.contentStart, quote.contentEnd, false);
        if (nested.length) quote.nested = nested;
      }
      gapStart = quote.end;
    }
    for (const span of passagesIn(gapStart, paragraph.end, true)) singles.push(singleQuote(span, index));
    const inParagraph = mergeByStart(primary, singles);
    if (openAtParagraphEnd >= 0 && inParagraph.length && inParagraph[0].start === paragraph.start) inParagraph[0].continues = openAtParagraphEnd;
    const leftOpen = unclosed ?? singles.find((quote) => !quote.closed);
    const at = leftOpen ? inParagraph.indexOf(leftOpen) : -1;
    openAtParagraphEnd = at >= 0 ? quotes.length + at : -1;
    for (const quote of inParagraph) quotes.push(quote);
  });
  return quotes;
}

/**
 * Single-quoted passages of the paragraph that hold whole double quotes: those become their nested passages.
 * With `paragraphEnd`, also one that opens the paragraph and runs on into the next ("‘We were told “no
 * more money”, while …" in a British multi-paragraph quote).
 */
function singlesAroundDoubles(text: string, marks: readonly number[], first: number, last: number, paragraph: Span, doubles: readonly FoundQuote[], index: number, paragraphEnd: boolean): FoundQuote[] {
  const outers: FoundQuote[] = [];
  for (const span of singlePassages(text, marks, first, last, paragraph.start, paragraph.end, true, paragraphEnd)) {
    const inside = doubles.filter((quote) => span.start < quote.start && quote.end < span.end);
    if (!inside.length || doubles.some((quote) => quote.start < span.end && span.start < quote.end && !inside.includes(quote))) continue;
    const outer = singleQuote(span, index);
    outer.nested = inside.map(({ start, end }) => ({ start, end }));
    outers.push(outer);
  }
  return outers;
}

function singleQuote(span: Passage, paragraph: number): FoundQuote {
  const { start, end, closed } = span;
  return { start, end, contentStart: start + 1, contentEnd: closed ? end - 1 : end, nested: NO_NESTED, continues: null, paragraph, closed };
}

function mergeByStart(a: FoundQuote[], b: FoundQuote[]): FoundQuote[] {
  if (!b.length) return a;
  return [...a, ...b].sort((x, y) => x.start - y.start);
}
