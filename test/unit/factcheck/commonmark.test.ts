// The notes file must mean to any CommonMark reader (GitHub, remark) what it means to parseNotes:
// same headings, field lists and fenced blocks, with the same contents. remark-parse is the oracle.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Code, Heading, List, RootContent } from 'mdast';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { parseNotes, serializeNotes, type NotesDocument } from '../../../src/factcheck';
import { fixturesDir, randomDocument, readFixture, seededRandom } from './helpers';

type Block = { type: 'heading'; depth: number } | { type: 'html' } | { type: 'fields'; lines: string[] } | { type: 'code'; lang: string; value: string };

/** The blocks a notes file must consist of, from what parseNotes read. */
function expectedBlocks(doc: NotesDocument, text: string): Block[] {
  const fieldLines = (id: string) => {
    const start = text.indexOf(`- id: ${id}\n`);
    return text.slice(start, text.indexOf('\n\n', start)).split('\n');
  };
  const blocks: Block[] = [{ type: 'heading', depth: 1 }, { type: 'html' }];
  for (const note of doc.notes) {
    const { prefix, exact, suffix } = note.selector.quote;
    blocks.push(
      { type: 'heading', depth: 2 },
      { type: 'fields', lines: fieldLines(note.id) },
      { type: 'code', lang: 'json', value: JSON.stringify({ prefix, exact, suffix }) },
      { type: 'code', lang: 'markdown', value: note.body },
    );
    for (const reply of note.replies) {
      blocks.push({ type: 'heading', depth: 3 }, { type: 'fields', lines: fieldLines(reply.id) }, { type: 'code', lang: 'markdown', value: reply.body });
    }
  }
  return blocks;
}

/** What remark sees in `text`, in the same terms. */
function remarkBlocks(text: string): Block[] {
  const tree = unified().use(remarkParse).parse(text);
  return tree.children.map((node: RootContent): Block => {
    switch (node.type) {
      case 'heading':
        return { type: 'heading', depth: (node as Heading).depth };
      case 'html':
        return { type: 'html' };
      case 'list':
        return { type: 'fields', lines: (node as List).children.map((item) => text.slice(item.position!.start.offset, item.position!.end.offset)) };
      case 'code': {
        const { lang, value } = node as Code;
        return { type: 'code', lang: lang ?? '', value: lang === 'json' ? JSON.stringify(JSON.parse(value)) : value };
      }
      default:
        return { type: node.type } as unknown as Block;
    }
  });
}

function assertSameStructure(text: string): void {
  const doc = parseNotes(text, 'x.factcheck.md');
  assert.deepEqual(remarkBlocks(text), expectedBlocks(doc, text));
}

describe('factcheck format read by remark (CommonMark)', () => {
  for (const name of fs.readdirSync(path.join(fixturesDir, 'valid')).sort()) {
    it(`sees the same notes in ${name}`, () => assertSameStructure(readFixture('valid', name)));
  }

  it('sees the same notes in random documents with Markdown-hostile bodies', () => {
    const random = seededRandom(7);
    for (let round = 0; round < 40; round++) assertSameStructure(serializeNotes(randomDocument(random, round)));
  });
});
