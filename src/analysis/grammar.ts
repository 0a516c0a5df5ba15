// The small grammar of attribution: cue verbs, and the noun phrase that is the subject of a cue, read
// forwards from a quote ("…,” the Russian political expert Konstantin Kalachov said) or backwards from the
// cue ("Leon Aron, a senior fellow at …, expected"). Every scan is bounded, so long inputs stay linear.
import {
  GENDERED_ROLE_NOUNS, OTHER_PRONOUNS, PLACES, POST_NOMINALS, REGION_ABBREVIATIONS, SUBJECT_PRONOUNS, CUE_VERB, PHRASAL_CUES, WordClass, isParticiple,
} from './lexicon';
import type { Gender, Person } from './names';
import type { Unit } from './units';
import { itemAt } from './lists';

export type Subject =
  | { kind: 'person'; person: Person; start: number; end: number }
  | { kind: 'pronoun'; gender: Gender; start: number; end: number }
  | {
      kind: 'description';
      /** Content words, lower case, without the article: ["russian", "leader"]. */
      words: string[];
      start: number;
      end: number;
      /** Start of the words after the article: where "Republican tycoon" starts in "The Republican tycoon". */
      roleStart: number;
      /** "the X" with no possessive owner: may stand for the person the paragraph is about. */
      definite: boolean;
    }
  | {
      kind: 'other';
      /** "a woman", "one engineer", "a hospital spokeswoman": one unnamed person, whom a later "she" may mean. */
      someone?: { head: string; gender: Gender };
    };

export interface Parsed {
  subject: Subject;
  /** Index of the first unit after the noun phrase. */
  end: number;
}

const MAX_NOUN_PHRASE = 7;
const MAX_APPOSITIVE = 24;
const TIME_PREPOSITIONS = new Set(['in', 'on', 'at', 'during', 'over', 'since', 'last', 'this', 'earlier', 'late', 'early', 'by']);
// "has gone so far as to say", "went on to say", "was quick to add".
const INFINITIVE_FRAME = new Set([
  'to', 'as', 'far', 'so', 'gone', 'go', 'goes', 'went', 'on', 'quick', 'was', 'is', 'has', 'have', 'had', 'been',
  'continued', 'continues', 'began', 'begins', 'seemed', 'seems', 'appeared', 'appears', 'also', 'even', 'later',
  'then', 'once', 'would', 'will', 'wants', 'wanted', 'tried', 'tries', 'sought', 'seeks', 'moved', 'rushed', 'hastened',
]);
export const COPULAS = ['was', 'were', 'is', 'are'];
const SENTENCE_ADVERBS = ['however', 'meanwhile', 'though', 'too', 'also', 'instead', 'nonetheless', 'nevertheless', 'moreover'];
const SUBORDINATORS = new Set(['while', 'whereas', 'although', 'though', 'because', 'unless', 'whilst']);
const CLAUSE_OPENERS = new Set([
  'when', 'while', 'after', 'before', 'as', 'because', 'although', 'though', 'if', 'since', 'once', 'until', 'whereas',
  'ahead', 'based', 'following', 'given', 'despite', 'amid', 'in', 'on', 'at', 'during', 'for', 'with', 'without',
  'under', 'over', 'from', 'after', 'asked', 'speaking', 'writing', 'according', 'beside', 'behind', 'near', 'outside',
  'inside', 'across', 'around', 'throughout',
]);

export function isWord(unit: Unit | undefined): unit is Unit {
  return unit !== undefined && unit.kind === 'word';
}

/**
 * Whether the unit is the word `lower` (ASCII lower-case letters, as every caller's is): read from the
 * characters, as `endsWithLower` over the whole word, so that no lower case is made.
 */
export function wordIs(unit: Unit | undefined, lower: string): boolean {
  return unit !== undefined && unit.kind === 'word' && unit.end - unit.start === lower.length && unit.endsWithLower(lower);
}

/** Whether the unit is one of `words` (each as `wordIs` takes it). */
export function wordIsOneOf(unit: Unit | undefined, words: readonly string[]): boolean {
  for (const word of words) if (wordIs(unit, word)) return true;
  return false;
}

/** "who" or "whom": `wordIs` compares lengths first, so most words of a noun phrase need no lower case. */
function isRelative(unit: Unit): boolean {
  return wordIs(unit, 'who') || wordIs(unit, 'whom');
}

/** Whether a word is on a word list of `classes` (WordClass bits): a bit test, with no lower case made. */
export function inClass(word: Unit, classes: number): boolean {
  return (word.classes & classes) !== 0;
}

