// People named in the article: capitalised runs of words read as names, each person once, with every
// mention (full name, surname, title and surname, first name).
import { isPostNominal, markIs } from './grammar';
import {
  FIRST_NAMES, GENDERED_ROLE_NOUNS, HONORIFICS, IRREGULAR_PAST, NOT_NAME_WORDS, OFFICE_WORDS, ORGANIZATION_NOUNS, ORGANIZATION_WORDS, PARTICLES,
  PLACE_PREFIXES, PLACES, PREPOSITIONS, PROPER_ADJECTIVES, STORM_WORDS, SURNAME_PLACE_WORDS, TITLES, WEAK_ORGANIZATION_WORDS, CUE_VERB,
  WordClass,
} from './lexicon';
import type { MentionKind } from './model';
import { NO_ROLES, givenAsName, type RolePhrase } from './roles';
import type { Token } from './tokens';
import { itemAt } from './lists';
import { MAX_SHARED_LENGTH, shared, sharedCodes } from './shared';

export type Gender = 'm' | 'f' | null;

/**
 * A capitalised run read as a name. The person it names is filled in when resolvePeople ties it to one, which
 * makes it that person's mention: the same object, as no second one kept to the end is made for each name.
 */
export interface NameOccurrence {
  /** The person it names and how (set by resolvePeople); null while it names nobody. */
  person: Person | null;
  kind: MentionKind;
  paragraph: number;
  /** Token indices (inclusive) of the name proper, in the paragraph's tokens. */
  first: number;
  last: number;
  /** Token index and offset of a title written right before the name ("Mr.", "President"); `first`/`nameStart` if none. */
  titleFirst: number;
  titleStart: number;
  /** Normalised name words: lower case, no accents, no full stops. */
  parts: string[];
  /** Where the name proper starts, and where the mention does: at the title for a 'title' mention. */
  nameStart: number;
  start: number;
  end: number;
  /**
   * The name's words joined by single spaces when the text writes them otherwise (across a line break), else null:
   * then the name is the text from nameStart to end, sliced only for the few occurrences that name a person.
   */
  respaced: string | null;
  possessive: boolean;
  inQuote: boolean;
  headline: boolean;
  /** The gender an honorific before it (Mr., Ms. …) or a known first name tells. */
  gender: Gender;
  /** Something around it says it is a person: a known first name, a title, an appositive, a speech verb. */
  evidence: boolean;
  /** Strong enough for one word to name a person with no full name in the article: "Mr. Okonkwo", "Okonkwo said". */
  standsAlone: boolean;
  /** Given as someone's name ("who gave only his first name, Duc,"): a person of their own, not part of a longer name. */
  givenName: boolean;
  /** The nickname inside the name, lower case ('Somchai "Oat" Rattanakorn' → "oat"), by which the article may call the person later; or null. */
  nickname: string | null;
  /** Roles written around this occurrence (filled in while the paragraph's tokens are at hand). */
  roles: readonly RolePhrase[];
}

export interface Person {
  key: string;
  parts: string[];
  surname: string;
  name: string;
  gender: Gender;
  mentions: PersonMention[];
  /** Offset of the latest mention seen while mentions are being resolved in document order. */
  lastSeen: number;
}

/** A name occurrence tied to its person: what pass 2 and the speakers read of it. */
export interface PersonMention extends NameOccurrence {
  person: Person;
}

const MAX_NAME_WORDS = 6;
const NAME_SUFFIXES = new Set(['jr', 'jr.', 'sr', 'sr.', 'ii', 'iii', 'iv']);

// Module constants: esbuild turns a \p{…} regex literal into a `new RegExp` call where it stands.
const SINGLE_LETTER = /^\p{L}$/u;
const TWO_CAPITALS = /^\p{Lu}{2}$/u;
const ACRONYM = /^\p{Lu}{2,5}$/u;

/** Whether `text` matches a pattern of capitals only: most words fail at once on a lower-case second letter. */
function isCapitals(text: string, capitals: RegExp): boolean {
  const second = text.charCodeAt(1);
  return !(second >= 97 && second <= 122) && capitals.test(text);
}

/** A name word from its lower case (Token.lower), which spares lower-casing again: slow on two-byte strings. */
export function normalizeName(lower: string): string {
  // ASCII with no capital, as most name words are: nothing to decompose or lower-case, only full stops to drop.
  let fullStop = false;
  for (let at = 0; at < lower.length; at++) {
    const code = lower.charCodeAt(at);
    if (code >= 128 || (code >= 65 && code <= 90)) return normalizeUnicodeName(lower);
    if (code === 46) fullStop = true;
  }
  return fullStop ? lower.replace(/\./g, '') : lower;
}

const FULL_STOP = 0x2e;
const APOSTROPHE = 0x27;
const RIGHT_QUOTE = 0x2019;

/** Scratch for nameWordOf: the normalised code units of a name word. */
const nameCodes = new Uint16Array(MAX_SHARED_LENGTH);

/**
 * `shared(normalizeName(token.lower))`. A word of ASCII characters and ’, as most name words are, is read
 * from the text (the token's span of `text`) with no string made when it was seen before; without full
 * stops, that is its lower case too, which the token is told.
 */
