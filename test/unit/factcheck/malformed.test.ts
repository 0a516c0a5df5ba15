// Every malformed notes file gives an error naming the file and line, and the store never overwrites it.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { NotesParseError, createNotesDocument, loadNotes, parseNotes, saveNotes } from '../../../src/factcheck';
import { article, fixturesDir, noteOn, readFixture } from './helpers';

const cases: { file: string; line: number; reason: RegExp }[] = [
  { file: 'merge-conflict', line: 36, reason: /^unresolved merge conflict/ },
  { file: 'missing-field', line: 5, reason: /^this note is missing the field "author"$/ },
  { file: 'bad-position', line: 12, reason: /^bad position 277–242/ },
  { file: 'bad-date', line: 11, reason: /^bad created time "2025-02-30T09:12:00\.000Z"/ },
  { file: 'duplicate-id', line: 41, reason: /^duplicate id "n4f1c9a2b7d30" \(first used on line 7\)$/ },
  { file: 'lost-closing-fence', line: 34, reason: /^a fence inside the block opened on line 22: is that block's closing fence missing\?/ },
  { file: 'unterminated-fence', line: 56, reason: /^the fenced block opened here with ``` is never closed/ },
  { file: 'unknown-field', line: 10, reason: /^unknown field "colour" in this note/ },
  { file: 'bad-selector-json', line: 18, reason: /^the quote selector is not valid JSON/ },
  { file: 'selector-missing-key', line: 14, reason: /^the quote selector must be a JSON object with exactly the strings "prefix", "exact" and "suffix"$/ },
  { file: 'bad-status', line: 43, reason: /^bad status "done": use open or resolved$/ },
  { file: 'missing-title', line: 1, reason: /^expected the title "# Fact-checks: <article file name>"/ },
  { file: 'newer-format', line: 3, reason: /^this file uses format 2; this version of News Lens reads format 1$/ },
  { file: 'stray-text', line: 39, reason: /^expected a note heading .* found "I think the second note is wrong\." \(a notes file holds only notes/ },
  { file: 'duplicate-field', line: 10, reason: /^the field "status" appears twice in this note$/ },
  { file: 'missing-body', line: 22, reason: /^expected the note's text \(a fenced block opened with ```markdown\), found "### Reply/ },
  { file: 'bad-quoted-value', line: 10, reason: /^bad quoted value "Dana Reyes/ },
  { file: 'bad-id', line: 7, reason: /^bad id "n4f1 c9a2"/ },
];

function isParseError(file: string, line: number, reason: RegExp) {
  return (error: unknown) => {
    assert.ok(error instanceof NotesParseError, `expected NotesParseError, got ${String(error)}`);
    assert.equal(error.file, file);
    assert.equal(error.line, line, error.message);
    assert.match(error.reason, reason);
    assert.equal(error.message, `${file}:${line}: ${error.reason}`);
    return true;
  };
}

describe('factcheck malformed notes files', () => {
  let dir: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'factcheck-malformed-'));
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('has a test case for every malformed fixture', () => {
    const fixtures = fs.readdirSync(path.join(fixturesDir, 'malformed')).map((name) => name.replace('.factcheck.md', ''));
    assert.deepEqual(fixtures.sort(), cases.map((entry) => entry.file).sort());
  });

  for (const { file, line, reason } of cases) {
    describe(file, () => {
      const name = `${file}.factcheck.md`;
      const text = readFixture('malformed', name);

      it(`is rejected with its line (${line}) and a clear reason`, () => {
        assert.throws(() => parseNotes(text, name), isParseError(name, line, reason));
      });

      it('is left untouched by loadNotes and saveNotes', async () => {
        const notesPath = path.join(dir, 'article.txt.factcheck.md');
        fs.writeFileSync(notesPath, text);
        await assert.rejects(loadNotes(notesPath), isParseError(notesPath, line, reason));
        const doc = createNotesDocument('article.txt', [noteOn(article, 'ferry')]);
        // Even a caller that claims to have read exactly this text cannot overwrite it.
        await assert.rejects(saveNotes(notesPath, doc, { expectedOriginal: text }), isParseError(notesPath, line, reason));
        await assert.rejects(saveNotes(notesPath, doc, { expectedOriginal: null }), NotesParseError);
        assert.equal(fs.readFileSync(notesPath, 'utf8'), text);
        assert.deepEqual(fs.readdirSync(dir), ['article.txt.factcheck.md']);
      });
    });
  }
});
