// Fact-check notes as comment threads on the article: a thread per anchored note, its verdict and
// the claim's speaker in the label, and the commands of the thread and comment menus.
import * as vscode from 'vscode';
import { newNoteId, timestamp, type Note, type Reply, type Span, type Verdict } from '../factcheck';
import type { ArticleCache } from './articleCache';
import { excerpt, rangeOf, selectSpan } from './editorSpans';
import { type ArticleNotes, type FactCheckNotes, type NotesChange, claimSpeaker, configuredVerdicts, currentAuthor } from './factCheckNotes';
import { isNewsSource } from './newsSources';

/** The id that `commentController == …` in package.json menus refers to. */
const CONTROLLER_ID = 'news-lens-factcheck';

/** Names a note from code (tests, tree items): its id, and the article when more than one is open. */
export interface NoteTarget {
  noteId: string;
  uri?: vscode.Uri | string;
}

/** `newsLens.addFactCheck` from code: the words (a range or offsets; default the selection) and the note. */
export interface AddFactCheckArgs {
  uri?: vscode.Uri | string;
  range?: vscode.Range;
  span?: Span;
  verdict?: Verdict;
  body?: string;
}

/** What `newsLens.factCheck.reveal` returns: where the thread is now. */
export interface RevealedNote {
  uri: vscode.Uri;
  range: vscode.Range;
  text: string;
}

function toUri(uri: vscode.Uri | string): vscode.Uri {
  return typeof uri === 'string' ? vscode.Uri.parse(uri) : uri;
}

function isNoteTarget(value: unknown): value is NoteTarget {
  return typeof value === 'object' && value !== null && typeof (value as NoteTarget).noteId === 'string';
}

/** Comment bodies are the user's Markdown: rendered, never trusted (no HTML, no command links). */
function untrustedMarkdown(text: string): vscode.MarkdownString {
  const markdown = new vscode.MarkdownString(text);
  markdown.isTrusted = false;
  markdown.supportHtml = false;
  markdown.supportThemeIcons = false;
  return markdown;
}

function bodyText(body: string | vscode.MarkdownString): string {
  return typeof body === 'string' ? body : body.value;
}

/** The first comment of a thread is the note itself; the others are its replies. */
class NoteComment implements vscode.Comment {
  body: string | vscode.MarkdownString;
  mode: vscode.CommentMode;
  author: vscode.CommentAuthorInformation;
  contextValue: string;
  label: string | undefined;
  timestamp: Date;

  constructor(
    readonly thread: vscode.CommentThread,
    readonly noteId: string,
    readonly replyId: string | undefined,
    entry: Note | Reply,
    editable: boolean,
    editing: boolean,
  ) {
    this.body = editing ? entry.body : untrustedMarkdown(entry.body);
    this.mode = editing ? vscode.CommentMode.Editing : vscode.CommentMode.Preview;
    this.author = { name: entry.author || 'anonymous' };
    this.contextValue = editable ? 'editable' : 'readonly';
    this.label = entry.edited ? `edited ${new Date(entry.edited).toLocaleString()}` : undefined;
    this.timestamp = new Date(entry.created);
  }

  get key(): string {
    return `${this.noteId}/${this.replyId ?? ''}`;
  }
}

/** Empty lines get no "+" in the gutter: a claim is made of words. */
function textLineRanges(document: vscode.TextDocument): vscode.Range[] {
  const ranges: vscode.Range[] = [];
  let start = -1;
  for (let line = 0; line <= document.lineCount; line++) {
    const blank = line === document.lineCount || document.lineAt(line).isEmptyOrWhitespace;
    if (!blank && start < 0) start = line;
    if (blank && start >= 0) {
      ranges.push(new vscode.Range(start, 0, line - 1, document.lineAt(line - 1).text.length));
      start = -1;
    }
  }
  return ranges;
}