function nameWordOf(text: string, token: Token): string {
  let length = 0;
  let fullStop = false;
  for (let at = token.start; at < token.end; at++) {
    const code = text.charCodeAt(at);
    if (code === FULL_STOP) {
      fullStop = true;
      continue;
    }
    if ((code >= 128 && code !== RIGHT_QUOTE) || length === nameCodes.length) return shared(normalizeName(token.lower));
    nameCodes[length++] = code === RIGHT_QUOTE ? APOSTROPHE : code >= 65 && code <= 90 ? code + 32 : code;
  }
  const word = sharedCodes(nameCodes, length);
  if (!fullStop) token.knowLower(word);
  return word;
}

function normalizeUnicodeName(lower: string): string {
  return lower.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[.’]/g, (c) => (c === '.' ? '' : "'"));
}

function isShouted(token: Token): boolean {
  // "Trump", "JD": the second letter read with no string made, as most name words are ruled out by it.
  const second = token.codeAt(1);
  if (token.end - token.start < 3 || (second >= 97 && second <= 122)) return false;
  const { text } = token;
  if (text.includes('.')) return false; // "U.S."
  // ASCII ("NASA", "O'BRIEN") is read code by code, with no regex and no string made.
  let letters = 0;
  for (let at = 0; at < text.length; at++) {
    const code = text.charCodeAt(at);
    if (code >= 128) return isShoutedUnicode(text);
    if (code >= 97 && code <= 122) return false;
    if (code >= 65 && code <= 90) letters++;
  }
  return letters >= 3;
}

function isShoutedUnicode(text: string): boolean {
  const letters = text.replace(/[^\p{L}]/gu, '');
  return letters.length >= 3 && letters === letters.toUpperCase();
}

const PREFIXED_NAME = /^(al|el|ad|as|ash|ul|bin|ibn)-\p{Lu}/u;

/** "al-Assad", "el-Sisi": lower-case Arabic article joined to a capitalised name. */
function isPrefixedName(token: Token): boolean {
  return !token.cap && (token.classes & WordClass.Hyphenated) !== 0 && PREFIXED_NAME.test(token.text);
}

export function isNameWord(token: Token): boolean {
  if (token.kind !== 'word') return false;
  if (!token.cap) return isPrefixedName(token);
  // "Sh1.2 billion", "We’ve" (NoNameShape): a word that ends in a digit or a contraction.
  return (token.classes & (WordClass.NotName | WordClass.MonthOrDay | WordClass.NoNameShape)) === 0 && !isShouted(token);
}

/** Cheap test first: most words are lower case and neither particles nor "al-…" names. */
function mayBeInName(token: Token): boolean {
  return token.kind === 'word' && (token.cap || (token.classes & (WordClass.Particle | WordClass.Hyphenated)) !== 0);
}

/** A capitalised title, role or proper adjective before a name: "President", "Economist", "Russian". */
function isTitleWord(token: Token): boolean {
  if (token.kind !== 'word' || !token.cap) return false;
  const { classes } = token;
  return (classes & (WordClass.Title | WordClass.ProperAdjective)) !== 0 || (classes & (WordClass.RoleNoun | WordClass.FirstName)) === WordClass.RoleNoun;
}

/** A lower-case particle inside a name, possibly one of a chain: "von der Leyen", "de la Cruz". */
function isParticleAt(tokens: readonly Token[], at: number): boolean {
  for (let next = at; next < at + 3 && next < tokens.length; next++) {
    const token = tokens[next];
    if (token.quote !== tokens[at].quote || token.kind !== 'word') return false;
    if (!token.cap && (token.classes & WordClass.Particle) !== 0) continue;
    return next > at && isNameWord(token);
  }
  return false;
}

/**
 * Whether a name word (`part`, normalised from `token`) is a known first name. The token's FirstName class was
 * looked up on its lower case: when normalising changed nothing, as for most words, no second look-up is made.
 */
function isFirstName(token: Token, part: string): boolean {
  return part === token.lower ? (token.classes & WordClass.FirstName) !== 0 : FIRST_NAMES.has(part);
}

function isOrganizationWord(token: Token): boolean {
  return (token.classes & WordClass.Organization) !== 0;
}

/** Whether a word or phrase (lower case) names a place. */
export function isPlace(lower: string): boolean {
  return PLACES.has(lower);
}

/** The places of more than one word up to each of their spaces: "new" and "new south" of "new south wales". */
const PLACE_BEGINNINGS = new Set<string>();
for (const place of PLACES) for (let space = place.indexOf(' '); space > 0; space = place.indexOf(' ', space + 1)) PLACE_BEGINNINGS.add(place.slice(0, space));

/** Whether words (lower case) joined by spaces name a place: joined only when the first may begin one. */
function namesPlace(words: readonly string[]): boolean {
  if (words.length === 1) return isPlace(words[0]);
  return PLACE_BEGINNINGS.has(words[0]) && isPlace(words.join(' '));
}

/** Whether the titles tokens[from..first - 1] and then a name's words name a place: "Mount Kenya". */
function titledNamesPlace(tokens: readonly Token[], from: number, first: number, parts: readonly string[]): boolean {
  if (!PLACE_BEGINNINGS.has(normalizeName(tokens[from].lower))) return false;
  let run = parts.join(' ');
  for (let i = first - 1; i >= from; i--) run = `${normalizeName(tokens[i].lower)} ${run}`;
  return isPlace(run);
}