/** Whether the unit is one of the punctuation `marks` (a punctuation unit is one character): no text is made for a word. */
export function markIs(unit: Unit | undefined, marks: string): boolean {
  if (unit === undefined || unit.kind !== 'punct') return false;
  // A punctuation token is one code unit: compared code by code, with no string made.
  const code = unit.codeAt(0);
  for (let at = 0; at < marks.length; at++) if (marks.charCodeAt(at) === code) return true;
  return false;
}

/** A verb of saying or judging used as a verb (not "a statement", "his comments"). */
export function isCueAt(units: readonly Unit[], at: number): boolean {
  const unit = units[at];
  if (!unit || unit.kind !== 'word' || unit.mention) return false;
  if ((unit.classes & CUE_VERB) === 0 && !((unit.classes & WordClass.PhrasalCue) !== 0 && units[at + 1]?.lower === PHRASAL_CUES.get(unit.lower))) return false;
  const before = itemAt(units, at - 1);
  return !(isWord(before) && (before.classes & WordClass.Determiner) !== 0) && before?.kind !== 'possessive';
}

/**
 * A verb that may report what was said (REPORTING_VERBS and JUDGING_VERBS, which together are the cue
 * verbs), not a phrasal cue ("shot back"): a bit test, with no lower case made.
 */
export function isReportingCue(unit: Unit): boolean {
  return (unit.classes & CUE_VERB) !== 0;
}

/** Cues that can stand before their subject: "…,” said Aron. */
export function isInvertible(units: readonly Unit[], at: number): boolean {
  return isCueAt(units, at) && inClass(units[at], WordClass.Speech) && !isParticiple(units[at]);
}

export function isAccordingTo(units: readonly Unit[], at: number): boolean {
  return wordIs(units[at], 'according') && wordIs(units[at + 1], 'to');
}

function isSkippable(word: Unit): boolean {
  // A word's lower case is longer than the word only with an "İ" (two code units in lower case).
  return inClass(word, WordClass.Auxiliary | WordClass.Adverb) || (word.endsWithLower('ly') && (word.end - word.start > 4 || word.lower.length > 4));
}

function isTimeWord(word: Unit): boolean {
  return inClass(word, WordClass.Time | WordClass.MonthOrDay) || /^\d[\d,.:]*$/.test(word.text);
}

/** Index of the first unit after a run of adverbs and auxiliaries starting at `at`. */
export function skipAdverbs(units: readonly Unit[], at: number): number {
  let next = at;
  while (next - at < 4 && isWord(units[next]) && !units[next].mention && isSkippable(units[next])) next++;
  return next;
}

/** The units of one mention starting at `at`: index after its last unit. */
function mentionEnd(units: readonly Unit[], at: number): number {
  let end = at + 1;
  while (units[end]?.mention === units[at].mention) end++;
  return end;
}

/** Whether the units from `at` read as an appositive: "a senior fellow …", "who …", "45,", "the company's …". */
export function looksAppositive(units: readonly Unit[], at: number): boolean {
  const unit = units[at];
  if (!isWord(unit)) return false;
  const { lower } = unit;
  if (/^(a|an|the|who|whose|which|his|her|their|its|both|now|then|also|himself|herself|once|formerly|until|since|of|from)$/.test(lower)) return true;
  if (/^\d{1,3}$/.test(unit.text)) return true;
  // ", speaking to reporters at the harbour,", ", however,", ", in a statement,"
  if (lower.endsWith('ing') || /^(however|though|meanwhile|too|in|at|for|on|with|after|before|like)$/.test(lower)) return true;
  if (inClass(unit, WordClass.RoleNoun | WordClass.Title | WordClass.RoleModifier | WordClass.ProperAdjective)) return true;
  return units[at + 1]?.kind === 'possessive';
}

/** Index of the comma closing an appositive that opens at `comma`, or -1. */
export function closingComma(units: readonly Unit[], comma: number): number {
  for (let at = comma + 1; at < units.length && at - comma <= MAX_APPOSITIVE; at++) {
    const unit = units[at];
    if (unit.kind === 'quote' || markIs(unit, '.!?;:')) return -1;
    if (markIs(unit, ',')) return at;
  }
  return -1;
}

/** Index of the comma opening an appositive that closes at `comma`, or -1. */
function openingComma(units: readonly Unit[], comma: number, floor: number): number {
  for (let at = comma - 1; at >= floor && comma - at <= MAX_APPOSITIVE; at--) {
    const unit = units[at];
    if (unit.kind === 'quote' || markIs(unit, '.!?;:')) return -1;
    if (markIs(unit, ',')) return at;
  }
  return -1;
}

/** The person named at units[at], as a subject. */
function personAt(units: readonly Unit[], at: number): Subject {
  const mention = units[at].mention!;
  return { kind: 'person', person: mention.person, start: mention.start, end: mention.end };
}

