// The analysis engine: text in, Article out. Pure and deterministic; no editor API.
//
//   paragraphs → quotes → (tokens → names and roles) → people → (tokens → attribution) → Article
import { Attributor, isPageFurniture } from './attribution';
import { CUE_WORD } from './lexicon';
import { markdownProse } from './markdown';
import type { AnalyzeOptions, Article, Mention, Quote, ReportedSpeech, Speaker, Span, TextSpan } from './model';
import { findNames, resolvePeople, type NameOccurrence, type Person, type PersonMention } from './names';
import { splitParagraphs, type Paragraph } from './paragraphs';
import { findQuotes, type FoundQuote } from './quotes';
import { addRoleWords, rolesAround, summarizeRoles, type RoleContext, type RolePhrase } from './roles';
import { TokenStore, tokenize, type Token } from './tokens';
import { itemAt } from './lists';
import { shared } from './shared';
import { buildUnits } from './units';

export type * from './model';

export function analyze(text: string, options: AnalyzeOptions = {}): Article {
  const prose = proseOf(text, options);
  return analyzeProse(text, prose.text, prose.paragraphs, null);
}

/**
 * Analyses one document version after another, as an editor does: the paragraphs an edit left as they
 * were are not read again (their tokens and names are kept from the previous version), while everything
 * that depends on the whole article is redone. Each `analyze` gives exactly what a fresh `analyze` gives.
 */
export class Analyzer {
  private readings: ReadingCache = { previous: new Map(), next: new Map() };

  analyze(text: string, options: AnalyzeOptions = {}): Article {
    const prose = proseOf(text, options);
    this.readings = { previous: this.readings.next, next: new Map() };
    return analyzeProse(text, prose.text, prose.paragraphs, this.readings);
  }
}

function proseOf(text: string, options: AnalyzeOptions): { text: string; paragraphs: readonly Paragraph[] } {
  return options.format === 'markdown' ? markdownProse(text) : { text, paragraphs: splitParagraphs(text) };
}