/** The words of a new thread: its range, or the text of its line when the gutter "+" gave an empty range. */
function claimSpan(document: vscode.TextDocument, range: vscode.Range): Span | undefined {
  let start = document.offsetAt(range.start);
  let end = document.offsetAt(range.end);
  if (start === end) {
    const line = document.lineAt(range.start.line);
    start = document.offsetAt(line.range.start) + line.firstNonWhitespaceCharacterIndex;
    end = document.offsetAt(line.range.end);
  }
  const text = document.getText().slice(start, end);
  // Leave out surrounding spaces a drag selection picks up.
  start += text.length - text.trimStart().length;
  end -= text.length - text.trimEnd().length;
  return end > start ? { start, end } : undefined;
}

export class FactCheckThreads implements vscode.Disposable {
  private readonly controller = vscode.comments.createCommentController(CONTROLLER_ID, 'Fact-Checks');
  /** Threads by article and note id: a controller cannot list its own threads. */
  private readonly threads = new Map<string, Map<string, vscode.CommentThread>>();
  private readonly noteOfThread = new WeakMap<vscode.CommentThread, { article: string; noteId: string }>();
  /** Threads opened for a new note that has no text yet, by article. */
  private readonly drafts = new Map<string, Set<vscode.CommentThread>>();
  /** Comments in edit mode (`noteId/replyId`), kept in edit mode when their thread is redrawn. */
  private readonly editing = new Set<string>();
  /** What each thread shows, so that a reload sends VS Code only the threads that changed. */
  private readonly rendered = new WeakMap<vscode.CommentThread, string>();
  private readonly subscriptions: vscode.Disposable[];

  constructor(
    private readonly notes: FactCheckNotes,
    private readonly articles: ArticleCache,
  ) {
    this.controller.options = {
      prompt: 'Write a note…',
      placeHolder: 'Why is this claim true, false or unverified? Markdown is supported.',
    };
    this.controller.commentingRangeProvider = {
      provideCommentingRanges: (document) => {
        if (!isNewsSource(document) || !vscode.workspace.isTrusted) return [];
        const article = notes.get(document.uri);
        return article && notes.readOnlyReason(article) ? [] : textLineRanges(document);
      },
    };
    this.subscriptions = [
      this.controller,
      notes.onDidChange((change) => this.sync(change)),
      notes.onDidMove((article) => this.move(article)),
      notes.onDidUnload((article) => this.unload(article.key)),
      articles.onDidChange((document) => {
        const article = notes.get(document.uri);
        if (article) this.relabel(article);
      }),
    ];
    for (const article of notes.all()) this.sync({ article, notes: 'all' });
  }

  // -------------------------------------------------------------------------------------------
  // Threads drawn from the notes

  private threadsOf(article: ArticleNotes): Map<string, vscode.CommentThread> {
    let threads = this.threads.get(article.key);
    if (!threads) this.threads.set(article.key, (threads = new Map()));
    return threads;
  }

  threadOf(article: ArticleNotes, noteId: string): vscode.CommentThread | undefined {
    return this.threads.get(article.key)?.get(noteId);
  }

  /** Creates, updates and disposes threads so that there is one per anchored note. Linear in the notes. */
  private sync({ article, notes: changed }: NotesChange): void {
    const threads = this.threadsOf(article);
    const editable = !this.notes.readOnlyReason(article);
    for (const note of article.notes) {
      const span = article.span(note.id);
      let thread = threads.get(note.id);
      if (!span) {
        thread?.dispose();
        threads.delete(note.id);
        continue;
      }
      const range = rangeOf(article.document, span);
      if (!thread) {
        thread = this.controller.createCommentThread(article.uri, range, []);
        thread.collapsibleState = vscode.CommentThreadCollapsibleState.Collapsed;
        this.register(article, note.id, thread);
      } else if (!thread.range?.isEqual(range)) {
        thread.range = range;
      } else if (changed !== 'all' && !changed.has(note.id) && thread.comments.length) {
        continue;
      }
      this.render(article, note, thread, editable);
    }
    for (const [id, thread] of threads) {
      if (!article.note(id)) {
        thread.dispose();
        threads.delete(id);
      }
    }
    for (const draft of this.drafts.get(article.key) ?? []) draft.canReply = editable ? { name: currentAuthor() } : false;
  }

  private register(article: ArticleNotes, noteId: string, thread: vscode.CommentThread): void {
    this.threadsOf(article).set(noteId, thread);
    this.noteOfThread.set(thread, { article: article.key, noteId });
  }

