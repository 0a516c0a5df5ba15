// Who said each quote, and which statements are reported without quote marks.
//
// Paragraph by paragraph: every quote looks for its own cue, after it ("…,” Aron said / said Aron / — Aron)
// or before it in its sentence (Aron said: “…” / praised Putin as “smart”). Cues of reported speech are
// collected too ("has gone so far as to say he …", "…, Aron said."). Their subjects are then resolved in
// order: names directly, "he"/"she" to the person the paragraph (or the one before) is about, descriptions
// ("the Russian leader") to the person the article gave that role. A quote with no cue of its own takes the
// speaker of another quote in its paragraph, of the quote it continues, or of the previous paragraph when
// it opens its paragraph.
//
// Speakers are people. A quote whose cue names an organisation ("the company said", "Reuters said"), an
// unnamed or plural speaker ("a spokesperson said", "officials said", "they said"), or nobody at all keeps
// speaker null: the cue is still recorded, and it stops the quote from borrowing a neighbour's speaker.
// Headline quotes, titles of works and scare quotes with no verb of saying stay null too.
import {
  ROLE_NOUNS, SUBJECT_PRONOUNS, UNNAMED_SPEAKER_NOUNS, WordClass, isParticiple,
} from './lexicon';
import type { MentionKind, Span } from './model';
import type { Gender, Person } from './names';
import { wordsIn } from './chars';
import type { FoundQuote } from './quotes';
import { addRoleWords, type RolePhrase } from './roles';
import type { Unit } from './units';
import { quoteEndsSentence } from './units';
import {
  type Parsed, type Subject, affiliationEnd, closingComma, describedEnd, inClass, isAccordingTo, isCueAt, isInvertible, isReportingCue, isWord, looksAppositive, markIs,
  parseBackward, parseForward, sentenceSubject, skipAdverbs, wordIs, wordIsOneOf,
} from './grammar';
import { itemAt } from './lists';

export interface ReportedStatement extends Span {
  speaker: Person;
  cue: Span;
  paragraph: number;
}

export interface ExtraMention extends Span {
  kind: MentionKind;
}

export interface Attribution {
  /** Per quote: its speaker (or null) and its cue (or null). */
  speakers: (Person | null)[];
  cues: (Span | null)[];
  reported: ReportedStatement[];
  /** Pronoun and description mentions found in attributions. */
  mentions: Map<Person, ExtraMention[]>;
  /** Roles read from descriptions ("The Republican tycoon" → "Republican tycoon"). */
  roles: Map<Person, RolePhrase[]>;
}

interface Cue {
  from: number;
  to: number;
  subject: Subject;
}

interface Site {
  cue: Span;
  cueUnit: number;
  subject: Subject;
  quotes: number[];
  reported: Span | null;
  trailing: boolean;
  leadIn: boolean;
  speaker: Person | null;
  end: number;
}

/** The cues found in a paragraph, by the unit where each starts. */
class Sites {
  /** In the order found. */
  readonly list: Site[] = [];
  private readonly byUnit = new Map<number, Site>();

  constructor(private readonly units: readonly Unit[]) {}

  at(unit: number): Site | undefined {
    return this.byUnit.get(unit);
  }

  /** The site of `cue`, made when first asked for. */
  of(cue: Cue, trailing: boolean): Site {
    let site = this.byUnit.get(cue.from);
    if (!site) {
      const span = { start: this.units[cue.from].start, end: this.units[cue.to].end };
      site = { cue: span, cueUnit: cue.from, subject: cue.subject, quotes: [], reported: null, trailing, leadIn: false, speaker: null, end: span.end };
      this.byUnit.set(cue.from, site);
      this.list.push(site);
    }
    return site;
  }
}

/** The subject of a sentence: a named person, or one unnamed person ("A woman who …") with person null. */
interface SentenceSubject {
  person: Person | null;
  gender: Gender;
  start: number;
  /** For an unnamed person: the noun that names them ("delegate"). */
  head?: string;
}

type PronounSubject = Subject & { kind: 'pronoun' };

/** What a paragraph tells the FAR_PRONOUN_LOOKBACK paragraphs after it. */
interface Memory {
  readonly headline: boolean;
  /** A page furniture line ("Advertisement", "Read more: …"): looking back, the article reads through it. */
  readonly noise: boolean;
  /** Who speaks or acts last in the paragraph: undefined when nobody, null when an unnamed speaker. */
  readonly last: Person | null | undefined;
  /** People the paragraph is about, most recent first. */
  readonly salient: readonly Person[];
  /** The gender of one unnamed person who speaks last ("Another resident … said she heard"), if one does. */
  readonly someone: Gender | undefined;
  /** The nouns naming unnamed people in the paragraph ("One senior delegate … said" → "delegate"). */
  readonly unnamed: readonly string[];
}

/** No people or nouns: one empty list for every memory with none. */
const NOBODY: readonly never[] = [];

/** The memories of paragraphs with nothing to remember, shared. */
const QUIET: Memory = { headline: false, noise: false, last: undefined, salient: NOBODY, someone: undefined, unnamed: NOBODY };
const HEADLINE: Memory = { ...QUIET, headline: true };
const PAGE_FURNITURE: Memory = { ...HEADLINE, noise: true };

const MAX_LEADING = 30;
const MAX_LEAD_IN = 15;
const PRONOUN_LOOKBACK = 3;
const FAR_PRONOUN_LOOKBACK = 12;
/** The paragraphs whose memories are kept: those FAR_PRONOUN_LOOKBACK reaches, and the one being attributed. */
const RECENT_MEMORIES = FAR_PRONOUN_LOOKBACK + 1;
/** How many of a person's first mentions are read for the age the article gives them. */
const AGE_MENTIONS = 3;
/** How many earlier speakers or subjects a pronoun is checked against. */
const MAX_CANDIDATES = 50;
const OBJECT_WORDS = new Set(['him', 'her', 'them', 'us', 'me', 'reporters', 'journalists', 'lawmakers', 'supporters', 'listeners', 'viewers', 'the', 'a', 'an']);
const TELL = /^(tell|tells|told|telling)$/;
const WORKS = new Set(['programme', 'program', 'show', 'series', 'film', 'movie', 'book', 'novel', 'album', 'song', 'documentary', 'podcast', 'newspaper', 'magazine', 'column', 'play', 'musical', 'exhibition', 'campaign', 'operation', 'initiative', 'app', 'website', 'slogan', 'hashtag']);
/** Subordinators that open a clause without its subject: "when asked", "if pressed". */
const REDUCED_CLAUSE_OPENERS = ['when', 'if', 'after', 'before', 'until', 'unless'];
/** Words that open a clause after a comma: "…, but her rival … refused", "…, as supporters … chanted". */
const CLAUSE_JOINERS = ['but', 'and', 'while', 'as', 'when', 'whereas'];
const CLAUSE_WORDS = new Set(['that', 'whether', 'if', 'how', 'why', 'what', 'when', 'where', 'who', 'to']);

/** "71-year-old": a word that gives an age. */
function isAgeWord(word: string): boolean {
  return word.endsWith('year-old');
}

/** "the 71-year-old": an age is given for someone the article has named. */
function hasAge(subject: Subject & { kind: 'description' }): boolean {
  return subject.words.some(isAgeWord);
}

function compatible(person: Person, gender: Gender): boolean {
  return person.gender === null || gender === null || person.gender === gender;
}

