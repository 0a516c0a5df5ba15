import * as vscode from 'vscode';
import type { Article, Quote, Speaker } from '../analysis/model';
import { mentionAt, quoteAt, quotesBy, speakerById } from '../analysis/query';
import type { ArticleCache } from './articleCache';
import { excerpt, locationOf, rangeOf, selectSpan } from './editorSpans';
import { fullRole, plural } from './labels';
import { NEWS_SOURCE_SELECTOR } from './newsSources';

/** The speaker under the cursor: named by a mention there, or the speaker of the quote there. */
function speakerAt(article: Article, offset: number): Speaker | undefined {
  const mentioned = mentionAt(article, offset)?.speaker;
  if (mentioned) return mentioned;
  const speakerId = quoteAt(article, offset)?.speaker;
  return speakerId ? speakerById(article, speakerId) : undefined;
}

/**
 * The first quote starting after `offset` (or, backwards, before it), wrapping around the article.
 * Callers pass the selection's start, so that with a quote selected repeated use steps quote by quote.
 */
function adjacentQuote(quotes: readonly Quote[], offset: number, direction: 1 | -1): Quote | undefined {
  if (!quotes.length) return undefined;
  if (direction === 1) return quotes.find((quote) => quote.start > offset) ?? quotes[0];
  return quotes.findLast((quote) => quote.start < offset) ?? quotes[quotes.length - 1];
}

function speakerSymbol(document: vscode.TextDocument, article: Article, speaker: Speaker): vscode.DocumentSymbol {
  const quotes = quotesBy(article, speaker.id);
  // The introduction and the quotes only: spanning every mention would make the most-mentioned
  // person enclose the whole article and hide the quoted speakers from the breadcrumbs.
  const spans = [speaker.introduction, ...quotes];
  const start = Math.min(...spans.map((span) => span.start));
  const end = Math.max(...spans.map((span) => span.end));
  const symbol = new vscode.DocumentSymbol(
    speaker.name,
    speaker.shortRole ?? '',
    vscode.SymbolKind.Object,
    rangeOf(document, { start, end }),
    rangeOf(document, speaker.introduction),
  );
  symbol.children = quotes.map(
    (quote) =>
      new vscode.DocumentSymbol(`“${excerpt(quote.text, 50)}”`, quote.cue?.text ?? '', vscode.SymbolKind.String, rangeOf(document, quote), rangeOf(document, quote)),
  );
  return symbol;
}

