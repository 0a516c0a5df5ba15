// Helpers shared by the integration tests. The harness opens a fresh copy of seeds/ and
// test/fixtures/workspace/ as the only workspace folder, so tests may create files in it.
import * as vscode from 'vscode';
import { waitFor, type WaitOptions } from '../waitFor';

export { waitFor, type WaitOptions };

export const EXTENSION_ID = 'news-lens.news-lens';
export const NEWS_SOURCE = 'news-source';
/** The seed article, relative to the workspace folder. */
export const SEED = 'seeds/000_6df8aa21b7bc5781.txt';

export function workspaceFolder(): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) throw new Error('the integration tests need the harness to open a workspace folder');
  return folder.uri;
}

export function workspaceUri(relativePath: string): vscode.Uri {
  return vscode.Uri.joinPath(workspaceFolder(), ...relativePath.split('/'));
}

export function newsLens(): vscode.Extension<unknown> {
  const extension = vscode.extensions.getExtension(EXTENSION_ID);
  if (!extension) throw new Error(`extension ${EXTENSION_ID} is not loaded`);
  return extension;
}

/** Activates News Lens (idempotent) so its commands and providers are registered. */
export async function activateNewsLens(): Promise<vscode.Extension<unknown>> {
  const extension = newsLens();
  await extension.activate();
  return extension;
}

/**
 * The open document for `uri`. A language switch closes the document and opens a new one for the
 * same file, so look it up again instead of holding on to an old TextDocument.
 */
export function openDocument(uri: vscode.Uri): vscode.TextDocument | undefined {
  return vscode.workspace.textDocuments.find((document) => document.uri.toString() === uri.toString());
}

/** Opens a workspace file in an editor and returns that editor. */
export async function openWorkspaceFile(relativePath: string, options?: vscode.TextDocumentShowOptions): Promise<vscode.TextEditor> {
  const document = await vscode.workspace.openTextDocument(workspaceUri(relativePath));
  return vscode.window.showTextDocument(document, options);
}

/** Waits until the document for `uri` has `languageId`, and returns it. */
export function waitForLanguage(uri: vscode.Uri, languageId: string, options?: WaitOptions): Promise<vscode.TextDocument> {
  return waitFor(
    `${vscode.workspace.asRelativePath(uri)} to have language ${languageId} (now ${openDocument(uri)?.languageId ?? 'closed'})`,
    () => {
      const document = openDocument(uri);
      return document?.languageId === languageId && document;
    },
    options,
  );
}

export async function closeAllEditors(): Promise<void> {
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
}