/** Slug of a name: "Leon Aron" → "leon-aron". */
export function slugOf(name: string): string {
  const slug = name.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[’'.]/g, '').replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
  return slug || 'speaker';
}

/** What pass 1 reads in one paragraph: all that depends only on the paragraph's text and quotes. */
interface ParagraphReading {
  /** Where the paragraph started and the index of its first quote when it was read. */
  start: number;
  firstQuote: number;
  tokens: Token[];
  /** Its name occurrences; the roles of those outside quotes are read again each time (they depend on the names before them). */
  names: NameOccurrence[];
  /** First words of organisation names found in it. */
  organizations: string[];
  /** Whether it has a verb of saying outside quotes (else pass 2 may skip it), and for headlines, page furniture. */
  hasCue: boolean;
  furniture: boolean;
}

/** Readings by paragraph key: those of the previous version, to take from, and those of this one. */
interface ReadingCache {
  previous: Map<string, ParagraphReading[]>;
  next: Map<string, ParagraphReading[]>;
}

/** Everything a paragraph's reading depends on: headline or not, its quotes, and its text (the tokenizer looks two characters past it). */
function readingKey(prose: string, paragraph: Paragraph, quotes: readonly Span[], firstQuote: number): string {
  let key = paragraph.headline ? 'h' : 'p';
  for (let quote = firstQuote; quote < quotes.length && quotes[quote].start < paragraph.end; quote++) {
    key += `${quotes[quote].start - paragraph.start}-${quotes[quote].end - paragraph.start},`;
  }
  return `${key}|${prose.slice(paragraph.start, paragraph.end + 2)}`;
}

function readParagraph(prose: string, paragraph: Paragraph, index: number, quotes: readonly FoundQuote[], firstQuote: number): ParagraphReading {
  const tokens = tokenize(prose, paragraph, quotes, firstQuote);
  let hasCue = false;
  for (const token of tokens) {
    if (token.quote < 0 && (token.classes & CUE_WORD) !== 0) {
      hasCue = true;
      break;
    }
  }
  const furniture = paragraph.headline && isPageFurniture(tokens);
  const organizations: string[] = [];
  const names = findNames(prose, tokens, index, paragraph.headline, organizations);
  return { start: paragraph.start, firstQuote, tokens, names, organizations, hasCue, furniture };
}

/** Takes a reading of the previous version for the same key, moved to where the paragraph now is. */
function takeReading(cache: ReadingCache, key: string, prose: string, paragraph: Paragraph, index: number, firstQuote: number): ParagraphReading | undefined {
  const reading = cache.previous.get(key)?.pop();
  if (!reading) return undefined;
  const shift = paragraph.start - reading.start;
  const quoteShift = firstQuote - reading.firstQuote;
  for (const token of reading.tokens) token.move(prose, shift, quoteShift);
  for (const name of reading.names) {
    name.paragraph = index;
    name.nameStart += shift;
    name.end += shift;
    name.titleStart += shift;
  }
  reading.start = paragraph.start;
  reading.firstQuote = firstQuote;
  return reading;
}

/**
 * `source` is what the user sees (offsets and excerpts refer to it); `prose` has the same length with
 * anything that is not prose blanked out (identical for plain text). With `cache`, paragraph readings
 * are taken from and kept for the versions before and after.
 */
function analyzeProse(source: string, prose: string, paragraphs: readonly Paragraph[], cache: ReadingCache | null): Article {
  const found = findQuotes(prose, paragraphs);

  // Pass 1: names, and the roles written around them, paragraph by paragraph. The tokens are kept for
  // pass 2 only as numbers in a TokenStore: a long article has millions, and objects held to the end are
  // copied into the old generation by the garbage collector, which costs more than making them again.
  // Nor are the readings kept, except in an Analyzer's cache: pass 2 needs only two flags of each, which
  // with its first quote and where its tokens start in the store are kept in typed arrays (sized once, and
  // never scanned by the garbage collector).
  const firstQuotes = new Int32Array(paragraphs.length);
  const hasCue = new Uint8Array(paragraphs.length);
  const furniture = new Uint8Array(paragraphs.length);
  const store = new TokenStore(prose.length >> 2); // room for a kept token every four characters; news prose needs one every seven
  const storeStarts = new Int32Array(paragraphs.length + 1); // and the store's end after the last
  const occurrences: NameOccurrence[] = [];
  const nameWords = new Set<string>();
  const organizations = new Set<string>();
  const context: RoleContext = { text: prose, isPersonWord: (lower) => nameWords.has(lower), abbreviations: new Map(), expansions: new Map() };
  let firstQuote = 0;
  paragraphs.forEach((paragraph, index) => {
    while (firstQuote < found.length && found[firstQuote].end <= paragraph.start) firstQuote++;
    firstQuotes[index] = firstQuote;
    let reading: ParagraphReading;
    if (cache) {
      const key = readingKey(prose, paragraph, found, firstQuote);
      reading = takeReading(cache, key, prose, paragraph, index, firstQuote) ?? readParagraph(prose, paragraph, index, found, firstQuote);
      const kept = cache.next.get(key);
      if (kept) kept.push(reading);
      else cache.next.set(key, [reading]);
    } else {
      reading = readParagraph(prose, paragraph, index, found, firstQuote);
    }
    hasCue[index] = reading.hasCue ? 1 : 0;
    furniture[index] = reading.furniture ? 1 : 0;
    storeStarts[index] = store.length;
    store.keep(reading.tokens);
    const { tokens, names } = reading;
    for (const word of reading.organizations) organizations.add(word);
    for (const name of names) if (name.evidence || name.parts.length > 1) for (const part of name.parts) nameWords.add(part);
    for (const name of names) {
      if (!name.inQuote) name.roles = rolesAround(context, tokens, name.first, name.last, name.titleFirst);
      occurrences.push(name);
    }
  });

  storeStarts[paragraphs.length] = store.length;

  const people = resolvePeople(prose, occurrences, organizations);
  const mentions = mentionsInParagraphs(occurrences, paragraphs.length);
  const { roles, roleWords } = rolesOfPeople(people);

  // Pass 2: attribution, paragraph by paragraph.
  const attributor = new Attributor(prose, found, roleWords);
  paragraphs.forEach((paragraph, index) => {
    const hasQuote = firstQuotes[index] < found.length && found[firstQuotes[index]].start < paragraph.end;
    const firstMention = mentions.starts[index];
    const lastMention = mentions.starts[index + 1];
    if (paragraph.headline) {
      attributor.headline(index, furniture[index] === 1);
    } else if (!hasQuote && hasCue[index] === 0 && !someOutsideQuotes(mentions.list, firstMention, lastMention)) {
      attributor.quiet(index);
    } else {
      attributor.paragraph(index, buildUnits(prose, store, storeStarts[index], storeStarts[index + 1], found, mentions.list, firstMention, lastMention));
    }
  });
  const attribution = attributor.finish();
  for (const [person, phrases] of attribution.roles) roles.get(person)!.push(...phrases);

  const speakers = buildSpeakers(source, people, roles, attribution.mentions);
  const idOf = new Map<Person, string>(people.map((person, at) => [person, speakers.ids[at]]));
  const span = (cue: Span): TextSpan => ({ start: cue.start, end: cue.end, text: shared(source.slice(cue.start, cue.end)) });

  const quotes: Quote[] = found.map((quote, index) => {
    const speaker = attribution.speakers[index];
    const cue = attribution.cues[index];
    return {
      start: quote.start, end: quote.end, text: source.slice(quote.contentStart, quote.contentEnd),
      contentStart: quote.contentStart, contentEnd: quote.contentEnd,
      speaker: speaker ? idOf.get(speaker) ?? null : null,
      cue: cue ? span(cue) : null,
      nested: quote.nested, continues: quote.continues, paragraph: quote.paragraph,
    };
  });
  const reported: ReportedSpeech[] = attribution.reported
    .map((statement) => ({
      start: statement.start, end: statement.end, text: source.slice(statement.start, statement.end),
      speaker: idOf.get(statement.speaker)!, cue: span(statement.cue), paragraph: statement.paragraph,
    }))
    .sort((a, b) => a.start - b.start);
  // The paragraphs as read (each also says whether it is a headline), not copies: a long article has tens of thousands.
  return { speakers: speakers.list, quotes, reported, paragraphs: paragraphs.slice() };
}

/**
 * The occurrences that name someone, in text order, and where each paragraph's begin among them (with
 * the end of the list after the last paragraph). A mention starts within its own run of words, so each
 * paragraph's are sorted by start. One list rather than one per paragraph: pass 2 reads each paragraph's
 * mentions as a range of it, and no per-paragraph list is kept through pass 2.
 */
function mentionsInParagraphs(occurrences: readonly NameOccurrence[], count: number): { list: PersonMention[]; starts: Int32Array } {
  const list: PersonMention[] = [];
  const starts = new Int32Array(count + 1);
  let paragraph = 0;
  for (const occurrence of occurrences) {
    if (!occurrence.person) continue;
    while (paragraph <= occurrence.paragraph) starts[paragraph++] = list.length;
    list.push(occurrence as PersonMention);
  }
  while (paragraph <= count) starts[paragraph++] = list.length;
  return { list, starts };
}

/** Whether any of mentions[first, last) is outside quotes. */
function someOutsideQuotes(mentions: readonly PersonMention[], first: number, last: number): boolean {
  for (let at = first; at < last; at++) if (!mentions[at].inQuote) return true;
  return false;
}

/**
 * Each person's role phrases, and their words. A function of its own: analyzeProse runs once per analysis,
 * and so mostly as unoptimised code, while a loop over every mention in a function of its own is optimised
 * on the spot.
 */
function rolesOfPeople(people: readonly Person[]): { roles: Map<Person, RolePhrase[]>; roleWords: Map<Person, Set<string>> } {
  const roles = new Map<Person, RolePhrase[]>();
  const roleWords = new Map<Person, Set<string>>();
  for (const person of people) {
    // A person named again and again is given the same role again and again: each text is kept once, in
    // its first phrase (summarizeRoles too keeps only the first phrase of a text).
    const phrases: RolePhrase[] = [];
    const texts = new Set<string>();
    for (const mention of person.mentions) {
      for (const phrase of mention.roles) {
        if (texts.has(phrase.text)) continue;
        texts.add(phrase.text);
        phrases.push(phrase);
      }
    }
    roles.set(person, phrases);
    if (phrases.length) {
      const words = new Set<string>();
      for (const { text } of phrases) addRoleWords(words, text);
      roleWords.set(person, words);
    }
  }
  return { roles, roleWords };
}


type MentionSpan = Span & { kind: Mention['kind'] };

const NO_SPANS: readonly MentionSpan[] = [];

/** Text order; of two spans that start together, the shorter first. */
function byPosition(a: Span, b: Span): number {
  return a.start - b.start || a.end - b.end;
}

function buildSpeakers(
  source: string,
  people: readonly Person[],
  roles: ReadonlyMap<Person, readonly RolePhrase[]>,
  extra: ReadonlyMap<Person, readonly MentionSpan[]>,
): { list: Speaker[]; ids: string[] } {
  const taken = new Set<string>();
  const ids = people.map((person) => {
    const base = slugOf(person.name);
    let id = base;
    for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
    taken.add(id);
    return id;
  });
  const list = people.map((person, at): Speaker => {
    // Names (already in text order) and the pronouns and descriptions attribution found, merged in text
    // order. Of a span found twice, the name, else the one found first, comes first and is kept.
    const names: readonly MentionSpan[] = person.mentions;
    const found = extra.get(person)?.slice().sort(byPosition) ?? NO_SPANS;
    const mentions: Mention[] = [];
    for (let name = 0, other = 0; name < names.length || other < found.length; ) {
      const mention = other === found.length || (name < names.length && byPosition(names[name], found[other]) <= 0) ? names[name++] : found[other++];
      const previous = itemAt(mentions, mentions.length - 1);
      if (previous && previous.start === mention.start && previous.end === mention.end) continue;
      mentions.push({ start: mention.start, end: mention.end, text: shared(source.slice(mention.start, mention.end)), kind: mention.kind });
    }
    const summary = summarizeRoles(roles.get(person) ?? []);
    const introduction = mentions.find((mention) => mention.start <= summary.introducedAt && summary.introducedAt < mention.end) ?? mentions[0];
    return {
      id: ids[at], name: person.name, role: summary.role, shortRole: summary.shortRole,
      organization: summary.organization, abbreviation: summary.abbreviation, mentions,
      introduction: { start: introduction.start, end: introduction.end },
    };
  });
  const order = list.map((speaker, at) => ({ speaker, at })).sort((a, b) => a.speaker.mentions[0].start - b.speaker.mentions[0].start || a.at - b.at);
  return { list: order.map(({ speaker }) => speaker), ids };
}