  private render(article: ArticleNotes, note: Note, thread: vscode.CommentThread, editable: boolean): void {
    const editing = (replyId?: string) => editable && this.editing.has(`${note.id}/${replyId ?? ''}`);
    const label = this.label(article, note);
    const modes = [editing(), ...note.replies.map((reply) => editing(reply.id))];
    const shown = JSON.stringify([note.verdict, note.status, note.author, note.created, note.edited, note.body, note.replies, editable, label, modes]);
    if (this.rendered.get(thread) === shown) return;
    this.rendered.set(thread, shown);
    const comment = (entry: Note | Reply, replyId?: string) => new NoteComment(thread, note.id, replyId, entry, editable, editing(replyId));
    thread.comments = [comment(note), ...note.replies.map((reply) => comment(reply, reply.id))];
    thread.label = label;
    thread.state = note.status === 'resolved' ? vscode.CommentThreadState.Resolved : vscode.CommentThreadState.Unresolved;
    // `commentThread =~ /open/` and `/resolved/` pick the menu items; a read-only thread gets none.
    thread.contextValue = editable ? note.status : 'readonly';
    thread.canReply = editable ? { name: currentAuthor() } : false;
  }

  /** "False · Leon Aron" when the words are in someone's quote, else just the verdict. */
  private label(article: ArticleNotes, note: Note): string {
    const span = article.span(note.id);
    const analysis = span && this.articles.get(article.document);
    const speaker = analysis ? claimSpeaker(analysis, span) : undefined;
    return speaker ? `${note.verdict} · ${speaker.name}` : note.verdict;
  }

  private relabel(article: ArticleNotes): void {
    for (const [id, thread] of this.threads.get(article.key) ?? []) {
      const note = article.note(id);
      const label = note && this.label(article, note);
      if (label && thread.label !== label) thread.label = label;
    }
  }

  /** Edits moved the spans: move the threads (VS Code does not). */
  private move(article: ArticleNotes): void {
    for (const [id, thread] of this.threads.get(article.key) ?? []) {
      const span = article.span(id);
      if (!span) continue;
      const range = rangeOf(article.document, span);
      if (!thread.range?.isEqual(range)) thread.range = range;
    }
  }

  private unload(key: string): void {
    for (const thread of this.threads.get(key)?.values() ?? []) thread.dispose();
    for (const draft of this.drafts.get(key) ?? []) draft.dispose();
    this.threads.delete(key);
    this.drafts.delete(key);
  }

  // -------------------------------------------------------------------------------------------
  // Finding the note a command is about

  /** The note of a thread, of a comment, or named by `{ noteId, uri }`. */
  private target(value: unknown): { article: ArticleNotes; note: Note } | undefined {
    if (isNoteTarget(value)) return this.notes.find(value.noteId, value.uri);
    const thread = value instanceof NoteComment ? value.thread : (value as vscode.CommentThread | undefined);
    const known = thread && this.noteOfThread.get(thread);
    const article = known && this.notes.get(known.article);
    const note = known && article?.note(known.noteId);
    return article && note ? { article, note } : undefined;
  }

  /** The note, if it can be changed; otherwise says why and returns undefined. */
  private writable(value: unknown): { article: ArticleNotes; note: Note } | undefined {
    const found = this.target(value);
    if (!found) {
      void vscode.window.showWarningMessage('News Lens: this fact-check is no longer there (its article was closed or the note deleted).');
      return undefined;
    }
    const readOnly = this.notes.readOnlyReason(found.article);
    if (readOnly) {
      void vscode.window.showWarningMessage(`News Lens: ${readOnly}`);
      return undefined;
    }
    return found;
  }

  private async articleFor(document: vscode.TextDocument): Promise<ArticleNotes | undefined> {
    const article = await this.notes.ready(document);
    if (!article) {
      void vscode.window.showInformationMessage('News Lens: fact-checks can be added to news sources only. Run "Open as News Source" first.');
      return undefined;
    }
    const readOnly = this.notes.readOnlyReason(article);
    if (readOnly) {
      void vscode.window.showWarningMessage(`News Lens: ${readOnly}`);
      return undefined;
    }
    return article;
  }

  // -------------------------------------------------------------------------------------------
  // Commands

