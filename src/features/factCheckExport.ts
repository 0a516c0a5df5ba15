// "Export Fact-Checks…": an article's notes as ClaimReview JSON-LD, W3C Web Annotations or a Markdown report.
import * as vscode from 'vscode';
import { toClaimReviewJsonLd, toMarkdownReport, toWebAnnotations, type ExportContext } from '../factcheck';
import type { ArticleCache } from './articleCache';
import { type ArticleNotes, type FactCheckNotes, claimSpeaker, configuredVerdicts } from './factCheckNotes';
import { plural } from './labels';

export type ExportFormat = 'claimreview' | 'webannotation' | 'markdown';

interface FormatChoice extends vscode.QuickPickItem {
  format: ExportFormat;
  /** Appended to the article's file name for the default file name. */
  suffix: string;
  filters: Record<string, string[]>;
  render(article: ArticleNotes, context: ExportContext): string;
}

const FORMATS: readonly FormatChoice[] = [
  {
    format: 'claimreview',
    label: 'ClaimReview JSON-LD',
    detail: 'schema.org ClaimReview, the markup fact-checkers publish for search engines.',
    suffix: '.claimreview.jsonld',
    filters: { 'JSON-LD': ['jsonld', 'json'] },
    render: (article, context) => toClaimReviewJsonLd(article.notes, context),
  },
  {
    format: 'webannotation',
    label: 'W3C Web Annotation JSON',
    detail: 'An AnnotationCollection with quote and position selectors, for annotation tools such as Hypothesis.',
    suffix: '.annotations.json',
    filters: { JSON: ['json', 'jsonld'] },
    render: (article, context) => JSON.stringify(toWebAnnotations(article.notes, context), null, 2) + '\n',
  },
  {
    format: 'markdown',
    label: 'Markdown report',
    detail: 'A readable report grouped by verdict, with who said each claim.',
    suffix: '.factcheck-report.md',
    filters: { Markdown: ['md'] },
    render: (article, context) => toMarkdownReport(article.notes, context),
  },
];

/** `newsLens.factCheck.export` from code: the format and the file to write, without asking. */
export interface ExportArgs {
  format?: ExportFormat;
  target?: vscode.Uri | string;
  /** The article; default the active editor's. */
  uri?: vscode.Uri | string;
}

const toUri = (uri: vscode.Uri | string) => (typeof uri === 'string' ? vscode.Uri.parse(uri) : uri);

async function chooseArticle(notes: FactCheckNotes, uri: vscode.Uri | string | undefined): Promise<ArticleNotes | undefined> {
  if (uri) {
    const document = await vscode.workspace.openTextDocument(toUri(uri));
    return notes.ready(document);
  }
  const active = vscode.window.activeTextEditor?.document;
  const article = active && (await notes.ready(active));
  if (article) return article;
  const withNotes = notes.all().filter((candidate) => candidate.notes.length);
  if (withNotes.length <= 1) return withNotes[0];
  const picked = await vscode.window.showQuickPick(
    withNotes.map((candidate) => ({ label: candidate.fileName, description: vscode.workspace.asRelativePath(candidate.uri), candidate })),
    { title: 'Export the fact-checks of which article?' },
  );
  return picked?.candidate;
}

/** Who said the words of each note, from the analysis of the article as it is now. */
function exportContext(article: ArticleNotes, articles: ArticleCache): ExportContext {
  const analysis = articles.get(article.document);
  return {
    articleName: article.fileName,
    verdicts: configuredVerdicts(),
    speakerFor: (_stored, note) => {
      // The note's current span: the stored one is stale for an orphan.
      const span = article.span(note.id);
      const speaker = analysis && span ? claimSpeaker(analysis, span) : undefined;
      return speaker ? { name: speaker.name, role: speaker.shortRole ?? speaker.role } : null;
    },
  };
}

async function exportFactChecks(notes: FactCheckNotes, articles: ArticleCache, args: ExportArgs = {}): Promise<vscode.Uri | undefined> {
  const article = await chooseArticle(notes, args.uri);
  if (!article) {
    void vscode.window.showInformationMessage('News Lens: open a news source with fact-checks to export them.');
    return undefined;
  }
  if (!article.notes.length) {
    void vscode.window.showInformationMessage(`News Lens: ${article.fileName} has no fact-checks to export.`);
    return undefined;
  }
  const choice = args.format
    ? FORMATS.find((candidate) => candidate.format === args.format)
    : await vscode.window.showQuickPick(FORMATS, { title: `Export ${plural(article.notes.length, 'fact-check')} of ${article.fileName}`, placeHolder: 'Choose a format' });
  if (!choice) {
    if (args.format) throw new Error(`newsLens.factCheck.export: unknown format ${JSON.stringify(args.format)} (use ${FORMATS.map((f) => f.format).join(', ')})`);
    return undefined;
  }
  const target = args.target
    ? toUri(args.target)
    : await vscode.window.showSaveDialog({
        title: `Export Fact-Checks as ${choice.label}`,
        saveLabel: 'Export',
        defaultUri: article.uri.with({ path: article.uri.path + choice.suffix }),
        filters: choice.filters,
      });
  if (!target) return undefined;

  // Offsets and context are refreshed after typing stops; bring them up to date first.
  await notes.flush(article);
  const text = choice.render(article, exportContext(article, articles));
  try {
    await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(text));
  } catch (error) {
    void vscode.window.showErrorMessage(`News Lens could not write ${vscode.workspace.asRelativePath(target)}: ${(error as Error).message}`);
    return undefined;
  }
  void vscode.window
    .showInformationMessage(`News Lens: exported ${plural(article.notes.length, 'fact-check')} as ${choice.label} to ${vscode.workspace.asRelativePath(target)}.`, 'Open')
    .then((answer) => {
      if (answer === 'Open') void vscode.window.showTextDocument(target);
    });
  return target;
}

export function registerFactCheckExport(notes: FactCheckNotes, articles: ArticleCache): vscode.Disposable {
  return vscode.commands.registerCommand('newsLens.factCheck.export', (args?: ExportArgs) => exportFactChecks(notes, articles, args));
}
