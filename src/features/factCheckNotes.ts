// The fact-check notes of every open news source: loaded from the notes file beside the article,
// anchored on the text, moved with every edit, and written back (debounced) after each change.
// The comment threads, the Fact-Checks view, the decorations and the export all read this state.
import * as os from 'node:os';
import * as vscode from 'vscode';
import type { Article, Speaker } from '../analysis/model';
import { quoteAt, speakerById } from '../analysis/query';
import {
  DEFAULT_VERDICTS,
  anchor,
  createNotesDocument,
  createSelector,
  isKnownVerdict,
  newNoteId,
  shiftSpan,
  timestamp,
  type Note,
  type NotesDocument,
  type Reply,
  type Span,
  type Verdict,
} from '../factcheck';
import { isNewsSource } from './newsSources';
import { NotesFile, notesUriFor, reportProblem, type NotesProblem } from './factCheckStore';

/** Milliseconds after the last edit before the selectors (context, offsets) are refreshed and orphans retried. */
const SELECTOR_REFRESH_MS = 200;

/** The `newsLens.factCheck.verdicts` setting, or the defaults when it is empty. */
export function configuredVerdicts(): readonly Verdict[] {
  const verdicts = vscode.workspace.getConfiguration('newsLens.factCheck').get<unknown[]>('verdicts', []);
  const valid = verdicts.filter((verdict): verdict is string => typeof verdict === 'string' && verdict.trim() !== '');
  return valid.length ? valid : DEFAULT_VERDICTS;
}

/** A new note's verdict: "Unverified" when the list has it, else the list's first verdict. */
export function initialVerdict(): Verdict {
  const verdicts = configuredVerdicts();
  return verdicts.find((verdict) => isKnownVerdict(verdict, ['Unverified'])) ?? verdicts[0];
}

/** `newsLens.author`, else the operating-system user. */
export function currentAuthor(): string {
  const configured = vscode.workspace.getConfiguration('newsLens').get<string>('author', '').trim();
  if (configured) return configured;
  try {
    return os.userInfo().username || 'anonymous';
  } catch {
    return 'anonymous';
  }
}

/** Who said the words at `span`: the speaker of the quote (or reported statement) that holds them. */
export function claimSpeaker(article: Article, span: Span): Speaker | undefined {
  const quote = quoteAt(article, span.start);
  if (quote && span.end <= quote.end) return quote.speaker ? speakerById(article, quote.speaker) : undefined;
  const reported = article.reported.find((statement) => statement.start <= span.start && span.end <= statement.end);
  return reported ? speakerById(article, reported.speaker) : undefined;
}

function sameSpan(a: Span | null | undefined, b: Span | null | undefined): boolean {
  return a === b || (!!a && !!b && a.start === b.start && a.end === b.end);
}

function sameSelector(a: Note['selector'], b: Note['selector']): boolean {
  return sameSpan(a.position, b.position) && a.quote.exact === b.quote.exact && a.quote.prefix === b.quote.prefix && a.quote.suffix === b.quote.suffix;
}

