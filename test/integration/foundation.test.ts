// The extension loads, activates on a news source, and news sources get the news-source language.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { NEWS_SOURCE, SEED, activateNewsLens, closeAllEditors, newsLens, openWorkspaceFile, waitFor, waitForLanguage, workspaceUri } from './util';

suite('Foundation', () => {
  teardown(closeAllEditors);

  test('the extension activates when the seed article opens', async () => {
    await openWorkspaceFile(SEED);
    await waitFor('News Lens to activate', () => newsLens().isActive);
    const extension = await activateNewsLens();
    assert.equal(extension.id, 'news-lens.news-lens');
  });

  test('the seed article opens as a News Source', async () => {
    await openWorkspaceFile(SEED);
    const document = await waitForLanguage(workspaceUri(SEED), NEWS_SOURCE);
    assert.match(document.getText(), /Putin/);
  });

  test('"Open as News Source" switches a plain-text file to News Source', async () => {
    await activateNewsLens();
    const editor = await openWorkspaceFile('plain-article.txt');
    assert.equal(editor.document.languageId, 'plaintext');

    await vscode.commands.executeCommand('newsLens.openAsNewsSource');

    const { uri } = editor.document;
    await waitForLanguage(uri, NEWS_SOURCE);
    await waitFor('the active editor to show it as a News Source', () => {
      const active = vscode.window.activeTextEditor?.document;
      return active?.uri.toString() === uri.toString() && active.languageId === NEWS_SOURCE;
    });
  });

  test('a .news file opens as a News Source', async () => {
    const editor = await openWorkspaceFile('briefing.news');
    assert.equal(editor.document.languageId, NEWS_SOURCE);
  });
});
