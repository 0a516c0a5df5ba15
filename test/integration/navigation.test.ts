// Hovers, Outline symbols, Go to Definition, Find All References, quote navigation and
// semantic tokens, asked of VS Code itself on the seed article.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { NewsLensApi } from '../../src/extension';
import { SEED, activateNewsLens, closeAllEditors, openWorkspaceFile, waitFor } from './util';

let editor: vscode.TextEditor;
let text: string;

/** Position of `word` inside the first occurrence of `context` in the seed. */
function positionOf(context: string, word = context): vscode.Position {
  const at = text.indexOf(context);
  assert.ok(at >= 0, `the seed contains “${context}”`);
  return editor.document.positionAt(at + context.indexOf(word));
}

function offsetOf(position: vscode.Position): number {
  return editor.document.offsetAt(position);
}

function hoverText(hovers: vscode.Hover[]): string {
  return hovers
    .flatMap((hover) => hover.contents)
    .map((content) => (content instanceof vscode.MarkdownString ? content.value : typeof content === 'string' ? content : content.value))
    .join('\n');
}

async function hoverAt(position: vscode.Position): Promise<string> {
  return hoverText(await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', editor.document.uri, position));
}

/** The start offsets of every quotation in the seed, found by its opening marks. */
function quoteStarts(): number[] {
  return [...text.matchAll(/“/g)].map((match) => match.index!);
}

async function runAndReadSelection(command: string): Promise<number> {
  await vscode.commands.executeCommand(command);
  return offsetOf(vscode.window.activeTextEditor!.selection.start);
}

suite('Hovers and navigation', () => {
  suiteSetup(async () => {
    const api = (await activateNewsLens()).exports as NewsLensApi;
    editor = await openWorkspaceFile(SEED);
    text = editor.document.getText();
    await waitFor('the seed to be analysed', () => (api.articleFor(editor.document)?.quotes.length ?? 0) > 0);
  });
  suiteTeardown(closeAllEditors);
  setup(async () => {
    editor = await vscode.window.showTextDocument(editor.document);
  });

  test('hovering a surname shows who the person is', async () => {
    const hover = await hoverAt(positionOf('But Aron said', 'Aron'));
    assert.match(hover, /Leon Aron/);
    assert.match(hover, /American Enterprise Institute/);
    assert.match(hover, /\(AEI\)/);
    assert.match(hover, /5 quotes/);
    assert.match(hover, /command:newsLens\.goToSpeakerQuotes/);
  });

  test('hovering a full name, and “he” in an attribution, names the person', async () => {
    assert.match(await hoverAt(positionOf('Leon Aron, a senior fellow', 'Aron')), /senior fellow at the American Enterprise Institute/);
    // “Trump clearly wants …,” he said. — the paragraph is about Kalachov, not the Trump quoted inside.
    assert.match(await hoverAt(positionOf('Zelensky,” he said', 'he')), /Konstantin Kalachov/);
  });

  test('hovering a quote says who said it and links to their next quote', async () => {
    const hover = await hoverAt(positionOf('Putin made global opposition', 'global'));
    assert.match(hover, /Quote by \*\*Leon Aron\*\*/);
    assert.match(hover, /said/);
    assert.match(hover, /command:newsLens\.revealQuote/);
  });

  test('no hover on plain words', async () => {
    assert.equal(await hoverAt(positionOf('razor-tight election', 'election')), '');
  });

  test('Outline lists the speakers with their quotes', async () => {
    const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', editor.document.uri);
    const aron = symbols.find((symbol) => symbol.name === 'Leon Aron');
    assert.ok(aron, `symbols: ${symbols.map((symbol) => symbol.name).join(', ')}`);
    assert.equal(aron.detail, 'senior fellow, AEI');
    assert.equal(aron.children.length, 5);
    assert.equal(offsetOf(aron.children[1].range.start), text.indexOf('“Putin made global'));
    assert.ok(symbols.some((symbol) => symbol.name === 'Konstantin Kalachov' && symbol.children.length === 2));
  });

  test('Go to Definition on a surname goes to where the article introduces the person', async () => {
    const locations = await vscode.commands.executeCommand<(vscode.Location | vscode.LocationLink)[]>(
      'vscode.executeDefinitionProvider',
      editor.document.uri,
      positionOf('But Aron said', 'Aron'),
    );
    assert.equal(locations.length, 1);
    const range = 'range' in locations[0] ? locations[0].range : locations[0].targetRange;
    assert.equal(offsetOf(range.start), text.indexOf('Leon Aron, a senior fellow'));
  });

  test('Find All References lists every mention and quote of the person', async () => {
    const locations = await vscode.commands.executeCommand<vscode.Location[]>(
      'vscode.executeReferenceProvider',
      editor.document.uri,
      positionOf('But Aron said', 'Aron'),
    );
    const starts = locations.map((location) => offsetOf(location.range.start));
    const aronWords = [...text.matchAll(/\bAron\b/g)].map((match) => match.index!);
    // Every “Aron” (the full name starts two words earlier) and every one of his quotes.
    for (const at of aronWords) assert.ok(starts.some((start) => start <= at && at < start + 20), `a reference covers offset ${at}`);
    assert.ok(starts.includes(text.indexOf('“Putin made global')));
    assert.ok(starts.includes(text.indexOf('“I think his macho')));
    assert.ok(!starts.includes(text.indexOf('“It’s clear')), 'Kalachov’s quote is not a reference to Aron');
  });

  test('Next Quote and Previous Quote step through the quotes', async () => {
    // From the second paragraph on: the first three curly quotes there are “rooting”, “easy to…”, “smart”.
    const from = positionOf('Ahead of Tuesday');
    const starts = quoteStarts().filter((start) => start > offsetOf(from));
    editor.selection = new vscode.Selection(from, from);
    assert.equal(await runAndReadSelection('newsLens.nextQuote'), starts[0]);
    assert.equal(await runAndReadSelection('newsLens.nextQuote'), starts[1]);
    assert.equal(await runAndReadSelection('newsLens.nextQuote'), starts[2]);
    assert.equal(await runAndReadSelection('newsLens.previousQuote'), starts[1]);
    const selection = vscode.window.activeTextEditor!.selection;
    assert.equal(editor.document.getText(selection).slice(0, 1), '“', 'the whole quote is selected, marks included');
  });

  test('Next Quote by This Speaker skips other people’s quotes', async () => {
    editor.selection = new vscode.Selection(positionOf('It’s clear that Trump'), positionOf('It’s clear that Trump'));
    assert.equal(await runAndReadSelection('newsLens.nextQuoteBySpeaker'), text.indexOf('“Trump clearly wants'));
    editor.selection = new vscode.Selection(positionOf('So that policy'), positionOf('So that policy'));
    assert.equal(await runAndReadSelection('newsLens.nextQuoteBySpeaker'), text.indexOf('“I think his macho'));
  });

  test('semantic tokens colour every mention of a speaker', async () => {
    const legend = await vscode.commands.executeCommand<vscode.SemanticTokensLegend>('vscode.provideDocumentSemanticTokensLegend', editor.document.uri);
    const tokens = await vscode.commands.executeCommand<vscode.SemanticTokens>('vscode.provideDocumentSemanticTokens', editor.document.uri);
    const decoded: { start: number; length: number; type: string }[] = [];
    let line = 0;
    let character = 0;
    for (let i = 0; i < tokens.data.length; i += 5) {
      const [deltaLine, deltaStart, length, type] = tokens.data.slice(i, i + 4);
      line += deltaLine;
      character = deltaLine ? deltaStart : character + deltaStart;
      decoded.push({ start: offsetOf(new vscode.Position(line, character)), length, type: legend.tokenTypes[type] });
    }
    const leonAron = text.indexOf('Leon Aron');
    assert.ok(
      decoded.some((token) => token.type === 'speaker' && token.start === leonAron && token.length === 'Leon Aron'.length),
      'a speaker token covers “Leon Aron”',
    );
    const said = text.indexOf('said', text.indexOf('popularity,”'));
    assert.ok(decoded.some((token) => token.type === 'attributionCue' && token.start === said), 'the cue “said” is a token');
  });
});