/** The notes of one open article. Spans are null for orphans: notes whose words were not found. */
export class ArticleNotes {
  doc: NotesDocument;
  readonly spans = new Map<string, Span | null>();
  private readonly byId = new Map<string, Note>();
  /** Why the notes file cannot be read; the notes are read-only until it is fixed. */
  problem: NotesProblem | undefined;
  /** Notes changed (or deleted) here since the last write, with the change's generation. */
  private readonly unsaved = new Map<string, { generation: number; deleted: boolean }>();
  private generation = 0;
  refreshTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    public document: vscode.TextDocument,
    readonly file: NotesFile,
  ) {
    this.doc = createNotesDocument(this.fileName);
  }

  get uri(): vscode.Uri {
    return this.document.uri;
  }

  get key(): string {
    return this.document.uri.toString();
  }

  get fileName(): string {
    return this.uri.path.slice(this.uri.path.lastIndexOf('/') + 1);
  }

  get notes(): readonly Note[] {
    return this.doc.notes;
  }

  note(id: string): Note | undefined {
    return this.byId.get(id);
  }

  /** Where the note's words are now; null for an orphan. */
  span(id: string): Span | null {
    return this.spans.get(id) ?? null;
  }

  get orphans(): Note[] {
    return this.doc.notes.filter((note) => !this.spans.get(note.id));
  }

  /** Replaces the notes (after reading the file) and anchors them on the text. Returns the ids whose selector changed. */
  replace(doc: NotesDocument): Set<string> {
    this.doc = doc;
    this.byId.clear();
    this.spans.clear();
    for (const note of doc.notes) this.byId.set(note.id, note);
    return this.anchorNotes(doc.notes, (note) => note.selector.position);
  }

  /**
   * Anchors `notes` on the current text, looking first at `hint(note)`: exact words there, else
   * nearest, else fuzzy, else orphan (the stored selector is kept). Returns the ids whose selector changed.
   */
  anchorNotes(notes: Iterable<Note>, hint: (note: Note) => Span): Set<string> {
    const text = this.document.getText();
    const changed = new Set<string>();
    for (const note of notes) {
      const result = anchor(text, { quote: note.selector.quote, position: hint(note) });
      this.spans.set(note.id, result.span);
      if (result.span && !sameSelector(result.selector, note.selector)) {
        note.selector = result.selector;
        changed.add(note.id);
      }
    }
    return changed;
  }

  /** Marks a note changed here (to keep it through a reload of the file) and returns the new generation. */
  touch(id: string, { deleted = false } = {}): void {
    this.unsaved.set(id, { generation: ++this.generation, deleted });
  }

  add(note: Note): void {
    // Notes are kept in article order, so the file reads in the order of the claims.
    const index = this.doc.notes.findIndex((other) => other.selector.position.start > note.selector.position.start);
    this.doc.notes.splice(index < 0 ? this.doc.notes.length : index, 0, note);
    this.byId.set(note.id, note);
    this.spans.set(note.id, { ...note.selector.position });
    this.touch(note.id);
  }

  remove(id: string): void {
    this.doc.notes = this.doc.notes.filter((note) => note.id !== id);
    this.byId.delete(id);
    this.spans.delete(id);
    this.touch(id, { deleted: true });
  }

  /** The state to write now; once written, the changes up to now are no longer "unsaved". */
  snapshot(): { doc: NotesDocument; written(): void } {
    const generation = this.generation;
    return {
      doc: { ...this.doc, article: this.fileName },
      written: () => {
        for (const [id, change] of this.unsaved) if (change.generation <= generation) this.unsaved.delete(id);
      },
    };
  }

  get hasUnsavedChanges(): boolean {
    return this.unsaved.size > 0;
  }

  /**
   * The file's notes with the changes made here and not yet written laid over them: notes changed
   * here win, notes deleted here stay deleted, notes added here are kept. Nothing typed is lost when
   * the file changes on disk (git pull) while a write is pending.
   */
  mergeUnsaved(fromDisk: NotesDocument): NotesDocument {
    if (!this.unsaved.size) return fromDisk;
    const diskIds = new Set(fromDisk.notes.map((note) => note.id));
    const notes = fromDisk.notes
      .filter((note) => !this.unsaved.get(note.id)?.deleted)
      .map((note) => (this.unsaved.has(note.id) ? (this.byId.get(note.id) ?? note) : note));
    for (const [id, change] of this.unsaved) {
      const local = this.byId.get(id);
      if (!change.deleted && local && !diskIds.has(id)) notes.push(local);
    }
    return { ...fromDisk, notes };
  }
}

export interface NotesChange {
  article: ArticleNotes;
  /** Notes whose content (verdict, text, replies, status) or anchoring changed; 'all' after a (re)load. */
  notes: ReadonlySet<string> | 'all';
}

/** Minimal interface of TextDocumentContentChangeEvent used to move spans. */
function changeOf(change: vscode.TextDocumentContentChangeEvent) {
  return { offset: change.rangeOffset, deletedLength: change.rangeLength, insertedText: change.text };
}