/** The person named at units[at], parsed: the subject, and where the name ends. */
function person(units: readonly Unit[], at: number): Parsed {
  const end = mentionEnd(units, at);
  return { subject: personAt(units, at), end: isPostNominal(units[end]) ? end + 1 : end };
}

/** "TD" in "Eamon Quilty TD said": letters after a name that are not part of it (POST_NOMINALS). */
export function isPostNominal(unit: Unit | undefined): boolean {
  return unit !== undefined && unit.kind === 'word' && unit.end - unit.start <= 3 && POST_NOMINALS.has(unit.text);
}

/** "he" or "she" as a subject. */
function pronounSubject(word: Unit): Subject {
  return { kind: 'pronoun', gender: word.lower === 'she' ? 'f' : 'm', start: word.start, end: word.end };
}

/** Words that can begin a noun phrase naming a speaker. */
function opensNounPhrase(unit: Unit): boolean {
  if (inClass(unit, WordClass.Preposition | WordClass.Conjunction) || isSkippable(unit)) return inClass(unit, WordClass.Determiner);
  return !inClass(unit, CUE_VERB);
}

/** "one resident said": "one" counts the noun after it (an unnamed person), rather than standing alone as in "one said". */
function countsOne(units: readonly Unit[], at: number): boolean {
  const next = units[at + 1];
  return wordIs(units[at], 'one') && isWord(next) && !next.mention && !inClass(next, WordClass.Determiner) && opensNounPhrase(next) && !isCueAt(units, at + 1);
}

/** A description "the ROLE" (or "X's ROLE") read from units[from..to]. */
function description(units: readonly Unit[], from: number, to: number): Subject {
  // The head noun is read first: most phrases ("the company", "officials") name no role, and need no
  // list of their words, nor the lower case of each.
  let head = -1;
  let owned = false;
  let headOwned = false;
  for (let at = from; at <= to; at++) {
    const unit = units[at];
    if (unit.kind === 'possessive') {
      owned = true;
      headOwned = head >= 0;
    } else if (at > from || !inClass(unit, WordClass.Determiner)) {
      head = at;
      headOwned = false;
    }
  }
  // No head, or an owner's ("the minister's"): no role.
  if (head < 0 || headOwned) return { kind: 'other' };
  const determiner = units[from].lower;
  // A word ending in "year-old" has a hyphen.
  // "the Taoiseach", "the Datuk": a title stands for the person who holds it, as a role noun does.
  const isRole = inClass(units[head], WordClass.RoleNoun | WordClass.Title) || (inClass(units[head], WordClass.Hyphenated) && units[head].lower.endsWith('year-old'));
  if (!owned && /^(a|an|one|another)$/.test(determiner)) {
    const noun = units[head].lower;
    const gender = GENDERED_ROLE_NOUNS.get(noun);
    if (isRole || gender) return { kind: 'other', someone: { head: noun, gender: gender ?? null } };
  }
  // "his daughter said": someone the article gave that role ("His daughter, Celeste Lowe, said …").
  if (!isRole || !(determiner === 'the' || owned || /^(his|her|their)$/.test(determiner))) return { kind: 'other' };
  const roleStart = inClass(units[from], WordClass.Determiner) ? units[from + 1].start : units[from].start;
  return { kind: 'description', words: descriptionWords(units, from, to), start: units[from].start, end: units[to].end, roleStart, definite: determiner === 'the' && !owned };
}

/** The words of a description, lower case, without its article: ["russian", "leader"], ["trump's", "spokesman"]. */
function descriptionWords(units: readonly Unit[], from: number, to: number): string[] {
  const words: string[] = [];
  for (let at = from; at <= to; at++) {
    const unit = units[at];
    if (unit.kind === 'possessive') {
      if (words.length) words[words.length - 1] += "'s";
    } else if (at > from || !inClass(unit, WordClass.Determiner)) {
      words.push(unit.lower);
    }
  }
  return words;
}

/**
 * The noun phrase starting at `at`, read forwards: a person's mention (with any role words before it),
 * "he"/"she", a description, or another speaker ("officials", "the ministry", "Reuters").
 */
