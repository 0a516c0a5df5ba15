import * as vscode from 'vscode';
import type { ArticleFormat } from '../analysis/model';

export const NEWS_SOURCE_LANGUAGE = 'news-source';

/**
 * Every provider registers for both languages and asks `isNewsSource`, so that a change of
 * `newsLens.filePatterns` takes effect without re-registering anything.
 */
export const NEWS_SOURCE_SELECTOR: vscode.DocumentSelector = [
  { language: NEWS_SOURCE_LANGUAGE },
  { language: 'markdown' },
];

function filePatterns(uri: vscode.Uri): string[] {
  return vscode.workspace.getConfiguration('newsLens', uri).get<string[]>('filePatterns', []);
}

function matchesFilePatterns(document: vscode.TextDocument): boolean {
  return filePatterns(document.uri).some((pattern) => vscode.languages.match({ pattern }, document) > 0);
}

/** A news source is a `news-source` document, or a Markdown file that `newsLens.filePatterns` names. */
export function isNewsSource(document: vscode.TextDocument): boolean {
  if (document.languageId === NEWS_SOURCE_LANGUAGE) return true;
  return document.languageId === 'markdown' && matchesFilePatterns(document);
}

/**
 * The input box of a comment thread is an editor of its own (scheme `comment`): typing a fact-check
 * there should leave the views, the status bar and the key bindings on the article being checked.
 */
export function isCommentInput(editor: vscode.TextEditor | undefined): boolean {
  return editor?.document.uri.scheme === 'comment';
}

export function articleFormat(document: vscode.TextDocument): ArticleFormat {
  return document.languageId === 'markdown' || /\.(md|markdown)$/i.test(document.uri.path) ? 'markdown' : 'text';
}

/** Switches plain-text files that `newsLens.filePatterns` names to News Source as they open. */
async function adoptIfNamed(document: vscode.TextDocument): Promise<void> {
  if (document.languageId === 'plaintext' && matchesFilePatterns(document)) {
    await vscode.languages.setTextDocumentLanguage(document, NEWS_SOURCE_LANGUAGE);
  }
}

async function openAsNewsSource(): Promise<void> {
  const editor = vscode.window.activeTextEditor;
  if (!editor) {
    void vscode.window.showInformationMessage('News Lens: open a text file first, then run "Open as News Source".');
    return;
  }
  if (editor.document.languageId === NEWS_SOURCE_LANGUAGE) return;
  await vscode.languages.setTextDocumentLanguage(editor.document, NEWS_SOURCE_LANGUAGE);
}

async function openNewsSource(): Promise<void> {
  const picked = await vscode.window.showOpenDialog({
    canSelectMany: false,
    openLabel: 'Open as News Source',
    filters: { 'News sources': ['news', 'txt', 'md'], 'All files': ['*'] },
  });
  if (!picked?.length) return;
  const document = await vscode.workspace.openTextDocument(picked[0]);
  await vscode.window.showTextDocument(document);
  if (document.languageId === 'plaintext') await vscode.languages.setTextDocumentLanguage(document, NEWS_SOURCE_LANGUAGE);
}

/** `newsLens.isNewsSource` drives keybindings, menus and welcome views. */
function updateContextKey(): void {
  if (isCommentInput(vscode.window.activeTextEditor)) return;
  const document = vscode.window.activeTextEditor?.document;
  void vscode.commands.executeCommand('setContext', 'newsLens.isNewsSource', !!document && isNewsSource(document));
}

export function registerNewsSources(): vscode.Disposable {
  for (const document of vscode.workspace.textDocuments) void adoptIfNamed(document);
  updateContextKey();
  return vscode.Disposable.from(
    vscode.workspace.onDidOpenTextDocument((document) => void adoptIfNamed(document)),
    vscode.window.onDidChangeActiveTextEditor(updateContextKey),
    // A language switch closes and reopens the document, so the active editor's document changes identity.
    vscode.workspace.onDidOpenTextDocument(updateContextKey),
    vscode.workspace.onDidChangeConfiguration((event) => {
      if (event.affectsConfiguration('newsLens.filePatterns')) updateContextKey();
    }),
    vscode.commands.registerCommand('newsLens.openAsNewsSource', openAsNewsSource),
    vscode.commands.registerCommand('newsLens.openNewsSource', openNewsSource),
  );
}