export class FactCheckNotes implements vscode.Disposable {
  private readonly articles = new Map<string, ArticleNotes>();
  private readonly loading = new Map<string, Promise<ArticleNotes | undefined>>();
  /** Article renames in progress, by new URI: loading the new name waits for its notes file to move. */
  private readonly moves = new Map<string, { done: Promise<void>; release(): void }>();
  private readonly changed = new vscode.EventEmitter<NotesChange>();
  private readonly moved = new vscode.EventEmitter<ArticleNotes>();
  private readonly unloaded = new vscode.EventEmitter<ArticleNotes>();
  private readonly subscriptions: vscode.Disposable[];
  private readonly watchers = new Map<string, vscode.Disposable>();
  /** Problems already shown, so that a watcher firing twice does not repeat the message. */
  private readonly shownProblems = new Set<string>();

  /** Notes were added, removed, loaded, re-anchored or changed. */
  readonly onDidChange = this.changed.event;
  /** Edits moved the notes' spans (threads and decorations follow; labels stay). */
  readonly onDidMove = this.moved.event;
  /** The article closed: its threads go away. */
  readonly onDidUnload = this.unloaded.event;

  constructor() {
    this.subscriptions = [
      this.changed,
      this.moved,
      this.unloaded,
      vscode.workspace.onDidOpenTextDocument((document) => void this.load(document)),
      vscode.workspace.onDidCloseTextDocument((document) => void this.unload(document)),
      vscode.workspace.onDidChangeTextDocument((event) => this.follow(event)),
      vscode.workspace.onWillRenameFiles((event) => event.waitUntil(this.beforeRename(event.files))),
      vscode.workspace.onDidRenameFiles((event) => this.afterRename(event.files)),
      vscode.workspace.onDidGrantWorkspaceTrust(() => {
        for (const article of this.articles.values()) {
          if (article.hasUnsavedChanges) this.save(article);
          this.changed.fire({ article, notes: 'all' });
        }
      }),
    ];
    for (const document of vscode.workspace.textDocuments) void this.load(document);
  }

  get(uri: vscode.Uri | string): ArticleNotes | undefined {
    return this.articles.get(uri.toString());
  }

  /** The notes of `document`, loading them first if needed; undefined if it is not a news source. */
  async ready(document: vscode.TextDocument): Promise<ArticleNotes | undefined> {
    return this.get(document.uri) ?? this.loading.get(document.uri.toString()) ?? this.load(document);
  }

  all(): ArticleNotes[] {
    return [...this.articles.values()];
  }

  /** The article holding note `id`: the one at `uri` if given, else the active editor's, else any. */
  find(id: string, uri?: vscode.Uri | string): { article: ArticleNotes; note: Note } | undefined {
    const active = vscode.window.activeTextEditor?.document.uri;
    const candidates = uri ? [this.get(uri)] : [active && this.get(active), ...this.articles.values()];
    for (const article of candidates) {
      const note = article?.note(id);
      if (article && note) return { article, note };
    }
    return undefined;
  }

  /** Why the notes of `article` cannot be changed now, or undefined when they can. */
  readOnlyReason(article: ArticleNotes): string | undefined {
    if (!vscode.workspace.isTrusted) return 'Fact-check notes are read-only in an untrusted workspace: trust the workspace to add or change them.';
    if (article.problem) {
      const line = article.problem.line === null ? '' : ` (line ${article.problem.line})`;
      return `${article.file.label} cannot be read${line}. Its notes are read-only until the file is fixed; News Lens will not overwrite it.`;
    }
    if (!article.file.isWritable) return `Fact-check notes can be saved only beside files on disk; ${article.file.label} is read-only.`;
    return undefined;
  }

  // -------------------------------------------------------------------------------------------
  // Changes made through the commands. Each one is written after a short delay.