/**
 * "Premier Ottilie-Mae Sarrazin-Koh defended her cabinet’s decision": the gender of the first "his",
 * "her" (before a noun, not "told her") or "himself", "herself" after the subject of the sentence that starts
 * at `sentence`, if nobody else is named or quoted before it.
 */
function ownPronounGender(units: readonly Unit[], sentence: number, subjectEnd: number, last: number): Gender {
  let at = sentence;
  while (at <= last && units[at].start < subjectEnd) at++;
  for (; at <= last; at++) {
    const unit = units[at];
    if (unit.kind === 'quote' || unit.mention) return null;
    if (!isWord(unit)) continue;
    const { lower } = unit;
    if (lower === 'his' || lower === 'himself') return 'm';
    if (lower === 'herself') return 'f';
    if (lower === 'her') {
      const next = units[at + 1];
      return isWord(next) && !inClass(next, WordClass.Preposition | WordClass.Determiner | WordClass.Conjunction) ? 'f' : null;
    }
    // "Roe said he …", "Roe thanked him": left to the rules for pronouns.
    if (lower === 'him' || lower === 'he' || lower === 'she') return null;
  }
  return null;
}

/**
 * The subject of the clause a participle at `at` goes with: "X claimed victory, but her rival, former governor
 * Y, refused to concede, alleging “…”" is Y's; with no such clause, the sentence's subject.
 */
function clauseSubject(units: readonly Unit[], sentence: number, at: number): Subject | null {
  const joined = joinedClauseSubject(units, sentence, at);
  return joined?.kind === 'person' ? joined : sentenceSubject(units, sentence, at);
}

/**
 * The subject of a clause that a joining word after a comma opens before `at`, if the clause has its verb
 * (not the last of a list: "thanked the mayor, and Senator Jones, saying"): "…, but her rival, Y, refused",
 * "…, as supporters waved flags and chanted".
 */
function joinedClauseSubject(units: readonly Unit[], sentence: number, at: number): Subject | null {
  for (let joiner = at - 2; joiner > sentence; joiner--) {
    if (!wordIsOneOf(units[joiner], CLAUSE_JOINERS) || !markIs(units[joiner - 1], ',')) continue;
    const parsed = parseForward(units, joiner + 1);
    let verb = parsed?.end ?? at;
    while (verb < at - 1 && !(isWord(units[verb]) && !units[verb].cap)) verb++;
    return parsed && verb < at - 1 ? parsed.subject : null;
  }
  return null;
}

/** "was accused", "were told", "is described": a verb of saying in the passive, whose subject is the one spoken of. */
function isPassive(units: readonly Unit[], at: number): boolean {
  const verb = units[at];
  return wordIsOneOf(units[at - 1], PASSIVE_AUXILIARIES) && (verb.endsWithLower('ed') || wordIsOneOf(verb, ['told', 'said', 'written']));
}

const PASSIVE_AUXILIARIES = ['was', 'were', 'is', 'are', 'been', 'being', 'be'];

/** Whether a comma and a joining word ("…, as supporters …") open the clause of the verb at `at`, with no other verb of saying since. */
function opensOwnClause(units: readonly Unit[], sentence: number, at: number): boolean {
  for (let before = at - 1; before > sentence && at - before <= MAX_LEAD_IN; before--) {
    if (units[before].kind === 'quote' || isCueAt(units, before)) return false;
    if (wordIsOneOf(units[before], CLAUSE_JOINERS) && markIs(units[before - 1], ',')) return true;
  }
  return false;
}

/** Endings of the field a role works in ("forecasting", "seismological", "economics", "journalism"), and of the agent nouns that work in one ("forecaster", "seismologist"). */
const FIELD_SUFFIX = /(ing|ical|ics|ism|y)$/;
const AGENT_SUFFIX = /(er|ist)$/;

/** "forecasting" and "forecaster" → "~forecast": the key a field and its agent noun share, or null. */
function fieldKey(word: string, suffix: RegExp): string | null {
  const stem = word.replace(suffix, '');
  // "ministry" and "minister" share too little to be one field; "seismology" keeps its "olog".
  return stem.length >= 5 && stem !== word && !(suffix === FIELD_SUFFIX && word.endsWith('y') && !word.endsWith('ology')) ? `~${stem}` : null;
}

function wordCount(units: readonly Unit[], from: number, to: number): number {
  let count = 0;
  for (let at = from; at <= to; at++) if (units[at].kind === 'word') count++;
  return count;
}


export class Attributor {
  private readonly speakers: (Person | null)[];
  private readonly cues: (Span | null)[];
  private readonly explicit: boolean[];
  private readonly reported: ReportedStatement[] = [];
  private readonly mentions = new Map<Person, ExtraMention[]>();
  private readonly roles = new Map<Person, RolePhrase[]>();
  /**
   * The memories of the last paragraphs, paragraph p's at p % RECENT_MEMORIES: only these are read back, so
   * older memories are let go while still young garbage, never copied by the collector.
   */
  private readonly memories: Memory[] = [];
  /** Who speaks last in the paragraph before, read through page furniture: a quote opening a paragraph may be theirs. */
  private lastBefore: Person | null | undefined = undefined;
  /** The units of the paragraph being attributed. */
  private units: readonly Unit[] = [];
  /** The people whose roles have each word, in the order of `roleWords`. */
  private readonly peopleByRoleWord = new Map<string, Person[]>();

  constructor(
    private readonly text: string,
    private readonly quotes: readonly FoundQuote[],
    /** Lower-case words of every role the article gives each person; the roles attribution finds are added. */
    private readonly roleWords: Map<Person, Set<string>>,
  ) {
    this.speakers = new Array(quotes.length).fill(null);
    this.cues = new Array(quotes.length).fill(null);
    this.explicit = new Array(quotes.length).fill(false);
    roleWords.forEach((words, person) => {
      for (const word of words) this.indexRoleWord(word, person);
    });
  }

  private indexRoleWord(word: string, person: Person): void {
    this.index(word, person);
    const field = fieldKey(word, FIELD_SUFFIX);
    if (field !== null) this.index(field, person);
  }

  private index(key: string, person: Person): void {
    const people = this.peopleByRoleWord.get(key);
    if (people) people.push(person);
    else this.peopleByRoleWord.set(key, [person]);
  }

  /** Attributes one paragraph that is no headline (those go to `headline`); paragraphs must come in document order. */
  paragraph(index: number, units: readonly Unit[]): void {
    this.units = units;
    const sites = new Sites(units);
    for (let at = 0; at < units.length; at++) {
      const unit = units[at];
      // A nickname ('Marcus "Jet" Ellison') is part of a mention, and nobody's quote.
      if (unit.kind !== 'quote' || unit.mention || this.namesAWork(units, at) || this.namesATerm(units, at)) continue;
      const middle = this.middleCue(units, at, sites);
      if (middle) {
        middle.quotes.push(unit.quote);
        continue;
      }
      const trailing = this.trailingCue(units, at);
      const cue = (this.preferLeading(units, trailing) ? this.leadingCue(units, at) ?? trailing : trailing ?? this.leadingCue(units, at)) ?? this.closingAccordingTo(units, at);
      if (cue) sites.of(cue, trailing !== null).quotes.push(unit.quote);
    }
    this.findReportedSpeech(units, sites);

    const { subjects, pronouns } = this.sentenceSubjects(units, index);
    const ordered = sites.list.sort((a, b) => a.cue.start - b.cue.start);
    const resolved: Site[] = [];
    for (const site of ordered) {
      site.speaker = this.resolve(site.subject, index, site.cue.start, resolved, subjects);
      for (const quote of site.quotes) site.end = Math.max(site.end, this.quotes[quote].end);
      if (site.reported) site.end = Math.max(site.end, site.reported.end);
      resolved.push(site);
      for (const quote of site.quotes) {
        this.speakers[quote] = site.speaker;
        this.cues[quote] = site.cue;
        this.explicit[quote] = true;
      }
      if (site.reported && site.speaker) {
        this.reported.push({ start: site.reported.start, end: site.reported.end, speaker: site.speaker, cue: site.cue, paragraph: index });
      }
    }
    const events = resolved.filter((site) => site.quotes.length || site.reported || site.leadIn);
    const everyone = this.withPronounSubjects(index, resolved, subjects, pronouns);
    this.attributeUncued(units, events, everyone);
    this.remember(index, units, events, everyone);
  }

