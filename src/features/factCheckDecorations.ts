// The checked words underlined in their verdict's colour, with a mark in the overview ruler.
import * as vscode from 'vscode';
import { verdictInfo, type NoteStatus, type Verdict, type VerdictSeverity } from '../factcheck';
import { rangeOf } from './editorSpans';
import type { ArticleNotes, FactCheckNotes } from './factCheckNotes';

/** Theme colours (every theme defines the chart colours) for the way a verdict leans. */
const SEVERITY_COLORS: Record<VerdictSeverity, string> = {
  supported: 'charts.green',
  mixed: 'charts.yellow',
  refuted: 'charts.red',
  unrated: 'charts.blue',
};

export function verdictColor(verdict: Verdict): vscode.ThemeColor {
  return new vscode.ThemeColor(SEVERITY_COLORS[verdictInfo(verdict).severity]);
}

/** Milliseconds to wait after typing before redrawing: the editor moves decorations by itself meanwhile. */
const REDRAW_DELAY_MS = 100;

type StyleKey = `${VerdictSeverity}/${NoteStatus}`;

function createStyles(): Map<StyleKey, vscode.TextEditorDecorationType> {
  const styles = new Map<StyleKey, vscode.TextEditorDecorationType>();
  for (const [severity, color] of Object.entries(SEVERITY_COLORS) as [VerdictSeverity, string][]) {
    for (const status of ['open', 'resolved'] as const) {
      const themeColor = new vscode.ThemeColor(color);
      styles.set(
        `${severity}/${status}`,
        vscode.window.createTextEditorDecorationType({
          borderWidth: '0 0 2px 0',
          // Resolved checks stay visible, more quietly.
          borderStyle: status === 'open' ? 'solid' : 'dotted',
          borderColor: themeColor,
          overviewRulerColor: themeColor,
          overviewRulerLane: vscode.OverviewRulerLane.Right,
          rangeBehavior: vscode.DecorationRangeBehavior.ClosedClosed,
        }),
      );
    }
  }
  return styles;
}

export function registerFactCheckDecorations(notes: FactCheckNotes): vscode.Disposable {
  const styles = createStyles();
  const timers = new Map<string, ReturnType<typeof setTimeout>>();

  const draw = (editor: vscode.TextEditor, article: ArticleNotes | undefined) => {
    const ranges = new Map<StyleKey, vscode.DecorationOptions[]>([...styles.keys()].map((key) => [key, []]));
    for (const note of article?.notes ?? []) {
      const span = article!.span(note.id);
      if (!span) continue;
      const hoverMessage = new vscode.MarkdownString();
      hoverMessage.appendText(`Fact-check: ${note.verdict}${note.status === 'resolved' ? ' (resolved)' : ''}`);
      ranges.get(`${verdictInfo(note.verdict).severity}/${note.status}`)!.push({ range: rangeOf(editor.document, span), hoverMessage });
    }
    for (const [key, style] of styles) editor.setDecorations(style, ranges.get(key)!);
  };

  const redraw = (article: ArticleNotes) => {
    clearTimeout(timers.get(article.key));
    timers.delete(article.key);
    for (const editor of vscode.window.visibleTextEditors) if (editor.document === article.document) draw(editor, article);
  };

  const drawVisible = () => {
    for (const editor of vscode.window.visibleTextEditors) draw(editor, notes.get(editor.document.uri));
  };

  drawVisible();
  return vscode.Disposable.from(
    ...styles.values(),
    notes.onDidChange(({ article }) => redraw(article)),
    notes.onDidMove((article) => {
      clearTimeout(timers.get(article.key));
      timers.set(article.key, setTimeout(() => redraw(article), REDRAW_DELAY_MS));
    }),
    notes.onDidUnload((article) => {
      clearTimeout(timers.get(article.key));
      timers.delete(article.key);
    }),
    vscode.window.onDidChangeVisibleTextEditors(drawVisible),
    { dispose: () => timers.forEach((timer) => clearTimeout(timer)) },
  );
}
