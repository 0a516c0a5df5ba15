// The `<article>.factcheck.md` format (see FORMAT.md): read and written as text, no I/O here.
//
// The format is a strict subset of CommonMark, so GitHub and remark see the same structure we read
// (the unit tests check that against remark-parse). The reader is a line scanner rather than remark
// because remark needs seconds for a file of a thousand notes; a strict scanner also rejects anything
// it does not understand, with its line, instead of silently dropping it.
import {
  NOTE_STATUSES,
  articlePathFor,
  isIsoUtc,
  isValidId,
  type LineEnding,
  type Note,
  type NotesDocument,
  type NoteStatus,
  type Reply,
} from './model';
import { fenceFor, hasLoneSurrogate, inlineText } from './markdown';

export const FORMAT_VERSION = 1;
const TITLE_PREFIX = '# Fact-checks: ';
const MARKER = `<!-- News Lens fact-check notes, format ${FORMAT_VERSION}. The fields and fenced blocks are the data; headings are regenerated on save. -->`;
const MARKER_PATTERN = /^<!-- News Lens fact-check notes, format (\d+)\b.*-->[ \t]*$/;
const SELECTOR_INFO = 'json';
const BODY_INFO = 'markdown';
const HEADING_CLAIM_LENGTH = 60;

/** A notes file that cannot be read. Callers must leave such a file untouched. */
export class NotesParseError extends Error {
  override readonly name = 'NotesParseError';
  constructor(
    /** The file name given to parseNotes. */
    readonly file: string,
    /** 1-based line of the problem. */
    readonly line: number,
    /** What is wrong, without the file and line. */
    readonly reason: string,
  ) {
    super(`${file}:${line}: ${reason}`);
  }
}

// ---------------------------------------------------------------------------------------------
// Field values: shared by the reader (errors with a line) and the writer (refuses invalid notes).

const NOTE_FIELDS = ['id', 'verdict', 'status', 'author', 'created', 'edited', 'position'] as const;
const REPLY_FIELDS = ['id', 'author', 'created', 'edited'] as const;
const OPTIONAL_FIELDS: ReadonlySet<string> = new Set(['edited']);

function idProblem(id: string): string | null {
  return isValidId(id) ? null : `bad id ${JSON.stringify(id)}: use 1 to 64 letters, digits, '.', '_' or '-', starting with a letter or digit`;
}

function verdictProblem(verdict: string): string | null {
  return verdict.trim() ? null : 'the verdict is empty';
}

function statusProblem(status: string): string | null {
  return (NOTE_STATUSES as readonly string[]).includes(status) ? null : `bad status ${JSON.stringify(status)}: use ${NOTE_STATUSES.join(' or ')}`;
}

function timeProblem(field: string, value: string): string | null {
  return isIsoUtc(value) ? null : `bad ${field} time ${JSON.stringify(value)}: use ISO 8601 UTC such as 2025-03-01T10:15:00.000Z`;
}

function positionProblem(start: number, end: number): string | null {
  const valid = Number.isSafeInteger(start) && Number.isSafeInteger(end) && start >= 0 && start <= end;
  return valid ? null : `bad position ${start}–${end}: use start–end with 0 ≤ start ≤ end`;
}

/** A value is written as is when that reads back the same; otherwise as a JSON string. */
function encodeValue(value: string): string {
  const plain = value !== '' && value === value.trim() && !value.startsWith('"') && !/[\p{Cc}\u2028\u2029]/u.test(value) && !hasLoneSurrogate(value);
  return plain ? value : JSON.stringify(value);
}

// ---------------------------------------------------------------------------------------------
// Writing

function fenced(info: string, content: string): string[] {
  const fence = fenceFor(content);
  return [fence + info, ...content.split('\n'), fence];
}

function normalizeLineBreaks(text: string): string {
  return text.replace(/\r\n?/g, '\n');
}

function fail(note: Note, problem: string): never {
  throw new Error(`Cannot write fact-check note ${JSON.stringify(note.id)}: ${problem}`);
}

function checkWritable(note: Note, seenIds: Set<string>): void {
  const ids = [note.id, ...note.replies.map((reply) => reply.id)];
  for (const id of ids) {
    const problem = idProblem(id) ?? (seenIds.has(id) ? `duplicate id ${JSON.stringify(id)}` : null);
    if (problem) fail(note, problem);
    seenIds.add(id);
  }
  const { start, end } = note.selector.position;
  const problem =
    verdictProblem(note.verdict) ??
    statusProblem(note.status) ??
    positionProblem(start, end) ??
    [note, ...note.replies]
      .flatMap((entry) => [timeProblem('created', entry.created), entry.edited === null ? null : timeProblem('edited', entry.edited)])
      .find((found) => found !== null) ??
    null;
  if (problem) fail(note, problem);
}

