// Fact-check notes pinned to exact words: the state (factCheckNotes), comment threads, the
// Fact-Checks view, verdict colours and the export, registered together.
import * as vscode from 'vscode';
import type { ArticleCache } from './articleCache';
import { registerFactCheckComments } from './factCheckComments';
import { registerFactCheckDecorations } from './factCheckDecorations';
import { registerFactCheckExport } from './factCheckExport';
import { FactCheckNotes } from './factCheckNotes';
import { registerFactCheckView } from './factCheckView';

export function registerFactChecks(articles: ArticleCache): vscode.Disposable {
  const notes = new FactCheckNotes();
  return vscode.Disposable.from(
    registerFactCheckComments(notes, articles),
    registerFactCheckView(notes, articles),
    registerFactCheckDecorations(notes),
    registerFactCheckExport(notes, articles),
    // Last, so that the features stop listening before the notes are flushed and closed.
    notes,
  );
}
