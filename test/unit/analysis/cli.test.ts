// The command-line tool, run as a process from the compiled out/src/cli.js.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { FIXTURES, REPO_ROOT } from './fixtures';

const CLI = path.join(REPO_ROOT, 'out/src/cli.js');

function run(args: string[], input?: string) {
  const result = spawnSync(process.execPath, [CLI, ...args], { cwd: REPO_ROOT, encoding: 'utf8', input });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('analysis: news-lens command line', () => {
  const scratch = mkdtempSync(path.join(tmpdir(), 'news-lens-cli-'));
  const article = path.join(scratch, 'a.txt');
  writeFileSync(article, '“We will win,” Jane Porter said.\n');

  it('prints one JSON object per file, one per line, in the documented shape', () => {
    const { status, stdout } = run(['analyze', article, 'seeds/000_6df8aa21b7bc5781.txt']);
    assert.equal(status, 0);
    const lines = stdout.trim().split('\n').map((line) => JSON.parse(line));
    assert.deepEqual(lines.map((line) => line.file), [article, 'seeds/000_6df8aa21b7bc5781.txt']);
    const [first] = lines;
    assert.deepEqual(Object.keys(first).slice(0, 4), ['file', 'speakers', 'quotes', 'reported']);
    assert.deepEqual(first.speakers[0].mentions[0], { start: 15, end: 26, text: 'Jane Porter', kind: 'name' });
    const quote = first.quotes[0];
    assert.deepEqual([quote.start, quote.end, quote.text, quote.speaker, quote.cue, quote.nested, quote.continues], [0, 14, 'We will win,', 'jane-porter', { start: 27, end: 31, text: 'said' }, [], null]);
  });

  it('reports unreadable files on stderr, analyses the others and exits 1', () => {
    const binary = path.join(scratch, 'b.bin');
    writeFileSync(binary, Buffer.from([0x41, 0x00, 0x42]));
    const latin1 = path.join(scratch, 'c.txt');
    writeFileSync(latin1, Buffer.from([0x63, 0x61, 0x66, 0xe9]));
    const { status, stdout, stderr } = run(['analyze', path.join(scratch, 'missing.txt'), binary, latin1, scratch, article]);
    assert.equal(status, 1);
    assert.equal(stdout.trim().split('\n').length, 1);
    const errors = stderr.trim().split('\n');
    assert.equal(errors.length, 4);
    assert.match(errors[0], /missing\.txt: no such file/);
    assert.match(errors[1], /b\.bin: binary file/);
    assert.match(errors[2], /c\.txt: not valid UTF-8/);
    assert.match(errors[3], /is a directory/);
  });

  it('reads standard input for -', () => {
    const { status, stdout } = run(['analyze', '-'], '“Fine,” said Jane Porter.');
    assert.equal(status, 0);
    assert.equal(JSON.parse(stdout).quotes[0].speaker, 'jane-porter');
  });

  it('prints a readable table with --format text', () => {
    const { status, stdout } = run(['analyze', '--format', 'text', 'seeds/000_6df8aa21b7bc5781.txt']);
    assert.equal(status, 0);
    assert.match(stdout, /Speakers\n/);
    assert.match(stdout, /Leon Aron\s+5 quotes\s+senior fellow at the American Enterprise Institute/);
    assert.match(run(['analyze', '--format', 'text', article]).stdout, /Jane Porter\s+1 quote\s/);
    assert.match(stdout, /Quotes\n/);
  });

  it('reads .md files, and any file with --markdown, as Markdown', () => {
    const markdown = path.join(FIXTURES, 'markdown', 'article.md');
    const quotes = (args: string[]) => JSON.parse(run(['analyze', ...args]).stdout).quotes.length;
    assert.equal(quotes([markdown]), 5);
    const plain = path.join(scratch, 'article.txt');
    writeFileSync(plain, '`“code,” said Jane Porter`\n\n“Prose,” said Jane Porter.\n');
    assert.equal(quotes([plain]), 2);
    assert.equal(quotes(['--markdown', plain]), 1);
  });

  it('answers --help and --version, and rejects bad usage with exit code 2', () => {
    assert.match(run(['--help']).stdout, /Usage: news-lens analyze/);
    assert.match(run(['--version']).stdout, /^\d+\.\d+\.\d+\n$/);
    for (const args of [[], ['analyse', 'x'], ['analyze'], ['analyze', '--format', 'xml', 'x'], ['analyze', '--bogus', 'x']]) {
      const { status, stderr } = run(args);
      assert.equal(status, 2, args.join(' '));
      assert.match(stderr, /^news-lens: /);
    }
  });
});
