// The VS Code side of a notes file (`<article>.factcheck.md`): reading through workspace.fs, and
// debounced, serialised, atomic writes through the pure store helpers (Node fs), which refuse to
// overwrite a file they cannot parse or that changed on disk since it was read here.
import * as vscode from 'vscode';
import { NotesChangedError, NotesParseError, notesPathFor, parseNotes, saveNotes, type NotesDocument } from '../factcheck';

/** Milliseconds between the last change and the write of the notes file. */
const SAVE_DELAY_MS = 300;

export function notesUriFor(article: vscode.Uri): vscode.Uri {
  return article.with({ path: notesPathFor(article.path) });
}

/** Why a notes file cannot be used: the file, the 1-based line when known, and what is wrong. */
export interface NotesProblem {
  uri: vscode.Uri;
  line: number | null;
  reason: string;
}

export type NotesRead =
  | { kind: 'unchanged' }
  | { kind: 'notes'; doc: NotesDocument }
  | { kind: 'problem'; problem: NotesProblem };

/** A state to write, and what to do once it is on disk. */
export interface NotesSnapshot {
  doc: NotesDocument;
  written(): void;
}

export interface NotesFileEvents {
  /** The file changed on disk since it was read here: reload (and merge) before writing again. */
  changedOnDisk(): void;
  /** The file on disk cannot be parsed: it was left as it is. */
  unreadable(problem: NotesProblem): void;
  /** The write failed (permissions, disk full): the state stays pending and is written with the next change. */
  writeFailed(error: Error): void;
}

function problemOf(uri: vscode.Uri, error: unknown): NotesProblem {
  if (error instanceof NotesParseError) return { uri, line: error.line, reason: error.reason };
  return { uri, line: null, reason: error instanceof Error ? error.message : String(error) };
}

/**
 * One notes file. Writes are debounced, and one at a time: each write renders the latest state when
 * it starts (`schedule` takes a function), so the last state is never lost however fast changes come.
 */
export class NotesFile implements vscode.Disposable {
  /** The text last read or written here (null: no file). The store refuses to write over anything else. */
  private known: string | null = null;
  private pending: (() => NotesSnapshot) | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private queue: Promise<void> = Promise.resolve();

  constructor(
    readonly uri: vscode.Uri,
    private readonly events: NotesFileEvents,
  ) {}

  /** The store writes through Node's fs, so only files on disk can be written. */
  get isWritable(): boolean {
    return this.uri.scheme === 'file';
  }

  get label(): string {
    return vscode.workspace.asRelativePath(this.uri);
  }

  /**
   * Reads and parses the file (a missing file is an empty document). `unchanged` when the file still
   * holds what was last read or written here, unless `force`.
   */
  async read({ force = false } = {}): Promise<NotesRead> {
    await this.queue;
    let text: string | null;
    try {
      text = new TextDecoder().decode(await vscode.workspace.fs.readFile(this.uri));
    } catch (error) {
      if (!(error instanceof vscode.FileSystemError && error.code === 'FileNotFound')) return { kind: 'problem', problem: problemOf(this.uri, error) };
      text = null;
    }
    if (!force && text === this.known) return { kind: 'unchanged' };
    try {
      const doc = parseNotes(text ?? '', this.label);
      this.known = text;
      return { kind: 'notes', doc };
    } catch (error) {
      return { kind: 'problem', problem: problemOf(this.uri, error) };
    }
  }

  /** Writes the state `render` gives, after SAVE_DELAY_MS without another call. */
  schedule(render: () => NotesSnapshot): void {
    this.pending = render;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.flush(), SAVE_DELAY_MS);
  }

  /** Writes a pending state now; resolves when every write so far has finished. */
  flush(): Promise<void> {
    clearTimeout(this.timer);
    this.timer = undefined;
    this.queue = this.queue.then(() => this.writePending());
    return this.queue;
  }

  get hasPendingWrite(): boolean {
    return this.pending !== undefined;
  }

  /** Forgets a pending write (the model now holds what the file holds). */
  cancelPending(): void {
    clearTimeout(this.timer);
    this.pending = undefined;
  }

  private async writePending(): Promise<void> {
    const render = this.pending;
    this.pending = undefined;
    if (!render || !this.isWritable) return;
    const snapshot = render();
    try {
      this.known = await saveNotes(this.uri.fsPath, snapshot.doc, { expectedOriginal: this.known });
      snapshot.written();
    } catch (error) {
      // Keep the state to write unless a newer one is already waiting.
      this.pending ??= render;
      if (error instanceof NotesChangedError) this.events.changedOnDisk();
      else if (error instanceof NotesParseError) this.events.unreadable(problemOf(this.uri, error));
      else this.events.writeFailed(error instanceof Error ? error : new Error(String(error)));
    }
  }

  dispose(): void {
    clearTimeout(this.timer);
  }
}

/** Shows the problem with an "Open File" button that opens the notes file at the line. Never modal. */
export async function reportProblem(problem: NotesProblem, consequence: string): Promise<void> {
  const where = problem.line === null ? vscode.workspace.asRelativePath(problem.uri) : `${vscode.workspace.asRelativePath(problem.uri)}, line ${problem.line}`;
  const choice = await vscode.window.showErrorMessage(`News Lens cannot read ${where}: ${problem.reason}. ${consequence}`, 'Open File');
  if (choice !== 'Open File') return;
  const line = Math.max(0, (problem.line ?? 1) - 1);
  await vscode.window.showTextDocument(problem.uri, { selection: new vscode.Range(line, 0, line, 0) });
}
