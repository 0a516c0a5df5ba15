import * as vscode from 'vscode';
import { Analyzer } from '../analysis';
import type { Article } from '../analysis/model';
import { articleFormat, isNewsSource } from './newsSources';

interface Entry {
  version: number;
  article: Article;
  /** Keeps the readings of unchanged paragraphs from one version to the next. */
  analyzer: Analyzer;
}

/**
 * The one analysis per document version that every feature shares. `get` analyses on demand
 * (a provider asked before the debounce fired); edits re-analyse after `newsLens.analysis.delay`
 * and then fire `onDidChange`, which views use to refresh. Each document has its own Analyzer, so a
 * re-analysis reads again only the paragraphs an edit changed.
 */
export class ArticleCache implements vscode.Disposable {
  private readonly entries = new Map<string, Entry>();
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  private readonly changed = new vscode.EventEmitter<vscode.TextDocument>();
  private readonly subscriptions: vscode.Disposable[];

  /** Fires after a news source has been (re-)analysed, and when the active news source changes. */
  readonly onDidChange = this.changed.event;

  constructor() {
    this.subscriptions = [
      this.changed,
      vscode.workspace.onDidChangeTextDocument((event) => {
        if (event.contentChanges.length && isNewsSource(event.document)) this.schedule(event.document);
      }),
      vscode.workspace.onDidOpenTextDocument((document) => {
        if (isNewsSource(document)) this.refresh(document);
      }),
      vscode.workspace.onDidCloseTextDocument((document) => this.forget(document.uri)),
      vscode.window.onDidChangeActiveTextEditor((editor) => {
        if (editor && isNewsSource(editor.document)) this.refresh(editor.document);
      }),
    ];
  }

  /** The analysis of the document's current version, or undefined when it is not a news source. */
  get(document: vscode.TextDocument): Article | undefined {
    if (!isNewsSource(document)) return undefined;
    const key = document.uri.toString();
    const cached = this.entries.get(key);
    if (cached?.version === document.version) return cached.article;
    const analyzer = cached?.analyzer ?? new Analyzer();
    const article = analyzer.analyze(document.getText(), { format: articleFormat(document) });
    this.entries.set(key, { version: document.version, article, analyzer });
    return article;
  }

  /** Re-analyses now (if the version is new, or always with `force`) and tells listeners. */
  refresh(document: vscode.TextDocument, { force = false } = {}): void {
    this.cancel(document.uri);
    if (force) this.entries.delete(document.uri.toString());
    if (this.get(document)) this.changed.fire(document);
  }

  private schedule(document: vscode.TextDocument): void {
    this.cancel(document.uri);
    const delay = vscode.workspace.getConfiguration('newsLens', document.uri).get<number>('analysis.delay', 250);
    this.timers.set(document.uri.toString(), setTimeout(() => this.refresh(document), delay));
  }

  private cancel(uri: vscode.Uri): void {
    const key = uri.toString();
    clearTimeout(this.timers.get(key));
    this.timers.delete(key);
  }

  private forget(uri: vscode.Uri): void {
    this.cancel(uri);
    this.entries.delete(uri.toString());
  }

  dispose(): void {
    for (const timer of this.timers.values()) clearTimeout(timer);
    this.timers.clear();
    this.entries.clear();
    for (const subscription of this.subscriptions) subscription.dispose();
  }
}