export function parseForward(units: readonly Unit[], at: number): Parsed | null {
  const first = units[at];
  // "“…,” while Tran said …": a new clause with a subject of its own.
  if (!isWord(first) || SUBORDINATORS.has(first.lower)) return null;
  if (first.mention) {
    const named = person(units, at);
    // "Ashby spokeswoman Tanya Marsh-Oduya", "Putin ally Dmitry Medvedev": the name after the role speaks.
    const role = units[named.end];
    const next = units[named.end + 1];
    if (isWord(role) && !role.cap && inClass(role, WordClass.RoleNoun) && next?.mention) return withApposition(units, person(units, named.end + 1));
    if (units[named.end]?.kind !== 'possessive') return withApposition(units, named);
  } else if (SUBJECT_PRONOUNS.has(first.lower)) {
    return { subject: pronounSubject(first), end: at + 1 };
  } else if (OTHER_PRONOUNS.has(first.lower) && !countsOne(units, at)) {
    return { subject: { kind: 'other' }, end: at + 1 };
  } else if (!opensNounPhrase(first)) {
    return null;
  }
  let last = at;
  for (let next = at; next < units.length && next - at < MAX_NOUN_PHRASE; next++) {
    const unit = units[next];
    if (unit.kind === 'possessive') {
      last = next;
      continue;
    }
    if (!isWord(unit)) break;
    if (unit.mention && next > at && units[mentionEnd(units, next)]?.kind !== 'possessive') {
      return withApposition(units, person(units, next)); // "the Russian political expert Konstantin Kalachov"
    }
    // "co-founder and chief executive Anika Deshmukh": "and" between role words stays in the phrase.
    const joinsRoles = isWord(units[next + 1]) && inClass(units[next + 1], WordClass.RoleNoun | WordClass.RoleModifier | WordClass.Title) && wordIs(unit, 'and');
    if (next > at && !joinsRoles && (isCueAt(units, next) || inClass(unit, WordClass.Auxiliary) || (inClass(unit, WordClass.Preposition) && !wordIs(unit, 'of')) || inClass(unit, WordClass.Conjunction) || isRelative(unit))) break;
    // "the Premier paused", "supporters waved": a past form after a role word or a plural noun is the verb.
    if (next > at && !unit.cap && unit.endsWithLower('ed') && (inClass(units[next - 1], WordClass.RoleNoun | WordClass.Title) || isPluralNoun(units[next - 1]))) break;
    // "the mother of four": the count is no part of the role.
    if (next > at && isCountAfterOf(units, next)) return withApposition(units, { subject: description(units, at, last), end: next + 2 });
    if (unit.mention) next = mentionEnd(units, next) - 1;
    last = next;
  }
  return withApposition(units, { subject: description(units, at, last), end: last + 1 });
}

/** "supporters", "residents": a lower-case word in -s that is no function word ("this", "was", "his"). */
function isPluralNoun(unit: Unit): boolean {
  return isWord(unit) && !unit.cap && unit.end - unit.start > 3 && unit.endsWithLower('s') && !unit.endsWithLower('ss') && !inClass(unit, WordClass.Determiner | WordClass.Auxiliary | WordClass.Preposition | WordClass.Conjunction);
}

const COUNT_WORDS = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'];

/** "of four" at `at`, ending a noun phrase: "the mother of four". */
function isCountAfterOf(units: readonly Unit[], at: number): boolean {
  if (!wordIs(units[at], 'of') || !wordIsOneOf(units[at + 1], COUNT_WORDS)) return false;
  return !isWord(units[at + 2]) || isCueAt(units, at + 2);
}

/** "Trump’s spokesman, Jane Doe, said": a named person set off after a description is the subject. */
function withApposition(units: readonly Unit[], parsed: Parsed): Parsed {
  if (parsed.subject.kind === 'person') return parsed;
  // "Velasco's co-star in the first film, Theo Brandt, …": the description may run on a few words to its comma.
  let comma = parsed.end;
  while (comma < units.length && comma - parsed.end < MAX_NOUN_PHRASE && isWord(units[comma]) && !units[comma].mention && !isCueAt(units, comma)) comma++;
  // "The director of the Municipal Drinking Water System (Simapat), José Barragán, …"
  if (markIs(units[comma], '(')) comma = afterParenthesis(units, comma);
  if (!markIs(units[comma], ',')) return parsed;
  const named = appositiveName(units, comma + 1);
  if (named < 0) return parsed;
  const after = mentionEnd(units, named);
  return { subject: personAt(units, named), end: markIs(units[after], ',') ? after + 1 : after };
}

/**
 * Index of the name at `at` in ", Shri Vikram Adhikari, …" or ", Professor Rajan Pillai of Seraya National
 * University, …" (titles before it, "of …" after it), or -1.
 */
function appositiveName(units: readonly Unit[], at: number): number {
  let named = at;
  // Titles and role words before the name: ", Shri Vikram Adhikari,", ", retired postman Bernard Oyelaran,"
  while (isWord(units[named]) && !units[named].mention && named - at < 3 && (inClass(units[named], WordClass.Title) || isRoleLikeWord(units, named))) named++;
  if (!units[named]?.mention || units[named].mention!.possessive) return -1;
  const after = mentionEnd(units, named);
  return markIs(units[after], ',') || /^(of|at|from)$/.test(units[after]?.lower ?? '') ? named : -1;
}

/**
 * The subject of the cue at `cue`, read backwards from it (never before `floor`): skips adverbs,
 * auxiliaries, time phrases, "has gone so far as to", and appositives between commas.
 */
