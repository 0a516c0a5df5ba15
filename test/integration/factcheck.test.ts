// Fact-check notes in a real VS Code: threads added by command, the notes file beside the article,
// anchoring through edits in the editor and on disk, orphans, the export, and a broken notes file.
// Every test works on its own copy of the seed (under seeds/, so it opens as a News Source).
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { createSelector, parseNotes, serializeNotes, type Note, type NotesDocument } from '../../src/factcheck';
import type { FactCheckStatus } from '../../src/features/factCheckView';
import type { RevealedNote } from '../../src/features/factCheckComments';
import { NEWS_SOURCE, SEED, activateNewsLens, closeAllEditors, openDocument, waitFor, waitForLanguage, workspaceUri } from './util';

const WOODWARD_START = 'A new book by the investigative reporter Bob Woodward asserts that';
const ARON_QUOTE = 'Putin made global opposition to the United States a key to his domestic legitimacy and popularity,';
const decoder = new TextDecoder();
const encoder = new TextEncoder();

async function readText(uri: vscode.Uri): Promise<string> {
  return decoder.decode(await vscode.workspace.fs.readFile(uri));
}

function notesUri(article: vscode.Uri): vscode.Uri {
  return article.with({ path: `${article.path}.factcheck.md` });
}

/** A fresh copy of the seed (optionally changed), so that every test has its own notes file. */
async function copyOfSeed(name: string): Promise<vscode.Uri> {
  const uri = workspaceUri(`seeds/factcheck-${name}.txt`);
  await vscode.workspace.fs.writeFile(uri, await vscode.workspace.fs.readFile(workspaceUri(SEED)));
  return uri;
}

async function openArticle(uri: vscode.Uri): Promise<vscode.TextEditor> {
  await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
  const document = await waitForLanguage(uri, NEWS_SOURCE);
  return waitFor('the News Source editor to be active', () => vscode.window.activeTextEditor?.document === document && vscode.window.activeTextEditor);
}

/** The Woodward sentence: from its first words to the end of its line. */
function woodwardSpan(text: string): { start: number; end: number } {
  const start = text.indexOf(WOODWARD_START);
  assert.ok(start >= 0, 'the seed has the sentence about Bob Woodward’s book');
  return { start, end: text.indexOf('\n', start) };
}

function aronSpan(text: string): { start: number; end: number } {
  const start = text.indexOf(ARON_QUOTE);
  assert.ok(start >= 0, 'the seed has Aron’s quote');
  return { start, end: start + ARON_QUOTE.length };
}

async function readNotes(article: vscode.Uri): Promise<NotesDocument> {
  return parseNotes(await readText(notesUri(article)), 'notes');
}

/** Waits until the notes file holds a note with `id` that satisfies `check`. */
function waitForSavedNote(article: vscode.Uri, id: string, description: string, check: (note: Note) => boolean): Promise<Note> {
  return waitFor(`the notes file to show ${description}`, async () => {
    const note = (await readNotes(article)).notes.find((candidate) => candidate.id === id);
    return note && check(note) && note;
  });
}

const addFactCheck = (args: { uri: vscode.Uri; span: { start: number; end: number }; verdict?: string; body?: string }) =>
  vscode.commands.executeCommand<string | undefined>('newsLens.addFactCheck', args);
const reveal = async (noteId: string, uri: vscode.Uri) => vscode.commands.executeCommand<RevealedNote | undefined>('newsLens.factCheck.reveal', { noteId, uri });
const refresh = (uri: vscode.Uri) => vscode.commands.executeCommand<FactCheckStatus | undefined>('newsLens.factCheck.refresh', uri);

/**
 * Closes and reopens the article's document as extensions see it. Closing its editor is not enough:
 * VS Code keeps a document an extension opened alive for minutes. A language switch closes it and
 * opens it again; News Lens then turns the plain-text document back into a News Source.
 */