/** A verb form one person can be the subject of: "says", "said", "has told", not the plural "say". */
function takesOnePerson(lower: string, afterAuxiliary: boolean): boolean {
  return afterAuxiliary || /(s|ed|ing)$/.test(lower) || IRREGULAR_PAST.has(lower);
}

const enum Cue {
  None,
  /** A verb of saying or judging: "Aron said", "Aron praised". */
  Speech,
  /** A verb of thinking: "Aron expects", which companies do as often as people. */
  Thought,
}

/** A verb of saying or thinking follows, after at most two adverbs or auxiliaries: "Aron has repeatedly said". */
function cueFollows(tokens: readonly Token[], after: number): Cue {
  for (let at = after, skipped = 0; at < tokens.length && skipped <= 2; at++, skipped++) {
    const token = tokens[at];
    if (token.kind !== 'word') return Cue.None;
    // The classes of CUE_VERB hold every reporting verb (REPORTING_VERBS): no look-up of the word itself.
    if ((token.classes & CUE_VERB) !== 0) {
      // "Lumora said it expects …": what says "it" is an organisation.
      if (/^(it|its)$/.test(tokens[at + 1]?.lower ?? '') || !takesOnePerson(token.lower, at > after)) return Cue.None;
      return (token.classes & (WordClass.Speech | WordClass.Judging)) !== 0 ? Cue.Speech : Cue.Thought;
    }
    // Read from the characters: the word after a name is seldom looked at as a string otherwise.
    if ((token.classes & (WordClass.Auxiliary | WordClass.Adverb)) === 0 && !token.endsWithLower('ly')) return Cue.None;
  }
  return Cue.None;
}

/** "Minister for Arts and Heritage Desmond Kwa": the word at `from` ends a title's portfolio, not a name. */
function endsPortfolio(tokens: readonly Token[], from: number): boolean {
  if (!/^(and|of|for)$/.test(itemAt(tokens, from - 1)?.lower ?? '')) return false;
  for (let at = from - 2; at >= 0 && from - at <= 5; at--) {
    const token = tokens[at];
    if (token.kind !== 'word') return false;
    if (token.cap && (token.classes & WordClass.Title) !== 0) return true;
  }
  return false;
}

/** Whether tokens[at] ends capitalised words, within four of it an organisation word: "Ministry of Agriculture". */
function inOrganizationName(tokens: readonly Token[], at: number): boolean {
  for (let i = at; i >= 0 && at - i < 4; i--) {
    const token = tokens[i];
    if (token.kind !== 'word' || (!token.cap && !/^(of|for|and|the)$/.test(token.lower))) return false;
    if (token.cap && isOrganizationWord(token)) return true;
  }
  return false;
}

function cuePrecedes(tokens: readonly Token[], before: number): boolean {
  const previous = itemAt(tokens, before);
  if (!previous || previous.kind !== 'word') return false;
  if ((previous.classes & WordClass.Speech) !== 0) return true;
  return previous.lower === 'to' && itemAt(tokens, before - 1)?.lower === 'according';
}

/**
 * "His rival, Clara Jensen, …", "the ambassador of Tarvessa in Saint-Avre, Idris Benhaddou-Keller, …": a
 * role noun in the phrase that ends with a comma right before the name.
 */
function roleSetOffBefore(tokens: readonly Token[], before: number): boolean {
  if (!markIs(itemAt(tokens, before), ',')) return false;
  for (let at = before - 1; at >= 0 && before - at <= 8; at--) {
    const token = tokens[at];
    if (token.kind !== 'word' && token.kind !== 'possessive') return false;
    if (token.kind !== 'word' || token.cap || (token.classes & WordClass.RoleNoun) === 0) continue;
    const previous = itemAt(tokens, at - 1);
    return at === before - 1 || /^(the|a|an)$/.test(previous?.lower ?? '') || previous?.kind === 'possessive';
  }
  return false;
}

/**
 * ", a senior fellow …", ", 54,", ", who …": an appositive that describes a person. One headed by an
 * organisation noun (", a chip startup founded by …") describes a company instead.
 */
/** "president of", "chief executive of", "senior fellow at": a lower-case role, with a modifier or not, and its complement. */
function roleWithComplement(tokens: readonly Token[], at: number): boolean {
  for (let word = at; word <= at + 1; word++) {
    const token = tokens[word];
    if (token?.kind !== 'word' || token.cap) return false;
    if ((token.classes & WordClass.RoleNoun) !== 0 && /^(of|at|for)$/.test(tokens[word + 1]?.lower ?? '')) return true;
    if ((token.classes & (WordClass.RoleModifier | WordClass.RoleNoun)) === 0) return false;
  }
  return false;
}