export function parseBackward(units: readonly Unit[], cue: number, floor: number): Subject | null {
  let at = cue - 1;
  let skippedTime = false;
  while (at >= floor) {
    const unit = units[at];
    if (!isWord(unit) || unit.mention) break;
    const { lower } = unit;
    if (isSkippable(unit) || (isPostNominal(unit) && units[at - 1]?.mention)) at--;
    else if (isTimeWord(unit)) {
      skippedTime = true;
      at--;
    } else if (skippedTime && TIME_PREPOSITIONS.has(lower)) at--;
    else if (lower === 'to' && INFINITIVE_FRAME.has(itemAt(units, at - 1)?.lower ?? '')) {
      at--;
      while (at >= floor && isWord(units[at]) && INFINITIVE_FRAME.has(units[at].lower)) at--;
    } else break;
  }
  if (at < floor) return null;
  // A sentence adverb set off by commas: "She, however, cautioned", "The minister, however, insisted", and
  // "Okonkwo, a chieftain of the party, however, accused", where the adverb's first comma ends an appositive.
  if (at - 2 >= floor && markIs(units[at], ',') && wordIsOneOf(units[at - 1], SENTENCE_ADVERBS) && markIs(units[at - 2], ',')) {
    const direct = parseBackward(units, at - 2, floor);
    if (direct && direct.kind !== 'other') return direct;
    at -= 2;
  }
  at = beforeParenthesis(units, at, floor);
  if (at < floor) return null;
  const unit = units[at];
  if (markIs(unit, ',')) return subjectBeforeComma(units, at, floor);
  if (unit.mention) return unit.mention.possessive ? { kind: 'other' } : someoneOf(units, at) ?? personAt(units, at);
  if (!isWord(unit)) return null;
  if (SUBJECT_PRONOUNS.has(unit.lower)) return pronounSubject(unit);
  if (isRelative(unit)) {
    const antecedent = markIs(itemAt(units, at - 1), ',') ? at - 2 : at - 1;
    if (itemAt(units, antecedent)?.mention) return personAt(units, antecedent);
    // "Rosa Quintero, a 52-year-old street vendor who said": the person the appositive describes.
    const described = appositiveOwner(units, antecedent, floor);
    if (described) return described;
    // "A woman who said she worked there": the unnamed woman.
    const unnamed = antecedent >= floor && isWord(units[antecedent]) ? parseBackward(units, antecedent + 1, floor) : null;
    return unnamed?.kind === 'other' && unnamed.someone ? unnamed : { kind: 'other' };
  }
  if (OTHER_PRONOUNS.has(unit.lower)) return { kind: 'other' };
  // "the mother of four said": the phrase ends before the count.
  if (at - 1 > floor && isCountAfterOf(units, at - 1)) return parseBackward(units, at - 1, floor);
  // A past form or participle before the cue is no noun, unless capitalised: "Tidewater Engineering said".
  if (!opensNounPhrase(unit) || inClass(unit, WordClass.Determiner) || (!unit.cap && (unit.endsWithLower('ed') || isParticiple(unit)))) return null;
  const from = nounPhraseStart(units, at, floor);
  const affiliated = affiliatedPerson(units, from, floor);
  if (affiliated) return affiliated;
  // "said on the same call that": the noun phrase is a preposition's object, so the "cue" is a noun
  // ("Residents of Millbrook said" is a subject with its complement).
  const before = itemAt(units, from - 1);
  if (isWord(before) && inClass(before, WordClass.Preposition) && !wordIs(before, 'of')) {
    // "A civil servant at the state secretariat, who …, said": the phrase tells an unnamed person apart.
    const described = wordIsOneOf(before, DESCRIBING) && from - 1 > floor ? parseBackward(units, from - 1, floor) : null;
    return described?.kind === 'other' && described.someone ? described : null;
  }
  return description(units, from, at);
}

/** Where the noun phrase ending at `at` starts, read backwards (never before `floor`): up to its determiner. */
function nounPhraseStart(units: readonly Unit[], at: number, floor: number): number {
  let from = at;
  while (from > floor && at - from < MAX_NOUN_PHRASE) {
    const previous = units[from - 1];
    if (previous.kind === 'possessive') {
      from--;
      continue;
    }
    if (!isWord(previous) || inClass(previous, WordClass.Preposition | WordClass.Auxiliary | WordClass.Conjunction) || isCueAt(units, from - 1)) break;
    from--;
    if (inClass(previous, WordClass.Determiner)) break;
  }
  return from;
}

/** Prepositions that tie a name to where the person works or comes from: "Jane Roe of Acme", "Roe at the university". */
const AFFILIATIONS = ['of', 'from', 'at'];

