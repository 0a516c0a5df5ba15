import * as vscode from 'vscode';
import { ArticleCache } from './features/articleCache';
import { registerHover } from './features/hover';
import { registerNavigation } from './features/navigation';
import { registerNewsSources } from './features/newsSources';
import { registerSemanticTokens } from './features/semanticTokens';
import { registerSpeakersView } from './features/speakersView';
import { registerStatusBar } from './features/statusBar';

export function activate(context: vscode.ExtensionContext): void {
  const articles = new ArticleCache();
  context.subscriptions.push(
    articles,
    registerNewsSources(),
    registerSpeakersView(articles),
    registerStatusBar(articles),
    registerHover(articles),
    registerNavigation(articles),
    registerSemanticTokens(articles),
  );
}

export function deactivate(): void {
  // Everything is disposed through context.subscriptions.
}