  /**
   * From the editor (menu, keybinding): opens an empty thread on the selection for the user to write
   * in. From code, with `{ uri, range | span, verdict, body }`: adds the note and returns its id.
   */
  async addFactCheck(args?: AddFactCheckArgs | vscode.Uri): Promise<string | undefined> {
    if (args && !(args instanceof vscode.Uri)) return this.addFromCode(args);
    const editor = vscode.window.activeTextEditor;
    if (!editor || !isNewsSource(editor.document)) {
      void vscode.window.showInformationMessage('News Lens: open a news source and select the words to fact-check.');
      return undefined;
    }
    const span = editor.selection.isEmpty ? undefined : claimSpan(editor.document, editor.selection);
    if (!span) {
      void vscode.window.showInformationMessage('News Lens: select the words to fact-check first.');
      return undefined;
    }
    const article = await this.articleFor(editor.document);
    if (!article) return undefined;
    const range = rangeOf(editor.document, span);
    // VS Code's own "Add Comment on Current Selection" opens the thread with its input focused, but it
    // toggles a thread that already ends on the line instead (a paragraph often holds several claims).
    const endsOnLine = (thread: vscode.CommentThread) => thread.range?.end.line === range.end.line;
    const threads = [...(this.threads.get(article.key)?.values() ?? []), ...(this.drafts.get(article.key) ?? [])];
    if (!threads.some(endsOnLine)) {
      editor.selection = new vscode.Selection(range.start, range.end);
      await vscode.commands.executeCommand('workbench.action.addComment');
      return undefined;
    }
    const thread = this.controller.createCommentThread(article.uri, range, []);
    thread.label = 'New fact-check';
    thread.canReply = { name: currentAuthor() };
    thread.collapsibleState = vscode.CommentThreadCollapsibleState.Expanded;
    let drafts = this.drafts.get(article.key);
    if (!drafts) this.drafts.set(article.key, (drafts = new Set()));
    drafts.add(thread);
    vscode.window.setStatusBarMessage('News Lens: write the fact-check in the new thread below the paragraph.', 5000);
    return undefined;
  }

  private async addFromCode(args: AddFactCheckArgs): Promise<string | undefined> {
    const document = args.uri ? await vscode.workspace.openTextDocument(toUri(args.uri)) : vscode.window.activeTextEditor?.document;
    if (!document) throw new Error('newsLens.addFactCheck: no uri given and no active editor');
    const range = args.range ?? (args.span ? undefined : vscode.window.activeTextEditor?.selection);
    const span = args.span ?? (range && claimSpan(document, range));
    if (!span || span.end <= span.start || span.end > document.getText().length) throw new Error('newsLens.addFactCheck: the words to check are missing or outside the article');
    const article = await this.articleFor(document);
    if (!article) return undefined;
    return this.notes.addNote(article, span, { verdict: args.verdict, body: args.body ?? '' }).id;
  }

  /** "Save Fact-Check" in an empty thread: the thread becomes the note's thread. */
  async create(reply: vscode.CommentReply): Promise<string | undefined> {
    const { thread, text } = reply;
    const document = await vscode.workspace.openTextDocument(thread.uri);
    const article = await this.articleFor(document);
    const span = thread.range && claimSpan(document, thread.range);
    if (!article || !span) {
      if (article) void vscode.window.showInformationMessage('News Lens: a fact-check needs words to check; select them and try again.');
      return undefined;
    }
    const id = newNoteId();
    this.drafts.get(article.key)?.delete(thread);
    // Registered before the note exists, so that drawing the new note reuses this thread.
    this.register(article, id, thread);
    this.notes.addNote(article, span, { body: text }, id);
    return id;
  }

  reply(value: vscode.CommentReply | (NoteTarget & { body: string })): string | undefined {
    const [target, text] = isNoteTarget(value) ? [value, value.body] : [value.thread, value.text];
    const found = this.writable(target);
    return found && this.notes.addReply(found.article, found.note.id, text)?.id;
  }

