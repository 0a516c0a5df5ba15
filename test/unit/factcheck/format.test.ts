import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import {
  NotesParseError,
  createNotesDocument,
  parseNotes,
  serializeNotes,
  type Note,
  type NotesDocument,
} from '../../../src/factcheck';
import { article, fixturesDir, noteOn, randomDocument, readFixture, reply, seededRandom } from './helpers';

const validFixtures = fs.readdirSync(path.join(fixturesDir, 'valid')).sort();

/** Bodies that would break a naive format: headings, fences of every length, field-like lines, CR. */
const trickyBodies = [
  '',
  '\n',
  '   leading and trailing spaces   ',
  '## Not a note\n\n### Reply — not a reply\n\n- id: fake\n- verdict: False',
  '```\ncode\n```',
  '````md\n```js\nx = "``"\n```\n````\n',
  '~~~\ntildes\n~~~',
  'inline ``` run and `one` and ``two``',
  '<!-- News Lens fact-check notes, format 1. -->\n# Fact-checks: other.txt',
  '=======\n<<<<<<< only one marker is not a conflict',
  'naïve café — “quotes” ‘single’ 🗞️ עברית 中文 \u00a0nbsp',
  '\tindented\n    code block\n\n\n\ntrailing blank lines\n\n',
  '> quote\n>\n> > nested',
];

function docWith(notes: Note[], lineEnding: NotesDocument['lineEnding'] = '\n'): NotesDocument {
  return createNotesDocument('article.txt', notes, lineEnding);
}