export function registerNavigation(articles: ArticleCache): vscode.Disposable {
  /** Runs `action` with the active news source's editor and analysis, or explains why it cannot. */
  const withArticle =
    (action: (editor: vscode.TextEditor, article: Article) => unknown) =>
    (): unknown => {
      const editor = vscode.window.activeTextEditor;
      const article = editor && articles.get(editor.document);
      if (!editor || !article) {
        void vscode.window.showInformationMessage('News Lens: open a news source first.');
        return undefined;
      }
      return action(editor, article);
    };

  const goToAdjacentQuote = (direction: 1 | -1) =>
    withArticle((editor, article) => {
      const quote = adjacentQuote(article.quotes, editor.document.offsetAt(editor.selection.start), direction);
      if (quote) selectSpan(editor, quote);
      else vscode.window.setStatusBarMessage('News Lens: this article has no quotes.', 3000);
    });

  const nextQuoteBySpeaker = withArticle((editor, article) => {
    const offset = editor.document.offsetAt(editor.selection.start);
    const speaker = speakerAt(article, offset);
    if (!speaker) {
      vscode.window.setStatusBarMessage('News Lens: put the cursor on a speaker’s name or quote first.', 3000);
      return;
    }
    const quote = adjacentQuote(quotesBy(article, speaker.id), offset, 1);
    if (quote) selectSpan(editor, quote);
    else vscode.window.setStatusBarMessage(`News Lens: ${speaker.name} is not quoted directly.`, 3000);
  });

  /** Quick Pick of speakers, then of their quotes, previewing each quote as the user moves. */
  const goToSpeakerQuotes = async (speakerId?: string): Promise<void> => {
    const editor = vscode.window.activeTextEditor;
    const article = editor && articles.get(editor.document);
    if (!editor || !article) {
      void vscode.window.showInformationMessage('News Lens: open a news source first.');
      return;
    }
    let speaker = speakerId ? speakerById(article, speakerId) : undefined;
    if (!speaker) {
      const quoted = article.speakers.filter((s) => quotesBy(article, s.id).length);
      if (!quoted.length) {
        void vscode.window.showInformationMessage('News Lens: nobody is quoted in this article.');
        return;
      }
      const picked = await vscode.window.showQuickPick(
        quoted.map((s) => ({ label: s.name, description: s.shortRole ?? '', detail: plural(quotesBy(article, s.id).length, 'quote'), speaker: s })),
        { title: 'Go to Speaker’s Quotes', placeHolder: 'Whose quotes?', matchOnDescription: true },
      );
      speaker = picked?.speaker;
    }
    if (speaker) await pickQuote(editor, article, speaker);
  };

  return vscode.Disposable.from(
    vscode.commands.registerCommand('newsLens.revealQuote', async (uri: string, start: number, end: number) => {
      const editor = await vscode.window.showTextDocument(vscode.Uri.parse(uri), { preserveFocus: false });
      selectSpan(editor, { start, end });
    }),
    vscode.commands.registerCommand('newsLens.nextQuote', goToAdjacentQuote(1)),
    vscode.commands.registerCommand('newsLens.previousQuote', goToAdjacentQuote(-1)),
    vscode.commands.registerCommand('newsLens.nextQuoteBySpeaker', nextQuoteBySpeaker),
    vscode.commands.registerCommand('newsLens.goToSpeakerQuotes', goToSpeakerQuotes),
    vscode.languages.registerDocumentSymbolProvider(
      NEWS_SOURCE_SELECTOR,
      {
        provideDocumentSymbols(document) {
          const article = articles.get(document);
          return article?.speakers.map((speaker) => speakerSymbol(document, article, speaker));
        },
      },
      { label: 'News Lens' },
    ),
    vscode.languages.registerDefinitionProvider(NEWS_SOURCE_SELECTOR, {
      provideDefinition(document, position) {
        const article = articles.get(document);
        const speaker = article && mentionAt(article, document.offsetAt(position))?.speaker;
        return speaker && locationOf(document, speaker.introduction);
      },
    }),
    vscode.languages.registerReferenceProvider(NEWS_SOURCE_SELECTOR, {
      provideReferences(document, position, context) {
        const article = articles.get(document);
        const speaker = article && speakerAt(article, document.offsetAt(position));
        if (!article || !speaker) return undefined;
        const isIntroduction = (span: { start: number }) => span.start === speaker.introduction.start;
        const mentions = speaker.mentions.filter((mention) => context.includeDeclaration || !isIntroduction(mention));
        return [...mentions, ...quotesBy(article, speaker.id)]
          .sort((a, b) => a.start - b.start)
          .map((span) => locationOf(document, span));
      },
    }),
  );
}

async function pickQuote(editor: vscode.TextEditor, article: Article, speaker: Speaker): Promise<void> {
  const original = editor.selection;
  const items = quotesBy(article, speaker.id).map((quote) => ({
    label: `“${excerpt(quote.text, 80)}”`,
    description: `line ${editor.document.positionAt(quote.start).line + 1}`,
    quote,
  }));
  if (!items.length) {
    void vscode.window.showInformationMessage(`News Lens: ${speaker.name} is not quoted directly.`);
    return;
  }
  const quickPick = vscode.window.createQuickPick<(typeof items)[number]>();
  quickPick.title = `${speaker.name}${fullRole(speaker) ? ` — ${fullRole(speaker)}` : ''}`;
  quickPick.placeholder = `${plural(items.length, 'quote')}: pick one to go to it`;
  quickPick.items = items;
  quickPick.matchOnDescription = true;
  let accepted = false;
  const chosen = new Promise<void>((resolve) => {
    quickPick.onDidChangeActive(([item]) => item && selectSpan(editor, item.quote));
    quickPick.onDidAccept(() => {
      const [item] = quickPick.selectedItems;
      if (item) {
        accepted = true;
        selectSpan(editor, item.quote);
      }
      quickPick.hide();
    });
    quickPick.onDidHide(() => {
      if (!accepted) {
        editor.selection = original;
        editor.revealRange(original, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
      }
      quickPick.dispose();
      resolve();
    });
  });
  quickPick.show();
  await chosen;
}