function appositiveFollows(tokens: readonly Token[], at: number): boolean {
  // "Hsieh Yu-ting (謝語婷), an associate professor": past a short parenthesis.
  let after = at;
  if (markIs(tokens[after], '(')) {
    for (let close = after + 1; close < tokens.length && close - after <= 8; close++) {
      if (!markIs(tokens[close], ')')) continue;
      after = close + 1;
      break;
    }
  }
  if (!markIs(tokens[after], ',')) return false;
  const next = tokens[after + 1];
  if (next === undefined) return false;
  if (/^\d{1,3}$/.test(next.text) || next.lower === 'who' || next.lower === 'whose') return true;
  // "Nadia Qureshi, defending, said"
  if (next.kind === 'word' && !next.cap && next.lower.endsWith('ing') && markIs(tokens[after + 2], ',')) return true;
  // "Bernadette O'Rourke, president of the Northern Teachers' Association,", "…, chief executive of Acme,"
  if (roleWithComplement(tokens, after + 1)) return true;
  if (!/^(a|an|the)$/.test(next.lower)) return false;
  for (let at = after + 2; at < tokens.length && at <= after + 6; at++) {
    const token = tokens[at];
    if (token.kind === 'possessive') continue;
    if (token.kind !== 'word') break;
    // "the company’s chief executive" and "the union leader" describe a person; "a chip company founded by …" does not.
    if (ORGANIZATION_NOUNS.has(token.lower) && tokens[at + 1]?.kind !== 'possessive' && ((tokens[at + 1]?.classes ?? 0) & WordClass.RoleNoun) === 0) return false;
    if ((token.classes & WordClass.RoleNoun) !== 0 || token.lower.endsWith('-year-old')) return true;
    // ", a pomologist at Cascadia State University": someone who works somewhere.
    if (!token.cap && tokens[at + 1]?.lower === 'at' && (tokens[at + 2]?.cap || (tokens[at + 2]?.lower === 'the' && tokens[at + 3]?.cap))) return true;
  }
  return false;
}

/**
 * Name occurrences in one paragraph's tokens (offsets into `text`), in order. The first words of organisation names ("Veldhaven" of "Veldhaven
 * Logistics"), and the names of storms ("Kalinda" of "Typhoon Kalinda"), are pushed to `organizations` (perhaps more than once), so that
 * the short form alone is not taken for a person.
 */
export function findNames(text: string, paragraphTokens: readonly Token[], paragraph: number, headline: boolean, organizations: string[]): NameOccurrence[] {
  const found: NameOccurrence[] = [];
  // The names are read in these tokens, which leave out the nicknames in names; `nicknames` tells where.
  let tokens = paragraphTokens;
  const nicknames: number[] = [];
  let at = 0;
  while (at < tokens.length) {
    // Most tokens are lower-case words, in no name: passed over in a loop of their own.
    while (at < tokens.length && !mayBeInName(tokens[at])) at++;
    if (at === tokens.length) break;
    const runStart = at;
    const quote = tokens[at].quote;
    // Bit i tells whether tokens[runStart + i] is a name word, so that readRun need not ask again.
    let nameWords = 0;
    let nickname: string | null = null;
    for (;;) {
      while (at < tokens.length && tokens[at].quote === quote && mayBeInName(tokens[at])) {
        const nameWord = isNameWord(tokens[at]);
        if (!nameWord && !isTitleWord(tokens[at]) && !isParticleAt(tokens, at)) break;
        if (nameWord && at - runStart < MAX_RUN) nameWords |= 1 << (at - runStart);
        at++;
      }
      const nicknameLength = at === runStart ? 0 : nicknameAt(tokens, at, quote);
      if (nicknameLength === 0) break;
      nickname = tokens.slice(at + 1, at + nicknameLength - 1).map((token) => nameWordOf(text, token)).join(' ');
      tokens = tokens.slice(0, at).concat(tokens.slice(at + nicknameLength));
      nicknames.push(at, nicknameLength);
    }
    if (at === runStart) {
      at++;
      continue;
    }
    const occurrence = readRun(text, tokens, runStart, at - 1, nameWords, paragraph, headline);
    if (occurrence) {
      occurrence.nickname = nickname;
      found.push(occurrence);
    }
    else if (at - runStart >= 2 && isOrganizationWord(tokens[at - 1]) && isNameWord(tokens[runStart])) organizations.push(normalizeName(tokens[runStart].lower));
    else if (at - runStart >= 2 && STORM_WORDS.has(normalizeName(tokens[at - 2].lower))) organizations.push(normalizeName(tokens[at - 1].lower));
  }
  // Token indices back into the paragraph's tokens, the last nickname left out first.
  for (let index = nicknames.length - 2; index >= 0; index -= 2) {
    const position = nicknames[index];
    const length = nicknames[index + 1];
    for (const occurrence of found) {
      if (occurrence.first >= position) occurrence.first += length;
      if (occurrence.titleFirst >= position) occurrence.titleFirst += length;
      if (occurrence.last >= position) occurrence.last += length;
    }
  }
  return found;
}

const MAX_NICKNAME_WORDS = 3;

/**
 * 'Marcus "Jet" Ellison', 'Kofi "Big Man" Boateng': a quote of up to three capitalised words at `at`, right
 * after a name word and before another, is a nickname, which the name is read around. Its tokens, marks
 * included, or 0 if there is none.
 */
function nicknameAt(tokens: readonly Token[], at: number, runQuote: number): number {
  const open = tokens[at];
  const quote = open?.quote ?? -1;
  if (quote < 0 || quote === runQuote || open.kind !== 'punct') return 0;
  let close = at + 1;
  while (close < tokens.length && close - at <= MAX_NICKNAME_WORDS && tokens[close].kind === 'word' && tokens[close].cap && tokens[close].quote === quote) close++;
  const after = tokens[close + 1];
  if (close === at + 1 || tokens[close]?.kind !== 'punct' || tokens[close].quote !== quote || after === undefined) return 0;
  return after.quote === runQuote && isNameWord(after) && tokens[close].end === after.start - 1 ? close + 1 - at : 0;
}

