// News Lens runs from the installed VSIX, not from the repository.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { EXTENSION_ID } from '../integration/util';

const REPO_ROOT = path.resolve(__dirname, '../../..');

/** Relative image paths in the packaged README: the Extensions view loads them from the package. */
function readmeImages(extensionPath: string): string[] {
  const readme = fs.readdirSync(extensionPath).find((name) => name.toLowerCase() === 'readme.md');
  if (!readme) return [];
  const text = fs.readFileSync(path.join(extensionPath, readme), 'utf8');
  return [...text.matchAll(/!\[[^\]]*\]\(([^)\s]+)/g)].map((match) => match[1]).filter((link) => !/^[a-z]+:/i.test(link));
}

suite('Installed VSIX', () => {
  test('News Lens is loaded from the extensions folder, at the repository version', () => {
    const extension = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(extension, `${EXTENSION_ID} is not installed`);
    assert.notEqual(path.resolve(extension.extensionPath), REPO_ROOT, 'loaded from the repository, not from the VSIX');
    const expectedDir = process.env.NEWS_LENS_EXPECTED_EXTENSIONS_DIR;
    if (expectedDir) assert.ok(extension.extensionPath.startsWith(expectedDir + path.sep), `${extension.extensionPath} is not under ${expectedDir}`);
    const repoVersion = JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8')).version;
    assert.equal(extension.packageJSON.version, repoVersion);
  });

  test('the package holds every file the manifest names, and no sources or dependencies', () => {
    const extension = vscode.extensions.getExtension(EXTENSION_ID)!;
    const manifest = extension.packageJSON;
    const named: string[] = [
      manifest.main,
      manifest.icon,
      ...(manifest.contributes?.languages ?? []).map((language: { configuration?: string }) => language.configuration),
      ...(manifest.contributes?.grammars ?? []).map((grammar: { path: string }) => grammar.path),
      ...(manifest.contributes?.viewsContainers?.activitybar ?? []).map((container: { icon: string }) => container.icon),
      'LICENSE.txt',
      'CHANGELOG.md',
      ...readmeImages(extension.extensionPath),
    ].filter((file): file is string => typeof file === 'string');
    // vsce may change the case of CHANGELOG and README names, so compare paths case-insensitively.
    const shippedFiles = new Set(
      fs.readdirSync(extension.extensionPath, { recursive: true, encoding: 'utf8' }).map((file) => file.split(path.sep).join('/').toLowerCase()),
    );
    const missing = named.filter((file) => !shippedFiles.has(path.posix.normalize(file).toLowerCase()));
    assert.deepEqual(missing, [], `the VSIX lacks files it needs`);

    const unwanted = ['src', 'test', 'out', 'node_modules', 'scripts', 'bench', '.cache', 'dist/extension.js.map'];
    const shipped = unwanted.filter((file) => fs.existsSync(path.join(extension.extensionPath, file)));
    assert.deepEqual(shipped, [], 'the VSIX carries files users do not need');
  });
});
