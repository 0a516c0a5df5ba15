import * as vscode from 'vscode';
import type { Span } from '../analysis/model';

export function rangeOf(document: vscode.TextDocument, span: Span): vscode.Range {
  return new vscode.Range(document.positionAt(span.start), document.positionAt(span.end));
}

export function locationOf(document: vscode.TextDocument, span: Span): vscode.Location {
  return new vscode.Location(document.uri, rangeOf(document, span));
}

/** Selects the span and scrolls it to the middle of the editor. */
export function selectSpan(editor: vscode.TextEditor, span: Span): void {
  const range = rangeOf(editor.document, span);
  editor.selection = new vscode.Selection(range.start, range.end);
  editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
}

/** “First words of a quote…” for labels, on one line. */
export function excerpt(text: string, maxLength = 60): string {
  const oneLine = text.replace(/\s+/g, ' ').trim();
  return oneLine.length <= maxLength ? oneLine : `${oneLine.slice(0, maxLength - 1).trimEnd()}…`;
}

/** `command:` URI for Markdown links in hovers and tooltips. */
export function commandUri(command: string, args: unknown[]): vscode.Uri {
  return vscode.Uri.parse(`command:${command}?${encodeURIComponent(JSON.stringify(args))}`);
}