describe('factcheck format', () => {
  describe('notes → text → notes', () => {
    it('gives back notes with tricky bodies, replies and unknown verdicts', () => {
      const notes = trickyBodies.map((body, index) =>
        noteOn(article, 'The ferry costs more than the school', {
          id: `n${index}`,
          body,
          verdict: index % 3 ? 'False' : 'Pants on fire',
          replies: [reply(`r${index}`, trickyBodies[(index + 1) % trickyBodies.length])],
        }),
      );
      const doc = docWith(notes);
      assert.deepEqual(parseNotes(serializeNotes(doc), 'article.txt.factcheck.md'), doc);
    });

    it('gives back selectors with newlines, quotes, backticks, edge spaces and split surrogate pairs', () => {
      const note = noteOn(article, 'ferry', {
        selector: {
          quote: { prefix: '\ud83d', exact: ' line one\n\t"two" ```three``` \\four\u2028 ', suffix: '\r\n\u0000end' },
          position: { start: 10, end: 40 },
        },
      });
      const doc = docWith([note]);
      assert.deepEqual(parseNotes(serializeNotes(doc), 'x.factcheck.md'), doc);
    });

    it('gives back field values that need quoting', () => {
      const authors = ['', '  spaced  ', '"quoted"', 'line\nbreak', 'Ana María *Núñez* [x](y) `z`', 'ends with backslash \\'];
      const notes = authors.map((author, index) =>
        noteOn(article, 'ferry', { id: `n${index}`, author, verdict: ` ${author} verdict`, replies: [reply(`r${index}`, 'ok', { author })] }),
      );
      const doc = { ...docWith(notes), article: ' odd "name".txt ' };
      assert.deepEqual(parseNotes(serializeNotes(doc), 'x.factcheck.md'), doc);
    });

    it('gives back random documents (bodies from a Markdown-hostile alphabet)', () => {
      const random = seededRandom(42);
      for (let round = 0; round < 50; round++) {
        const doc = randomDocument(random, round);
        const written = serializeNotes(doc);
        assert.deepEqual(parseNotes(written, 'x.factcheck.md'), doc);
        assert.equal(serializeNotes(parseNotes(written, 'x.factcheck.md')), written);
      }
    });
  });

  describe('text → notes → text', () => {
    for (const name of validFixtures) {
      it(`gives back ${name} byte for byte`, () => {
        const text = readFixture('valid', name);
        assert.equal(serializeNotes(parseNotes(text, name)), text);
      });
    }

    it('keeps CRLF files CRLF, byte for byte, with the same notes as LF', () => {
      const lf = readFixture('valid', 'basic.factcheck.md');
      const crlf = lf.replaceAll('\n', '\r\n');
      const fromCrlf = parseNotes(crlf, 'basic.factcheck.md');
      assert.equal(fromCrlf.lineEnding, '\r\n');
      assert.deepEqual(fromCrlf.notes, parseNotes(lf, 'basic.factcheck.md').notes);
      assert.equal(serializeNotes(fromCrlf), crlf);
    });
  });

  describe('writing', () => {
    it('is deterministic and independent of object key order', () => {
      const note = noteOn(article, 'carried 40,000 passengers last year');
      const shuffled = Object.fromEntries(Object.entries(note).reverse()) as unknown as Note;
      assert.equal(serializeNotes(docWith([note])), serializeNotes(docWith([shuffled])));
    });

    it('stores body line breaks as \\n', () => {
      const doc = docWith([noteOn(article, 'ferry', { body: 'one\r\ntwo\rthree' })]);
      assert.equal(parseNotes(serializeNotes(doc), 'x').notes[0].body, 'one\ntwo\nthree');
    });

    it('makes each body fence longer than any backtick run in it', () => {
      const text = serializeNotes(docWith([noteOn(article, 'ferry', { body: 'a ````` b' })]));
      assert.match(text, /^``````markdown\na ````` b\n``````$/m);
    });

    it('refuses notes it could not read back, naming the note', () => {
      const good = noteOn(article, 'ferry');
      const bad: [string, Note[]][] = [
        ['bad id "has space"', [{ ...good, id: 'has space' }]],
        ['duplicate id', [good, { ...good }]],
        ['duplicate id', [{ ...good, replies: [reply('n1', 'same id as the note')] }]],
        ['bad created time', [{ ...good, created: '2025-05-04 09:12' }]],
        ['bad edited time', [{ ...good, replies: [reply('r1', 'x', { edited: 'yesterday' })] }]],
        ['bad position', [{ ...good, selector: { ...good.selector, position: { start: 9, end: 3 } } }]],
        ['bad status', [{ ...good, status: 'done' as Note['status'] }]],
        ['the verdict is empty', [{ ...good, verdict: '  ' }]],
      ];
      for (const [problem, notes] of bad) {
        assert.throws(() => serializeNotes(docWith(notes)), (error: Error) => error.message.startsWith(`Cannot write fact-check note "${notes[0].id}": ${problem}`), problem);
      }
    });
  });

  describe('reading', () => {
    it('reads the fixture notes', () => {
      const doc = parseNotes(readFixture('valid', 'basic.factcheck.md'), 'basic.factcheck.md');
      assert.equal(doc.article, 'article.txt');
      assert.deepEqual(
        doc.notes.map((note) => [note.id, note.verdict, note.status, note.selector.quote.exact, note.replies.length]),
        [
          ['n4f1c9a2b7d30', 'Mostly true', 'open', 'carried 40,000 passengers last year', 1],
          ['n0b7e5d3c2a18', 'Misleading', 'resolved', 'The ferry costs more than the school', 0],
        ],
      );
      const [first] = doc.notes;
      assert.equal(article.slice(first.selector.position.start, first.selector.position.end), first.selector.quote.exact);
      assert.deepEqual(first.replies[0], {
        id: 'r8e22d0c4a1f9',
        author: 'Sam Ortiz',
        created: '2025-05-04T10:03:27.000Z',
        edited: '2025-05-04T10:05:00.000Z',
        body: 'Agreed. Linking the report in the piece would help readers.',
      });
    });

    it('keeps unknown verdicts as written', () => {
      const doc = parseNotes(readFixture('valid', 'tricky.factcheck.md'), 'tricky.factcheck.md');
      assert.equal(doc.notes[1].verdict, 'Pants on *fire*');
    });

    it('reads an empty or blank file as a document without notes, named after the file', () => {
      for (const text of ['', '\n\n', '\uFEFF']) {
        assert.deepEqual(parseNotes(text, '/work/story.txt.factcheck.md'), createNotesDocument('story.txt'));
      }
    });

    it('accepts hand edits that keep the structure: blank lines, field order, a hyphen in the position, a BOM', () => {
      const canonical = readFixture('valid', 'basic.factcheck.md');
      const edited =
        '\uFEFF' +
        canonical
          .replace('- id: n4f1c9a2b7d30\n- verdict: Mostly true', '- verdict: Mostly true\n\n- id: n4f1c9a2b7d30')
          .replace('- position: 242–277', '- position: 242 - 277')
          .replace('## Misleading', '\n\n## Misleading')
          .replace('- author: Sam Ortiz\n- created: 2025-05-04T11:40', '- author:    Sam Ortiz   \n- created: 2025-05-04T11:40');
      assert.notEqual(edited, canonical);
      assert.equal(serializeNotes(parseNotes(edited, 'basic.factcheck.md')), canonical);
    });

    it('reports errors as NotesParseError with file and line', () => {
      const text = readFixture('valid', 'basic.factcheck.md').replace('- status: resolved', '- status: maybe');
      assert.throws(
        () => parseNotes(text, 'notes/basic.factcheck.md'),
        (error: unknown) =>
          error instanceof NotesParseError &&
          error.file === 'notes/basic.factcheck.md' &&
          error.line === 43 &&
          error.message === 'notes/basic.factcheck.md:43: bad status "maybe": use open or resolved',
      );
    });
  });
});

describe('factcheck FORMAT.md', () => {
  it('has an example that reads and writes back byte for byte', () => {
    const guide = fs.readFileSync(path.resolve(fixturesDir, '../../..', 'src/factcheck/FORMAT.md'), 'utf8');
    const example = /^``````markdown\n([\s\S]*?\n)``````$/m.exec(guide)?.[1];
    assert.ok(example, 'FORMAT.md has a ``````markdown example');
    const doc = parseNotes(example, 'article.txt.factcheck.md');
    assert.equal(doc.notes.length, 2);
    assert.match(doc.notes[1].body, /^## Figures$/m);
    assert.equal(serializeNotes(doc), example);
  });
});