  addNote(article: ArticleNotes, span: Span, fields: { verdict?: Verdict; body: string }, id = newNoteId()): Note {
    const note: Note = {
      id,
      verdict: fields.verdict ?? initialVerdict(),
      status: 'open',
      author: currentAuthor(),
      created: timestamp(),
      edited: null,
      selector: createSelector(article.document.getText(), span.start, span.end),
      body: fields.body,
      replies: [],
    };
    article.add(note);
    this.commit(article, note.id);
    return note;
  }

  /** Applies `edit` to the note and saves. */
  editNote(article: ArticleNotes, id: string, edit: (note: Note) => void): void {
    const note = article.note(id);
    if (!note) return;
    edit(note);
    article.touch(id);
    this.commit(article, id);
  }

  deleteNote(article: ArticleNotes, id: string): void {
    article.remove(id);
    this.commit(article, id);
  }

  addReply(article: ArticleNotes, id: string, body: string): Reply | undefined {
    const reply: Reply = { id: newNoteId('r'), author: currentAuthor(), created: timestamp(), edited: null, body };
    let added = false;
    this.editNote(article, id, (note) => {
      note.replies.push(reply);
      added = true;
    });
    return added ? reply : undefined;
  }

  /** Pins a note (an orphan, usually) to new words. */
  attach(article: ArticleNotes, id: string, span: Span): void {
    this.editNote(article, id, (note) => {
      note.selector = createSelector(article.document.getText(), span.start, span.end);
      article.spans.set(id, { ...span });
    });
  }

  private commit(article: ArticleNotes, id: string): void {
    this.save(article);
    this.changed.fire({ article, notes: new Set([id]) });
  }

  private save(article: ArticleNotes): void {
    if (this.readOnlyReason(article)) return;
    article.file.schedule(() => article.snapshot());
  }

  /** Writes pending changes now (before a rename, on close, in tests through the refresh command). */
  async flush(article: ArticleNotes): Promise<void> {
    this.refreshSelectors(article);
    await article.file.flush();
  }

  // -------------------------------------------------------------------------------------------
  // Loading and reloading

  private load(document: vscode.TextDocument): Promise<ArticleNotes | undefined> {
    const key = document.uri.toString();
    const loaded = this.articles.get(key);
    if (loaded) {
      loaded.document = document;
      return Promise.resolve(loaded);
    }
    if (!isNewsSource(document) || document.uri.scheme === 'untitled') return Promise.resolve(undefined);
    const pending = this.loading.get(key);
    if (pending) return pending;
    const loading = this.loadNew(document).finally(() => this.loading.delete(key));
    this.loading.set(key, loading);
    return loading;
  }

  private async loadNew(document: vscode.TextDocument): Promise<ArticleNotes | undefined> {
    await this.moves.get(document.uri.toString())?.done;
    const notesUri = notesUriFor(document.uri);
    // The callbacks run only after a write, when `article` is long initialised.
    const file: NotesFile = new NotesFile(notesUri, {
      changedOnDisk: () => void this.reload(article),
      unreadable: (problem) => this.setProblem(article, problem),
      writeFailed: (error) =>
        void vscode.window.showErrorMessage(`News Lens could not save ${file.label}: ${error.message}. Your notes are kept and saved with the next change.`),
    });
    const article = new ArticleNotes(document, file);
    const read = await file.read({ force: true });
    if (document.isClosed) {
      file.dispose();
      return undefined;
    }
    this.articles.set(article.key, article);
    this.watch(article);
    if (read.kind === 'problem') this.setProblem(article, read.problem);
    else if (read.kind === 'notes') this.adopt(article, read.doc);
    this.changed.fire({ article, notes: 'all' });
    return article;
  }

  /** Takes the notes read from disk, with any unsaved changes laid over them, and anchors them. */
  private adopt(article: ArticleNotes, fromDisk: NotesDocument): void {
    const merged = article.mergeUnsaved(fromDisk);
    const reanchored = article.replace(merged);
    if (article.problem) {
      article.problem = undefined;
      void vscode.window.showInformationMessage(`News Lens: ${article.file.label} reads correctly again; its notes can be changed.`);
    }
    // Write back only what changed here (new offsets after the article changed, unsaved changes):
    // opening an article never rewrites an untouched notes file.
    for (const id of reanchored) article.touch(id);
    if (article.hasUnsavedChanges) this.save(article);
    else article.file.cancelPending();
  }