/** A run of more capitalised words is a title-case line or a list, not a name. */
const MAX_RUN = 12;

/** Bit `index` of a bit set: a plain function, as a closure over `from` would be made for every run. */
function hasBit(bits: number, index: number): boolean {
  return (bits & (1 << index)) !== 0;
}

/** A noun for a work before its title, in lower case or capitals: "film", "EP". */
function namesWork(token: Token | undefined): boolean {
  return token !== undefined && (token.classes & WordClass.TitledWork) !== 0 && (!token.cap || isCapitals(token.text, ACRONYM));
}

/**
 * Reads tokens[from..to] (inclusive): titles first, then the name. Null when the run is no person's name.
 * Bit i of `nameWords` tells whether tokens[from + i] is a name word (isNameWord).
 */
function readRun(text: string, tokens: readonly Token[], from: number, to: number, nameWords: number, paragraph: number, headline: boolean): NameOccurrence | null {
  if (to - from >= MAX_RUN) return null;
  // "Daniel Ferreira KC", "Jane Roe MP": letters after a name are no part of it (two or three of them).
  const postNominal = to > from && isPostNominal(tokens[to]);
  if (postNominal) to--;
  const lastToken = tokens[to];
  if (isOrganizationWord(lastToken) && !(WEAK_ORGANIZATION_WORDS.has(lastToken.lower) && (tokens[to - 1]?.classes & WordClass.FirstName) !== 0)) return null;
  // The name is the longest tail of name words; a title word counts as a name only in last place ("Stephen King").
  let first = to;
  if (!hasBit(nameWords, to - from) && !(isTitleWord(lastToken) && to > from && hasBit(nameWords, to - 1 - from))) {
    if (!isParticleAt(tokens, to)) return null;
  }
  while (first > from && (hasBit(nameWords, first - 1 - from) || isParticleAt(tokens, first - 1)) && !isTitleWord(tokens[first - 1])) first--;
  if (first > to || to - first + 1 > MAX_NAME_WORDS) return null;
  // "Bill Fenton", "Jude Law": after a known first name, a word that is also an organisation word may be a name.
  const firstNamed = to > first && (tokens[first].classes & WordClass.FirstName) !== 0;
  for (let i = first; i <= to; i++) {
    if (isOrganizationWord(tokens[i]) && !(firstNamed && (i === first || WEAK_ORGANIZATION_WORDS.has(tokens[i].lower)))) return null;
  }

  // Of its exact length: the occurrence keeps it to the end of the analysis, and an array grown by push holds 16 slots.
  const parts = new Array<string>(to - first + 1);
  for (let i = first; i <= to; i++) parts[i - first] = nameWordOf(text, tokens[i]);
  // "Substitute Chidi Okafor": a word opening the sentence, before a known first name, is not part of the name.
  const opensSentence = from === 0 || markIs(itemAt(tokens, from - 1), '.!?:"“‘—');
  // "Co-author R.K. Natarajan", "Sentencing Linwood": a role noun or an -ing word opening the sentence is
  // no part of the name either.
  const roleFirst = parts.length >= 2 && ((tokens[first].classes & WordClass.RoleNoun) !== 0 || (tokens[first].lower.endsWith('ing') && parts[0].length >= 7)) && !isFirstName(tokens[first], parts[0]);
  if (first === from && parts.length >= 3 && endsPortfolio(tokens, from)) {
    first++;
    parts.shift();
  } else if (opensSentence && first === from && (roleFirst || (parts.length >= 3 && !isFirstName(tokens[first], parts[0]) && isFirstName(tokens[first + 1], parts[1])))) {
    first++;
    parts.shift();
  }
  // "the CS said", "NASA said": an abbreviation alone names an office or an organisation, not a person.
  if (first === to && isCapitals(tokens[first].text, ACRONYM)) return null;
  // The name, then the whole run with its titles; the name's words are normalised already.
  if (namesPlace(parts) || (first > from && titledNamesPlace(tokens, from, first, parts)) || (parts.length === 1 && PROPER_ADJECTIVES.has(parts[0])) || (parts.length > 1 && PLACE_PREFIXES.has(parts[0]))) return null;
  if (parts.length > 1 && parts.some((part) => STORM_WORDS.has(part))) return null;
  // "Hyde Park", but "Jane Park" and "Michael Bay".
  // "Park said" after "Elliot Park": a surname that is also a place word may stand alone.
  if ((lastToken.classes & WordClass.PlaceWord) !== 0 && !((parts.length === 1 || isFirstName(tokens[first], parts[0])) && SURNAME_PLACE_WORDS.has(lastToken.lower))) return null;

  let honorific = false;
  let gender: Gender = null;
  for (let i = from; i < first; i++) {
    const title = HONORIFICS.get(tokens[i].lower);
    if (title !== undefined) {
      honorific = true;
      gender = title;
    }
  }
  const before = itemAt(tokens, from - 1);
  // "the film Northern Lights", "his debut EP Midnight Suya": the title of a work.
  if (namesWork(before) || (from < to && namesWork(tokens[from]))) return null;
  // "the ferry company Skerry Lines", "patients’ group Dunmore Voices": the name of what the noun says (but
  // "the charity Janet Ollerenshaw founded", and "film producer Marc Fischer-Lindqvist", whose noun is a role too).
  if (before?.kind === 'word' && !before.cap && ORGANIZATION_NOUNS.has(before.lower) && (before.classes & WordClass.RoleNoun) === 0 && !isFirstName(tokens[first], parts[0])) return null;
  // "Council on Foreign Relations", "Bank of England": the tail of an organisation's name.
  const twoBefore = itemAt(tokens, from - 2);
  if (before && twoBefore && isOrganizationWord(twoBefore) && /^(of|on|for|de)$/.test(before.lower)) return null;
  // "Gulfshore Power & Light", "Ministry of Agriculture and Rural Affairs": the last words of a name joined by "and".
  if (before && (markIs(before, '&') || (before.lower === 'and' && inOrganizationName(tokens, from - 2)))) return null;
  const titleWord = first > from ? tokens[first - 1] : undefined;
  // "Justice Minister X" is an office's, "Mr Justice Ashworth" a judge's own title.
  const personalTitle = titleWord !== undefined && (titleWord.classes & (WordClass.Title | WordClass.RoleNoun)) !== 0 && (!OFFICE_WORDS.has(titleWord.lower) || honorific);
  const titled = personalTitle || (first > from && parts.length > 1) || (before !== undefined && before.kind === 'word' && !before.cap && (before.classes & WordClass.RoleNoun) !== 0);
  // "Eamon Quilty TD said": what follows the name is read after its post-nominal.
  let after = postNominal ? to + 2 : to + 1;
  const next = tokens[after];
  const possessive = next?.kind === 'possessive';
  if (possessive) after++;
  let titleFirst = first;
  while (titleFirst > from && (tokens[titleFirst - 1].classes & WordClass.Title) !== 0) titleFirst--;
  const firstNameGender = parts.length > 1 && isFirstName(tokens[first], parts[0]) ? FIRST_NAMES.get(parts[0]) : undefined;
  // A lone word may be a surname ("Yusuf was less sure"), which tells no gender; so does "Lee" in "Lee
  // Min-ah", a family name before a romanised given name.
  if (!honorific) gender = parts.length === 2 && (tokens[to].classes & WordClass.Hyphenated) !== 0 && ROMANISED_GIVEN_NAME.test(tokens[to].text) ? null : firstNameGender ?? null;
  const knownFirstName = parts.length > 1 && (firstNameGender !== undefined || SINGLE_LETTER.test(parts[0]) || isCapitals(tokens[first].text, TWO_CAPITALS));
  // "the village of Langport say": a capitalised word after a preposition is a place or an organisation.
  const givenName = givenAsName(tokens, from);
  const afterPreposition = before !== undefined && (before.classes & WordClass.Preposition) !== 0 && before.lower !== 'by' && !givenName;
  const appositive = appositiveFollows(tokens, after);
  const cue = possessive || afterPreposition ? Cue.None : cueFollows(tokens, after);
  const speaks = cue === Cue.Speech;
  // "The leader of the group, Gareth Price, described …": set off by commas before a verb of saying.
  const setOffBeforeCue = !possessive && markIs(itemAt(tokens, from - 1), ',') && markIs(next, ',') && cueFollows(tokens, after + 1) === Cue.Speech;
  // "“…” — Fiona Mackle": a quote's sign-off.
  const cued = cuePrecedes(tokens, from - 1) || (markIs(before, '—–') && (itemAt(tokens, from - 2)?.quote ?? -1) >= 0);
  const local = appositive || cue !== Cue.None || cued || givenName || roleSetOffBefore(tokens, from - 1) || setOffBeforeCue;
  const evidence = headline ? knownFirstName || honorific : knownFirstName || titled || local;
  // "a bank in Halverstadt, who asked …": one word after a preposition is a place or an organisation.
  const standsAlone = !headline && !(afterPreposition && parts.length === 1 && !personalTitle) && (personalTitle || speaks || appositive || cued || givenName);
  const start = tokens[first].start;
  const end = tokens[to].end;
  return {
    person: null, kind: 'name', paragraph, first, last: to, titleFirst, titleStart: tokens[titleFirst].start, parts, nameStart: start, start, end,
    respaced: isSingleSpaced(text, tokens, first, to) ? null : wordsText(tokens, first, to), possessive, inQuote: tokens[first].quote >= 0, headline, gender, evidence, standsAlone, givenName,
    nickname: null, roles: NO_ROLES,
  };
}

