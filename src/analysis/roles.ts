// Who a person is, as the article says it: titles and role words before a name ("the Russian political
// expert Konstantin Kalachov"), appositives after it ("Leon Aron, a senior fellow at the American Enterprise
// Institute,"), and a role set off before it ("Trump’s running mate, JD Vance,"). Roles are merged across the
// article; the organisation and its abbreviation come from a role's "at/of/for ORGANISATION".
import { COPULAS, isPostNominal, markIs, wordIs, wordIsOneOf } from './grammar';
import { CUE_VERB, HONORIFICS, IRREGULAR_PAST, NOT_NAME_WORDS, PLACES, WordClass } from './lexicon';
import type { Span } from './model';
import type { Token } from './tokens';
import { itemAt } from './lists';
import { shared } from './shared';

export interface RolePhrase extends Span {
  text: string;
  /** The role without its organisation: "senior fellow" of "senior fellow at the American Enterprise Institute". */
  head: string;
  organization: string | null;
  abbreviation: string | null;
  /** Where the person is named when the article gives this role. */
  mentionStart: number;
}

export interface RoleSummary {
  role: string | null;
  shortRole: string | null;
  organization: string | null;
  abbreviation: string | null;
  /** Start of the mention that introduces the person with a role, or -1. */
  introducedAt: number;
}

/** What role reading needs from the whole article. */
export interface RoleContext {
  text: string;
  /** Whether a lower-case word is part of some person's name (so "Putin ally" names no organisation). */
  isPersonWord: (lower: string) => boolean;
  /** Abbreviations already looked up, by organisation name: each name is searched in the text once. */
  abbreviations: Map<string, string | null>;
  /** Organisation names already found for acronyms (expandAcronym), for the same reason. */
  expansions: Map<string, string>;
  /** Offsets of every " (" in the text, found on first need: where an organisation may be followed by its abbreviation. */
  openings?: number[];
}

const MAX_BEFORE = 8;
const MAX_APPOSITIVE = 16;
const ORG_CONNECTORS = new Set(['of', 'and', 'for', 'on', 'the', 'de', '&', 'in']);
const ORG_PREPOSITIONS = new Set(['at', 'of', 'for', 'with', 'from']);

// A verb of saying, judging or thinking (REPORTING_VERBS is within CUE_VERB) or an auxiliary: a test of the
// token's word classes, no look-up. Of the possessives only "'s" with a straight apostrophe is on AUXILIARIES.
function isVerbish(token: Token): boolean {
  if (token.kind === 'possessive') return token.text === "'s";
  return (token.classes & (CUE_VERB | WordClass.Auxiliary)) !== 0;
}

// A token's word classes (lexicon.ts) tell the lists that have a class it is on, with no string made.
function isRoleWord(token: Token): boolean {
  return token.kind === 'word' && (token.classes & (WordClass.RoleNoun | WordClass.Title)) !== 0;
}

/**
 * A word that may stand inside a role before a name: a title, role word, modifier or proper noun. A
 * person's name qualifies only right before a role word ("Putin ally"), not as another person ("Mr. Brooks and").
 */
function mayQualify(token: Token, next: Token | undefined, isPersonWord: (lower: string) => boolean): boolean {
  if (token.kind !== 'word') return false;
  if (token.cap && isPersonWord(normalizePart(token.lower)) && !(next && isRoleWord(next) && !next.cap)) return false;
  if ((token.classes & (WordClass.Title | WordClass.RoleNoun | WordClass.RoleModifier | WordClass.ProperAdjective)) !== 0) return true;
  const { lower } = token;
  // A plain noun right before a role word makes a compound role: "area manager", "budget director".
  if (!token.cap) return next !== undefined && isRoleWord(next) && !next.cap && isPlainNoun(token);
  return (token.classes & (WordClass.Adverb | WordClass.Time | WordClass.MonthOrDay)) === 0 && !NOT_NAME_WORDS.has(lower) && !isVerbish(token);
}

function isPlainNoun(token: Token): boolean {
  if ((token.classes & (WordClass.Preposition | WordClass.Determiner | WordClass.Adverb)) !== 0 || isVerbish(token)) return false;
  const { lower } = token;
  return !IRREGULAR_PAST.has(lower) && !/(ed|ing|ly)$/.test(lower) && !/^(and|or|but|to|as|than|so|also)$/.test(lower);
}

