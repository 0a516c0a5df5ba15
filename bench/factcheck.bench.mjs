// Fact-check notes at scale: 1,000 notes on a ~200 KB article. Loading is parsing the notes file;
// anchoring re-finds every note after the article was edited (most shifted, a tenth with a word
// changed inside the claim so fuzzy matching runs; then also with some claims deleted, each of
// which costs a search of the whole article). Target: loading and anchoring under 200 ms.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { bestTime, loadSource, repoRoot } from './lib/load.mjs';

const NOTES = 1000;
const ARTICLE_SIZE = 200 * 1024;

/** Deterministic pseudo-random numbers, so every run measures the same work. */
function seeded(seed) {
  let state = seed >>> 0;
  return () => (state = (Math.imul(state, 1664525) + 1013904223) >>> 0) / 2 ** 32;
}

/**
 * The seed article repeated to ARTICLE_SIZE, each copy numbered every few words so that a claim's
 * words are not found verbatim in another copy (which would hide fuzzy matching behind exact search).
 */
function buildArticle() {
  const seed = readFileSync(join(repoRoot, 'seeds/000_6df8aa21b7bc5781.txt'), 'utf8');
  const copies = [];
  for (let copy = 0; copies.join('\n\n').length < ARTICLE_SIZE; copy++) {
    let word = 0;
    copies.push(seed.replace(/ /g, () => (++word % 4 === 0 ? ` ${copy} ` : ' ')));
  }
  return copies.join('\n\n');
}

/** Word-aligned claims of 30–150 characters, spread over the article. */
function pickClaims(text, random) {
  const claims = [];
  while (claims.length < NOTES) {
    let start = Math.floor(random() * (text.length - 200));
    while (start > 0 && /\S/.test(text[start - 1])) start++;
    let end = start + 30 + Math.floor(random() * 120);
    while (end < text.length && /\S/.test(text[end])) end++;
    if (!text.slice(start, end).includes('\n')) claims.push({ start, end });
  }
  return claims.sort((a, b) => a.start - b.start);
}

/**
 * The edits a working day might bring: a sentence added near the top (every later note shifts), a
 * word changed inside a tenth of the claims and, if `deleteShare` > 0, that share of claims deleted.
 * Applied from the end so that earlier offsets stay valid; overlapping edits are skipped.
 */
function editArticle(text, claims, random, deleteShare) {
  const edits = [];
  for (const claim of claims) {
    const roll = random();
    if (roll < 0.1) {
      const words = [...text.slice(claim.start, claim.end).matchAll(/\p{L}{4,}/gu)];
      const word = words[Math.floor(random() * words.length)];
      if (word) edits.push({ at: claim.start + word.index, deleted: word[0].length, inserted: 'reworded' });
    } else if (roll < 0.1 + deleteShare) {
      edits.push({ at: claim.start, deleted: claim.end - claim.start, inserted: '' });
    }
  }
  edits.push({ at: 120, deleted: 0, inserted: 'A correction was added near the top of the article. ' });
  let edited = text;
  let limit = Infinity;
  for (const edit of edits.sort((a, b) => b.at - a.at)) {
    if (edit.at + edit.deleted > limit) continue;
    edited = edited.slice(0, edit.at) + edit.inserted + edited.slice(edit.at + edit.deleted);
    limit = edit.at;
  }
  return edited;
}

function methodCounts(results) {
  const counts = {};
  for (const { method } of results) counts[method] = (counts[method] ?? 0) + 1;
  return Object.entries(counts).map(([method, count]) => `${count} ${method}`).join(', ');
}

export async function run(log) {
  const factcheck = await loadSource('src/factcheck/index.ts');
  const { anchorNotes, createNotesDocument, createSelector, parseNotes, serializeNotes } = factcheck;
  const random = seeded(2025);
  const article = buildArticle();
  const claims = pickClaims(article, random);
  const notes = claims.map(({ start, end }, index) => ({
    id: `n${index.toString(16).padStart(6, '0')}`,
    verdict: ['True', 'Mostly true', 'Half true', 'Misleading', 'False', 'Unverified', 'Needs context'][index % 7],
    status: index % 3 ? 'open' : 'resolved',
    author: 'Dana Reyes',
    created: '2025-05-04T09:12:00.000Z',
    edited: null,
    selector: createSelector(article, start, end),
    body: 'The figure comes from the **annual report**, page 12.\n\n- source: harbour authority\n- checked by phone',
    replies: index % 4 ? [] : [{ id: `r${index}`, author: 'Sam Ortiz', created: '2025-05-04T10:00:00.000Z', edited: null, body: 'Agreed.' }],
  }));
  const fileText = serializeNotes(createNotesDocument('article.txt', notes));
  log(`${NOTES} notes on a ${(article.length / 1024).toFixed(0)} KB article; notes file ${(fileText.length / 1024).toFixed(0)} KB`);

  const write = bestTime(() => serializeNotes(createNotesDocument('article.txt', notes)));
  let doc;
  const load = bestTime(() => (doc = parseNotes(fileText, 'article.txt.factcheck.md')));
  log(`write (serializeNotes): ${write.toFixed(1)} ms; load (parseNotes): ${load.toFixed(1)} ms`);

  const unchanged = bestTime(() => anchorNotes(article, doc.notes), 3);
  log(`anchor on the unchanged article: ${unchanged.toFixed(1)} ms`);

  for (const [label, deleteShare] of [
    ['a sentence added, a word changed in 10% of the claims', 0],
    ['the same and 2% of the claims deleted', 0.02],
  ]) {
    const edited = editArticle(article, claims, seeded(7), deleteShare);
    let results;
    const time = bestTime(() => (results = anchorNotes(edited, doc.notes)), 3);
    log(`anchor after edits (${label}): ${time.toFixed(1)} ms (${methodCounts(results)})`);
    log(`  load + anchor: ${(load + time).toFixed(1)} ms (target < 200 ms)`);
  }
}
