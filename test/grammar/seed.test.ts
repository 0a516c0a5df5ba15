// The whole seed article through the grammar: a checked-in snapshot of every scoped token, plus
// explicit assertions on the quotes and cues so that regenerating the snapshot cannot bless a bug.
//
// After an intended grammar change, regenerate the snapshot and review its diff:
//   npx tsc -p . && UPDATE_SNAPSHOTS=1 npx mocha --config .mocharc.grammar.json
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { NewsTokenizer, Token, defaultRepoRoot, hasScope, runsWithScope, textsWithScope } from './tokenize';

const SEED = 'seeds/000_6df8aa21b7bc5781.txt';
const SNAPSHOT = 'test/grammar/seed.snapshot.txt';
/** Scopes every token of a paragraph carries; a token with nothing else is plain text. */
const CONTAINER_SCOPES = new Set(['text.news', 'meta.paragraph.news']);

function formatSnapshot(lines: Token[][]): string {
  const rows = lines.flat().flatMap((token) => {
    const scopes = token.scopes.filter((scope) => !CONTAINER_SCOPES.has(scope));
    return scopes.length ? [`${token.line + 1}:${token.start + 1}\t${JSON.stringify(token.text)}\t${scopes.join(' ')}`] : [];
  });
  return [
    `# Grammar snapshot of ${SEED}: every token with a scope besides ${[...CONTAINER_SCOPES].join(' and ')},`,
    '# as LINE:COLUMN (1-based), the token text, and its scopes from outermost to innermost.',
    '# Regenerate: npx tsc -p . && UPDATE_SNAPSHOTS=1 npx mocha --config .mocharc.grammar.json',
    ...rows,
    '',
  ].join('\n');
}

function writeAtomically(file: string, content: string): void {
  const temporary = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(temporary, content);
  fs.renameSync(temporary, file);
}

