// Markdown articles: remark finds the prose (paragraphs, headings, list items, block quotes); everything
// else — code, inline code, link URLs, HTML, front matter, markup characters — is blanked out. The result
// has the same length as the source, so every offset the analysis finds is an offset into the Markdown.
import type { Nodes, Parent } from 'mdast';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import type { Paragraph } from './paragraphs';

export interface Prose {
  /** The source with everything that is not prose replaced by spaces (line breaks kept). */
  text: string;
  paragraphs: Paragraph[];
}

const FRONT_MATTER = /^(?:---|\+\+\+)[ \t]*\r?\n[\s\S]*?\r?\n(?:---|\+\+\+|\.\.\.)[ \t]*(?:\r?\n|$)/;
const BLOCKS = new Set(['paragraph', 'heading', 'tableCell']);
const SKIPPED = new Set(['code', 'inlineCode', 'html', 'image', 'imageReference', 'definition', 'footnoteDefinition', 'yaml', 'toml']);

const parser = unified().use(remarkParse);

/** Length of the front matter block at the start of the source, or 0. */
export function frontMatterLength(source: string): number {
  return FRONT_MATTER.exec(source)?.[0].length ?? 0;
}

export function markdownProse(source: string): Prose {
  const skip = frontMatterLength(source);
  const body = skip ? source.slice(0, skip).replace(/[^\n]/g, ' ') + source.slice(skip) : source;
  const tree = parser.parse(body);
  const keep = new Uint8Array(source.length);
  const paragraphs: Paragraph[] = [];

  const keepRange = (start: number, end: number) => {
    // Continuation lines of a text node may start with block-quote markers or list indentation.
    let lineStart = false;
    for (let at = start; at < end; at++) {
      const char = body[at];
      if (char === '\n') {
        lineStart = true;
        continue;
      }
      if (lineStart && (char === ' ' || char === '\t' || char === '>')) continue;
      lineStart = false;
      keep[at] = 1;
    }
  };
  const collect = (node: Nodes): void => {
    if (SKIPPED.has(node.type)) return;
    if (node.type === 'text' && node.position) {
      keepRange(node.position.start.offset ?? 0, node.position.end.offset ?? 0);
      return;
    }
    if ('children' in node) for (const child of (node as Parent).children) collect(child as Nodes);
  };
  const visit = (node: Nodes): void => {
    if (SKIPPED.has(node.type)) return;
    if (BLOCKS.has(node.type) && node.position) {
      const from = node.position.start.offset ?? 0;
      const to = node.position.end.offset ?? 0;
      collect(node);
      let start = from;
      let end = to;
      while (start < end && !keep[start]) start++;
      while (end > start && !keep[end - 1]) end--;
      if (start < end) paragraphs.push({ start, end, headline: node.type === 'heading' || node.type === 'tableCell' });
      return;
    }
    if ('children' in node) for (const child of (node as Parent).children) visit(child as Nodes);
  };
  visit(tree as Nodes);

  const chunks: string[] = [];
  let runStart = 0;
  for (let at = 0; at <= source.length; at++) {
    const kept = at < source.length ? keep[at] : 2;
    if (at === source.length || kept !== keep[runStart]) {
      const piece = source.slice(runStart, at);
      chunks.push(keep[runStart] ? piece : piece.replace(/[^\n]/g, ' '));
      runStart = at;
    }
  }
  paragraphs.sort((a, b) => a.start - b.start);
  return { text: chunks.join(''), paragraphs };
}