  /**
   * The sentence subjects with "he" and "she" resolved too: "Asked whether …, he was careful not to rule
   * anything out." makes him the person the paragraph is about, whom a quote after it continues.
   */
  private withPronounSubjects(paragraph: number, resolved: readonly Site[], subjects: readonly SentenceSubject[], pronouns: readonly PronounSubject[]): readonly SentenceSubject[] {
    const found: SentenceSubject[] = [];
    for (const subject of pronouns) {
      const site = resolved.find((candidate) => candidate.subject.kind === 'pronoun' && candidate.subject.start === subject.start);
      const person = site ? site.speaker : this.salientPerson(paragraph, subject.start, subject.gender, resolved, subjects);
      if (person) found.push({ person, gender: null, start: subject.start });
    }
    return found.length ? [...subjects, ...found].sort((a, b) => a.start - b.start) : subjects;
  }

  /** A headline: its quotes are nobody's; page furniture is read through when looking back. */
  headline(index: number, furniture: boolean): void {
    this.keep(index, furniture ? PAGE_FURNITURE : HEADLINE);
  }

  /** A paragraph with no quote, no verb of saying and nobody named: nothing to attribute or remember. */
  quiet(index: number): void {
    this.keep(index, QUIET);
  }

  finish(): Attribution {
    this.unifyContinuedQuotes();
    return { speakers: this.speakers, cues: this.cues, reported: this.reported, mentions: this.mentions, roles: this.roles };
  }

  /**
   * “Sunday Morning” programme, the film “Silent Harbor”: a short title-case quote followed by a noun for a
   * work or after "the" names something; nobody says it.
   */
  private namesAWork(units: readonly Unit[], at: number): boolean {
    // The words around the quote first: most quotes have neither, and need not be read.
    const next = units[at + 1];
    const before = itemAt(units, at - 1);
    if (!(isWord(next) && WORKS.has(next.lower)) && !(isWord(before) && /^(the|film|book|show|song|album|novel|series|programme|program|titled|entitled|called)$/.test(before.lower))) return false;
    const quote = this.quotes[units[at].quote];
    if (wordsIn(this.text, quote.contentStart, quote.contentEnd, 7) > 6) return false; // without splitting a long quote
    const words = this.text.slice(quote.contentStart, quote.contentEnd).trim().split(/\s+/);
    if (words.length > 6 || /[.!?,;:]$/.test(words[words.length - 1])) return false;
    return words.every((word, index) => /^[\p{Lu}\d]/u.test(word) || (index > 0 && /^(of|the|and|a|an|in|on|for|to|at)$/.test(word)));
  }

  /** "the term “bomb”", "the phrase “quiet quitting”", "so-called “zombie” firms": a word talked about, which nobody says here. */
  private namesATerm(units: readonly Unit[], at: number): boolean {
    const before = itemAt(units, at - 1);
    if (!isWord(before) || !inClass(before, WordClass.TermNoun)) return false;
    const quote = this.quotes[units[at].quote];
    return wordsIn(this.text, quote.contentStart, quote.contentEnd, 5) <= 4 && !/[.!?,;:]\s*$/.test(this.text.slice(quote.contentStart, quote.contentEnd));
  }

  /** "…,” Aron said", "…,” said Aron", "…,” Aron, a fellow at …, said", "… — Aron", "…, according to Aron". */
  private trailingCue(units: readonly Unit[], at: number): Cue | null {
    let next = at + 1;
    let comma = false;
    let dash = -1;
    if (markIs(units[next], ',;')) {
      comma = true;
      next++;
    }
    if (markIs(units[next], '—–-')) {
      dash = next++;
      if (markIs(units[next], '-') && markIs(units[dash], '-')) next++; // "--" typed for a dash
    }
    if (!isWord(units[next])) return null;
    // After a quote that ends its sentence, only a short "Aron said." still belongs to it; after
    // "…?” asked Aron" the lower-case cue shows the sentence goes on.
    const soft = !comma && dash < 0 && units[next].cap && quoteEndsSentence(this.text, this.quotes[units[at].quote]);
    if (!soft && isInvertible(units, next)) {
      const subject = parseForward(units, next + 1);
      if (subject) return { from: next, to: next, subject: subject.subject };
    }
    if (isAccordingTo(units, next)) {
      const subject = this.accordingSubject(units, next);
      return subject ? { from: next, to: next + 1, subject: subject.subject } : null;
    }
    const subject = parseForward(units, next);
    if (!subject) return null;
    const afterSubject = skipAdverbs(units, subject.end);
    let cue = subject.subject.kind === 'person' ? affiliationEnd(units, afterSubject) : describedEnd(units, afterSubject);
    if (markIs(units[cue], ',') && looksAppositive(units, cue + 1)) {
      const closing = closingComma(units, cue);
      if (closing > 0) cue = skipAdverbs(units, closing + 1);
    }
    if (isCueAt(units, cue) && !isParticiple(units[cue])) {
      return !soft || this.shortTail(units, cue) ? { from: cue, to: cue, subject: subject.subject } : null;
    }
    // "…,” Holmqvist-Rahe was quoted as saying by the state news agency.
    if (wordIs(units[cue], 'quoted') && wordIs(units[cue + 1], 'as') && isCueAt(units, cue + 2)) {
      return { from: cue + 2, to: cue + 2, subject: subject.subject };
    }
    // "“…” — Halina Brzeska, 44, ward sister"
    const signedOff = dash >= 0 && subject.subject.kind === 'person' && (afterSubject >= units.length || markIs(units[afterSubject], ',.;)'));
    return signedOff ? { from: dash, to: dash, subject: subject.subject } : null;
  }

  /**
   * "“…,” said Aron, a fellow at AEI, “…”": the site of the cue that closed the first part of a quote, when
   * nothing but the cue, its subject and an appositive stands between the parts.
   */
  private middleCue(units: readonly Unit[], at: number, sites: Sites): Site | undefined {
    const comma = at - 1;
    if (!markIs(units[comma], ',')) return undefined;
    const sentence = units[at].sentence;
    let before = comma - 1;
    while (before >= sentence && comma - before <= MAX_LEADING && units[before].kind !== 'quote') before--;
    if (before < sentence || units[before].kind !== 'quote') return undefined;
    // Sites are listed as found, quote by quote: the previous quote's is among the last.
    let site: Site | undefined;
    for (let i = sites.list.length - 1; i >= 0 && sites.list.length - i <= 4 && !site; i--) {
      const candidate = sites.list[i];
      if (candidate.trailing && candidate.quotes.includes(units[before].quote)) site = candidate;
    }
    // An unnamed subject ("said a spokesman") has no span to check.
    if (!site || site.subject.kind === 'other') return undefined;
    const { subject } = site;
    let rest = before + 1;
    while (rest < comma && units[rest].start < Math.max(site.cue.end, subject.end)) rest++;
    if (rest === comma) return site;
    return markIs(units[rest], ',') && looksAppositive(units, rest + 1) && closingComma(units, rest) === comma ? site : undefined;
  }