/** "Mr.", "Dr", "Prof": a form of address, not a role. */
const ADDRESS_ONLY = new Set(['prof', 'prof.', 'rev', 'rev.', 'hon', 'hon.']);

function isHonorificOnly(tokens: readonly Token[], from: number, to: number): boolean {
  for (let i = from; i <= to; i++) if (!HONORIFICS.has(tokens[i].lower) && !ADDRESS_ONLY.has(tokens[i].lower)) return false;
  return true;
}

/** Titles written short before a name, spelt out for a role: "Sen. Jane Roe" is a senator. */
const SHORT_TITLES = new Map([
  ['sen', 'senator'], ['rep', 'representative'], ['gov', 'governor'], ['gen', 'general'], ['lt', 'lieutenant'],
  ['col', 'colonel'], ['maj', 'major'], ['capt', 'captain'], ['sgt', 'sergeant'], ['adm', 'admiral'], ['cmdr', 'commander'],
  ['cpl', 'corporal'], ['det', 'detective'], ['supt', 'superintendent'], ['cllr', 'councillor'], ['prof', 'professor'],
  ['insp', 'inspector'], ['atty', 'attorney'],
]);

function phrase(context: RoleContext, tokens: readonly Token[], from: number, to: number, mentionStart: number): RolePhrase {
  const { text } = context;
  const start = tokens[from].start;
  const end = tokens[to].end;
  const org = organizationIn(text, tokens, from, to, context.isPersonWord);
  const written = singleSpaced(text, tokens, from, to);
  const roleText = from === to ? SHORT_TITLES.get(tokens[from].lower.replace(/\.$/, '')) ?? written : written;
  const head = org?.after ? singleSpaced(text, tokens, from, org.prepositionAt - 1) : roleText;
  let abbreviation: string | null = null;
  let organization = org?.name ?? null;
  if (org) {
    const known = context.abbreviations.get(org.name);
    const openings = (context.openings ??= openingsIn(text));
    abbreviation = known !== undefined ? known : abbreviationOf(text, org.name, org.end, openings);
    context.abbreviations.set(org.name, abbreviation);
    if (abbreviation === org.name) {
      organization = context.expansions.get(org.name) ?? expandAcronym(text, org.name, openings);
      context.expansions.set(org.name, organization);
    }
  }
  return { start, end, text: shared(roleText), head: shared(head), organization, abbreviation, mentionStart };
}