/** Whether tokens[first..last] (inclusive) are one space apart, as nearly all names are. */
function isSingleSpaced(text: string, tokens: readonly Token[], first: number, last: number): boolean {
  for (let at = first + 1; at <= last; at++) {
    const gap = tokens[at - 1].end;
    if (tokens[at].start !== gap + 1 || text.charCodeAt(gap) !== 0x20) return false;
  }
  return true;
}

/** The words of tokens[first..last] (inclusive) joined by single spaces. */
function wordsText(tokens: readonly Token[], first: number, last: number): string {
  let text = tokens[first].text;
  for (let at = first + 1; at <= last; at++) text += ` ${tokens[at].text}`;
  return text;
}

/** First and last name and a suffix ("jr"), a lone word twice. Made with no arrays: it runs several times per occurrence. */
function keyOf(parts: readonly string[]): string {
  const suffix = parts.length > 2 && NAME_SUFFIXES.has(parts[parts.length - 1]) ? parts[parts.length - 1] : '';
  return joinPresent(joinPresent(parts[0], parts[parts.length - (suffix ? 2 : 1)]), suffix);
}

/** `a` and `b` joined by a space, or the one that is not empty. */
function joinPresent(a: string, b: string): string {
  return a && b ? `${a} ${b}` : a || b;
}