function timeFields(entry: Note | Reply): string[] {
  return [`- created: ${entry.created}`, ...(entry.edited === null ? [] : [`- edited: ${entry.edited}`])];
}

function noteLines(note: Note): string[] {
  const { quote, position } = note.selector;
  const lines = [
    `## ${inlineText(note.verdict, 40)}: “${inlineText(quote.exact, HEADING_CLAIM_LENGTH)}”`,
    '',
    `- id: ${note.id}`,
    `- verdict: ${encodeValue(note.verdict)}`,
    `- status: ${note.status}`,
    `- author: ${encodeValue(note.author)}`,
    ...timeFields(note),
    `- position: ${position.start}–${position.end}`,
    '',
    ...fenced(SELECTOR_INFO, ['{', `  "prefix": ${JSON.stringify(quote.prefix)},`, `  "exact": ${JSON.stringify(quote.exact)},`, `  "suffix": ${JSON.stringify(quote.suffix)}`, '}'].join('\n')),
    '',
    ...fenced(BODY_INFO, normalizeLineBreaks(note.body)),
  ];
  for (const reply of note.replies) {
    lines.push(
      '',
      `### Reply — ${inlineText(reply.author || 'anonymous', 60)}, ${reply.created}`,
      '',
      `- id: ${reply.id}`,
      `- author: ${encodeValue(reply.author)}`,
      ...timeFields(reply),
      '',
      ...fenced(BODY_INFO, normalizeLineBreaks(reply.body)),
    );
  }
  return lines;
}

/**
 * The file text for `doc`. Deterministic: the same document always gives the same bytes, and
 * `serializeNotes(parseNotes(text))` gives back any text this function wrote. Bodies are written with
 * `\n` line breaks. Throws an Error naming the note if a note could not be read back (bad id, time,
 * position, status, empty verdict, duplicate id), so an invalid note never reaches the disk.
 */
export function serializeNotes(doc: NotesDocument): string {
  const seenIds = new Set<string>();
  const lines = [TITLE_PREFIX + encodeValue(doc.article), '', MARKER];
  for (const note of doc.notes) {
    checkWritable(note, seenIds);
    lines.push('', ...noteLines(note));
  }
  return lines.join('\n').concat('\n').replaceAll('\n', doc.lineEnding);
}

// ---------------------------------------------------------------------------------------------
// Reading

interface Field {
  value: string;
  line: number;
}

const BLANK = /^[ \t]*$/;
const FIELD_LINE = /^- ([A-Za-z][\w-]*):(.*)$/;
const FENCE_OPEN = /^(`{3,})([^`]*)$|^(~{3,})(.*)$/;
const CONFLICT_START = /^<{7}(?:[ \t]|$)/;
const CONFLICT_END = /^>{7}(?:[ \t]|$)/;
const CONFLICT_ANY = /^(?:<{7}|={7}|>{7}|\|{7})(?:[ \t]|$)/;

class LineReader {
  private index = 0;

  constructor(
    private readonly lines: readonly string[],
    private readonly file: string,
  ) {}

  /** 1-based number of the next line. */
  get lineNumber(): number {
    return this.index + 1;
  }

  /** The next non-blank line (skipping blank ones), or undefined at the end. */
  peek(): string | undefined {
    while (this.index < this.lines.length && BLANK.test(this.lines[this.index])) this.index++;
    return this.lines[this.index];
  }

  take(): string {
    return this.lines[this.index++];
  }

  fail(line: number, reason: string): never {
    throw new NotesParseError(this.file, line, reason);
  }