  private setProblem(article: ArticleNotes, problem: NotesProblem): void {
    article.problem = problem;
    this.changed.fire({ article, notes: 'all' });
    const key = `${problem.uri.toString()}:${problem.line}:${problem.reason}`;
    if (this.shownProblems.has(key)) return;
    this.shownProblems.add(key);
    void reportProblem(problem, 'The file is left as it is and its notes are read-only until it is fixed.');
  }

  /** Reads the notes file again (it changed on disk, or the user asked); `force` re-anchors even if unchanged. */
  async reload(article: ArticleNotes, { force = false } = {}): Promise<void> {
    const read = await article.file.read({ force });
    if (!this.articles.has(article.key)) return;
    if (read.kind === 'problem') return this.setProblem(article, read.problem);
    if (read.kind === 'unchanged') return;
    this.shownProblems.clear();
    this.adopt(article, read.doc);
    this.changed.fire({ article, notes: 'all' });
  }

  /** Re-anchors every note on the current text (the article changed outside VS Code). */
  reanchor(article: ArticleNotes): void {
    const changed = article.anchorNotes(article.notes, (note) => article.span(note.id) ?? note.selector.position);
    for (const id of changed) article.touch(id);
    if (changed.size) this.save(article);
    this.changed.fire({ article, notes: 'all' });
  }

