import * as vscode from 'vscode';
import type { Article, Span } from '../analysis/model';
import type { ArticleCache } from './articleCache';
import { NEWS_SOURCE_SELECTOR } from './newsSources';

// Custom types fall back to their superType in themes with semantic colours, and package.json
// maps them to TextMate scopes (`semanticTokenScopes`) so that every theme colours them.
export const SEMANTIC_LEGEND = new vscode.SemanticTokensLegend(['speaker', 'attributionCue'], ['declaration']);

interface Token extends Span {
  type: number;
  modifiers: number;
}

function tokensOf(article: Article): Token[] {
  const tokens: Token[] = [];
  for (const speaker of article.speakers) {
    for (const mention of speaker.mentions) {
      const isIntroduction = mention.start === speaker.introduction.start;
      tokens.push({ start: mention.start, end: mention.end, type: 0, modifiers: isIntroduction ? 1 : 0 });
    }
  }
  for (const statement of [...article.quotes, ...article.reported]) {
    if (statement.cue) tokens.push({ start: statement.cue.start, end: statement.cue.end, type: 1, modifiers: 0 });
  }
  // VS Code rejects overlapping tokens: a cue can also be read as part of a name, so the first one wins.
  tokens.sort((a, b) => a.start - b.start || b.end - a.end);
  return tokens.filter((token, i) => i === 0 || token.start >= tokens[i - 1].end);
}

function isEnabled(document: vscode.TextDocument): boolean {
  return vscode.workspace.getConfiguration('newsLens.semanticHighlighting', document.uri).get<boolean>('enabled', true);
}

export function registerSemanticTokens(articles: ArticleCache): vscode.Disposable {
  const changed = new vscode.EventEmitter<void>();
  const provider: vscode.DocumentSemanticTokensProvider = {
    onDidChangeSemanticTokens: changed.event,
    provideDocumentSemanticTokens(document) {
      const builder = new vscode.SemanticTokensBuilder(SEMANTIC_LEGEND);
      const article = isEnabled(document) ? articles.get(document) : undefined;
      for (const token of article ? tokensOf(article) : []) {
        const start = document.positionAt(token.start);
        const end = document.positionAt(token.end);
        // Semantic tokens cannot span lines; a name broken by a hard line wrap is coloured up to the break.
        const lineEnd = start.line === end.line ? end : document.lineAt(start.line).range.end;
        builder.push(new vscode.Range(start, lineEnd), SEMANTIC_LEGEND.tokenTypes[token.type], token.modifiers ? ['declaration'] : []);
      }
      return builder.build();
    },
  };
  return vscode.Disposable.from(
    changed,
    vscode.languages.registerDocumentSemanticTokensProvider(NEWS_SOURCE_SELECTOR, provider, SEMANTIC_LEGEND),
    vscode.workspace.onDidChangeConfiguration((event) => {
      if (event.affectsConfiguration('newsLens.semanticHighlighting.enabled')) changed.fire();
    }),
  );
}
