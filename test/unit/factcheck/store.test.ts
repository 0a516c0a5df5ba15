import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import {
  NotesChangedError,
  articlePathFor,
  createNotesDocument,
  loadNotes,
  notesPathFor,
  saveNotes,
  serializeNotes,
  writeFileAtomic,
} from '../../../src/factcheck';
import { article, noteOn } from './helpers';

describe('factcheck store', () => {
  let dir: string;
  let notesPath: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'factcheck-store-'));
    notesPath = notesPathFor(path.join(dir, 'story.txt'));
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('names the notes file after the article, and back', () => {
    assert.equal(notesPathFor('/news/story.txt'), '/news/story.txt.factcheck.md');
    assert.equal(articlePathFor('/news/story.txt.factcheck.md'), '/news/story.txt');
    assert.equal(articlePathFor('/news/story.md'), null);
    assert.equal(articlePathFor('.factcheck.md'), null);
  });

  it('loads a missing file as an empty document named after the article', async () => {
    assert.deepEqual(await loadNotes(notesPath), { doc: createNotesDocument('story.txt'), text: null });
  });

  it('saves, loads back, and saves again with the text it returned', async () => {
    const doc = createNotesDocument('story.txt', [noteOn(article, 'carried 40,000 passengers last year')]);
    const written = await saveNotes(notesPath, doc, { expectedOriginal: null });
    assert.equal(fs.readFileSync(notesPath, 'utf8'), written);
    const loaded = await loadNotes(notesPath);
    assert.deepEqual(loaded, { doc, text: written });

    const resolved = { ...doc, notes: [{ ...doc.notes[0], status: 'resolved' as const }] };
    const rewritten = await saveNotes(notesPath, resolved, { expectedOriginal: loaded.text });
    assert.equal(fs.readFileSync(notesPath, 'utf8'), rewritten);
    assert.match(rewritten, /^- status: resolved$/m);
    assert.deepEqual(fs.readdirSync(dir), ['story.txt.factcheck.md']);
  });

  it('refuses to overwrite a file that changed since it was read, leaving it as it is', async () => {
    const doc = createNotesDocument('story.txt', [noteOn(article, 'ferry')]);
    const written = await saveNotes(notesPath, doc, { expectedOriginal: null });
    const changedElsewhere = written.replace('Checked against the minutes.', 'Edited in another editor.');
    fs.writeFileSync(notesPath, changedElsewhere);
    await assert.rejects(saveNotes(notesPath, doc, { expectedOriginal: written }), (error: unknown) => error instanceof NotesChangedError && error.file === notesPath);
    await assert.rejects(saveNotes(notesPath, doc, { expectedOriginal: null }), NotesChangedError);
    assert.equal(fs.readFileSync(notesPath, 'utf8'), changedElsewhere);
  });

  it('refuses to create a file when one appeared since the caller found none', async () => {
    fs.writeFileSync(notesPath, serializeNotes(createNotesDocument('story.txt')));
    await assert.rejects(saveNotes(notesPath, createNotesDocument('story.txt', [noteOn(article, 'ferry')]), { expectedOriginal: null }), NotesChangedError);
  });

  it('does not rewrite a file whose text would not change', async () => {
    const doc = createNotesDocument('story.txt', [noteOn(article, 'ferry')]);
    const written = await saveNotes(notesPath, doc, { expectedOriginal: null });
    const past = new Date('2020-01-01T00:00:00Z');
    fs.utimesSync(notesPath, past, past);
    assert.equal(await saveNotes(notesPath, doc, { expectedOriginal: written }), written);
    assert.equal(fs.statSync(notesPath).mtime.getTime(), past.getTime());
  });

  describe('writeFileAtomic', () => {
    it('replaces the contents, keeps the mode and leaves no temporary file', async () => {
      const file = path.join(dir, 'a.md');
      fs.writeFileSync(file, 'old');
      fs.chmodSync(file, 0o640);
      await writeFileAtomic(file, 'new “text”\n');
      assert.equal(fs.readFileSync(file, 'utf8'), 'new “text”\n');
      assert.equal(fs.statSync(file).mode & 0o777, 0o640);
      assert.deepEqual(fs.readdirSync(dir), ['a.md']);
    });

    it('fails without touching anything when the rename cannot happen', async () => {
      const target = path.join(dir, 'folder');
      fs.mkdirSync(target);
      fs.writeFileSync(path.join(target, 'inside'), 'kept');
      await assert.rejects(writeFileAtomic(target, 'text'));
      assert.deepEqual(fs.readdirSync(dir), ['folder']);
      assert.equal(fs.readFileSync(path.join(target, 'inside'), 'utf8'), 'kept');
    });
  });
});