  async setVerdict(value: vscode.CommentThread | (NoteTarget & { verdict?: Verdict })): Promise<Verdict | undefined> {
    const found = this.writable(value);
    if (!found) return undefined;
    let verdict = isNoteTarget(value) ? value.verdict : undefined;
    if (verdict === undefined) {
      const current = found.note.verdict;
      const verdicts = configuredVerdicts();
      const items: vscode.QuickPickItem[] = verdicts.map((label) => ({ label, description: label === current ? 'current' : undefined }));
      if (!verdicts.includes(current)) items.push({ label: current, description: 'current · not in the newsLens.factCheck.verdicts setting' });
      const picked = await vscode.window.showQuickPick(items, {
        title: `Verdict on “${excerpt(found.note.selector.quote.exact, 50)}”`,
        placeHolder: 'Choose a verdict',
      });
      verdict = picked?.label;
    }
    const chosen = verdict?.trim();
    // The quick pick may have stayed open while the note went away or the file broke.
    if (!chosen || !this.writable({ noteId: found.note.id, uri: found.article.uri })) return undefined;
    if (found.note.verdict !== chosen) {
      this.notes.editNote(found.article, found.note.id, (note) => {
        note.verdict = chosen;
        note.edited = timestamp();
      });
    }
    return chosen;
  }

  setStatus(value: unknown, status: Note['status']): boolean {
    const found = this.writable(value);
    if (!found) return false;
    if (found.note.status !== status) this.notes.editNote(found.article, found.note.id, (note) => (note.status = status));
    const thread = this.threadOf(found.article, found.note.id);
    if (thread && status === 'resolved') thread.collapsibleState = vscode.CommentThreadCollapsibleState.Collapsed;
    return true;
  }

  /** Deletes the note and its replies, after asking. */
  async deleteThread(value: unknown): Promise<boolean> {
    const found = this.writable(value);
    if (!found) return false;
    const replies = found.note.replies.length;
    const answer = await vscode.window.showWarningMessage(
      `Delete the fact-check on “${excerpt(found.note.selector.quote.exact, 50)}”${replies ? ` and its ${replies === 1 ? 'reply' : `${replies} replies`}` : ''}?`,
      { modal: true, detail: `It is removed from ${found.article.file.label}.` },
      'Delete',
    );
    if (answer !== 'Delete') return false;
    this.notes.deleteNote(found.article, found.note.id);
    return true;
  }

  editComment(comment: NoteComment): void {
    const found = this.writable(comment);
    const thread = found && this.threadOf(found.article, found.note.id);
    if (!found || !thread) return;
    this.editing.add(comment.key);
    this.render(found.article, found.note, thread, true);
  }

  saveComment(comment: NoteComment): void {
    const text = bodyText(comment.body);
    this.editing.delete(comment.key);
    const found = this.writable(comment);
    if (!found) return;
    const entry = comment.replyId ? found.note.replies.find((reply) => reply.id === comment.replyId) : found.note;
    if (!entry) return;
    this.notes.editNote(found.article, found.note.id, () => {
      if (entry.body === text) return;
      entry.body = text;
      entry.edited = timestamp();
    });
  }

  cancelEdit(comment: NoteComment): void {
    this.editing.delete(comment.key);
    const found = this.target(comment);
    const thread = found && this.threadOf(found.article, found.note.id);
    if (found && thread) this.render(found.article, found.note, thread, !this.notes.readOnlyReason(found.article));
  }

  /** Deletes a reply; deleting the first comment deletes the whole fact-check (after asking). */
  async deleteComment(value: NoteComment | (NoteTarget & { replyId?: string })): Promise<boolean> {
    const { replyId } = value;
    if (!replyId) return this.deleteThread(value);
    const found = this.writable(value);
    if (!found?.note.replies.some((reply) => reply.id === replyId)) return false;
    this.notes.editNote(found.article, found.note.id, (note) => (note.replies = note.replies.filter((reply) => reply.id !== replyId)));
    return true;
  }

