// Every attribution pattern the engine supports, one short synthetic article each
// (test/fixtures/analysis/patterns/*.txt), with the expected speaker, cue and offsets of every quote.
import assert from 'node:assert/strict';
import path from 'node:path';
import { analyze } from '../../../src/analysis';
import { FIXTURES, nameOf, readFixture, speakerNamed } from './fixtures';

interface ExpectedQuote {
  /** The first words inside the quote marks: locates the quote and checks its offsets. */
  starts: string;
  speaker: string | null;
  cue?: string | null;
}

interface ExpectedSpeaker {
  name: string;
  role?: string;
  organization?: string;
  abbreviation?: string;
  shortRole?: string;
}

interface Pattern {
  pattern: string;
  quotes: ExpectedQuote[];
  speakers?: ExpectedSpeaker[];
  reported?: { speaker: string; cue: string }[];
}

const patterns = JSON.parse(readFixture('patterns', 'expected.json')) as Record<string, Pattern>;

describe('analysis: attribution patterns', () => {
  it('has at least 40 pattern fixtures', () => {
    assert.ok(Object.keys(patterns).length >= 40);
  });

  for (const [slug, spec] of Object.entries(patterns)) {
    it(`${slug}: ${spec.pattern}`, () => {
      const text = readFixture('patterns', `${slug}.txt`);
      const article = analyze(text);
      const found = article.quotes.map((quote) => `${quote.text.slice(0, 30)} → ${nameOf(article, quote.speaker)}`);
      assert.equal(article.quotes.length, spec.quotes.length, `quotes found in ${path.join(FIXTURES, 'patterns', slug)}.txt: ${found.join(' | ')}`);
      spec.quotes.forEach((want, at) => {
        const quote = article.quotes[at];
        assert.equal(quote.contentStart, text.indexOf(want.starts), `offset of “${want.starts}”`);
        assert.equal(quote.text, text.slice(quote.contentStart, quote.contentEnd));
        assert.match(text[quote.start], /["“‘'«]/, 'a quote starts at its opening mark');
        assert.equal(nameOf(article, quote.speaker), want.speaker, `speaker of “${want.starts}”`);
        if (want.cue !== undefined) assert.equal(quote.cue?.text.toLowerCase() ?? null, want.cue, `cue of “${want.starts}”`);
        if (quote.cue) assert.equal(text.slice(quote.cue.start, quote.cue.end), quote.cue.text);
      });
      for (const want of spec.speakers ?? []) {
        const speaker = speakerNamed(article, want.name);
        assert.ok(speaker, `speaker ${want.name} among ${article.speakers.map((s) => s.name).join(', ')}`);
        if (want.role) assert.ok(speaker.role?.toLowerCase().includes(want.role.toLowerCase()), `role of ${want.name}: ${speaker.role}`);
        if (want.organization) assert.equal(speaker.organization, want.organization);
        if (want.abbreviation) assert.equal(speaker.abbreviation, want.abbreviation);
        if (want.shortRole) assert.equal(speaker.shortRole, want.shortRole);
      }
      for (const want of spec.reported ?? []) {
        const match = article.reported.find((statement) => nameOf(article, statement.speaker) === want.speaker && statement.cue.text === want.cue);
        assert.ok(match, `reported speech by ${want.speaker} (${want.cue}) among ${article.reported.map((r) => `${nameOf(article, r.speaker)}/${r.cue.text}`).join(', ')}`);
        assert.equal(match.text, text.slice(match.start, match.end));
      }
    });
  }
});