  /** Reports the next line as out of place. */
  unexpected(expected: string): never {
    const line = this.peek();
    if (line === undefined) this.fail(this.lines.length + 1, `the file ends where ${expected} should follow`);
    if (CONFLICT_ANY.test(line)) this.fail(this.lineNumber, `a merge-conflict marker (${line.slice(0, 7)}) where ${expected} should be; resolve the conflict first`);
    const shown = line.length > 60 ? line.slice(0, 60) + '…' : line;
    const prose = !/^(?:#|`|~|- |<!--)/.test(line);
    const hint = prose ? " (a notes file holds only notes: write remarks inside a note's text block)" : '';
    this.fail(this.lineNumber, `expected ${expected}, found ${JSON.stringify(shown)}${hint}`);
  }

  readValue(raw: string, line: number): string {
    const value = raw.trim();
    if (!value.startsWith('"')) return value;
    try {
      const parsed: unknown = JSON.parse(value);
      if (typeof parsed === 'string') return parsed;
    } catch {
      // reported below
    }
    this.fail(line, `bad quoted value ${value}: a value starting with " must be one JSON string`);
  }

  /** A list of `- name: value` lines with exactly the given names (OPTIONAL_FIELDS may be left out). */
  readFields(names: readonly string[], owner: string, ownerLine: number): Map<string, Field> {
    const fields = new Map<string, Field>();
    for (let line = this.peek(); line !== undefined && line.startsWith('- '); line = this.peek()) {
      const lineNumber = this.lineNumber;
      const match = FIELD_LINE.exec(this.take());
      if (!match) this.fail(lineNumber, `expected a field such as "- author: Dana Reyes", found ${JSON.stringify(line)}`);
      const [, name, raw] = match;
      if (!names.includes(name)) this.fail(lineNumber, `unknown field "${name}" in ${owner}; its fields are ${names.join(', ')}`);
      if (fields.has(name)) this.fail(lineNumber, `the field "${name}" appears twice in ${owner}`);
      fields.set(name, { value: this.readValue(raw, lineNumber), line: lineNumber });
    }
    const missing = names.filter((name) => !fields.has(name) && !OPTIONAL_FIELDS.has(name));
    if (missing.length) this.fail(ownerLine, `${owner} is missing the field${missing.length > 1 ? 's' : ''} ${missing.map((name) => `"${name}"`).join(', ')}`);
    return fields;
  }

  /** A fenced block whose info string is `info`; returns its lines verbatim, joined with `\n`. */
  readFence(info: string, what: string): Field {
    const line = this.peek();
    const open = line === undefined ? null : FENCE_OPEN.exec(line);
    if (!open || (open[2] ?? open[4]).trim() !== info) this.unexpected(`${what} (a fenced block opened with \`\`\`${info})`);
    const openLine = this.lineNumber;
    this.take();
    const fence = open[1] ?? open[3];
    // CommonMark: a closing fence has up to three spaces of indentation, at least as many fence
    // characters as the opening one, and nothing after but spaces or tabs.
    const fenceRun = `${fence[0] === '`' ? '`' : '~'}{${fence.length},}`;
    const closing = new RegExp(`^ {0,3}${fenceRun}[ \\t]*$`);
    // The writer makes every fence longer than any run inside, so such a line means a hand edit
    // lost a closing fence and this block swallowed the next one.
    const opening = new RegExp(`^ {0,3}${fenceRun}`);
    const content: string[] = [];
    while (this.index < this.lines.length) {
      const contentLine = this.take();
      if (closing.test(contentLine)) return { value: content.join('\n'), line: openLine };
      if (opening.test(contentLine)) {
        this.fail(this.index, `a fence inside the block opened on line ${openLine}: is that block's closing fence missing? (To keep a code block inside a note, make the note's fence longer than the inner one.)`);
      }
      content.push(contentLine);
    }
    this.fail(openLine, `the fenced block opened here with ${fence} is never closed (close it with a line of ${fence})`);
  }
}

function checked(reader: LineReader, field: Field, problem: string | null): string {
  if (problem) reader.fail(field.line, problem);
  return field.value;
}

function readTime(reader: LineReader, fields: Map<string, Field>, name: 'created' | 'edited'): string | null {
  const field = fields.get(name);
  return field ? checked(reader, field, timeProblem(name, field.value)) : null;
}

function readId(reader: LineReader, fields: Map<string, Field>, seenIds: Map<string, number>): string {
  const field = fields.get('id')!;
  const id = checked(reader, field, idProblem(field.value));
  const firstLine = seenIds.get(id);
  if (firstLine !== undefined) reader.fail(field.line, `duplicate id "${id}" (first used on line ${firstLine})`);
  seenIds.set(id, field.line);
  return id;
}

function readSelector(reader: LineReader, positionField: Field): Note['selector'] {
  const match = /^(\d+)[ \t]*(?:–|-|\.\.)[ \t]*(\d+)$/.exec(positionField.value);
  if (!match) reader.fail(positionField.line, `bad position ${JSON.stringify(positionField.value)}: use start–end, e.g. 1234–1290`);
  const start = Number(match[1]);
  const end = Number(match[2]);
  checked(reader, positionField, positionProblem(start, end));

  const block = reader.readFence(SELECTOR_INFO, 'the quote selector');
  let parsed: unknown;
  try {
    parsed = JSON.parse(block.value);
  } catch (error) {
    const message = (error as Error).message;
    const at = /at position (\d+)/.exec(message);
    const line = block.line + 1 + (at ? block.value.slice(0, Number(at[1])).split('\n').length - 1 : 0);
    reader.fail(line, `the quote selector is not valid JSON: ${message}`);
  }
  const keys = ['prefix', 'exact', 'suffix'];
  const record = parsed as Record<string, unknown>;
  const valid =
    typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed) &&
    Object.keys(record).length === keys.length &&
    keys.every((key) => typeof record[key] === 'string');
  if (!valid) reader.fail(block.line, `the quote selector must be a JSON object with exactly the strings "prefix", "exact" and "suffix"`);
  const [prefix, exact, suffix] = keys.map((key) => record[key] as string);
  return { quote: { prefix, exact, suffix }, position: { start, end } };
}

