// The fact-check data model: notes pinned to exact words of an article.
// Offsets are UTF-16 code-unit indices into the article text (`end` exclusive), as in src/analysis/model.ts.
import type { Span } from '../analysis/model';

export type { Span };

/** A verdict as written. The known ones are DEFAULT_VERDICTS; any other string is kept as is. */
export type Verdict = string;

export type NoteStatus = 'open' | 'resolved';

/** W3C Web Annotation TextQuoteSelector: the claim's exact words and up to 32 characters either side. */
export interface TextQuoteSelector {
  exact: string;
  prefix: string;
  suffix: string;
}

/** W3C Web Annotation TextPositionSelector: UTF-16 offsets of the exact words, `end` exclusive. */
export interface TextPositionSelector {
  start: number;
  end: number;
}

/** Both selectors of a note: the quote to search for and where it was. */
export interface NoteSelector {
  quote: TextQuoteSelector;
  position: TextPositionSelector;
}

export interface Reply {
  id: string;
  author: string;
  /** ISO 8601 UTC, e.g. `2025-03-01T10:15:00.000Z`. */
  created: string;
  /** ISO 8601 UTC of the last edit, or null if never edited. */
  edited: string | null;
  /** Markdown. Line breaks are stored as `\n`. */
  body: string;
}

/** A fact-check thread: the first comment (verdict, author, body) and its replies. */
export interface Note {
  id: string;
  verdict: Verdict;
  status: NoteStatus;
  author: string;
  created: string;
  edited: string | null;
  selector: NoteSelector;
  body: string;
  replies: Reply[];
}

export type LineEnding = '\n' | '\r\n';

/** The contents of one `<article>.factcheck.md` file. */
export interface NotesDocument {
  /** File name of the article, e.g. `story.txt`. */
  article: string;
  /** In file order. */
  notes: Note[];
  /** Line ending of the file, kept so that a CRLF checkout is written back as CRLF. */
  lineEnding: LineEnding;
}

export const NOTE_STATUSES: readonly NoteStatus[] = ['open', 'resolved'];

/** Characters of context kept before and after the exact words (as Hypothesis does). */
export const CONTEXT_LENGTH = 32;

export function createNotesDocument(article: string, notes: Note[] = [], lineEnding: LineEnding = '\n'): NotesDocument {
  return { article, notes, lineEnding };
}

/** A short random id such as `n3f9a2c1d7b0e` (48 random bits). */
export function newNoteId(prefix = 'n'): string {
  const bytes = new Uint8Array(6);
  globalThis.crypto.getRandomValues(bytes);
  return prefix + Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
}

/** Now (or `date`) as the ISO 8601 UTC timestamp notes store. */
export function timestamp(date: Date = new Date()): string {
  return date.toISOString();
}

const ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;
const ISO_UTC_PATTERN = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?Z$/;

export function isValidId(id: string): boolean {
  return ID_PATTERN.test(id);
}

/** True for an ISO 8601 UTC date-time (`Z` zone) that names a real instant, e.g. not February 30th. */
export function isIsoUtc(value: string): boolean {
  const match = ISO_UTC_PATTERN.exec(value);
  if (!match) return false;
  const [year, month, day, hour, minute, second] = match.slice(1, 7).map((part) => Number(part ?? 0));
  const date = new Date(Date.UTC(year, month - 1, day, hour, minute, second));
  return (
    date.getUTCFullYear() === year &&
    date.getUTCMonth() === month - 1 &&
    date.getUTCDate() === day &&
    date.getUTCHours() === hour &&
    date.getUTCMinutes() === minute &&
    date.getUTCSeconds() === second
  );
}

/** Notes live beside their article: `story.txt` → `story.txt.factcheck.md`. */
export const NOTES_FILE_SUFFIX = '.factcheck.md';

/** The notes file for an article path (a file-system path or a URI path: only the end changes). */
export function notesPathFor(articlePath: string): string {
  return articlePath + NOTES_FILE_SUFFIX;
}

/** The article path for a notes file path, or null if `notesPath` is not a notes file. */
export function articlePathFor(notesPath: string): string | null {
  return notesPath.endsWith(NOTES_FILE_SUFFIX) && notesPath.length > NOTES_FILE_SUFFIX.length
    ? notesPath.slice(0, -NOTES_FILE_SUFFIX.length)
    : null;
}