  private watch(article: ArticleNotes): void {
    const folder = vscode.Uri.joinPath(article.uri, '..');
    // A pattern of `*` avoids escaping glob characters in file names; events are filtered by URI.
    const watcher = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(folder, '*'));
    const notesKey = article.file.uri.toString();
    const onEvent = (uri: vscode.Uri) => {
      if (uri.toString() === notesKey) void this.reload(article);
      else if (uri.toString() === article.key && !article.document.isDirty) this.reanchor(article);
    };
    this.watchers.set(article.key, vscode.Disposable.from(watcher, watcher.onDidChange(onEvent), watcher.onDidCreate(onEvent), watcher.onDidDelete(onEvent)));
  }

  private async unload(document: vscode.TextDocument): Promise<void> {
    const article = this.articles.get(document.uri.toString());
    // A language switch closes and reopens the same file: the new document takes over.
    if (!article || article.document !== document) return;
    this.articles.delete(article.key);
    this.watchers.get(article.key)?.dispose();
    this.watchers.delete(article.key);
    clearTimeout(article.refreshTimer);
    this.unloaded.fire(article);
    await this.flush(article);
    article.file.dispose();
  }

  // -------------------------------------------------------------------------------------------
  // Following edits: VS Code does not move comment-thread ranges, so every span is moved here.

  private follow(event: vscode.TextDocumentChangeEvent): void {
    const article = this.articles.get(event.document.uri.toString());
    if (!article || article.document !== event.document || !event.contentChanges.length) return;
    const lost: Note[] = [];
    const hints = new Map<string, Span>();
    let moved = false;
    for (const note of article.notes) {
      const before = article.spans.get(note.id);
      if (!before) continue;
      let span = before;
      for (const change of event.contentChanges) span = shiftSpan(span, changeOf(change));
      if (span.start === span.end && before.start !== before.end) {
        // The claim's words were replaced as a whole (a formatter, a whole-document edit): find them again.
        lost.push(note);
        hints.set(note.id, before);
      } else if (!sameSpan(span, before)) {
        article.spans.set(note.id, span);
        moved = true;
      }
    }
    if (lost.length) {
      for (const id of article.anchorNotes(lost, (note) => hints.get(note.id)!)) article.touch(id);
      this.save(article);
      this.changed.fire({ article, notes: new Set(lost.map((note) => note.id)) });
    }
    if (moved) this.moved.fire(article);
    clearTimeout(article.refreshTimer);
    article.refreshTimer = setTimeout(() => this.refreshSelectors(article), SELECTOR_REFRESH_MS);
  }

  /**
   * Brings every anchored note's selector (offsets, words, context) up to date with the text, saves
   * what changed, and tries the orphans again (undo may have brought their words back).
   */
  private refreshSelectors(article: ArticleNotes): void {
    const edited = article.refreshTimer !== undefined;
    clearTimeout(article.refreshTimer);
    article.refreshTimer = undefined;
    // Changes that leave the document clean came from disk (git pull, another editor) or a revert:
    // their line-based edits may have cut spans, so every note is found again by its words first.
    // (The change event itself cannot tell: the dirty flag of a first keystroke arrives after it.)
    const fromDisk = edited && !article.document.isDirty;
    const reanchored = fromDisk ? article.anchorNotes(article.notes.filter((note) => article.spans.get(note.id)), (note) => article.span(note.id)!) : new Set<string>();
    for (const id of reanchored) article.touch(id);
    const text = article.document.getText();
    let changed = reanchored.size > 0;
    for (const note of article.notes) {
      const span = article.spans.get(note.id);
      if (!span || span.end > text.length) continue;
      const fresh = createSelector(text, span.start, span.end);
      if (!sameSelector(fresh, note.selector)) {
        note.selector = fresh;
        article.touch(note.id);
        changed = true;
      }
    }
    const orphans = article.orphans;
    const found = orphans.length ? article.anchorNotes(orphans, (note) => note.selector.position) : new Set<string>();
    for (const id of found) article.touch(id);
    if (changed || found.size) this.save(article);
    if (fromDisk) this.changed.fire({ article, notes: 'all' });
    else if (found.size) this.changed.fire({ article, notes: found });
  }

  // -------------------------------------------------------------------------------------------
  // Renames: the notes file moves with its article.

  private async beforeRename(files: readonly { oldUri: vscode.Uri; newUri: vscode.Uri }[]): Promise<void> {
    for (const { oldUri, newUri } of files) {
      let release!: () => void;
      const done = new Promise<void>((resolve) => (release = resolve));
      // afterRename releases it; a rename that never happens (cancelled) after a while.
      const timer = setTimeout(release, 10_000);
      this.moves.set(newUri.toString(), { done, release: () => (clearTimeout(timer), release()) });
      const article = this.get(oldUri);
      if (article) await this.flush(article);
    }
  }

  private async afterRename(files: readonly { oldUri: vscode.Uri; newUri: vscode.Uri }[]): Promise<void> {
    for (const { oldUri, newUri } of files) {
      try {
        await this.moveNotesFile(oldUri, newUri);
      } finally {
        this.moves.get(newUri.toString())?.release();
        this.moves.delete(newUri.toString());
      }
    }
  }

  private async moveNotesFile(oldUri: vscode.Uri, newUri: vscode.Uri): Promise<void> {
    const from = notesUriFor(oldUri);
    const to = notesUriFor(newUri);
    const exists = (uri: vscode.Uri) => vscode.workspace.fs.stat(uri).then(() => true, () => false);
    // Nothing to move for an article without notes, or a folder (its notes files move with it).
    if (!(await exists(from))) return;
    if (await exists(to)) {
      void vscode.window.showWarningMessage(
        `News Lens did not move ${vscode.workspace.asRelativePath(from)}: ${vscode.workspace.asRelativePath(to)} already exists. Merge the two notes files by hand.`,
      );
      return;
    }
    try {
      await vscode.workspace.fs.rename(from, to);
    } catch (error) {
      void vscode.window.showErrorMessage(`News Lens could not move the fact-check notes to ${vscode.workspace.asRelativePath(to)}: ${(error as Error).message}`);
    }
  }

  dispose(): void {
    for (const article of this.articles.values()) {
      clearTimeout(article.refreshTimer);
      void this.flush(article).finally(() => article.file.dispose());
    }
    for (const watcher of this.watchers.values()) watcher.dispose();
    for (const subscription of this.subscriptions) subscription.dispose();
  }
}