function surnameOf(parts: readonly string[]): string {
  const core = parts.length > 2 && NAME_SUFFIXES.has(parts[parts.length - 1]) ? parts.slice(0, -1) : parts;
  return core[core.length - 1];
}

/** Single words that can be a person's name on their own when a title or a speech verb says so. */
function canStandAlone(part: string): boolean {
  return !isPlace(part) && !ORGANIZATION_WORDS.has(part) && !PROPER_ADJECTIVES.has(part) && !TITLES.has(part) && !NOT_NAME_WORDS.has(part);
}

/**
 * Ties occurrences (all paragraphs, in document order) to people. Full names with evidence make people;
 * surnames, titles with surnames and unique first names then point to them, preferring the person of that
 * surname mentioned last.
 */
export function resolvePeople(text: string, occurrences: readonly NameOccurrence[], organizations: ReadonlySet<string>): Person[] {
  const nameOf = (occurrence: NameOccurrence): string => occurrence.respaced ?? text.slice(occurrence.nameStart, occurrence.end);
  const people: Person[] = [];
  const byKey = new Map<string, Person>();
  const bySurname = new Map<string, Person[]>();
  const byFirstName = new Map<string, Person[]>();
  const singleUse = new Set<string>();
  for (const occurrence of occurrences) {
    // "Aron said", "De la Vega says": a surname used alone confirms the full name it belongs to.
    if ((occurrence.parts.length === 1 || PARTICLES.has(occurrence.parts[0])) && !occurrence.headline) singleUse.add(surnameOf(occurrence.parts));
  }
  const create = (occurrence: NameOccurrence): Person => {
    const key = keyOf(occurrence.parts);
    const person: Person = {
      key, parts: occurrence.parts, surname: surnameOf(occurrence.parts), name: nameOf(occurrence),
      gender: occurrence.gender, mentions: [], lastSeen: -1,
    };
    people.push(person);
    byKey.set(key, person);
    addTo(bySurname, person.surname, person);
    // "José Álvarez de Castro" is also "Álvarez", and "Luiz Inácio Lula da Silva" "Lula".
    const particle = person.parts.findIndex((part, at) => at >= 2 && PARTICLES.has(part));
    if (particle > 0 && !PARTICLES.has(person.parts[particle - 1])) addTo(bySurname, person.parts[particle - 1], person);
    // "Teo Wei Jie", "Lim Wei Sheng", "Hsieh Yu-ting": a Chinese or Korean name, family name first, is
    // "Mr Teo" later.
    if (FAMILY_NAME_FIRST.test(person.name)) addTo(bySurname, person.parts[0], person);
    // "Sylvia Tan Mei Ling", "Jason Lee Chee Keong": an English name before one such name.
    else if (person.parts.length === 4 && FAMILY_NAME_FIRST.test(person.name.slice(person.name.indexOf(' ') + 1))) addTo(bySurname, person.parts[1], person);
    // "Ana Lucía Villaseñor Cárdenas" is "Villaseñor" later: Spanish names carry two surnames.
    if (person.parts.length >= 3) {
      const paternal = person.parts[person.parts.length - 2];
      if (!FIRST_NAMES.has(paternal) && !PARTICLES.has(paternal) && paternal.length > 2) addTo(bySurname, paternal, person);
    }
    if (person.parts.length > 1) addTo(byFirstName, person.parts[0], person);
    return person;
  };

  // Full names first, so that a surname in the headline can point forward to the person named below it.
  // The key of each accepted occurrence, by its index (not made again below); undefined for the others.
  const acceptedKeys = new Array<string | undefined>(occurrences.length);
  for (let index = 0; index < occurrences.length; index++) {
    const occurrence = occurrences[index];
    // "von der Leyen" is a surname, resolved below like "Leyen".
    if (occurrence.parts.length < 2 || PARTICLES.has(occurrence.parts[0])) continue;
    const key = keyOf(occurrence.parts);
    const surname = surnameOf(occurrence.parts);
    const known = byKey.get(key) ?? longerOrShorterForm(occurrence, bySurname.get(surname)) ?? givenNamesOf(occurrence, byFirstName.get(occurrence.parts[0]));
    if (known || occurrence.evidence || (!occurrence.headline && singleUse.has(surname))) {
      const person = known ?? create(occurrence);
      byKey.set(key, person);
      if (known && occurrence.parts.length > known.parts.length && !occurrence.headline) {
        known.parts = occurrence.parts;
        known.name = nameOf(occurrence);
      }
      person.gender ??= occurrence.gender ?? genderOfRoles(occurrence.roles);
      if (known && !occurrence.headline && !occurrence.inQuote && isWeakName(known)) known.name = nameOf(occurrence);
      // "Oat said" after 'Somchai "Oat" Rattanakorn': the nickname alone, like a first name alone.
      if (occurrence.nickname && !byFirstName.get(occurrence.nickname)?.includes(person)) addTo(byFirstName, occurrence.nickname, person);
      acceptedKeys[index] = key;
    }
  }

  const mention = (person: Person, occurrence: NameOccurrence, kind: MentionKind) => {
    occurrence.person = person;
    occurrence.kind = kind;
    occurrence.start = kind === 'title' ? occurrence.titleStart : occurrence.nameStart;
    person.mentions.push(occurrence as PersonMention);
    person.lastSeen = occurrence.nameStart;
  };

  for (let index = 0; index < occurrences.length; index++) {
    const occurrence = occurrences[index];
    // An Analyzer hands back the occurrences of unchanged paragraphs: none keeps the person of the version before.
    occurrence.person = null;
    const key = acceptedKeys[index];
    if (key !== undefined) {
      mention(byKey.get(key)!, occurrence, 'name');
      continue;
    }
    const titled = occurrence.titleFirst < occurrence.first;
    const person = occurrence.givenName ? null : personForShortName(occurrence, bySurname, byFirstName);
    if (person) {
      const firstName = occurrence.parts.length === 1 && person.parts.length > 1 && person.parts[0] === occurrence.parts[0];
      mention(person, occurrence, titled ? 'title' : firstName ? 'name' : 'surname');
      person.gender ??= occurrence.gender;
      continue;
    }
    const part = occurrence.parts.length === 1 || PARTICLES.has(occurrence.parts[0]) ? surnameOf(occurrence.parts) : '';
    if (part && occurrence.standsAlone && canStandAlone(part) && !organizations.has(part)) {
      mention(create(occurrence), occurrence, titled ? 'title' : 'surname');
    }
  }
  return people;
}

