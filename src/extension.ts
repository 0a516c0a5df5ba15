import * as vscode from 'vscode';
import { ArticleCache } from './features/articleCache';
import { registerNewsSources } from './features/newsSources';

export function activate(context: vscode.ExtensionContext): void {
  const articles = new ArticleCache();
  context.subscriptions.push(articles, registerNewsSources());
}

export function deactivate(): void {
  // Everything is disposed through context.subscriptions.
}
