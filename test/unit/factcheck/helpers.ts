// Shared by the fact-check unit tests: fixture paths and small builders.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { createNotesDocument, createSelector, type Note, type NotesDocument, type Reply } from '../../../src/factcheck';

/** Tests run from out/test/unit/factcheck, fixtures stay in the source tree. */
export const fixturesDir = path.resolve(__dirname, '../../../..', 'test/fixtures/factcheck');

export function readFixture(...parts: string[]): string {
  return fs.readFileSync(path.join(fixturesDir, ...parts), 'utf8');
}

export const article = readFixture('article.txt');

/** A note on the `nth` occurrence (0-based) of `claim` in `text`. */
export function noteOn(text: string, claim: string, overrides: Partial<Note> = {}, nth = 0): Note {
  let start = -1;
  for (let i = 0; i <= nth; i++) start = text.indexOf(claim, start + 1);
  if (start < 0) throw new Error(`claim not in text: ${claim}`);
  return {
    id: 'n1',
    verdict: 'False',
    status: 'open',
    author: 'Dana Reyes',
    created: '2025-05-04T09:12:00.000Z',
    edited: null,
    selector: createSelector(text, start, start + claim.length),
    body: 'Checked against the minutes.',
    replies: [],
    ...overrides,
  };
}

export function reply(id: string, body: string, overrides: Partial<Reply> = {}): Reply {
  return { id, author: 'Sam Ortiz', created: '2025-05-04T10:00:00.000Z', edited: null, body, ...overrides };
}

/** A small deterministic random generator (LCG), so property tests are repeatable. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

/** A document whose bodies, replies and selectors are random strings of Markdown-hostile pieces. */
export function randomDocument(random: () => number, round: number): NotesDocument {
  const alphabet = ['`', '``', '```', '~~~', '#', '## ', '- ', '\n', '\n\n', ' ', 'a', 'é', '“', '>', '<!--', '\t', '"', '\\', '🗞️'];
  const text = (length: number) => Array.from({ length }, () => alphabet[Math.floor(random() * alphabet.length)]).join('');
  const notes = Array.from({ length: 1 + Math.floor(random() * 3) }, (_, index) => ({
    ...noteOn(article, 'ferry', { id: `n${round}-${index}`, body: text(40) }),
    selector: { quote: { prefix: text(5), exact: text(10), suffix: text(5) }, position: { start: 3, end: 9 } },
    replies: random() < 0.5 ? [reply(`r${round}-${index}`, text(30))] : [],
  }));
  return createNotesDocument('article.txt', notes);
}
