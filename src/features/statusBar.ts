import * as vscode from 'vscode';
import type { ArticleCache } from './articleCache';
import { countStatements, plural } from './labels';
import { isCommentInput, isNewsSource } from './newsSources';

/** "4 speakers · 14 quotes" for the active news source; a click focuses the Speakers view. */
export function registerStatusBar(articles: ArticleCache): vscode.Disposable {
  const item = vscode.window.createStatusBarItem('newsLens.summary', vscode.StatusBarAlignment.Right, 100);
  item.name = 'News Lens Speakers';
  item.command = 'newsLens.speakers.focus';

  const update = () => {
    const editor = vscode.window.activeTextEditor;
    if (isCommentInput(editor)) return;
    const enabled = vscode.workspace.getConfiguration('newsLens.statusBar').get<boolean>('enabled', true);
    const article = enabled && editor && isNewsSource(editor.document) ? articles.get(editor.document) : undefined;
    if (!article) {
      item.hide();
      return;
    }
    const counts = [...countStatements(article).values()];
    const quoted = counts.filter((c) => c.quotes).length;
    const reportedOnly = counts.filter((c) => !c.quotes && c.reported).length;
    const attributed = counts.reduce((sum, c) => sum + c.quotes, 0);
    const unattributed = article.quotes.length - attributed;
    item.text = `$(account) ${plural(quoted, 'speaker')} · ${plural(attributed, 'quote')}`;
    item.tooltip = [
      `News Lens: ${plural(quoted, 'person', 'people')} quoted`,
      reportedOnly ? `, ${reportedOnly} more with reported speech` : '',
      unattributed ? `; ${plural(unattributed, 'quotation')} with no speaker (headlines, scare quotes)` : '',
      '. Click to show the Speakers view.',
    ].join('');
    item.show();
  };

  update();
  return vscode.Disposable.from(
    item,
    articles.onDidChange(update),
    vscode.window.onDidChangeActiveTextEditor(update),
    vscode.workspace.onDidChangeConfiguration((event) => {
      if (event.affectsConfiguration('newsLens.statusBar.enabled')) update();
    }),
  );
}
