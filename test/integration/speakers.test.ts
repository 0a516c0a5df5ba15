// The Speakers view and the status bar summary, on the seed article.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { NewsLensApi } from '../../src/extension';
import { SEED, activateNewsLens, closeAllEditors, openWorkspaceFile, waitFor, workspaceUri } from './util';

interface Row {
  node: unknown;
  item: vscode.TreeItem;
}

async function rows(api: NewsLensApi, parent?: unknown): Promise<Row[]> {
  const nodes = (await api.speakersTree.getChildren(parent)) ?? [];
  return Promise.all(nodes.map(async (node) => ({ node, item: await api.speakersTree.getTreeItem(node) })));
}

const label = (row: Row) => (typeof row.item.label === 'string' ? row.item.label : (row.item.label?.label ?? ''));
const tooltip = (row: Row) => (row.item.tooltip instanceof vscode.MarkdownString ? row.item.tooltip.value : String(row.item.tooltip ?? ''));

/** The span of the first quotation that starts with `opening`, marks included, found independently of the analysis. */
function quoteSpan(text: string, opening: string): { start: number; end: number } {
  const start = text.indexOf(`“${opening}`);
  assert.ok(start >= 0, `the seed has a quote starting “${opening}`);
  return { start, end: text.indexOf('”', start) + 1 };
}

suite('Speakers view', () => {
  let api: NewsLensApi;

  suiteSetup(async () => {
    api = (await activateNewsLens()).exports as NewsLensApi;
  });
  teardown(closeAllEditors);

  async function speakersOfSeed(): Promise<Row[]> {
    await openWorkspaceFile(SEED);
    return waitFor('the Speakers view to list the seed’s speakers', async () => {
      const speakers = await rows(api);
      return speakers.length >= 4 && speakers;
    });
  }

  test('lists the quoted people first, with roles and quote counts', async () => {
    const speakers = await speakersOfSeed();
    const quoted = speakers.filter((row) => row.item.contextValue === 'quotedSpeaker').map(label);
    assert.deepEqual(new Set(quoted), new Set(['Donald Trump', 'Kamala Harris', 'Konstantin Kalachov', 'Leon Aron']));
    assert.deepEqual(speakers.slice(0, quoted.length).map(label), quoted, 'quoted speakers come before reported-only ones');

    const aron = speakers.find((row) => label(row) === 'Leon Aron')!;
    assert.equal(aron.item.description, 'senior fellow, AEI');
    assert.match(tooltip(aron), /5 quotes/);
    assert.match(tooltip(aron), /American Enterprise Institute \(AEI\)/);
    const kalachov = speakers.find((row) => label(row) === 'Konstantin Kalachov')!;
    assert.match(String(kalachov.item.description), /political expert/);
    assert.match(tooltip(kalachov), /2 quotes/);
    assert.match(tooltip(speakers.find((row) => label(row) === 'Kamala Harris')!), /2 quotes/);
    assert.match(tooltip(speakers.find((row) => label(row) === 'Donald Trump')!), /5 quotes/);

    const reportedOnly = speakers.filter((row) => row.item.contextValue === 'reportedSpeaker').map(label);
    assert.ok(reportedOnly.includes('JD Vance') && reportedOnly.includes('Bob Woodward'), `reported speakers: ${reportedOnly.join(', ')}`);
  });

  test('a quote’s command opens the article and selects exactly that quote', async () => {
    const speakers = await speakersOfSeed();
    const aron = speakers.find((row) => label(row) === 'Leon Aron')!;
    const quotes = (await rows(api, aron.node)).filter((row) => row.item.contextValue === 'quote');
    assert.equal(quotes.length, 5);
    const second = quotes[1];
    assert.match(label(second), /^line \d+ · “Putin made global opposition/);

    await closeAllEditors();
    await vscode.commands.executeCommand(second.item.command!.command, ...(second.item.command!.arguments ?? []));

    const editor = await waitFor('the seed to be shown', () => vscode.window.activeTextEditor);
    const expected = quoteSpan(editor.document.getText(), 'Putin made global opposition');
    assert.equal(editor.document.uri.toString(), workspaceUri(SEED).toString());
    assert.equal(editor.document.offsetAt(editor.selection.start), expected.start);
    assert.equal(editor.document.offsetAt(editor.selection.end), expected.end);
  });

  test('sorting by number of quotes puts the most quoted first', async () => {
    await speakersOfSeed();
    await vscode.commands.executeCommand('newsLens.speakers.sortByQuotes');
    try {
      // By appearance: Trump, Harris, Kalachov, Aron. By quotes: Trump (5), Aron (5), then the two with 2.
      await waitFor('Leon Aron to move up to second place', async () => label((await rows(api))[1]) === 'Leon Aron');
      assert.deepEqual((await rows(api)).slice(0, 2).map(label), ['Donald Trump', 'Leon Aron']);
    } finally {
      await vscode.commands.executeCommand('newsLens.speakers.sortByAppearance');
    }
    await waitFor('appearance order again', async () => label((await rows(api))[1]) === 'Kamala Harris');
  });

  test('an edit that adds a quoted paragraph shows up in the tree', async () => {
    const copy = workspaceUri('seeds/edited-copy.txt');
    await vscode.workspace.fs.copy(workspaceUri(SEED), copy, { overwrite: true });
    const editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(copy));
    const aronQuotes = async () => {
      const aron = (await rows(api)).find((row) => label(row) === 'Leon Aron');
      return aron ? (await rows(api, aron.node)).filter((row) => row.item.contextValue === 'quote').length : 0;
    };
    await waitFor('Aron’s five quotes', async () => (await aronQuotes()) === 5);

    const end = editor.document.positionAt(editor.document.getText().indexOf('Source link'));
    await editor.edit((edit) => edit.insert(end, '“Nobody should expect a quick deal,” Aron said.\n\n'));

    await waitFor('a sixth quote under Leon Aron', async () => (await aronQuotes()) === 6);
    await vscode.commands.executeCommand('workbench.action.files.revert');
  });
});