  /**
   * "Daneyev hailed what he called “a victory for patience”, according to the state news agency": the
   * agency only reports it, so a speaker before the quote comes first.
   */
  private preferLeading(units: readonly Unit[], trailing: Cue | null): boolean {
    return trailing !== null && trailing.subject.kind === 'other' && isAccordingTo(units, trailing.from);
  }

  /**
   * After a quote that ends its sentence, "Aron said." or "Aron said on Tuesday." still belongs to the
   * quote, but "She said talks would continue" opens a statement of its own.
   */
  private shortTail(units: readonly Unit[], cue: number): boolean {
    const last = units[cue].sentenceLast;
    if (last - cue > 10) return false;
    let at = cue + 1;
    if (TELL.test(units[cue].lower) && units[at]?.kind === 'word' && (units[at].cap || OBJECT_WORDS.has(units[at].lower))) at++;
    const next = units[at];
    if (!next || at > last) return true;
    if (next.kind === 'punct') return markIs(next, '.,;:!?—–');
    return (next.classes & (WordClass.Preposition | WordClass.Time | WordClass.Adverb)) !== 0 || next.endsWithLower('ly');
  }

  /** A cue earlier in the quote's sentence: "Aron said: “…”", "praised Putin as “smart”", "…, saying that “…”". */
  private leadingCue(units: readonly Unit[], at: number): Cue | null {
    const sentence = units[at].sentence;
    const floor = Math.max(sentence, at - MAX_LEADING);
    // With no verb of saying in the sentence, a colon before the quote still names who speaks.
    let afterColon: Cue | null = null;
    let embedded: Cue | null = null;
    for (let from = at - 1; from >= floor; from--) {
      const unit = units[from];
      if (unit.kind === 'quote') continue;
      if (from === at - 1 && markIs(unit, ':')) {
        const colonLead = this.colonLeadIn(units, from, sentence);
        if (colonLead) return colonLead;
        afterColon = this.subjectBeforeColon(units, from, sentence);
        continue;
      }
      if (isAccordingTo(units, from)) {
        const subject = this.accordingSubject(units, from);
        if (subject) return { from, to: from + 1, subject: subject.subject };
      }
      if (!isCueAt(units, from)) continue;
      let subject: Subject | null;
      if (isPassive(units, from)) {
        // "The minister was accused by an opposition lawmaker of “…”": the one after "by" speaks.
        subject = (wordIs(units[from + 1], 'by') ? parseForward(units, from + 2)?.subject : null) ?? { kind: 'other' };
      } else if (isParticiple(unit)) {
        subject = markIs(itemAt(units, from - 1), ',') ? clauseSubject(units, sentence, from) : parseBackward(units, from, sentence) ?? sentenceSubject(units, sentence, from);
      } else {
        subject = parseBackward(units, from, sentence) ?? this.coordinatedSubject(units, from, sentence);
      }
      if (!subject) continue;
      // "said that the Senate should not expect the House to “…”", "said the group had responded
      // “positively”": a verb inside a reported clause, whose subject is no person, gives way to the verb
      // of saying before it.
      // But "…,” he said, as supporters waved flags and chanted “…”": a clause of its own, with its own subject.
      if ((subject.kind === 'other' && !opensOwnClause(units, sentence, from)) || (inClass(unit, WordClass.Thought) && subject.kind !== 'person' && subject.kind !== 'pronoun' && subject.kind !== 'other')) {
        embedded ??= { from, to: from, subject };
        continue;
      }
      return { from, to: from, subject };
    }
    // "He said start-ups …, which the council estimates at …, and that …: “…”": the sentence's subject
    // leads in the quote, not a verb inside the reported clause.
    return afterColon ?? embedded;
  }

  /** "… is “cautiously supportive” of the plan, according to Rosa Delgado-Pinto.": a source named where the quote's sentence ends. */
  private closingAccordingTo(units: readonly Unit[], at: number): Cue | null {
    const last = Math.min(units[at].sentenceLast, at + MAX_LEADING);
    for (let from = at + 2; from < last; from++) {
      if (!isAccordingTo(units, from) || !markIs(units[from - 1], ',')) continue;
      const subject = this.accordingSubject(units, from);
      return subject && units[at].sentenceLast - subject.end <= 1 ? { from, to: from + 1, subject: subject.subject } : null;
    }
    return null;
  }

  /** "Aron:" or "And from Chairwoman Rosenworcel:" right before a quote or at the end of a paragraph. */
  private colonLeadIn(units: readonly Unit[], colon: number, sentence: number): Cue | null {
    const named = itemAt(units, colon - 1);
    if (!named?.mention || named.mention.possessive) return null;
    let first = colon - 1;
    while (first > sentence && (units[first - 1].mention === named.mention || (units[first - 1].cap && inClass(units[first - 1], WordClass.Title)))) first--;
    const before = itemAt(units, first - 1);
    const opens = first === sentence || wordIs(before, 'from') || (first - sentence <= 1 && before?.kind === 'punct');
    if (!opens) return null;
    return { from: colon, to: colon, subject: { kind: 'person', person: named.mention.person, start: named.mention.start, end: named.mention.end } };
  }

  /**
   * "Thorn shot back: “…”", "He put it bluntly: “…”", "Tarrant, a retired teacher who …, said: ‘…’": a
   * sentence whose subject is a person (or he, she) and that ends in a colon right before the quote.
   */
  private subjectBeforeColon(units: readonly Unit[], colon: number, sentence: number): Cue | null {
    const subject = sentenceSubject(units, sentence, colon);
    if (subject?.kind !== 'person' && subject?.kind !== 'pronoun' && subject?.kind !== 'description') return null;
    for (let at = sentence; at < colon; at++) if (units[at].kind === 'quote') return null;
    return { from: colon, to: colon, subject };
  }

  private findReportedSpeech(units: readonly Unit[], sites: Sites): void {
    const lastUnit = units.length - 1;
    for (let at = 0; at <= lastUnit; at++) {
      const unit = units[at];
      if (isAccordingTo(units, at) && !sites.at(at)) {
        this.accordingTo(units, at, sites);
        continue;
      }
      if (!isReportingCue(unit) || !isCueAt(units, at)) {
        if (at === lastUnit && markIs(unit, ':')) {
          const lead = this.colonLeadIn(units, at, unit.sentence);
          if (lead) sites.of(lead, false).leadIn = true;
        }
        continue;
      }
      const existing = sites.at(at);
      if (existing?.trailing) continue;
      // "said Ferreira, when asked what the win meant": a question put to someone, whose answer follows.
      if (wordIsOneOf(units[at - 1], REDUCED_CLAUSE_OPENERS)) continue;
      // "praised Putin, whose …" judges; "hailed Trump for blaming …" reports what was said.
      if (!inClass(unit, WordClass.Speech | WordClass.Thought) && !TELL.test(unit.lower) && !this.judgesFor(units, at)) continue;
      const subject = existing?.subject ?? this.subjectOf(units, at);
      if (!subject) continue;
      const complement = this.complement(units, at);
      const leadIn = skipAdverbs(units, at + 1) === lastUnit && markIs(units[lastUnit], ':');
      const clause = complement ? null : this.clauseBefore(units, at, subject);
      if (!complement && !clause && !leadIn) continue;
      const site = existing ?? sites.of({ from: at, to: at, subject }, false);
      site.reported = complement ?? clause;
      site.leadIn ||= leadIn;
    }
  }

