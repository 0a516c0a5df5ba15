// Loading and saving a notes file with Node's fs. Never overwrites a file it cannot read or that
// changed since it was read, and writes atomically (temporary file in the same folder, then rename).
// The VS Code side may do the same with workspace.fs: serialisation lives in format.ts, apart from I/O.
import { randomBytes } from 'node:crypto';
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { parseNotes, serializeNotes } from './format';
import { type NotesDocument } from './model';

/** The notes file changed on disk since it was read (another editor, git): reload before saving. */
export class NotesChangedError extends Error {
  override readonly name = 'NotesChangedError';
  constructor(readonly file: string) {
    super(`${file} changed on disk since it was read; reload the notes before saving`);
  }
}

/** Writes `text` to a temporary file beside `filePath`, flushes it, then renames it over `filePath`. */
export async function writeFileAtomic(filePath: string, text: string): Promise<void> {
  const temporary = path.join(path.dirname(filePath), `.${path.basename(filePath)}.${randomBytes(6).toString('hex')}.tmp`);
  const mode = await fs.stat(filePath).then(
    (stats) => stats.mode & 0o777,
    () => 0o666,
  );
  try {
    const handle = await fs.open(temporary, 'wx', mode);
    try {
      await handle.writeFile(text, 'utf8');
      await handle.sync();
    } finally {
      await handle.close();
    }
    await fs.rename(temporary, filePath);
  } catch (error) {
    await fs.rm(temporary, { force: true });
    throw error;
  }
}

async function readIfExists(filePath: string): Promise<string | null> {
  try {
    return await fs.readFile(filePath, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}

export interface LoadedNotes {
  doc: NotesDocument;
  /** The file's text as read (pass it to saveNotes as `expectedOriginal`), or null when there is no file yet. */
  text: string | null;
}

/**
 * Reads the notes file at `notesPath`. A missing file is an empty document (article name from the
 * path). Throws NotesParseError for a file that cannot be read as notes: show it, keep the file.
 */
export async function loadNotes(notesPath: string): Promise<LoadedNotes> {
  const text = await readIfExists(notesPath);
  return { doc: parseNotes(text ?? '', notesPath), text };
}

export interface SaveOptions {
  /** What the caller last read (LoadedNotes.text, or what saveNotes returned); null if there was no file. */
  expectedOriginal: string | null;
}

/**
 * Writes `doc` to `notesPath` atomically and returns the text now in the file (the next
 * `expectedOriginal`). Refuses, leaving the file untouched, when the file on disk cannot be parsed
 * (throws NotesParseError) or is not `expectedOriginal` (throws NotesChangedError). Does not touch
 * the file when its text would not change.
 */
export async function saveNotes(notesPath: string, doc: NotesDocument, options: SaveOptions): Promise<string> {
  const current = await readIfExists(notesPath);
  if (current !== null) parseNotes(current, notesPath);
  if (current !== options.expectedOriginal) throw new NotesChangedError(notesPath);
  const text = serializeNotes(doc);
  if (text !== current) await writeFileAtomic(notesPath, text);
  return text;
}