describe('news-source grammar on the seed article', () => {
  const root = defaultRepoRoot();
  let lines: Token[][];
  /** The 0-based number of the first seed line that contains `text`. */
  const lineOf = (text: string): number => {
    const index = lines.findIndex((tokens) => tokens.map((token) => token.text).join('').includes(text));
    assert.ok(index >= 0, `the seed contains ${text}`);
    return index;
  };

  before(async () => {
    const tokenizer = await NewsTokenizer.load(root);
    lines = tokenizer.tokenize(fs.readFileSync(path.join(root, SEED), 'utf8'));
  });

  it('matches the checked-in snapshot', function () {
    const actual = formatSnapshot(lines);
    const snapshotPath = path.join(root, SNAPSHOT);
    if (process.env.UPDATE_SNAPSHOTS === '1') {
      writeAtomically(snapshotPath, actual);
      this.skip();
    }
    assert.ok(fs.existsSync(snapshotPath), `${SNAPSHOT} is missing: run with UPDATE_SNAPSHOTS=1 to create it`);
    assert.equal(actual, fs.readFileSync(snapshotPath, 'utf8'));
  });

  it('scopes all 14 double-quoted passages as strings', () => {
    assert.deepEqual(textsWithScope(lines, 'string.quoted.double.news'), [
      '“rooting”',
      '“easy to manipulate with flattery and favour.”',
      '“smart”',
      '“a hell of a way to negotiate”',
      '“big mistake”',
      '“salesman.”',
      '“very good relationship”',
      '“It’s clear that Trump is Russia’s preference, no matter what they say,”',
      '“Trump clearly wants to negotiate and there is no love between him and Zelensky,”',
      '“I think the initial step will be some sort of very dramatic personal diplomacy — ‘Vladimir, let’s talk. We could resolve this.’”',
      '“Putin made global opposition to the United States a key to his domestic legitimacy and popularity,”',
      '“He is now proclaiming himself and his country heirs to the Soviet Union—a great superpower.”',
      '“So that policy strategically will continue. Putin cannot change it without changing his regime,”',
      '“I think his macho image would argue against essentially accepting a defeat of American interests in Ukraine.”',
    ]);
  });

  it('scopes the nested quote and the quotes in headlines, and no apostrophe', () => {
    assert.deepEqual(
      runsWithScope(lines, 'string.quoted.single.news').map((run) => [run.line, run.text]),
      [
        [0, '‘Vladimir, let’s talk’'],
        [2, '‘Vladimir, let’s talk’'],
        [23, '‘Vladimir, let’s talk’'],
        [lineOf('We could resolve this'), '‘Vladimir, let’s talk. We could resolve this.’'],
      ],
    );
  });

  it('scopes every attribution cue, outside the quotes', () => {
    // [words that locate the line, the cue on it], in document order.
    const expected: Array<[string, string]> = [
      ['telling a rally', 'telling'],
      ['Trump has repeatedly praised', 'praised'],
      ['Trump praised Putin', 'praised'],
      ['also faulted', 'faulted'],
      ['saying that sending', 'saying'],
      ['has mused', 'mused'],
      ['scoffed at', 'scoffed'],
      ['as to say', 'say'],
      ['believing that', 'believing'],
      ['has boasted', 'boasted'],
      ['aides suggesting', 'suggesting'],
      ['He has dismissed', 'dismissed'],
      ['Trump told', 'told'],
      ['Woodward asserts', 'asserts'],
      ['Putin in September said', 'said'],
      ['recently hailed', 'hailed'],
      ['Kalachov said', 'said'],
      ['Zelensky,” he said', 'said'],
      ['expected that Trump', 'expected'],
      ['But Aron said', 'said'],
      ['popularity,” Aron said', 'said'],
      ['regime,” he said', 'said'],
      ['bad deal, Aron said', 'said'],
    ];
    assert.deepEqual(
      runsWithScope(lines, 'keyword.other.attribution.news').map((run) => [run.line, run.text]),
      expected.map(([context, cue]) => [lineOf(context), cue]),
    );
    for (const token of lines.flat().filter((t) => hasScope(t.scopes, 'keyword.other.attribution'))) {
      assert.ok(!hasScope(token.scopes, 'string'), `cue ${token.text} on line ${token.line + 1} is not inside a quote`);
    }
  });

  it('scopes the speaker beside each cue', () => {
    assert.deepEqual(textsWithScope(lines, 'entity.name.function.speaker.news'), [
      'Trump', // Trump has repeatedly praised
      'Trump', // Trump praised Putin
      'Trump', // Trump has boasted
      'He', // He has dismissed
      'Trump', // Trump told
      'Bob Woodward',
      'Dmitry Medvedev', // more recently hailed
      'Konstantin Kalachov',
      'he',
      'Leon Aron', // Leon Aron, a senior fellow at the American Enterprise Institute, expected that
      'Aron',
      'Aron',
      'he',
      'Aron',
    ]);
  });

  it('scopes the headline, its repeat, the section heading, the dateline, the wire credit and the furniture', () => {
    const headline = '‘Vladimir, let’s talk’: Putin and Trump’s uneasy bromance — from admiration to geopolitical clashes';
    assert.deepEqual(
      runsWithScope(lines, 'markup.heading.1.news').map((run) => [run.line, run.text]),
      [[0, headline], [2, headline]],
    );
    assert.deepEqual(runsWithScope(lines, 'meta.headline.repeated.news').map((run) => run.line), [2]);
    assert.deepEqual(textsWithScope(lines, 'markup.heading.2.news'), ['‘Vladimir, let’s talk’']);
    assert.deepEqual(textsWithScope(lines, 'markup.bold.dateline.news'), ['WASHINGTON, Nov 1 —']);
    assert.deepEqual(textsWithScope(lines, 'entity.name.type.wire.news'), ['— AFP']);
    assert.deepEqual(textsWithScope(lines, 'comment.line.furniture.news'), ['Source link', 'OR', 'Scroll to Top']);
  });
});