  /** "She declined to name them, but said orders were …": a verb after "and" or "but" shares the sentence's subject. */
  private coordinatedSubject(units: readonly Unit[], cue: number, sentence: number): Subject | null {
    const joiner = itemAt(units, skipBackAdverbs(units, cue - 1, sentence));
    if (!wordIs(joiner, 'and') && !wordIs(joiner, 'but')) return null;
    // "…,” he said, as supporters waved flags and chanted “…”": the subject of the clause the verbs share.
    const joined = joinedClauseSubject(units, sentence, cue);
    if (joined) return joined;
    const subject = sentenceSubject(units, sentence, cue);
    return subject?.kind === 'person' || subject?.kind === 'pronoun' ? subject : null;
  }

  private judgesFor(units: readonly Unit[], cue: number): boolean {
    for (let at = cue + 1; at <= cue + 6 && at < units.length; at++) {
      if (wordIs(units[at], 'for') || wordIs(units[at], 'as')) return true;
      if (units[at].kind === 'punct' || units[at].kind === 'quote') return false;
    }
    return false;
  }

  private subjectOf(units: readonly Unit[], cue: number): Subject | null {
    const sentence = units[cue].sentence;
    if (isParticiple(units[cue])) {
      return markIs(itemAt(units, cue - 1), ',') ? sentenceSubject(units, sentence, cue) : null;
    }
    const before = parseBackward(units, cue, sentence) ?? this.coordinatedSubject(units, cue, sentence);
    if (before) return before;
    // "…, said Aron."
    if (markIs(itemAt(units, cue - 1), ',') && isInvertible(units, cue)) return parseForward(units, cue + 1)?.subject ?? null;
    return null;
  }

  /** What follows the cue: "say he does not care …", "said with a wry smile that he supported Harris". */
  private complement(units: readonly Unit[], cue: number): Span | null {
    const last = units[cue].sentenceLast;
    // "pleaded guilty" is a plea, "claimed victory" a win; "Asked whether he expected …" is a question put to someone.
    if (/^plead/.test(units[cue].lower) && /^(guilty|not|innocent|no)$/.test(units[cue + 1]?.lower ?? '')) return null;
    if (/^claim/.test(units[cue].lower) && /^(victory|responsibility|credit|success|ownership|asylum)$/.test(units[cue + 1]?.lower ?? '')) return null;
    if (this.inQuestion(units, cue)) return null;
    let start = cue + 1;
    let that = -1;
    for (let at = start; at <= last && at - start < 6; at++) {
      const unit = units[at];
      if (unit.kind === 'quote' || (unit.kind === 'punct' && unit.text !== ',')) break;
      if (wordIs(unit, 'that')) {
        that = at;
        break;
      }
    }
    if (that >= 0) start = that + 1;
    else if (units[start]?.mention && /^(tell|told|tells|hail|hailed|hails|urge|urged|accuse|accused|praise|praised|warn|warned|blame|blamed)$/.test(units[cue].lower)) {
      // "hailed Trump for blaming …": the object opens the statement.
    } else {
      const first = units[start];
      if (!isWord(first) || (inClass(first, WordClass.Preposition) && !wordIs(first, 'to')) || inClass(first, WordClass.Time)) return null;
      if (/^(tell|told|tells)$/.test(units[cue].lower) && OBJECT_WORDS.has(first.lower) && !CLAUSE_WORDS.has(units[start + 1]?.lower ?? '')) return null;
    }
    if (start > last || !units[start] || units[start].kind === 'quote' || units[start].kind === 'punct') return null;
    for (let at = start; at <= last; at++) if (markIs(units[at], ':')) return null;
    if (wordCount(units, start, last) < 3) return null;
    return { start: units[start].start, end: statementEnd(units, last) };
  }

  /** The cue stands in an indirect question: "whether he expected", "if she would say". */
  private inQuestion(units: readonly Unit[], cue: number): boolean {
    for (let at = cue - 1; at >= units[cue].sentence && cue - at <= 4; at--) {
      const unit = units[at];
      if (unit.kind !== 'word') return false;
      if (wordIs(unit, 'whether') || wordIs(unit, 'if')) return true;
    }
    return false;
  }

  /** "Putin would gladly accept …, Aron said.": the clause before a cue that closes its sentence. */
  private clauseBefore(units: readonly Unit[], cue: number, subject: Subject): Span | null {
    if (subject.kind === 'other') return null;
    const last = units[cue].sentenceLast;
    let tail = cue + 1;
    if (subject.start >= units[cue].end) while (tail <= last && units[tail].start < subject.end) tail++;
    if (last - tail > 4) return null;
    for (let at = tail; at <= last; at++) if (units[at].kind === 'quote' || wordIs(units[at], 'that')) return null;
    const firstOfCue = Math.min(cue, this.unitAt(units, cue, subject.start));
    const comma = firstOfCue - 1;
    if (!markIs(itemAt(units, comma), ',')) return null;
    const sentence = units[cue].sentence;
    for (let at = sentence; at < comma; at++) if (units[at].kind === 'quote') return null;
    if (wordCount(units, sentence, comma - 1) < 4) return null;
    return { start: units[sentence].start, end: units[comma - 1].end };
  }

  private unitAt(units: readonly Unit[], near: number, start: number): number {
    for (let at = near; at >= 0 && near - at < 40; at--) if (units[at].start === start) return at;
    return near;
  }

  /** "According to Aron, …" and "…, according to Aron." */
  private accordingTo(units: readonly Unit[], at: number, sites: Sites): void {
    const subject = this.accordingSubject(units, at);
    if (!subject || subject.subject.kind === 'other') return;
    const sentence = units[at].sentence;
    const last = units[at].sentenceLast;
    let reported: Span | null = null;
    if (at === sentence && markIs(units[subject.end], ',') && subject.end + 1 <= last) {
      reported = { start: units[subject.end + 1].start, end: statementEnd(units, last) };
    } else if (markIs(itemAt(units, at - 1), ',') && last - subject.end <= 1 && at - 1 > sentence) {
      reported = { start: units[sentence].start, end: units[at - 2].end };
    }
    if (!reported) return;
    for (const unit of units.slice(sentence, last + 1)) if (unit.kind === 'quote') return;
    sites.of({ from: at, to: at + 1, subject: subject.subject }, false).reported = reported;
  }

  /** Who "according to" names: "according to Aron", also "according to a statement from Mayor Linda Tran". */
  private accordingSubject(units: readonly Unit[], at: number): Parsed | null {
    const subject = parseForward(units, at + 2);
    if (!subject || subject.subject.kind !== 'other') return subject;
    const by = subject.end;
    if ((wordIs(units[by], 'from') || wordIs(units[by], 'by')) && units[by + 1]) {
      const source = parseForward(units, by + 1);
      if (source && source.subject.kind === 'person') return source;
    }
    return subject;
  }