/**
 * The unit after "of the Brookings Institution" (and one more such phrase, "… in Washington") that follows
 * a name at `at`, when a cue comes right after it: "“…,” Jane Roe of Acme said". Else `at`.
 */
export function affiliationEnd(units: readonly Unit[], at: number): number {
  let end = at;
  for (let hop = 0; hop < 2; hop++) {
    const preposition = units[end];
    if (!wordIsOneOf(preposition, AFFILIATIONS) && !(hop === 1 && wordIs(preposition, 'in'))) break;
    let next = end + 1;
    while (next - end <= MAX_NOUN_PHRASE && isWord(units[next]) && !isCueAt(units, next) && !inClass(units[next], WordClass.Preposition | WordClass.Conjunction | WordClass.Auxiliary)) next++;
    if (next === end + 1) break;
    end = next;
    if (isCueAt(units, end)) return end;
  }
  return at;
}

/** Prepositions of a short phrase that tells an unnamed speaker apart: "a retiree in a faded cap". */
const DESCRIBING = ['in', 'from', 'with', 'at', 'near', 'outside', 'of'];

/**
 * The cue after a short phrase that follows a description, at `at`: "“…,” a retiree in a faded ballcap tells
 * her", "a man with a megaphone shouted". Else `at`.
 */
export function describedEnd(units: readonly Unit[], at: number): number {
  if (!wordIsOneOf(units[at], DESCRIBING)) return at;
  for (let next = at + 1; next - at <= 5 && isWord(units[next]) && !units[next].mention; next++) if (isCueAt(units, next)) return next;
  return at;
}

/**
 * "Jane Roe of the Brookings Institution said", "Mark Tan from Lumaris in Singapore said": the person named
 * before one or two such phrases that open at `from`, else null. "A lawyer for Roe of Acme said" is the lawyer.
 */
function affiliatedPerson(units: readonly Unit[], from: number, floor: number): Subject | null {
  let phrase = from;
  for (let hop = 0; hop < 2; hop++) {
    const preposition = itemAt(units, phrase - 1);
    // Read backwards, "in Lanport" comes first, and only after an affiliation ("Roe in Lanport said" is not one).
    const inPlace = hop === 0 && wordIs(preposition, 'in');
    if (!wordIsOneOf(preposition, AFFILIATIONS) && !inPlace) return null;
    const named = beforeParenthesis(units, phrase - 2, floor);
    const unit = named >= floor ? units[named] : undefined;
    if (unit?.mention && !inPlace) return unit.mention.possessive ? null : someoneOf(units, named) ?? personAt(units, named);
    if (!isWord(unit) || unit.mention || hop === 1) return null;
    phrase = nounPhraseStart(units, named, floor);
  }
  return null;
}

/** A lower-case word that may stand in a role before a name: "retired", "postman", "party". */
function isRoleLikeWord(units: readonly Unit[], at: number): boolean {
  const word = units[at];
  return !word.cap && !inClass(word, WordClass.Preposition | WordClass.Determiner | WordClass.Auxiliary | WordClass.Conjunction) && !isCueAt(units, at);
}

/** The person named right before ", a ROLE" that ends at `at`: "Rosa Quintero, a 52-year-old street vendor". */
function appositiveOwner(units: readonly Unit[], at: number, floor: number): Subject | null {
  for (let comma = at - 1; comma > floor && at - comma <= 8; comma--) {
    const unit = units[comma];
    if (markIs(unit, ',')) {
      const named = itemAt(units, comma - 1);
      return named?.mention && !named.mention.possessive && looksAppositive(units, comma + 1) ? personAt(units, comma - 1) : null;
    }
    if (!isWord(unit) || unit.mention) return null;
  }
  return null;
}

/** "an aide to Aldous-Berg said", "a lawyer for Ms. Reyes said": someone unnamed, of the person named at `at`. */
function someoneOf(units: readonly Unit[], at: number): Subject | null {
  let first = at;
  while (itemAt(units, first - 1)?.mention === units[at].mention) first--;
  const preposition = itemAt(units, first - 1);
  const role = itemAt(units, first - 2);
  if (!isWord(preposition) || !/^(to|for|of)$/.test(preposition.lower) || !isWord(role) || role.cap || !inClass(role, WordClass.RoleNoun)) return null;
  return { kind: 'other', someone: { head: role.lower, gender: GENDERED_ROLE_NOUNS.get(role.lower) ?? null } };
}

/**
 * The comma before a state, province or country that follows a town and ends at `comma`: "Lindgren, Sask.,",
 * "Bend, Ore.,", "Trenton, N.J.,", "Lyon, France,"; else -1.
 */