const PLAIN_LOWER = /^[a-z'-]*$/;

/**
 * The text of tokens[from..to] (inclusive) with each run of white space made one space. White space lies
 * only between tokens, so it is sliced as it is when every gap is empty or one space, as nearly all are.
 */
function singleSpaced(text: string, tokens: readonly Token[], from: number, to: number): string {
  const written = text.slice(tokens[from].start, tokens[to].end);
  for (let at = from + 1; at <= to; at++) {
    const gap = tokens[at].start - tokens[at - 1].end;
    if (gap > 1 || (gap === 1 && text.charCodeAt(tokens[at].start - 1) !== 0x20)) return written.replace(/\s+/g, ' ');
  }
  return written;
}

/** A capitalised word's lower case as name words are kept (no accents, no full stops); most need no change. */
function normalizePart(lower: string): string {
  if (PLAIN_LOWER.test(lower)) return lower;
  return lower.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').replace(/\./g, '');
}

/** Titles and role words right before the name: "Former president and Putin ally", "Vice President". */
function roleBefore(tokens: readonly Token[], nameFirst: number, isPersonWord: (lower: string) => boolean): [number, number] | null {
  const adjacent = nameFirst - 1;
  if (adjacent < 0 || !isRoleWord(tokens[adjacent]) || tokens[adjacent].quote !== tokens[nameFirst].quote) return null;
  let from = adjacent;
  for (let at = adjacent - 1; at >= 0 && adjacent - at < MAX_BEFORE; at--) {
    const token = tokens[at];
    if (token.quote !== tokens[nameFirst].quote) break;
    if (mayQualify(token, tokens[at + 1], isPersonWord)) {
      from = at;
      continue;
    }
    // "president and Putin ally", "Secretary of State": joined to another role word, not to a name.
    const joins = (token.lower === 'and' || token.lower === 'of') && at > 0 && isRoleWord(tokens[at - 1]);
    const owner = token.kind === 'possessive' && at > 0 && tokens[at - 1].cap;
    if (!joins && !owner) break;
    from = at;
  }
  while (from < adjacent && (tokens[from].lower === 'and' || tokens[from].lower === 'of' || tokens[from].kind === 'possessive')) from++;
  if (isHonorificOnly(tokens, from, adjacent)) return null;
  // "works minister Datuk Seri Hamzah Ridwan": the forms of address before the name are no part of the role.
  let to = adjacent;
  while (to > from && (HONORIFICS.has(tokens[to].lower) || ADDRESS_ONLY.has(tokens[to].lower))) to--;
  return [from, to];
}

function isBoundary(token: Token): boolean {
  return markIs(token, '.,;:!?()—–-"“”‘’\'[]');
}

const ARTICLES = ['a', 'an', 'the'];
/** "Jane Roe, its chief executive,", "Acme said its chief executive, Jane Roe,": a role may open with a possessive, which it keeps. */
const POSSESSIVE_DETERMINERS = ['its', 'his', 'her', 'their', 'our'];
const RELATIVES = ['who', 'which', 'whose'];

/** "Leon Aron, a senior fellow at the American Enterprise Institute," (also after an age: "Jane Doe, 54, a nurse,"). */
function roleAfter(tokens: readonly Token[], nameLast: number, isPersonWord: (lower: string) => boolean): [number, number] | null {
  // "Hsieh Yu-ting (謝語婷), an associate professor …": the name's other writing is passed over.
  const closing = closingParenthesisAfter(tokens, nameLast + 1);
  let at = closing >= 0 ? closing + 1 : nameLast + 1;
  if (!markIs(tokens[at], ',')) return null;
  at++;
  if (/^\d{1,3}$/.test(tokens[at]?.text ?? '') && markIs(tokens[at + 1], ',')) at += 2;
  at = copulaRoleStart(tokens, at);
  const first = tokens[at];
  if (!first || first.kind !== 'word' || first.quote !== tokens[nameLast].quote) return null;
  const article = wordIsOneOf(first, ARTICLES);
  const possessive = !article && wordIsOneOf(first, POSSESSIVE_DETERMINERS);
  const from = article ? at + 1 : at;
  let to = from - 1;
  let hasRole = false;
  for (let i = from; i < tokens.length && i - from < MAX_APPOSITIVE; i++) {
    const token = tokens[i];
    if (isBoundary(token) || token.quote !== first.quote) break;
    // "an epidemiologist at the Karolinska Institute who was not involved": the role ends at "who".
    if (wordIsOneOf(token, RELATIVES)) break;
    // "Cascadia State University": a capitalised word is part of a name, not the verb "state".
    // ("head of forecasting", "a spokeswoman for the label": after a preposition or an article, a noun.)
    if (token.kind === 'word' && !token.cap && isVerbish(token) && (tokens[i - 1].classes & (WordClass.Preposition | WordClass.Determiner)) === 0) return null;
    if (!hasRole && i - from < 6 && isRoleWord(token)) hasRole = true;
    // "a pomologist at Cascadia State University": a plain noun working at a named place is a role too.
    if (!hasRole && article && i > from && i - from < 4 && ORG_PREPOSITIONS.has(token.lower) && !tokens[i - 1].cap && isPlainNoun(tokens[i - 1]) && startsName(tokens, i + 1)) hasRole = true;
    to = i;
  }
  if (!hasRole || to < from) return null;
  const ends = tokens[to + 1];
  // The appositive must close: a comma, the end of the sentence, a dash or the organisation's "(IFL)",
  // not run on into a clause.
  if (ends && !markIs(ends, ',.;—–()') && !wordIsOneOf(ends, RELATIVES)) return null;
  if (!article && !possessive && !mayQualify(tokens[from], tokens[from + 1], isPersonWord) && !opensCompoundRole(tokens, from) && tokens[from + 1]?.kind !== 'possessive' && !tokens[from].cap) return null;
  // "survived by his wife, Lim Siew Eng, 75, his son and daughter, and three grandchildren": a list, whose
  // next item is another person.
  if (possessive && markIs(ends, ',') && wordIsOneOf(tokens[to + 2], ['and', 'or'])) return null;
  return [from, to];
}

/**
 * "Elena Rowe, who is a neurologist at …", "…, who led the study and is a neurologist at …": the article
 * opening the role a relative clause gives, else `at`.
 */
function copulaRoleStart(tokens: readonly Token[], at: number): number {
  if (!wordIs(tokens[at], 'who')) return at;
  for (let verb = at + 1; verb - at <= 8 && tokens[verb]?.kind === 'word'; verb++) {
    if (wordIsOneOf(tokens[verb], COPULAS) && (verb === at + 1 || wordIs(tokens[verb - 1], 'and')) && wordIsOneOf(tokens[verb + 1], ARTICLES)) return verb + 1;
  }
  return at;
}

/** Index of the ")" closing a short parenthesis that opens at `at` ("Huang Ah-tsai (黃阿財), head of …"), or -1. */
function closingParenthesisAfter(tokens: readonly Token[], at: number): number {
  if (!markIs(tokens[at], '(')) return -1;
  for (let close = at + 1; close < tokens.length && close <= at + 6; close++) if (markIs(tokens[close], ')')) return close;
  return -1;
}

/** "emergency planning officer for Esmé County Council": lower-case words that make one compound with the role word after them. */
function opensCompoundRole(tokens: readonly Token[], from: number): boolean {
  for (let at = from; at < from + 4 && at < tokens.length; at++) {
    const token = tokens[at];
    if (token.kind !== 'word' || token.cap || (token.classes & (WordClass.Preposition | WordClass.Determiner | WordClass.Adverb | WordClass.Conjunction | CUE_VERB)) !== 0) return false;
    if (isRoleWord(token)) return at > from;
  }
  return false;
}

/** A capitalised word at `at`, after an optional "the": "Cascadia State University", "the Thornbury Institute". */
function startsName(tokens: readonly Token[], at: number): boolean {
  const first = tokens[at]?.lower === 'the' ? tokens[at + 1] : tokens[at];
  return first !== undefined && first.kind === 'word' && first.cap;
}

/** Words that join a clause to the sentence before the role that opens it: "…, as a senior chief of …, X, vowed". */
const CLAUSE_JOINERS = ['as', 'while', 'when', 'and', 'but', 'after', 'because', 'since', 'whereas'];

const POSSESSIVE_PRONOUNS = ['his', 'her', 'their', 'my'];

/** Words a role implies: "Mr Justice Ashworth" is "the judge". */
const IMPLIED_ROLE_WORDS = new Map([['justice', 'judge']]);

/** Adds the lower-case words of a role phrase to `words` (what descriptions such as "the coach" are matched against), and returns those it did not have. */
export function addRoleWords(words: Set<string>, role: string): string[] {
  const added: string[] = [];
  const add = (word: string) => {
    if (!word || words.has(word)) return;
    words.add(word);
    added.push(word);
  };
  for (const word of role.toLowerCase().replace(/’/g, "'").split(/[\s,;]+/)) {
    add(word);
    const implied = IMPLIED_ROLE_WORDS.get(word);
    if (implied) add(implied);
  }
  return added;
}

/**
 * "who gave only his first name, Duc,", "gave her name only as Jess", "identified only as Maria", "known
 * only as Bravo": the run at `from` is given as someone's name.
 */
export function givenAsName(tokens: readonly Token[], from: number): boolean {
  let at = from - 1;
  if (markIs(itemAt(tokens, at), ',')) {
    at--;
  } else {
    if (!wordIs(itemAt(tokens, at), 'as')) return false;
    at--;
    const only = wordIsOneOf(itemAt(tokens, at), ['only', 'simply']);
    if (only) at--;
    if (wordIs(itemAt(tokens, at), 'identified') || (only && wordIs(itemAt(tokens, at), 'known'))) return true;
  }
  // "her name", "his first name": a company's name is no person's.
  if (!wordIsOneOf(itemAt(tokens, at), NAME_NOUNS)) return false;
  return wordIsOneOf(itemAt(tokens, at - 1), POSSESSIVE_PRONOUNS) || wordIsOneOf(itemAt(tokens, at - 2), POSSESSIVE_PRONOUNS);
}

/**
 * "a boat captain who gave only his first name, Duc,", "A younger visitor, who gave her name only as Jess,":
 * the description before the clause that gives the name, up to its article.
 */
function roleBeforeGivenName(tokens: readonly Token[], nameFirst: number): [number, number] | null {
  if (!givenAsName(tokens, nameFirst)) return null;
  let who = nameFirst - 1;
  while (who > 0 && nameFirst - who <= MAX_NAME_CLAUSE && !wordIs(tokens[who], 'who')) who--;
  if (!wordIs(tokens[who], 'who')) return null;
  const to = markIs(tokens[who - 1], ',') ? who - 2 : who - 1;
  const head = itemAt(tokens, to);
  if (head === undefined || head.kind !== 'word' || head.cap || !(isRoleWord(head) || (isPlainNoun(head) && !wordIsOneOf(head, PLAIN_PEOPLE)))) return null;
  let from = to;
  while (from > 0 && to - from < MAX_BEFORE && tokens[from - 1].kind === 'word' && !tokens[from - 1].cap && !wordIsOneOf(tokens[from - 1], ARTICLES)) from--;
  return wordIsOneOf(tokens[from - 1], ARTICLES) ? [from, to] : null;
}

/** The words of a clause that gives a name: "who asked to be identified only by her first name,". */
const MAX_NAME_CLAUSE = 10;

/** Nouns that say no more than that someone is a person: "a man who gave only his first name". */
const PLAIN_PEOPLE = ['man', 'woman', 'person', 'boy', 'girl'];

/** "who gave only his first name, Duc,": the words for a name, which set off the name and not a role. */
export const NAME_NOUNS = ['name', 'surname', 'nickname'];

/**
 * The last word of a role set off before a name: a role word ("mate"), a title written with a capital
 * ("The state’s Industries Minister"), or a noun after a role modifier ("The institute’s chief glaciologist").
 */
function isRoleHead(tokens: readonly Token[], at: number): boolean {
  const token = tokens[at];
  if (token.kind !== 'word' || wordIsOneOf(token, NAME_NOUNS)) return false;
  if (token.cap) return (token.classes & WordClass.Title) !== 0 && !HONORIFICS.has(token.lower);
  if (isRoleWord(token)) return true;
  const before = itemAt(tokens, at - 1);
  return before !== undefined && before.kind === 'word' && !before.cap && (before.classes & (WordClass.RoleModifier | WordClass.RoleNoun | WordClass.Title)) !== 0 && isPlainNoun(token);
}

/** "Trump’s running mate, JD Vance, …": a role phrase opening the sentence, then the name set off by commas. */
function roleSetOffBefore(tokens: readonly Token[], titleFirst: number, nameLast: number): [number, number] | null {
  const comma = titleFirst - 1;
  if (!markIs(itemAt(tokens, comma), ',') || !markIs(tokens[nameLast + 1], ',—–')) return null;
  const to = comma - 1;
  if (to < 0 || !isRoleHead(tokens, to)) return null;
  let from = to;
  while (from > 0 && to - from < MAX_BEFORE) {
    const previous = tokens[from - 1];
    // "According to the company’s chief financial officer, Anil Bansal, …"
    if (previous.lower === 'to' && itemAt(tokens, from - 2)?.lower === 'according') break;
    // "Acme said its chief executive, Jane Roe, had resigned": the role opens with its possessive.
    if (wordIsOneOf(previous, POSSESSIVE_DETERMINERS)) {
      from--;
      break;
    }
    // "said Ashworth-Pike’s neighbour,", "against Marlowe’s long-time coach,", "The state’s Industries
    // Minister,": the possessor (a noun, or a name of capitalised words) opens the role, after an article
    // perhaps. Nothing before it belongs to the role, and a possessor that is also a verb ("state") is a noun.
    if (tokens[from].kind === 'possessive' && previous.kind === 'word') {
      let opening = from - 1;
      while (previous.cap && opening > 0 && tokens[opening - 1].kind === 'word' && tokens[opening - 1].cap && tokens[opening - 1].quote === previous.quote) opening--;
      if (opening > 0 && wordIsOneOf(tokens[opening - 1], ARTICLES) && tokens[opening - 1].quote === previous.quote) opening--;
      from = opening;
      break;
    }
    if (previous.kind === 'punct' || previous.quote !== tokens[to].quote) {
      // The sentence's start, the quote it follows ("“…,” the company’s chairman, Shri Vikram Adhikari, said"),
      // or an opening phrase ("Last Wednesday, Varenia's energy minister, Dariusz Kovanic, …").
      if (!/^[.!?:”"’,]$/.test(previous.text)) return null;
      break;
    }
    // "chairman and managing director"; "The shadow housing secretary", "The suspended chairman"
    const roleWord = (previous.classes & (WordClass.RoleModifier | WordClass.RoleNoun)) !== 0 || (previous.lower === 'and' && isRoleWord(tokens[from - 2] ?? previous)) ||
      (/(ing|ed)$/.test(previous.lower) && !isVerbish(previous) && tokens[from].kind === 'word' && !tokens[from].cap);
    if (previous.kind === 'word' && (isVerbish(previous) || (!previous.cap && !roleWord && !isPlainNoun(previous) && (previous.classes & WordClass.Determiner) === 0))) return null;
    from--;
  }
  if (to - from >= MAX_BEFORE) return null;
  // "But the opposition's energy spokesman, Callum Dervish, …"
  while (from < to && /^(but|and|yet|so|meanwhile)$/.test(tokens[from].lower)) from++;
  if (wordIsOneOf(tokens[from], ARTICLES)) from++;
  return from <= to ? [from, to] : null;
}

const MAX_SET_OFF = 14;

function endsSentence(token: Token | undefined): boolean {
  return token === undefined || markIs(token, '.!?:');
}

/**
 * "The leader of the Conservative group on the council, Gareth Llewellyn-Price, …", "The council’s cabinet
 * member for communities, Cllr Rashid Khan, …": a role with its complement opening the sentence.
 */
function roleWithComplementSetOffBefore(tokens: readonly Token[], titleFirst: number, nameLast: number): [number, number] | null {
  const comma = titleFirst - 1;
  if (!markIs(itemAt(tokens, comma), ',') || !markIs(tokens[nameLast + 1], ',—–')) return null;
  // The role opens the sentence, or follows an opening phrase: "For his part, the ambassador of Tarvessa, …".
  let start = comma - 1;
  while (start > 0 && comma - start < MAX_SET_OFF && !endsSentence(itemAt(tokens, start - 1)) && !markIs(itemAt(tokens, start - 1), ',')) start--;
  if (start < 0 || !(endsSentence(itemAt(tokens, start - 1)) || markIs(itemAt(tokens, start - 1), ','))) return null;
  let from = start;
  // "…, as a senior hereditary chief of the Tsal'keen Nation, Wilfred Naziel, vowed": after a joining word.
  if (wordIsOneOf(tokens[from], CLAUSE_JOINERS)) from++;
  if (wordIsOneOf(tokens[from], ARTICLES)) from++;
  // "Its head of sustainability, Yolanda Etxeberria,": the possessive stays in the role, but is no role word.
  const ownedBy = wordIsOneOf(tokens[from], POSSESSIVE_DETERMINERS) ? from : -1;
  if (ownedBy >= 0) from++;
  if (tokens[from + 1]?.kind === 'possessive') from += 2;
  let at = from;
  let roleWords = 0;
  for (; at < comma; at++) {
    const token = tokens[at];
    // A capital only on a role's own words ("The Chief Press Secretary to the governor") or opening the sentence.
    const capitalAllowed = (token.classes & (WordClass.RoleNoun | WordClass.Title | WordClass.RoleModifier)) !== 0 || (at === start && endsSentence(itemAt(tokens, start - 1)));
    if (token.kind !== 'word' || (token.cap && !capitalAllowed)) break;
    if (isRoleWord(token)) roleWords++;
    else if ((token.classes & WordClass.RoleModifier) === 0 && !(isPlainNoun(token) && tokens[at + 1] && isRoleWord(tokens[at + 1]))) break;
  }
  if (!roleWords || !isRoleWord(tokens[at - 1]) || !/^(of|for|at|on|in|with|to)$/.test(tokens[at]?.lower ?? '')) return null;
  for (let rest = at; rest < comma; rest++) {
    // A capitalised word is part of a name ("Ubaneke State University"), not a verb.
    if (tokens[rest].kind === 'punct' || tokens[rest].kind === 'quote' || (isVerbish(tokens[rest]) && !tokens[rest].cap)) return null;
  }
  return [ownedBy >= 0 ? ownedBy : itemAt(tokens, from - 1)?.kind === 'possessive' ? from - 2 : from, comma - 1];
}

interface FoundOrganization {
  name: string;
  end: number;
  /** Whether it comes after the role ("fellow at the …"); then `prepositionAt` is the preposition's token. */
  after: boolean;
  prepositionAt: number;
}

function organizationIn(text: string, tokens: readonly Token[], from: number, to: number, isPersonWord: (lower: string) => boolean): FoundOrganization | null {
  for (let at = from + 1; at < to; at++) {
    if (!ORG_PREPOSITIONS.has(tokens[at].lower)) continue;
    let first = at + 1;
    if (tokens[first]?.lower === 'the') first++;
    // "for the charity Open Hands Relief", "at the consultancy Fennick Partners"
    if (first < to && !tokens[first].cap && isPlainNoun(tokens[first]) && tokens[first + 1]?.cap) first++;
    if (first > to || !tokens[first].cap) continue;
    let last = first;
    for (let i = first + 1; i <= to; i++) {
      if (tokens[i].cap && tokens[i].kind === 'word') last = i;
      // "Northern Teachers' Association"
      else if (tokens[i].kind === 'possessive' && tokens[i + 1]?.cap && i + 1 <= to) continue;
      else if (!(ORG_CONNECTORS.has(tokens[i].lower) && tokens[i + 1]?.cap && i + 1 <= to)) break;
    }
    const name = singleSpaced(text, tokens, first, last);
    if (PLACES.has(name.toLowerCase()) || isPersonWord(tokens[last].lower)) continue;
    return { name, end: tokens[last].end, after: true, prepositionAt: at };
  }
  // "White House press secretary", "CIA Director": capitalised words before the role that name no person.
  let first = -1;
  let last = -1;
  for (let at = from; at < to; at++) {
    const token = tokens[at];
    if (first < 0 && !token.cap && (token.classes & WordClass.RoleNoun) !== 0) break; // only before the role noun
    const organizational = token.kind === 'word' && token.cap && (token.classes & (WordClass.Title | WordClass.ProperAdjective | WordClass.RoleModifier)) === 0 && !isPersonWord(token.lower);
    if (organizational && (last < 0 || last === at - 1)) {
      if (first < 0) first = at;
      last = at;
    } else if (last >= 0) {
      break;
    }
  }
  if (first < 0) return null;
  const name = text.slice(tokens[first].start, tokens[last].end);
  if (PLACES.has(name.toLowerCase())) return null;
  return { name, end: tokens[last].end, after: false, prepositionAt: -1 };
}

/** The text's own "(AEI)" after the organisation, else the capitals of a multi-word name. */
export function abbreviationOf(text: string, organization: string, endAt: number, openings = openingsIn(text)): string | null {
  // "head of respiratory surveillance at the CDR", "an NPRI engineer": the article names it by its abbreviation.
  if (ACRONYM.test(organization)) return organization;
  const explicit = /^\s*\(([\p{Lu}][\p{L}&.-]{1,11})\)/u.exec(text.slice(endAt, endAt + 16));
  if (explicit) return explicit[1];
  // The first `${organization} (` in the text, found among the few " (" rather than by a scan of the whole text per name.
  const opening = openings.find((at) => at >= organization.length && text.startsWith(organization, at - organization.length));
  const elsewhere = opening === undefined ? -1 : opening - organization.length;
  if (elsewhere >= 0) {
    const later = /^\(([\p{Lu}][\p{L}&.-]{1,11})\)/u.exec(text.slice(elsewhere + organization.length + 1, elsewhere + organization.length + 16));
    if (later) return later[1];
  }
  const words = organization.split(/\s+/).filter((word) => CAPITALISED.test(word));
  if (words.length < 2) return null;
  return words.map((word) => word[0]).join('');
}

const ACRONYM = /^\p{Lu}[\p{Lu}&]{1,7}$/u;
// Module constants: esbuild turns a \p{…} regex literal into a `new RegExp` call where it stands.
const CAPITALISED = /^\p{Lu}/u;
const NAME_BEFORE_ACRONYM = /((?:\p{Lu}[\p{L}'’-]*)(?:\s+(?:of|for|and|on|the|de|&|\p{Lu}[\p{L}'’-]*))*)$/u;

/**
 * "Centre for Disease Research" for "CDR" when the article writes "the Centre for Disease Research (CDR)",
 * else the abbreviation itself.
 */
function expandAcronym(text: string, acronym: string, openings: readonly number[]): string {
  const marked = ` (${acronym})`;
  const at = openings.find((opening) => text.startsWith(marked, opening));
  if (at === undefined) return acronym;
  const before = text.slice(Math.max(0, at - 120), at);
  const name = NAME_BEFORE_ACRONYM.exec(before)?.[1] ?? '';
  const words = name.split(/\s+/).filter(Boolean);
  while (words.length && !CAPITALISED.test(words[0])) words.shift();
  return words.length >= 2 ? words.join(' ') : acronym;
}

function openingsIn(text: string): number[] {
  const openings: number[] = [];
  // Found by their rare "(" rather than by " (", whose space matches every few characters.
  for (let at = text.indexOf('('); at >= 0; at = text.indexOf('(', at + 1)) if (at > 0 && text.charCodeAt(at - 1) === 0x20) openings.push(at - 1);
  return openings;
}

/**
 * Role phrases around one mention of a person. `nameFirst`/`nameLast` are the name's tokens, `titleFirst`
 * the first token of a title written before it.
 */
export function rolesAround(context: RoleContext, tokens: readonly Token[], nameFirst: number, nameLast: number, titleFirst: number): readonly RolePhrase[] {
  const { isPersonWord } = context;
  const before = roleBefore(tokens, nameFirst, isPersonWord);
  const possessive = tokens[nameLast + 1]?.kind === 'possessive';
  // "Jonathan Pellew-Amadi KC, counsel for the trust,": the appositive comes after the post-nominal.
  const postNominal = isPostNominal(tokens[nameLast + 1]);
  const after = possessive ? null : roleAfter(tokens, postNominal ? nameLast + 1 : nameLast, isPersonWord);
  // A lone title ("Cllr Rashid Khan") leaves room for a role set off before it.
  const setOff = before && before[1] > before[0] ? null : roleSetOffBefore(tokens, Math.min(titleFirst, nameFirst), nameLast) ??
    roleWithComplementSetOffBefore(tokens, Math.min(titleFirst, nameFirst), nameLast) ?? roleBeforeGivenName(tokens, nameFirst);
  if (!before && !after && !setOff) return NO_ROLES;
  const mentionStart = tokens[nameFirst].start;
  // Of its exact length, as the list is kept to the end of the analysis; in this order, as the first phrase
  // to name an organisation fixes its abbreviation in `context`.
  const found = new Array<RolePhrase>((before ? 1 : 0) + (after ? 1 : 0) + (setOff ? 1 : 0));
  let next = 0;
  if (before) found[next++] = phrase(context, tokens, before[0], before[1], mentionStart);
  if (after) found[next++] = phrase(context, tokens, after[0], after[1], mentionStart);
  if (setOff) found[next] = phrase(context, tokens, setOff[0], setOff[1], mentionStart);
  return found;
}

/** Shared by every mention with no role around it (most of them): role lists are never added to in place. */
export const NO_ROLES: readonly RolePhrase[] = [];

function normalizeRole(role: string): string {
  return role.toLowerCase().replace(/[’']/g, "'").replace(/\s+/g, ' ').trim();
}

/** Merges a person's role phrases: duplicates and phrases contained in a longer one are dropped. */
export function summarizeRoles(phrases: readonly RolePhrase[]): RoleSummary {
  const kept: RolePhrase[] = [];
  // The normalised text of each kept phrase, at the same index: normalised once, not at every comparison.
  const keptNorms: string[] = [];
  const seen = new Set<string>();
  // A person named again and again is given the same role again and again: those texts are not normalised again.
  const seenTexts = new Set<string>();
  for (const candidate of phrases) {
    if (seenTexts.has(candidate.text)) continue;
    seenTexts.add(candidate.text);
    const norm = normalizeRole(candidate.text);
    if (seen.has(norm)) continue;
    seen.add(norm);
    if (!norm || keptNorms.some((keptNorm) => keptNorm.includes(norm))) continue;
    const covered = keptNorms.findIndex((keptNorm) => norm.includes(keptNorm));
    if (covered >= 0) {
      kept[covered] = { ...candidate, mentionStart: Math.min(candidate.mentionStart, kept[covered].mentionStart) };
      keptNorms[covered] = norm;
    } else {
      kept.push(candidate);
      keptNorms.push(norm);
    }
  }
  if (!kept.length) return { role: null, shortRole: null, organization: null, abbreviation: null, introducedAt: -1 };
  const withOrganization = kept.find((role) => role.organization);
  const primary = withOrganization ?? kept[0];
  const head = primary.head.replace(/^(a|an|the)\s+/i, '');
  const shortRole = primary.organization && primary.head !== primary.text ? `${head}, ${primary.abbreviation ?? primary.organization}` : primary.text;
  return {
    role: kept.map((role) => role.text).join('; '),
    shortRole,
    organization: withOrganization?.organization ?? null,
    abbreviation: withOrganization?.abbreviation ?? null,
    introducedAt: Math.min(...kept.map((role) => role.mentionStart)),
  };
}