  /**
   * The subject of each sentence that is a named person (or one unnamed person), with where the sentence
   * starts; and the sentences' "he" and "she" subjects, for withPronounSubjects, from the same parse.
   */
  private sentenceSubjects(units: readonly Unit[], paragraph: number): { subjects: SentenceSubject[]; pronouns: PronounSubject[] } {
    const subjects: SentenceSubject[] = [];
    const pronouns: PronounSubject[] = [];
    for (let at = 0; at < units.length; at = units[at].sentenceLast + 1) {
      const subject = sentenceSubject(units, at, units[at].sentenceLast + 1);
      if (subject?.kind === 'person') {
        subjects.push({ person: subject.person, gender: null, start: subject.start });
        subject.person.gender ??= ownPronounGender(units, at, subject.end, units[at].sentenceLast);
      }
      else if (subject?.kind === 'other' && subject.someone) subjects.push({ person: null, gender: subject.someone.gender, start: units[at].start, head: subject.someone.head });
      else if (subject?.kind === 'pronoun') pronouns.push(subject);
      else if (subject?.kind === 'description') {
        // "Asked whether …, the Premier paused.", "The 71-year-old … maintained his innocence.": the person the
        // article named with that role or age, for the "she said" after it.
        const person = this.namedWithDescription(subject, paragraph, NOBODY, subjects) ?? (hasAge(subject) ? this.salientDescribed(subject, paragraph, subject.start, NOBODY, subjects) : null);
        if (person) subjects.push({ person, gender: null, start: subject.start });
      }
    }
    return { subjects, pronouns };
  }

  /**
   * "The 46-year-old spokesman", "the seismologist": a bare description with an age or a role stands for the
   * person the paragraph is about. Not one that names someone unnamed: "One senior delegate … said …. “…,”
   * the delegate said".
   */
  private salientDescribed(subject: Subject & { kind: 'description' }, paragraph: number, at: number, resolved: readonly Site[], subjects: readonly SentenceSubject[]): Person | null {
    const head = subject.words[subject.words.length - 1];
    if (this.unnamedParagraph(head, paragraph, resolved, subjects) >= 0) return null;
    const ageWord = subject.words.find(isAgeWord);
    const age = ageWord !== undefined;
    if (!subject.definite || !(subject.words.length <= 3 || age) || !((ROLE_NOUNS.has(head) && !UNNAMED_SPEAKER_NOUNS.has(head)) || age)) return null;
    const years = ageWord && /^(\d+)-year-old$/.exec(ageWord)?.[1];
    return (years && this.personAged(years, paragraph, at, resolved, subjects)) || this.salientPerson(paragraph, at, null, resolved, subjects);
  }

  /**
   * "Rahim Othman, 71, … The 71-year-old said": of the people this paragraph and the ones before are about,
   * the latest given that age, after the name or before it ("71-year-old Rahim Othman").
   */
  private personAged(years: string, paragraph: number, at: number, resolved: readonly Site[], subjects: readonly SentenceSubject[]): Person | null {
    const candidates = new Set<Person>();
    for (let i = resolved.length - 1; i >= 0 && resolved.length - i <= MAX_CANDIDATES; i--) if (resolved[i].speaker && resolved[i].cue.start < at) candidates.add(resolved[i].speaker!);
    for (let i = subjects.length - 1; i >= 0 && subjects.length - i <= MAX_CANDIDATES; i--) if (subjects[i].person && subjects[i].start < at) candidates.add(subjects[i].person!);
    for (let back = paragraph - 1; back >= 0 && paragraph - back <= FAR_PRONOUN_LOOKBACK; back--) for (const person of this.memory(back).salient) candidates.add(person);
    const after = new RegExp(`^,\\s*${years}\\b`);
    const before = new RegExp(`\\b${years}-year-old\\s+$`);
    // The age comes with the first mentions, where the article introduces the person.
    const aged = (mention: Span) => mention.start < at && (after.test(this.text.slice(mention.end, mention.end + 8)) || before.test(this.text.slice(Math.max(0, mention.start - 16), mention.start)));
    for (const person of candidates) if (person.mentions.slice(0, AGE_MENTIONS).some(aged)) return person;
    return null;
  }

  /**
   * The named person whose roles have the description's words ("the Premier" for Premier Caroline Ashdown),
   * unless an unnamed person was called so since: "A judge ruled … Judge Eleanor Fairweather found … The
   * judge said" is Fairweather, "A judge ruled … The judge said" nobody named.
   */
  private namedWithDescription(subject: Subject & { kind: 'description' }, paragraph: number, resolved: readonly Site[], subjects: readonly SentenceSubject[]): Person | null {
    const roleWords = subject.words.filter((word) => !isAgeWord(word));
    const person = roleWords.length ? this.personWithRole(roleWords, subject.start) : null;
    if (!person) return null;
    // Someone the article names only later ("Orvale's foreign minister vowed …", then "Foreign Minister X"), but
    // not past the person this paragraph is about: "Varga was one of the few to talk. “…,” the fisherman said."
    if (lastMentionBefore(person, subject.start) < 0 && subjects.some((other) => other.person && other.person !== person && other.start < subject.start)) return null;
    const unnamed = this.unnamedParagraph(subject.words[subject.words.length - 1], paragraph, resolved, subjects);
    return unnamed < 0 || lastMentionParagraph(person, subject.start) > unnamed ? person : null;
  }

  private resolve(subject: Subject, paragraph: number, at: number, resolved: readonly Site[], subjects: readonly SentenceSubject[]): Person | null {
    switch (subject.kind) {
      case 'person':
        return subject.person;
      case 'other':
        return null;
      case 'pronoun': {
        const reporting = this.speakerReporting(subject, resolved);
        const person = reporting ?? this.salientPerson(paragraph, at, subject.gender, resolved, subjects);
        if (person) {
          this.addMention(person, { start: subject.start, end: subject.end, kind: 'pronoun' });
          // "she added" tells who Imogen is, for the "he said" that follows; "Mereku said he …" says more
          // than a list of first names.
          if (reporting) person.gender = subject.gender;
          else person.gender ??= subject.gender;
        }
        return person;
      }
      case 'description': {
        const named = this.namedWithDescription(subject, paragraph, resolved, subjects);
        const person = named ?? this.salientDescribed(subject, paragraph, at, resolved, subjects);
        // A role the article did not give yet: "the seismologist" for Weller.
        if (person && !named && !hasAge(subject)) this.addRole(person, subject.roleStart, subject.end, at);
        if (person) this.addMention(person, { start: subject.start, end: subject.end, kind: 'description' });
        return person;
      }
    }
  }

  /** The last paragraph, this one or one of the few before, where an unnamed person is called `head` ("delegate"); -1 if none. */
  private unnamedParagraph(head: string, paragraph: number, resolved: readonly Site[], subjects: readonly SentenceSubject[]): number {
    // The latest MAX_CANDIDATES of each, as for pronouns: a paragraph may be a whole article on one line.
    for (let i = resolved.length - 1; i >= 0 && resolved.length - i <= MAX_CANDIDATES; i--) {
      const { subject } = resolved[i];
      if (subject.kind === 'other' && subject.someone?.head === head) return paragraph;
    }
    for (let i = subjects.length - 1; i >= 0 && subjects.length - i <= MAX_CANDIDATES; i--) if (subjects[i].head === head) return paragraph;
    for (let back = paragraph - 1; back >= 0 && paragraph - back <= PRONOUN_LOOKBACK; back--) {
      if (this.memory(back).unnamed.includes(head)) return back;
    }
    return -1;
  }