function regionOpening(units: readonly Unit[], comma: number, floor: number): number {
  let last = comma - 1;
  const fullStop = markIs(itemAt(units, last), '.');
  if (fullStop) last--;
  const word = itemAt(units, last);
  if (!isWord(word) || !word.cap || word.mention) return -1;
  let opening = last - 1;
  let name = word.lower;
  if (fullStop || name.endsWith('.')) {
    if (!REGION_ABBREVIATIONS.has(name)) return -1;
  } else {
    // "New York", "West Virginia": a two-word name.
    const first = itemAt(units, opening);
    if (isWord(first) && first.cap && PLACES.has(`${first.lower} ${name}`)) {
      name = `${first.lower} ${name}`;
      opening--;
    }
    if (!PLACES.has(name)) return -1;
  }
  const town = itemAt(units, opening - 1);
  return opening - 1 >= floor && markIs(units[opening], ',') && isWord(town) && town.cap && !town.mention ? opening : -1;
}

/** At a comma before the cue: "Leon Aron, a senior fellow …, expected" or "Trump’s running mate, JD Vance, has". */
function subjectBeforeComma(units: readonly Unit[], comma: number, floor: number): Subject | null {
  // "Peter Brandt of Carrow, Calif., said", "…, a rancher outside Bend, Ore., said": the state is part of the place.
  const region = regionOpening(units, comma, floor);
  if (region >= 0) return subjectBeforeComma(units, region, floor) ?? parseBackward(units, region, floor) ?? { kind: 'other' };
  const namedAt = nameEndBefore(units, comma - 1, floor);
  const named = units[namedAt];
  if (named?.mention && !named.mention.possessive) return personAt(units, namedAt);
  const opening = openingComma(units, comma, floor);
  if (opening < 0) return null;
  // "Another analyst, Professor Rajan Pillai of Seraya National University, said"
  const inside = appositiveName(units, opening + 1);
  if (inside >= 0) return personAt(units, inside);
  const beforeAt = nameEndBefore(units, opening - 1, floor);
  const before = units[beforeAt];
  const next = units[opening + 1];
  if (before?.mention && !before.mention.possessive && looksAppositive(units, opening + 1) && !wordIs(next, 'which')) return personAt(units, beforeAt);
  if (isWord(before) && SUBJECT_PRONOUNS.has(before.lower)) return pronounSubject(before);
  if (!isWord(before)) return null;
  // "D'Angelo, who owns Rosa's Kitchen, where she worked for years, wrote", "Devin Shaw, head of policy at
  // Lumora, the company behind Flicka, said": a clause or an appositive about the appositive's last words.
  // "which" is about a thing, whatever its name looks like: "Marta Oszik, chief executive of contractor
  // Oszik Budowa, which is building …, said" is Marta Oszik.
  if (/^(where|which|whose|when|who|a|an|the)$/.test(next?.lower ?? '')) {
    const thing = wordIs(next, 'which') && before.mention ? openingComma(units, opening, floor) : opening;
    const earlier = thing >= 0 ? subjectBeforeComma(units, thing, floor) : null;
    if (earlier?.kind === 'person') return earlier;
  }
  // "Lena Corrie, 42, whose mother Agnes, 79, lost £48,000, said": the last part goes on with a
  // clause about the person before it.
  if (isWord(next) && !next.cap && !looksAppositive(units, opening + 1)) {
    const clause = relativeClauseOpening(units, opening, floor);
    if (clause >= 0) return subjectBeforeComma(units, clause, floor);
  }
  return parseBackward(units, opening, floor) ?? { kind: 'other' };
}

/** The comma before "who" or "whose" that opens a clause going on at `comma`, a few commas back; else -1. */
function relativeClauseOpening(units: readonly Unit[], comma: number, floor: number): number {
  let at = comma;
  for (let hop = 0; hop < 3; hop++) {
    at = openingComma(units, at, floor);
    if (at < 0) return -1;
    if (wordIsOneOf(units[at + 1], ['who', 'whose'])) return at;
  }
  return -1;
}

/** The unit after a short parenthesis that opens at `at`, else `at`. */
function afterParenthesis(units: readonly Unit[], at: number): number {
  for (let close = at + 1; close < units.length && close - at <= 8; close++) {
    if (markIs(units[close], ')')) return close + 1;
    if (units[close].kind === 'quote') break;
  }
  return at;
}

/** Where a name before a comma ends, at `at` or before "(D-Ore.)" or a post-nominal: "Jonathan Pellew-Amadi KC, counsel for the trust,". */
function nameEndBefore(units: readonly Unit[], at: number, floor: number): number {
  const end = beforeParenthesis(units, at, floor);
  return isPostNominal(units[end]) && end - 1 >= floor && units[end - 1].mention ? end - 1 : end;
}

