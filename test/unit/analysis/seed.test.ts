// The seed article: every direct quote with its speaker, the roles the gold annotation asks for, and the
// shared scorer (when ../shared/eval is present) run on the command-line tool's output.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { analyze } from '../../../src/analysis';
import { REPO_ROOT, nameOf, speakerNamed } from './fixtures';

const SEED = 'seeds/000_6df8aa21b7bc5781.txt';
const text = readFileSync(path.join(REPO_ROOT, SEED), 'utf8');
const EVAL = path.resolve(REPO_ROOT, '../shared/eval');

describe('analysis: the seed article', () => {
  const article = analyze(text);
  const quoteStarting = (words: string) => article.quotes.find((quote) => quote.text.startsWith(words));

  it('attributes every direct quote to the person who said it', () => {
    const expected: [string, string][] = [
      ['rooting', 'Kamala Harris'],
      ['easy to manipulate', 'Kamala Harris'],
      ['smart', 'Donald Trump'],
      ['a hell of a way', 'Donald Trump'],
      ['big mistake', 'Donald Trump'],
      ['salesman.', 'Donald Trump'],
      ['very good relationship', 'Donald Trump'],
      ['It’s clear that Trump', 'Konstantin Kalachov'],
      ['Trump clearly wants', 'Konstantin Kalachov'],
      ['I think the initial step', 'Leon Aron'],
      ['Putin made global opposition', 'Leon Aron'],
      ['He is now proclaiming', 'Leon Aron'],
      ['So that policy', 'Leon Aron'],
      ['I think his macho image', 'Leon Aron'],
    ];
    for (const [words, speaker] of expected) {
      const quote = quoteStarting(words);
      assert.ok(quote, `quote “${words}…”`);
      assert.equal(nameOf(article, quote.speaker), speaker, `speaker of “${words}…”`);
    }
  });

  it('leaves the headline quotes to nobody', () => {
    const headlines = article.quotes.filter((quote) => quote.text === 'Vladimir, let’s talk');
    assert.equal(headlines.length, 3);
    for (const quote of headlines) assert.equal(quote.speaker, null);
  });

  it('keeps the quote-mark spans and the nested single quote of the issue example', () => {
    const quote = quoteStarting('Putin made global opposition')!;
    assert.deepEqual([quote.start, quote.end, quote.cue], [3592, 3692, { start: 3698, end: 3702, text: 'said' }]);
    const nested = quoteStarting('I think the initial step')!;
    assert.deepEqual(nested.nested.map((span) => text.slice(span.start, span.end)), ['‘Vladimir, let’s talk. We could resolve this.’']);
  });

  it('gives each person their role, organisation and abbreviation', () => {
    const roles: [string, string][] = [
      ['Leon Aron', 'senior fellow'], ['Konstantin Kalachov', 'political expert'], ['Kamala Harris', 'Vice President'],
      ['Donald Trump', 'Republican'], ['Vladimir Putin', 'Russian leader'], ['Volodymyr Zelensky', 'Ukrainian President'],
      ['JD Vance', 'running mate'], ['Bob Woodward', 'investigative reporter'], ['Dmitry Medvedev', 'Putin ally'], ['Joe Biden', 'President'],
    ];
    for (const [name, role] of roles) assert.ok(speakerNamed(article, name)?.role?.includes(role), `${name}: ${speakerNamed(article, name)?.role}`);
    const aron = speakerNamed(article, 'Leon Aron')!;
    assert.deepEqual([aron.id, aron.organization, aron.abbreviation, aron.shortRole], ['leon-aron', 'American Enterprise Institute', 'AEI', 'senior fellow, AEI']);
    assert.deepEqual(aron.mentions[0], { start: 3158, end: 3167, text: 'Leon Aron', kind: 'name' });
  });

  it('finds the reported speech the issue names', () => {
    const vance = article.reported.find((statement) => nameOf(article, statement.speaker) === 'JD Vance');
    assert.deepEqual(vance && [vance.start, vance.end, vance.cue], [1448, 1564, { start: 1444, end: 1447, text: 'say' }]);
    const cues = new Set(article.reported.map((statement) => `${nameOf(article, statement.speaker)}/${statement.cue.text}`));
    for (const cue of ['Bob Woodward/asserts', 'Vladimir Putin/said', 'Dmitry Medvedev/hailed', 'Leon Aron/expected']) assert.ok(cues.has(cue), cue);
  });

  it('scores pair F1 1, roles 10/10 and abbreviations 1/1 with the shared scorer', function () {
    if (!existsSync(path.join(EVAL, 'score.mjs'))) this.skip();
    const output = execFileSync(process.execPath, [path.join(REPO_ROOT, 'out/src/cli.js'), 'analyze', SEED], { cwd: REPO_ROOT, encoding: 'utf8' });
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'news-lens-')), 'seed.jsonl');
    writeFileSync(file, output);
    const score = execFileSync(
      process.execPath,
      [path.join(EVAL, 'score.mjs'), path.join(EVAL, '000_6df8aa21b7bc5781.gold.json'), file, '--source', SEED],
      { cwd: REPO_ROOT, encoding: 'utf8' },
    );
    const summary = JSON.parse(score.split('\n')[0]) as { pairF1: number; roles: string; abbreviations: string };
    assert.deepEqual([summary.pairF1, summary.roles, summary.abbreviations], [1, '10/10', '1/1']);
  });
});