  /**
   * "Mereku said he hoped …": a pronoun opening what a named speaker says is that speaker, whatever a
   * first-name list guessed about their gender.
   */
  private speakerReporting(pronoun: PronounSubject, resolved: readonly Site[]): Person | null {
    const site = itemAt(resolved, resolved.length - 1);
    if (!site?.speaker || site.cue.end > pronoun.start) return null;
    return /^\s+(that\s+)?$/.test(this.text.slice(site.cue.end, pronoun.start)) ? site.speaker : null;
  }

  /**
   * The person a pronoun or a bare description stands for: the speaker of an earlier cue in the paragraph,
   * else the subject of one of its sentences, else whom the previous paragraphs were about.
   */
  private salientPerson(paragraph: number, at: number, gender: Gender, resolved: readonly Site[], subjects: readonly SentenceSubject[]): Person | null {
    for (let i = resolved.length - 1; i >= 0 && resolved.length - i <= MAX_CANDIDATES; i--) {
      const { speaker, subject, cue } = resolved[i];
      if (cue.start >= at) continue;
      if (speaker && compatible(speaker, gender)) return speaker;
      // "A woman who worked there told reporters … “…,” she said": she is that unnamed woman.
      if (subject.kind === 'other' && subject.someone && (subject.someone.gender === null || gender === null || subject.someone.gender === gender)) return null;
    }
    for (let i = 0; i < subjects.length && i < MAX_CANDIDATES && subjects[i].start < at; i++) {
      const subject = subjects[i];
      if (subject.person ? compatible(subject.person, gender) : subject.gender === null || gender === null || subject.gender === gender) return subject.person;
    }
    const inSentence = this.namedBesideOtherSubject(at, gender);
    if (inSentence) return inSentence;
    for (let back = paragraph - 1; back >= 0 && paragraph - back <= PRONOUN_LOOKBACK; back--) {
      const memory = this.memory(back);
      if (memory.headline) continue;
      // The paragraph before ended with an unnamed person speaking: "she said" goes on with her.
      const { someone } = memory;
      if (back === paragraph - 1 && someone !== undefined && (someone === null || gender === null || someone === gender)) return null;
      const person = memory.salient.find((candidate) => compatible(candidate, gender));
      if (person) return person;
    }
    // "For Aaro, the deal marks the end of a long career. “…,” he wrote": someone the paragraph names.
    const named = this.lastNamedBefore(at, gender);
    if (named) return named;
    // Further back, only someone known to be a woman for "she" (a man for "he"): a profile's "she says"
    // after a few paragraphs about someone else.
    for (let back = paragraph - PRONOUN_LOOKBACK - 1; gender !== null && back >= 0 && paragraph - back <= FAR_PRONOUN_LOOKBACK; back--) {
      const person = this.memory(back).salient.find((candidate) => candidate.gender === gender);
      if (person) return person;
    }
    return null;
  }

  /**
   * "She answered a remark Pennock made, when he said …": in a sentence whose subject is "she" (for a "he",
   * or "he" for a "she"), the last person named before `at` who may be `gender`.
   */
  private namedBesideOtherSubject(at: number, gender: Gender): Person | null {
    if (gender === null) return null;
    const { units } = this;
    // The last unit that starts by `at`, found by halving: a paragraph may be a whole article on one line.
    let low = 0;
    let high = units.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (units[middle].start <= at) low = middle;
      else high = middle - 1;
    }
    const { sentence } = units[low];
    const opening = units[sentence];
    if (!isWord(opening) || !SUBJECT_PRONOUNS.has(opening.lower) || (opening.lower === 'she' ? 'f' : 'm') === gender) return null;
    for (let before = low; before > sentence && low - before < MAX_CANDIDATES; before--) {
      const { mention, start } = units[before];
      if (mention && !mention.possessive && mention.start === start && start < at && compatible(mention.person, gender)) return mention.person;
    }
    return null;
  }

  /** The person of the last name outside quotes before `at` in the paragraph, who may be `gender`. */
  private lastNamedBefore(at: number, gender: Gender): Person | null {
    for (let index = this.units.length - 1; index >= 0; index--) {
      const { mention, start } = this.units[index];
      if (mention && !mention.possessive && mention.start === start && start < at && compatible(mention.person, gender)) return mention.person;
    }
    return null;
  }

  /** The person, mentioned most recently before `at`, whose roles contain every word of the description. */
  private personWithRole(words: readonly string[], at: number): Person | null {
    // "the veteran forecaster" for "Leona Farrant, a senior forecaster at the NMS": every word if someone
    // has them all, else the head noun alone.
    // "the forecaster" for "X, head of forecasting at the weather service": the field the agent noun works in.
    const head = words[words.length - 1];
    return this.lastNamedWithRole(words, at) ?? (words.length > 1 ? this.lastNamedWithRole([head], at) : null) ?? this.lastNamedWithRole([], at, fieldKey(head, AGENT_SUFFIX));
  }

  /** Of the people whose role words have all of `words` (and whose role is indexed under `key`), the one named last before `at`. */
  private lastNamedWithRole(words: readonly string[], at: number, key: string | null = words[words.length - 1]): Person | null {
    if (key === null) return null;
    let best: Person | null = null;
    let bestSeen = -Infinity;
    // Only the people with the head noun among their role words can have them all.
    for (const person of this.peopleByRoleWord.get(key) ?? []) {
      const roleWords = this.roleWords.get(person)!;
      if (!words.every((word) => roleWords.has(word))) continue;
      const seen = lastMentionBefore(person, at);
      if (seen > bestSeen) {
        best = person;
        bestSeen = seen;
      }
    }
    return best;
  }

  private addMention(person: Person, mention: ExtraMention): void {
    const list = this.mentions.get(person);
    if (list) list.push(mention);
    else this.mentions.set(person, [mention]);
  }

  private addRole(person: Person, start: number, end: number, mentionStart: number): void {
    const text = this.text.slice(start, end).replace(/\s+/g, ' ');
    const role: RolePhrase = { start, end, text, head: text, organization: null, abbreviation: null, mentionStart };
    const list = this.roles.get(person);
    if (list) list.push(role);
    else this.roles.set(person, [role]);
    // "the head coach said" makes "the coach said" later his too.
    let words = this.roleWords.get(person);
    if (!words) this.roleWords.set(person, (words = new Set()));
    for (const word of addRoleWords(words, text)) this.indexRoleWord(word, person);
  }

  /** Quotes without a cue: another quote's speaker in the paragraph, the quote continued, or the previous paragraph's. */
  private attributeUncued(units: readonly Unit[], events: readonly Site[], subjects: readonly SentenceSubject[]): void {
    let leadInWords = 0;
    let leadInOpen = true;
    let nextEvent = 0; // events are sorted by cue; index of the first one after the current quote
    let subjectsBefore = 0; // subjects are in order too: how many start before the current quote
    for (let at = 0; at < units.length; at++) {
      const unit = units[at];
      if (unit.kind !== 'quote') {
        if (!leadInOpen) continue;
        if (isWord(unit)) leadInWords++;
        if (leadInWords > MAX_LEAD_IN || isCueAt(units, at) || (unit.mention && !unit.mention.possessive)) leadInOpen = false;
        continue;
      }
      const index = unit.quote;
      const quote = this.quotes[index];
      const opensParagraph = leadInOpen;
      leadInOpen = false;
      if (this.explicit[index]) continue;
      if (quote.continues !== null && this.speakers[quote.continues]) {
        this.speakers[index] = this.speakers[quote.continues];
        continue;
      }
      while (nextEvent < events.length && events[nextEvent].cue.start < quote.start) nextEvent++;
      if (this.opensSentence(units, at) && events.length) {
        // The nearest cue before the quote, else the first after it ("“…” “…,” she said").
        const sibling = events[nextEvent > 0 ? nextEvent - 1 : 0];
        if (sibling) {
          this.speakers[index] = sibling.speaker;
          this.cues[index] = sibling.cue;
          continue;
        }
      }
      const substantial = wordsIn(this.text, quote.contentStart, quote.contentEnd, 4) >= 4 || /[.!?,…]['’"]?\s*$/.test(this.text.slice(quote.contentStart, quote.contentEnd));
      if (!substantial) continue;
      // "Ms Chandran was more direct. “The government should be worried.”": the person the sentence before is about.
      while (subjectsBefore < subjects.length && subjects[subjectsBefore].start < quote.start) subjectsBefore++;
      const subject = itemAt(subjects, subjectsBefore - 1);
      if (subject && this.opensSentence(units, at)) {
        this.speakers[index] = subject.person;
        continue;
      }
      if (opensParagraph && this.lastBefore) this.speakers[index] = this.lastBefore;
    }
  }

  private opensSentence(units: readonly Unit[], at: number): boolean {
    for (let before = units[at].sentence; before < at; before++) {
      const unit = units[before];
      if (unit.kind === 'word' && !/^(and|but|so|yet|or|then|still)$/.test(unit.lower)) return false;
      if (unit.kind === 'quote') return false;
    }
    return true;
  }

  private remember(paragraph: number, units: readonly Unit[], events: readonly Site[], subjects: readonly SentenceSubject[]): void {
    const candidates: { at: number; person: Person | null; someone?: Gender }[] = [];
    for (const site of events) candidates.push({ at: site.end, person: site.speaker, someone: unnamedSpeaker(site) });
    for (const subject of subjects) candidates.push({ at: subject.start, person: subject.person, someone: subject.person ? undefined : subject.gender });
    for (let at = units.length - 1; at >= 0; at--) {
      const unit = units[at];
      if (unit.kind === 'quote' && !this.explicit[unit.quote] && this.speakers[unit.quote]) candidates.push({ at: unit.end, person: this.speakers[unit.quote] });
    }
    // Latest first. Most paragraphs list them in that order already, and a sort allocates even for two.
    if (!isLatestFirst(candidates)) candidates.sort((a, b) => b.at - a.at);
    // Speakers and subjects first, then anyone else the paragraph names, latest first.
    const salient: Person[] = [];
    for (const { person } of candidates) if (person && !salient.includes(person)) salient.push(person);
    for (let at = units.length - 1; at >= 0; at--) {
      const { mention } = units[at];
      if (mention && !mention.possessive && !salient.includes(mention.person)) salient.push(mention.person);
    }
    const unnamed = unnamedIn(events);
    for (const subject of subjects) if (subject.head) unnamed.push(subject.head);
    this.keep(paragraph, {
      headline: false, noise: false, last: candidates.length ? candidates[0].person : undefined, salient: salient.length ? salient : NOBODY,
      someone: candidates[0]?.someone, unnamed: unnamed.length ? unnamed : NOBODY,
    });
  }

  /** Keeps a paragraph's memory, once every paragraph before it has been kept. */
  private keep(paragraph: number, memory: Memory): void {
    this.memories[paragraph % RECENT_MEMORIES] = memory;
    if (!memory.noise) this.lastBefore = memory.headline ? undefined : memory.last;
  }

  /** The memory of a paragraph at most FAR_PRONOUN_LOOKBACK before the one being attributed. */
  private memory(paragraph: number): Memory {
    return this.memories[paragraph % RECENT_MEMORIES];
  }

  /** A quote running over several paragraphs has one speaker: the first one any of its parts names. */
  private unifyContinuedQuotes(): void {
    const chains = new Map<number, number[]>();
    const heads = new Map<number, number>();
    this.quotes.forEach((quote, index) => {
      if (quote.continues === null) return;
      // A quote only continues an earlier one, so the earlier one's head is already known.
      const head = heads.get(quote.continues) ?? quote.continues;
      heads.set(index, head);
      const chain = chains.get(head);
      if (chain) chain.push(index);
      else chains.set(head, [head, index]);
    });
    for (const chain of chains.values()) {
      const named = chain.find((index) => this.explicit[index] && this.speakers[index]) ?? chain.find((index) => this.speakers[index]);
      if (named === undefined) continue;
      for (const index of chain) if (!this.explicit[index] || !this.speakers[index]) this.speakers[index] = this.speakers[named];
    }
  }
}