/** "Sen. Jane Roe (D-Ore.) said": the unit before a short parenthesis that ends at `at`, else `at`. */
function beforeParenthesis(units: readonly Unit[], at: number, floor: number): number {
  if (!markIs(units[at], ')')) return at;
  for (let open = at - 1; open >= floor && at - open <= 8; open--) {
    if (markIs(units[open], '(')) return open - 1;
    if (units[open].kind === 'quote') break;
  }
  return at;
}

/** "Standing next to her, builder Terry Walsh …": a participle and its lower-case words open the sentence ("Outgoing Prime Minister …" does not). */
/**
 * Where the sentence starts after a dateline that opens it ("VELDHAM, June 3 —", "LONDON, Nov 12
 * (Reuters) -"): a town in capitals, then only capitalised words, numbers, commas and a parenthesis, up to a
 * dash. Else `at`.
 */
function datelineEnd(units: readonly Unit[], at: number, to: number): number {
  const town = units[at];
  // Most sentences open with "The", "He": a lower-case second letter rules them out with no string made.
  const second = isWord(town) ? town.codeAt(1) : NaN;
  if (!((second >= 0x41 && second <= 0x5a) || second >= 0x80) || town.mention || town.text !== town.text.toUpperCase()) return at;
  for (let dash = at + 1; dash < to && dash - at <= 12; dash++) {
    const unit = units[dash];
    if (markIs(unit, '—–-')) return dash + 1;
    if (isWord(unit) ? !unit.cap && !/^\d/.test(unit.text) : !markIs(unit, ',()')) return at;
  }
  return at;
}

/** Where a name starts after a comma that ends a few words opening the sentence at `at`, when a lower-case word (its verb) follows the name; else -1. */
function nameAfterOpeningPhrase(units: readonly Unit[], at: number, to: number): number {
  let comma = at;
  while (comma < to && comma - at < 6 && isWord(units[comma]) && !units[comma].mention && !isRelative(units[comma])) comma++;
  const named = comma + 1;
  if (!markIs(units[comma], ',') || !units[named]?.mention || units[named].mention!.possessive || named >= to) return -1;
  // Not an appositive: "Two developers who paid, Gary Lutz and Nicole Brandt, pleaded guilty".
  const verb = units[mentionEnd(units, named)];
  return isWord(verb) && !verb.cap && !inClass(verb, WordClass.Conjunction | WordClass.Preposition | WordClass.Determiner) ? named : -1;
}

function opensParticiplePhrase(units: readonly Unit[], at: number): boolean {
  const next = units[at + 1];
  return units[at].endsWithLower('ing') && !inClass(units[at], WordClass.RoleModifier) && isWord(next) && !next.cap;
}

/**
 * The grammatical subject of the sentence starting at `from` (searched before `to`): skips an opening
 * subordinate or prepositional phrase up to its comma, then reads the first noun phrase.
 */
export function sentenceSubject(units: readonly Unit[], from: number, to: number): Subject | null {
  let at = datelineEnd(units, from, to);
  // "— A woman who …": a live blog's bullet dash.
  if (markIs(units[at], '—–•*-')) at++;
  while (at < to && isWord(units[at]) && inClass(units[at], WordClass.Conjunction)) at++;
  // "Among them was Rahmah Osman, 68, …": the subject comes after the verb.
  if (wordIs(units[at], 'among')) {
    let verb = at + 1;
    while (verb < to && verb - at <= 8 && isWord(units[verb]) && !wordIsOneOf(units[verb], COPULAS)) verb++;
    return wordIsOneOf(units[verb], COPULAS) && units[verb + 1]?.mention ? personAt(units, verb + 1) : null;
  }
  if (isWord(units[at]) && !units[at].mention && (CLAUSE_OPENERS.has(units[at].lower) || opensParticiplePhrase(units, at))) {
    let comma = at;
    while (comma < to && comma - at < 30 && !markIs(units[comma], ',')) comma++;
    if (comma >= to || !markIs(units[comma], ',')) return null;
    at = comma + 1;
  }
  if (at >= to) return null;
  const parsed = parseForward(units, at);
  if (!parsed || parsed.end > to + 1) return null;
  // "A few kilometres away, X addressed …", "Hours later, X said": a short opening phrase before the subject.
  if (parsed.subject.kind === 'description' || parsed.subject.kind === 'other') {
    const named = nameAfterOpeningPhrase(units, at, to);
    if (named >= 0) return personAt(units, named);
  }
  // "Under questioning from his attorney, Dirk van der Meer, Whitfield described …": the first name ends
  // the opening phrase; the subject comes after it.
  const next = units[parsed.end + 1];
  if (at > from && parsed.subject.kind === 'person' && markIs(units[parsed.end], ',') && next?.mention && next.mention.person !== parsed.subject.person) {
    const after = mentionEnd(units, parsed.end + 1);
    if (isWord(units[after])) return personAt(units, parsed.end + 1);
  }
  return parsed.subject;
}
