import * as vscode from 'vscode';
import type { Article } from './analysis/model';
import { ArticleCache } from './features/articleCache';
import { registerFactChecks } from './features/factCheck';
import { registerHover } from './features/hover';
import { registerNavigation } from './features/navigation';
import { registerNewsSources } from './features/newsSources';
import { registerSemanticTokens } from './features/semanticTokens';
import { registerSpeakersView } from './features/speakersView';
import { registerStatusBar } from './features/statusBar';

/** What News Lens offers other extensions (and its own integration tests). */
export interface NewsLensApi {
  /** The analysis of a news source's current version, or undefined for other documents. */
  articleFor(document: vscode.TextDocument): Article | undefined;
  /** The data behind the Speakers view. */
  speakersTree: vscode.TreeDataProvider<unknown>;
}

export function activate(context: vscode.ExtensionContext): NewsLensApi {
  const articles = new ArticleCache();
  const speakersView = registerSpeakersView(articles);
  context.subscriptions.push(
    articles,
    registerNewsSources(),
    speakersView,
    registerStatusBar(articles),
    registerHover(articles),
    registerNavigation(articles),
    registerSemanticTokens(articles),
    registerFactChecks(articles),
  );
  return {
    articleFor: (document) => articles.get(document),
    speakersTree: speakersView.treeDataProvider,
  };
}

export function deactivate(): void {
  // Everything is disposed through context.subscriptions.
}