function readReply(reader: LineReader, seenIds: Map<string, number>): Reply {
  const headingLine = reader.lineNumber;
  reader.take();
  const fields = reader.readFields(REPLY_FIELDS, 'this reply', headingLine);
  return {
    id: readId(reader, fields, seenIds),
    author: fields.get('author')!.value,
    created: readTime(reader, fields, 'created')!,
    edited: readTime(reader, fields, 'edited'),
    body: reader.readFence(BODY_INFO, "the reply's text").value,
  };
}

function readNote(reader: LineReader, seenIds: Map<string, number>): Note {
  const headingLine = reader.lineNumber;
  reader.take();
  const fields = reader.readFields(NOTE_FIELDS, 'this note', headingLine);
  const id = readId(reader, fields, seenIds);
  const verdict = checked(reader, fields.get('verdict')!, verdictProblem(fields.get('verdict')!.value));
  const status = checked(reader, fields.get('status')!, statusProblem(fields.get('status')!.value)) as NoteStatus;
  const author = fields.get('author')!.value;
  const created = readTime(reader, fields, 'created')!;
  const edited = readTime(reader, fields, 'edited');
  const selector = readSelector(reader, fields.get('position')!);
  const body = reader.readFence(BODY_INFO, "the note's text").value;
  const replies: Reply[] = [];
  while (reader.peek()?.startsWith('### ')) replies.push(readReply(reader, seenIds));
  return { id, verdict, status, author, created, edited, selector, body, replies };
}

function findConflict(lines: readonly string[]): number {
  const start = lines.findIndex((line) => CONFLICT_START.test(line));
  return start >= 0 && lines.slice(start + 1).some((line) => CONFLICT_END.test(line)) ? start + 1 : 0;
}

/** `story.txt` for `dir/story.txt.factcheck.md`. */
function articleNameFor(file: string): string {
  const name = file.split(/[\\/]/).pop() ?? file;
  return articlePathFor(name) ?? name;
}

/**
 * Reads a notes file. `file` names it in errors. An empty (or blank) text is a document without
 * notes. CRLF line endings are accepted and remembered in `lineEnding`; a leading BOM is dropped.
 * Throws NotesParseError (with the 1-based line) for anything that is not a well-formed notes file:
 * the caller must then leave the file as it is.
 */
export function parseNotes(text: string, file: string): NotesDocument {
  const firstBreak = text.indexOf('\n');
  const lineEnding: LineEnding = firstBreak > 0 && text[firstBreak - 1] === '\r' ? '\r\n' : '\n';
  const lines = normalizeLineBreaks(text.replace(/^\uFEFF/, '')).split('\n');
  if (lines.at(-1) === '') lines.pop();
  const reader: LineReader = new LineReader(lines, file);
  if (reader.peek() === undefined) return { article: articleNameFor(file), notes: [], lineEnding };

  const conflictLine = findConflict(lines);
  if (conflictLine) {
    reader.fail(conflictLine, 'unresolved merge conflict (<<<<<<< … >>>>>>>): resolve it in a text editor, keeping each note whole');
  }

  const title = reader.peek()!;
  if (!title.startsWith(TITLE_PREFIX)) reader.unexpected(`the title "${TITLE_PREFIX}<article file name>"`);
  const titleLine = reader.lineNumber;
  const article = reader.readValue(reader.take().slice(TITLE_PREFIX.length), titleLine);

  const marker = reader.peek() === undefined ? null : MARKER_PATTERN.exec(reader.peek()!);
  if (!marker) reader.unexpected(`the format line "${MARKER}"`);
  if (Number(marker[1]) !== FORMAT_VERSION) {
    reader.fail(reader.lineNumber, `this file uses format ${marker[1]}; this version of News Lens reads format ${FORMAT_VERSION}`);
  }
  reader.take();

  const notes: Note[] = [];
  const seenIds = new Map<string, number>();
  for (let line = reader.peek(); line !== undefined; line = reader.peek()) {
    if (!line.startsWith('## ')) reader.unexpected('a note heading "## <verdict>: “<claim>”"');
    notes.push(readNote(reader, seenIds));
  }
  return { article, notes, lineEnding };
}