/** "his daughter", "a spokesman for …": the gender a role's head noun tells, read up to its first preposition. */
function genderOfRoles(phrases: readonly RolePhrase[]): Gender {
  for (const phrase of phrases) {
    for (const word of phrase.text.toLowerCase().split(/[\s,;]+/)) {
      if (PREPOSITIONS.has(word) || word === 'who') break;
      const gender = GENDERED_ROLE_NOUNS.get(word);
      if (gender) return gender;
    }
  }
  return null;
}

/** "Min-ah", "Siu-ming": a Korean or Chinese given name, its syllables joined by a hyphen. */
const ROMANISED_GIVEN_NAME = /^\p{Lu}\p{Ll}{1,4}-\p{Ll}{2,5}$/u;
/** Syllables of a romanised Chinese or Korean name: "Teo Wei Jie", "Lim Wei Sheng", "Hsieh Yu-ting", "Park Seo-yeon". */
const FAMILY_NAME_FIRST = /^\p{Lu}\p{Ll}{1,4} (?:\p{Lu}\p{Ll}{1,4} \p{Lu}\p{Ll}{1,4}|\p{Lu}\p{Ll}{1,4}-\p{Ll}{2,5})$/u;

function addTo(index: Map<string, Person[]>, key: string, person: Person): void {
  const list = index.get(key);
  if (list) list.push(person);
  else index.set(key, [person]);
}

/** "Tayyip Erdoğan" and "Recep Tayyip Erdoğan": one name ends with the other. */
function longerOrShorterForm(occurrence: NameOccurrence, sameSurname: readonly Person[] | undefined): Person | undefined {
  return sameSurname?.find((person) => person.parts.length > 1 && (endsWith(person.parts, occurrence.parts) || endsWith(occurrence.parts, person.parts)));
}

/** "Nurul Ain" after "Nurul Ain Kamaruddin": the given names alone, as Malay and Indonesian news write them. */
function givenNamesOf(occurrence: NameOccurrence, sameFirstName: readonly Person[] | undefined): Person | undefined {
  const { parts } = occurrence;
  return sameFirstName?.find((person) => person.parts.length > parts.length && parts.every((part, at) => person.parts[at] === part));
}

/** A person known only by one word gets a fuller name when one turns up. */
function isWeakName(person: Person): boolean {
  return !person.name.includes(' ');
}

const NO_PEOPLE: readonly Person[] = [];

function personForShortName(occurrence: NameOccurrence, bySurname: Map<string, Person[]>, byFirstName: Map<string, Person[]>): Person | undefined {
  const { parts } = occurrence;
  // The one of that surname mentioned last (the first of them when none is mentioned yet), with no arrays:
  // this runs for most occurrences.
  let latest: Person | undefined;
  for (const person of bySurname.get(surnameOf(parts)) ?? NO_PEOPLE) {
    if (parts.length !== 1 && !endsWith(person.parts, parts)) continue;
    // "Ms. Ahlgren" among Lars, Constance and Tobias Ahlgren: the honorific tells which.
    // "Mrs. Whitlock" when the only Whitlock so far is Mr. Whitlock: someone else, made a person below.
    if (occurrence.gender !== null && person.gender !== null && person.gender !== occurrence.gender) continue;
    if (latest === undefined || person.lastSeen > latest.lastSeen) latest = person;
  }
  if (latest) return latest;
  if (parts.length !== 1) return undefined;
  // A first name alone ("Maria said") when exactly one person has it and nobody has it as a surname.
  const named = byFirstName.get(parts[0]);
  return named?.length === 1 && !occurrence.headline ? named[0] : undefined;
}

function endsWith(whole: readonly string[], tail: readonly string[]): boolean {
  if (tail.length > whole.length) return false;
  for (let i = 1; i <= tail.length; i++) if (whole[whole.length - i] !== tail[tail.length - i]) return false;
  return true;
}