async function reopenArticle(uri: vscode.Uri): Promise<void> {
  const closed = new Promise<void>((resolve) => {
    const listener = vscode.workspace.onDidCloseTextDocument((document) => {
      if (document.uri.toString() === uri.toString() && document.languageId === NEWS_SOURCE) resolve(listener.dispose());
    });
  });
  await vscode.languages.setTextDocumentLanguage(openDocument(uri)!, 'plaintext');
  await closed;
  await waitForLanguage(uri, NEWS_SOURCE);
}

/** A note as another session saved it, for the words at `span` of `text`. */
function savedNote(id: string, text: string, span: { start: number; end: number }, verdict = 'False'): Note {
  return {
    id,
    verdict,
    status: 'open',
    author: 'Test Desk',
    created: '2025-01-02T03:04:05.000Z',
    edited: null,
    selector: createSelector(text, span.start, span.end),
    body: `Note ${id}.`,
    replies: [],
  };
}

suite('Fact-checks', () => {
  suiteSetup(activateNewsLens);
  teardown(async () => {
    // Leave no unsaved article behind: closing a dirty editor would ask.
    for (const document of vscode.workspace.textDocuments) if (document.isDirty) await document.save();
    await closeAllEditors();
  });

  test('a fact-check added by command on the Woodward sentence is saved with its verdict and selectors', async () => {
    const uri = await copyOfSeed('add');
    const { document } = await openArticle(uri);
    const text = document.getText();
    const span = woodwardSpan(text);

    const id = await addFactCheck({ uri, span, verdict: 'Needs context', body: 'Is the **book** the only source?' });
    assert.ok(id, 'addFactCheck returns the new note’s id');
    assert.equal(await vscode.commands.executeCommand('newsLens.factCheck.setVerdict', { noteId: id, verdict: 'Unverified' }), 'Unverified');

    const saved = await waitForSavedNote(uri, id, 'the verdict Unverified', (note) => note.verdict === 'Unverified');
    assert.equal(saved.selector.quote.exact, text.slice(span.start, span.end));
    assert.equal(saved.selector.quote.prefix, text.slice(span.start - 32, span.start));
    assert.equal(saved.selector.quote.suffix, text.slice(span.end, span.end + 32));
    assert.deepEqual(saved.selector.position, span);
    assert.equal(saved.body, 'Is the **book** the only source?');
    assert.equal(saved.status, 'open');
    assert.ok(saved.author, 'the note has an author');
    assert.ok(saved.edited, 'changing the verdict records an edit time');
    assert.ok(Date.parse(saved.created) <= Date.parse(saved.edited!));

    const revealed = await reveal(id, uri);
    assert.equal(revealed?.text, text.slice(span.start, span.end));
    assert.equal(vscode.window.activeTextEditor?.document.getText(vscode.window.activeTextEditor.selection), revealed?.text, 'reveal selects the claim');
  });

  test('replies, resolving, reopening and deleting a reply are saved', async () => {
    const uri = await copyOfSeed('thread');
    const { document } = await openArticle(uri);
    const id = (await addFactCheck({ uri, span: woodwardSpan(document.getText()), body: 'First look.' }))!;

    const replyId = await vscode.commands.executeCommand<string>('newsLens.factCheck.reply', { noteId: id, uri, body: 'The publisher confirms.' });
    assert.ok(replyId);
    assert.equal(await vscode.commands.executeCommand('newsLens.factCheck.resolve', { noteId: id, uri }), true);
    const resolved = await waitForSavedNote(uri, id, 'the reply and the resolved status', (note) => note.status === 'resolved' && note.replies.length === 1);
    assert.equal(resolved.replies[0].body, 'The publisher confirms.');
    assert.equal(resolved.replies[0].id, replyId);

    await vscode.commands.executeCommand('newsLens.factCheck.reopen', { noteId: id, uri });
    assert.equal(await vscode.commands.executeCommand('newsLens.factCheck.deleteComment', { noteId: id, uri, replyId }), true);
    await waitForSavedNote(uri, id, 'the note open again without its reply', (note) => note.status === 'open' && note.replies.length === 0);
  });

  test('after closing and reopening the article, the thread is back on the same words', async () => {
    const uri = await copyOfSeed('reopen');
    const { document } = await openArticle(uri);
    const span = woodwardSpan(document.getText());
    const id = (await addFactCheck({ uri, span, verdict: 'False' }))!;
    const before = (await reveal(id, uri))!;
    await waitForSavedNote(uri, id, 'the new note', () => true);

    await reopenArticle(uri);
    const after = await waitFor('the note to be loaded again', () => reveal(id, uri));
    assert.ok(after.range.isEqual(before.range), `range ${JSON.stringify(after.range)} is ${JSON.stringify(before.range)}`);
    assert.equal(after.text, before.text);
  });

  test('typing before the claim moves the thread and the saved offsets', async () => {
    const uri = await copyOfSeed('typing');
    const editor = await openArticle(uri);
    const span = woodwardSpan(editor.document.getText());
    const id = (await addFactCheck({ uri, span }))!;
    await waitForSavedNote(uri, id, 'the new note', () => true);

    const inserted = 'Words typed above the claim. ';
    const lineStart = editor.document.positionAt(span.start).with({ character: 0 });
    assert.ok(await editor.edit((edit) => edit.insert(lineStart, inserted)));
    assert.ok(await editor.edit((edit) => edit.insert(new vscode.Position(0, 0), 'Headline\n\n')));
    const shift = inserted.length + 'Headline\n\n'.length;

    const moved = (await reveal(id, uri))!;
    assert.equal(editor.document.offsetAt(moved.range.start), span.start + shift);
    assert.equal(moved.text, editor.document.getText().slice(span.start + shift, span.end + shift));
    const saved = await waitForSavedNote(uri, id, 'the moved offsets', (note) => note.selector.position.start === span.start + shift);
    assert.equal(saved.selector.position.end, span.end + shift);
    assert.equal(saved.selector.quote.prefix.slice(-inserted.length), inserted, 'the context before the claim is the typed text');
  });

  test('an article changed on disk is re-anchored, and words that are gone leave an orphan that can be attached again', async () => {
    const uri = await copyOfSeed('disk');
    const { document } = await openArticle(uri);
    const original = document.getText();
    const span = woodwardSpan(original);
    const id = (await addFactCheck({ uri, span, verdict: 'Misleading' }))!;
    await waitForSavedNote(uri, id, 'the new note', () => true);

    // Changed on disk while open (a git pull): VS Code reloads the clean document.
    const paragraph = 'A new paragraph arrived from elsewhere.\n\n';
    const lineStart = original.lastIndexOf('\n', span.start) + 1;
    const claimLine = document.positionAt(span.start).line;
    await vscode.workspace.fs.writeFile(uri, encoder.encode(original.slice(0, lineStart) + paragraph + original.slice(lineStart)));
    await waitFor('VS Code to reload the article', () => openDocument(uri)?.getText().includes(paragraph));
    const moved = await waitFor('the thread to follow the new text', async () => {
      const revealed = await reveal(id, uri);
      return revealed && revealed.range.start.line === claimLine + 2 && revealed;
    });
    assert.equal(moved.text, original.slice(span.start, span.end));
    await waitForSavedNote(uri, id, 'the re-anchored offsets', (note) => note.selector.position.start === span.start + paragraph.length);

    // Changed on disk again, the claim rewritten beyond recognition: the note becomes an orphan.
    const claim = original.slice(span.start, span.end);
    await vscode.workspace.fs.writeFile(uri, encoder.encode(original.replace(claim, 'This paragraph was rewritten entirely by the editors.')));
    await waitFor('VS Code to reload the article', () => openDocument(uri)?.getText().includes('rewritten entirely'));
    await waitFor('the note to become an orphan', async () => (await refresh(uri))?.notes.find((note) => note.id === id)?.range === null);
    const status = (await refresh(uri))!;
    const orphan = status.notes.find((note) => note.id === id);
    assert.ok(orphan, 'the orphan is still listed');
    assert.equal(orphan.range, null);
    assert.equal(orphan.exact, claim, 'an orphan keeps its words');
    assert.equal(await reveal(id, uri), undefined, 'an orphan has no thread to reveal');
    assert.equal((await readNotes(uri)).notes.find((note) => note.id === id)?.selector.quote.exact, claim, 'the orphan stays in the notes file');

    // Attach it to new words.
    const rewritten = openDocument(uri)!.getText();
    const newWords = { start: rewritten.indexOf('This paragraph was rewritten'), end: rewritten.indexOf('by the editors.') + 'by the editors.'.length };
    assert.equal(await vscode.commands.executeCommand('newsLens.factCheck.attachOrphan', { noteId: id, uri, span: newWords }), true);
    assert.equal((await reveal(id, uri))?.text, 'This paragraph was rewritten entirely by the editors.');
    await waitForSavedNote(uri, id, 'the attached words', (note) => note.selector.quote.exact === 'This paragraph was rewritten entirely by the editors.');
  });

  test('notes saved for an older version of the article are re-anchored when it opens', async () => {
    const uri = await copyOfSeed('stale');
    const original = await readText(uri);
    const woodward = woodwardSpan(original);
    const aron = aronSpan(original);
    const cutLine = original.indexOf('“I think his macho image');
    const gone = { start: cutLine, end: original.indexOf('\n', cutLine) };
    const notes = [savedNote('nmoved', original, woodward), savedNote('nreworded', original, aron, 'Mostly true'), savedNote('ngone', original, gone)];
    await vscode.workspace.fs.writeFile(notesUri(uri), encoder.encode(serializeNotes({ article: 'factcheck-stale.txt', notes, lineEnding: '\n' })));
    // Since then: a paragraph added at the top, a word of Aron's quote changed, his last quote cut.
    const changed = ('An editor’s note added later.\n\n' + original.slice(0, gone.start) + original.slice(gone.end + 1)).replace(ARON_QUOTE, ARON_QUOTE.replace('popularity', 'standing'));
    await vscode.workspace.fs.writeFile(uri, encoder.encode(changed));

    await openArticle(uri);
    const moved = await waitFor('the moved note', () => reveal('nmoved', uri));
    assert.equal(moved.text, original.slice(woodward.start, woodward.end), 'the same words, found where they are now');
    assert.equal((await reveal('nreworded', uri))?.text, ARON_QUOTE.replace('popularity', 'standing'), 'a reworded claim is found by fuzzy matching');
    const status = (await refresh(uri))!;
    assert.equal(status.notes.find((note) => note.id === 'ngone')?.range, null, 'a claim that was cut is an orphan');

    const saved = await waitFor('the new offsets to be saved', async () => {
      const doc = await readNotes(uri);
      return doc.notes.find((note) => note.id === 'nmoved')?.selector.position.start === changed.indexOf(WOODWARD_START) && doc;
    });
    assert.equal(saved.notes.find((note) => note.id === 'ngone')?.selector.quote.exact, original.slice(gone.start, gone.end), 'the orphan keeps its words in the file');
  });

  test('the ClaimReview export names Aron as the author of his quoted words', async () => {
    const uri = await copyOfSeed('export');
    const { document } = await openArticle(uri);
    const text = document.getText();
    const woodward = (await addFactCheck({ uri, span: woodwardSpan(text), verdict: 'Unverified', body: 'Not in the public record yet.' }))!;
    const aron = (await addFactCheck({ uri, span: aronSpan(text), verdict: 'Mostly true', body: 'Matches his published essays.' }))!;

    const target = workspaceUri('seeds/factcheck-export.claimreview.jsonld');
    const written = await vscode.commands.executeCommand<vscode.Uri>('newsLens.factCheck.export', { format: 'claimreview', target, uri });
    assert.equal(written?.toString(), target.toString());
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- JSON read back to check its shape
    const reviews = JSON.parse(await readText(target)) as Record<string, any>[];
    assert.equal(reviews.length, 2);
    for (const review of reviews) {
      assert.equal(review['@context'], 'https://schema.org');
      assert.equal(review['@type'], 'ClaimReview');
      assert.ok(review.claimReviewed && review.author?.name && review.datePublished, 'claimReviewed, author and datePublished are set');
      assert.equal(review.reviewRating['@type'], 'Rating');
      assert.equal(review.itemReviewed['@type'], 'Claim');
      assert.equal(review.itemReviewed.appearance.name, 'factcheck-export.txt');
    }
    const byVerdict = new Map(reviews.map((review) => [review.reviewRating.alternateName, review]));
    assert.equal(byVerdict.get('Mostly true')?.claimReviewed, ARON_QUOTE);
    assert.equal(byVerdict.get('Mostly true')?.itemReviewed.author?.name, 'Leon Aron');
    assert.equal(byVerdict.get('Unverified')?.itemReviewed.author, undefined, 'the narration around Woodward’s claim has no quoted speaker');

    const annotationsUri = workspaceUri('seeds/factcheck-export.annotations.json');
    await vscode.commands.executeCommand('newsLens.factCheck.export', { format: 'webannotation', target: annotationsUri, uri });
    const collection = JSON.parse(await readText(annotationsUri));
    const annotated = collection.first.items.find((item: { id: string }) => item.id.endsWith(aron));
    assert.equal(annotated.target.selector[0].exact, ARON_QUOTE);
    assert.deepEqual(annotated.target.selector[1], { type: 'TextPositionSelector', ...aronSpan(text) });
    assert.ok(collection.first.items.some((item: { id: string }) => item.id.endsWith(woodward)));
  });

  test('a malformed notes file is reported with its line, left untouched, and loaded once fixed', async () => {
    const uri = await copyOfSeed('malformed');
    const article = decoder.decode(await vscode.workspace.fs.readFile(uri));
    const span = woodwardSpan(article);
    const note = savedNote('n0123456789ab', article, span, 'Checked by the desk');
    const valid = serializeNotes({ article: 'factcheck-malformed.txt', notes: [note], lineEnding: '\n' });
    const lines = valid.split('\n');
    const statusLine = lines.findIndex((line) => line.startsWith('- status:'));
    lines[statusLine] = '- status: pending';
    const broken = lines.join('\n');
    await vscode.workspace.fs.writeFile(notesUri(uri), encoder.encode(broken));

    const errors: string[] = [];
    const showErrorMessage = vscode.window.showErrorMessage;
    (vscode.window as { showErrorMessage: unknown }).showErrorMessage = (message: string) => {
      errors.push(message);
      return Promise.resolve(undefined);
    };
    try {
      await openArticle(uri);
      const status = (await refresh(uri))!;
      assert.equal(status.problem?.line, statusLine + 1);
      assert.match(status.problem!.reason, /status/);
      assert.ok(status.readOnly, 'the notes are read-only');
      await waitFor('the error message naming the file and line', () => errors.find((message) => message.includes('factcheck-malformed.txt.factcheck.md') && message.includes(`line ${statusLine + 1}`)));

      assert.equal(await addFactCheck({ uri, span: aronSpan(article) }), undefined, 'no note is added to an unreadable file');
      assert.equal(await vscode.commands.executeCommand('newsLens.factCheck.setVerdict', { noteId: note.id, uri, verdict: 'False' }), undefined);
      await new Promise((resolve) => setTimeout(resolve, 1000));
      assert.equal(await readText(notesUri(uri)), broken, 'the broken file is left as it was');
    } finally {
      (vscode.window as { showErrorMessage: unknown }).showErrorMessage = showErrorMessage;
    }

    // Fixed outside VS Code: the watcher loads it, and its unknown verdict is kept as written.
    await vscode.workspace.fs.writeFile(notesUri(uri), encoder.encode(valid));
    const revealed = await waitFor('the fixed notes file to be loaded', () => reveal(note.id, uri), { intervalMs: 250 });
    assert.equal(revealed.text, article.slice(span.start, span.end));
    const status = (await refresh(uri))!;
    assert.equal(status.problem, null);
    assert.equal(status.readOnly, null);
    assert.equal(status.notes[0].verdict, 'Checked by the desk');
  });

  test('renaming an article moves its notes file, and the thread stays on the same words', async () => {
    const uri = await copyOfSeed('rename');
    const { document } = await openArticle(uri);
    const span = woodwardSpan(document.getText());
    const id = await addFactCheck({ uri, span, verdict: 'Unverified', body: 'Renamed with its article.' });
    assert.ok(id);
    await waitForSavedNote(uri, id, 'the new note', () => true);

    const renamed = workspaceUri('seeds/factcheck-renamed.txt');
    const edit = new vscode.WorkspaceEdit();
    edit.renameFile(uri, renamed);
    assert.ok(await vscode.workspace.applyEdit(edit), 'the rename is applied');

    const moved = await waitForSavedNote(renamed, id, 'the note beside the renamed article', () => true);
    assert.equal(moved.body, 'Renamed with its article.');
    assert.ok(!(await vscode.workspace.fs.stat(notesUri(uri)).then(() => true, () => false)), 'no notes file is left at the old name');
    await openArticle(renamed);
    const revealed = await waitFor('the thread on the renamed article', async () => (await reveal(id, renamed))?.text);
    assert.equal(revealed, document.getText().slice(span.start, span.end));
  });

  // Loading is linear here (a map from note id to thread, one pass per change); VS Code's workbench
  // redraws every thread's range on each thread update, so its own work grows with the square of
  // the threads (50 notes: the editor settles in 8 s, 250: 21 s, 1,000: minutes on the test machine).
  test('hundreds of notes load into threads and follow an edit (figures printed, no timing asserted)', async function () {
    this.timeout(180_000);
    const timings: string[] = [];
    for (const count of [100, 250]) {
      // A long synthetic article, a claim in every paragraph.
      const uri = workspaceUri(`seeds/factcheck-many-${count}.txt`);
      const paragraphs = Array.from({ length: count }, (_, index) => `Item ${index}: the council said the budget rose by ${index} percent this year, a spokesperson said.`);
      const text = paragraphs.join('\n\n') + '\n';
      await vscode.workspace.fs.writeFile(uri, encoder.encode(text));
      const notes = paragraphs.map((paragraph, index) => {
        const start = text.indexOf(paragraph) + paragraph.indexOf('the budget');
        return savedNote(`n${String(index).padStart(5, '0')}`, text, { start, end: start + `the budget rose by ${index} percent`.length });
      });
      await vscode.workspace.fs.writeFile(notesUri(uri), encoder.encode(serializeNotes({ article: `factcheck-many-${count}.txt`, notes, lineEnding: '\n' })));

      const opened = Date.now();
      const editor = await openArticle(uri);
      // refresh waits for the notes being loaded, then reloads them (a reload re-sends no unchanged thread).
      const status = (await refresh(uri))!;
      const loaded = Date.now() - opened;
      assert.equal(status.notes.length, count);
      assert.ok(status.notes.every((note) => note.range), 'every note is anchored');

      const last = notes[count - 1].id;
      const before = editor.document.offsetAt((await reveal(last, uri))!.range.start);
      const typed = Date.now();
      assert.ok(await editor.edit((edit) => edit.insert(new vscode.Position(0, 0), 'X')));
      const after = editor.document.offsetAt((await reveal(last, uri))!.range.start);
      timings.push(`${count} notes: open to all threads ${loaded} ms, an edit followed in ${Date.now() - typed} ms`);
      assert.equal(after, before + 1);
      // Without its notes file the article has no threads left to slow the next tests down.
      await editor.document.save();
      await refresh(uri);
      await vscode.workspace.fs.delete(notesUri(uri));
      await waitFor('the threads to go', async () => (await refresh(uri))?.notes.length === 0, { timeoutMs: 30_000, intervalMs: 500 });
      await closeAllEditors();
    }
    console.log(`      ${timings.join('; ')}`);
  });
});