  /** Opens the article with the claim selected and its thread expanded; undefined for an orphan. */
  async reveal(value: NoteTarget | string): Promise<RevealedNote | undefined> {
    const found = this.target(typeof value === 'string' ? { noteId: value } : value);
    if (!found) {
      void vscode.window.showWarningMessage('News Lens: this fact-check is no longer there.');
      return undefined;
    }
    const span = found.article.span(found.note.id);
    if (!span) {
      void vscode.window.showInformationMessage(
        `News Lens: the words of this fact-check (“${excerpt(found.note.selector.quote.exact, 50)}”) are no longer in the article. Select new words and use "Attach to Selection…" in the Fact-Checks view.`,
      );
      return undefined;
    }
    const editor = await vscode.window.showTextDocument(found.article.document, { preserveFocus: false });
    selectSpan(editor, span);
    const thread = this.threadOf(found.article, found.note.id);
    if (thread) thread.collapsibleState = vscode.CommentThreadCollapsibleState.Expanded;
    const range = rangeOf(editor.document, span);
    return { uri: editor.document.uri, range, text: editor.document.getText(range) };
  }

  /**
   * Pins a note (an orphan) to new words: the given range or span, else the selection in the
   * article's editor. Without a selection, opens the article and offers to attach once words are selected.
   */
  async attachOrphan(value: NoteTarget & { range?: vscode.Range; span?: Span }): Promise<boolean> {
    const found = this.writable(value);
    if (!found) return false;
    const { article, note } = found;
    const selectionIn = (editor: vscode.TextEditor | undefined) =>
      editor?.document === article.document && !editor.selection.isEmpty ? claimSpan(article.document, editor.selection) : undefined;
    let span = value.span ?? (value.range ? claimSpan(article.document, value.range) : undefined);
    span ??= selectionIn(vscode.window.activeTextEditor) ?? selectionIn(vscode.window.visibleTextEditors.find((e) => e.document === article.document));
    if (!span) {
      await vscode.window.showTextDocument(article.document);
      const answer = await vscode.window.showInformationMessage(
        `Select the words the fact-check “${excerpt(note.selector.quote.exact, 40)}” is about, then choose Attach.`,
        'Attach',
      );
      span = answer === 'Attach' ? selectionIn(vscode.window.activeTextEditor) : undefined;
      if (!span) {
        if (answer) void vscode.window.showInformationMessage('News Lens: nothing was selected in the article; the note stays orphaned.');
        return false;
      }
    }
    if (!this.writable({ noteId: note.id, uri: article.uri })) return false;
    this.notes.attach(article, note.id, span);
    return true;
  }

  dispose(): void {
    for (const key of [...this.threads.keys(), ...this.drafts.keys()]) this.unload(key);
    for (const subscription of this.subscriptions) subscription.dispose();
  }
}

export function registerFactCheckComments(notes: FactCheckNotes, articles: ArticleCache): vscode.Disposable {
  const threads = new FactCheckThreads(notes, articles);
  const command = (id: string, run: (...args: never[]) => unknown) => vscode.commands.registerCommand(`newsLens.${id}`, run);
  return vscode.Disposable.from(
    threads,
    command('addFactCheck', (args?: AddFactCheckArgs | vscode.Uri) => threads.addFactCheck(args)),
    command('factCheck.create', (reply: vscode.CommentReply) => threads.create(reply)),
    command('factCheck.reply', (value: vscode.CommentReply | (NoteTarget & { body: string })) => threads.reply(value)),
    command('factCheck.setVerdict', (value: vscode.CommentThread | (NoteTarget & { verdict?: Verdict })) => threads.setVerdict(value)),
    command('factCheck.resolve', (value: unknown) => threads.setStatus(value, 'resolved')),
    command('factCheck.reopen', (value: unknown) => threads.setStatus(value, 'open')),
    command('factCheck.deleteThread', (value: unknown) => threads.deleteThread(value)),
    command('factCheck.editComment', (comment: NoteComment) => threads.editComment(comment)),
    command('factCheck.saveComment', (comment: NoteComment) => threads.saveComment(comment)),
    command('factCheck.cancelEdit', (comment: NoteComment) => threads.cancelEdit(comment)),
    command('factCheck.deleteComment', (value: NoteComment | (NoteTarget & { replyId?: string })) => threads.deleteComment(value)),
    command('factCheck.reveal', (value: NoteTarget | string) => threads.reveal(value)),
    command('factCheck.attachOrphan', (value: NoteTarget & { range?: vscode.Range; span?: Span }) => threads.attachOrphan(value)),
  );
}
