import * as vscode from 'vscode';
import type { Article, Quote, Speaker } from '../analysis/model';
import { mentionAt, quoteAt, quotesBy, speakerById } from '../analysis/query';
import type { ArticleCache } from './articleCache';
import { commandUri, rangeOf } from './editorSpans';
import { countStatements, fullRole, statementSummary } from './labels';
import { NEWS_SOURCE_SELECTOR } from './newsSources';

/** Hover links may run these commands and nothing else. */
const HOVER_COMMANDS = ['newsLens.goToSpeakerQuotes', 'newsLens.revealQuote'];

/** Escapes what would turn article text into Markdown syntax inside a line (links need `[`, so `(` is safe). */
function escape(text: string): string {
  return text.replace(/[\\`*_[\]<>|~]/g, '\\$&');
}

function speakerSection(markdown: vscode.MarkdownString, article: Article, speaker: Speaker): void {
  const counts = countStatements(article).get(speaker.id) ?? { quotes: 0, reported: 0 };
  const role = fullRole(speaker);
  markdown.appendMarkdown(`**${escape(speaker.name)}**${role ? `: ${escape(role)}` : ''} · ${statementSummary(counts)}`);
  if (counts.quotes) {
    markdown.appendMarkdown(`\n\n[Show ${escape(speaker.name)}’s quotes](${commandUri('newsLens.goToSpeakerQuotes', [speaker.id])})`);
  }
}

function quoteSection(markdown: vscode.MarkdownString, document: vscode.TextDocument, article: Article, quote: Quote): void {
  const speaker = quote.speaker ? speakerById(article, quote.speaker) : undefined;
  if (!speaker) {
    markdown.appendMarkdown('Quote with no speaker in the article');
    return;
  }
  const cue = quote.cue ? ` (“${escape(quote.cue.text)}”)` : ' (continues the previous paragraph)';
  markdown.appendMarkdown(`Quote by **${escape(speaker.name)}**${quote.cue || quote.continues !== null ? cue : ''}`);
  const theirs = quotesBy(article, speaker.id);
  const next = theirs[theirs.indexOf(quote) + 1];
  if (next) {
    const line = document.positionAt(next.start).line + 1;
    const link = commandUri('newsLens.revealQuote', [document.uri.toString(), next.start, next.end]);
    markdown.appendMarkdown(`\n\n[Next quote by ${escape(speaker.name)} (line ${line})](${link})`);
  }
}

export function registerHover(articles: ArticleCache): vscode.Disposable {
  return vscode.languages.registerHoverProvider(NEWS_SOURCE_SELECTOR, {
    provideHover(document, position) {
      const article = articles.get(document);
      if (!article) return undefined;
      const offset = document.offsetAt(position);
      const mention = mentionAt(article, offset);
      const quote = quoteAt(article, offset);
      if (!mention && !quote) return undefined;

      const markdown = new vscode.MarkdownString('', true);
      markdown.isTrusted = { enabledCommands: HOVER_COMMANDS };
      markdown.supportHtml = false;
      if (mention) speakerSection(markdown, article, mention.speaker);
      if (mention && quote) markdown.appendMarkdown('\n\n---\n\n');
      if (quote) quoteSection(markdown, document, article, quote);
      return new vscode.Hover(markdown, rangeOf(document, mention?.mention ?? quote!));
    },
  });
}