/**
 * The gender of the unnamed person speaking at a site, or undefined when a named one does: "One support
 * engineer … said", and the "she said" after it that stays unnamed too.
 */
function unnamedSpeaker(site: Site): Gender | undefined {
  const { subject } = site;
  if (subject.kind === 'other' && subject.someone) return subject.someone.gender;
  return subject.kind === 'pronoun' && !site.speaker ? subject.gender : undefined;
}

function isLatestFirst(candidates: readonly { at: number }[]): boolean {
  for (let index = 1; index < candidates.length; index++) if (candidates[index].at > candidates[index - 1].at) return false;
  return true;
}

/** The nouns of the unnamed people who speak at these sites. */
function unnamedIn(sites: readonly Site[]): string[] {
  const heads: string[] = [];
  for (const { subject } of sites) if (subject.kind === 'other' && subject.someone) heads.push(subject.someone.head);
  return heads;
}

const FURNITURE = /^(advertisement|advert|ad|sponsored|read|related|see|share|photo|image|video|watch|listen|subscribe|sign|follow|click|more)$/;

/** "Advertisement", "Read more: …", "Share this article": lines a web page puts between paragraphs. */
export function isPageFurniture(units: readonly Unit[]): boolean {
  const words = units.filter((unit) => unit.kind === 'word');
  return words.length > 0 && (words.length <= 2 || FURNITURE.test(words[0].lower));
}

/** Index of the unit before `at` once adverbs ("but later said") are skipped, never before `floor`. */
function skipBackAdverbs(units: readonly Unit[], at: number, floor: number): number {
  let before = at;
  while (before > floor && isWord(units[before]) && (units[before].classes & WordClass.Adverb) !== 0) before--;
  return before;
}

/** End of a statement whose sentence ends at units[last]: before its full stop, as a quote's words end before the mark. */
function statementEnd(units: readonly Unit[], last: number): number {
  const unit = units[last];
  return markIs(unit, '.!?…') && last > 0 ? units[last - 1].end : unit.end;
}

/** Index of the person's last mention before `at` (mentions are in document order), or -1. */
function lastMentionIndex(person: Person, at: number): number {
  const { mentions } = person;
  let low = 0;
  let high = mentions.length - 1;
  let found = -1;
  while (low <= high) {
    const middle = (low + high) >>> 1;
    if (mentions[middle].start < at) {
      found = middle;
      low = middle + 1;
    } else {
      high = middle - 1;
    }
  }
  return found;
}

/** Start of the person's last mention before `at`, or -1. */
function lastMentionBefore(person: Person, at: number): number {
  const index = lastMentionIndex(person, at);
  return index < 0 ? -1 : person.mentions[index].start;
}

/** Paragraph of the person's last mention before `at`, or -1. */
function lastMentionParagraph(person: Person, at: number): number {
  const index = lastMentionIndex(person, at);
  return index < 0 ? -1 : person.mentions[index].paragraph;
}
