import * as assert from 'node:assert/strict';
import {
  annotationId,
  toClaimReviewJsonLd,
  toClaimReviews,
  toMarkdownReport,
  toWebAnnotations,
  type ExportContext,
  type Note,
  type Span,
} from '../../../src/factcheck';
import { article, noteOn, reply } from './helpers';

const passengers = noteOn(article, 'carried 40,000 passengers last year', {
  id: 'n-passengers',
  verdict: 'Mostly true',
  author: 'Dana Reyes',
  created: '2025-05-04T09:12:00.000Z',
  edited: '2025-05-04T09:30:00.000Z',
  body: 'The annual report gives **38,912**.',
  replies: [reply('r-agree', 'Agreed.\n\n## Not a report heading')],
});
const ferry = noteOn(article, 'The ferry costs more than the school', { id: 'n-ferry', verdict: 'Misleading', status: 'resolved', author: 'Sam Ortiz' });
const pending = noteOn(article, 'Every crossing will be on time', { id: 'n-pending', verdict: 'Unverified' });
const odd = noteOn(article, 'never once', { id: 'n-odd', verdict: 'Pants on fire' });
const notes: Note[] = [ferry, passengers, pending, odd];

/** Speakers by where their words are, as the analysis would say. */
const speakerSpans: [Span, { name: string; role: string | null }][] = [
  [{ start: article.indexOf('“The old boat'), end: article.indexOf('Opponents') }, { name: 'Mara Quist', role: 'transport chair' }],
  [{ start: article.indexOf('“The ferry costs'), end: article.indexOf('Brand said.') }, { name: 'Ivo Brand', role: null }],
];
const seenSpans: Span[] = [];
const context: ExportContext = {
  articleName: 'article.txt',
  articleUrl: 'https://example.org/port-ellen-ferry',
  speakerFor: (span) => {
    seenSpans.push(span);
    return speakerSpans.find(([where]) => where.start <= span.start && span.end <= where.end)?.[1] ?? null;
  },
  reviewUrlFor: (note) => (note.status === 'resolved' ? `https://factcheck.example.org/${note.id}` : undefined),
};

describe('factcheck exports', () => {
  describe('ClaimReview', () => {
    it('writes every field for a rated verdict, with the speaker as the claim author', () => {
      seenSpans.length = 0;
      const [review] = toClaimReviews([passengers], context);
      assert.deepEqual(seenSpans, [passengers.selector.position]);
      assert.deepEqual(review, {
        '@context': 'https://schema.org',
        '@type': 'ClaimReview',
        claimReviewed: 'carried 40,000 passengers last year',
        reviewRating: { '@type': 'Rating', alternateName: 'Mostly true', ratingValue: 4, bestRating: 5, worstRating: 1 },
        author: { '@type': 'Person', name: 'Dana Reyes' },
        datePublished: '2025-05-04T09:12:00.000Z',
        dateModified: '2025-05-04T09:30:00.000Z',
        reviewBody: 'The annual report gives **38,912**.',
        itemReviewed: {
          '@type': 'Claim',
          author: { '@type': 'Person', name: 'Mara Quist', jobTitle: 'transport chair' },
          appearance: { '@type': 'CreativeWork', name: 'article.txt', url: 'https://example.org/port-ellen-ferry' },
        },
      });
    });

    it('rates False 1, gives no number for Unverified or unknown verdicts, and leaves out what is unknown', () => {
      const [ferryReview, pendingReview, oddReview] = toClaimReviews([ferry, pending, odd], { articleName: 'article.txt', speakerFor: context.speakerFor });
      assert.deepEqual(ferryReview.reviewRating, { '@type': 'Rating', alternateName: 'Misleading', ratingValue: 2, bestRating: 5, worstRating: 1 });
      assert.deepEqual(ferryReview.itemReviewed.author, { '@type': 'Person', name: 'Ivo Brand' });
      assert.deepEqual(pendingReview.reviewRating, { '@type': 'Rating', alternateName: 'Unverified' });
      assert.deepEqual(oddReview.reviewRating, { '@type': 'Rating', alternateName: 'Pants on fire' });
      assert.equal(pendingReview.itemReviewed.author, undefined, 'no speaker known');
      assert.deepEqual(pendingReview.itemReviewed.appearance, { '@type': 'CreativeWork', name: 'article.txt' });
      assert.ok(!('url' in pendingReview) && !('dateModified' in pendingReview));
      assert.equal(toClaimReviews([ferry], context)[0].url, 'https://factcheck.example.org/n-ferry');
    });

    it('collapses the claim to one line and serialises as a JSON-LD array', () => {
      const multiline = { ...passengers, selector: { ...passengers.selector, quote: { ...passengers.selector.quote, exact: 'two\n  lines ' } } };
      const parsed = JSON.parse(toClaimReviewJsonLd([multiline, ferry], context));
      assert.equal(parsed.length, 2);
      assert.equal(parsed[0].claimReviewed, 'two lines');
      assert.equal(parsed[1]['@type'], 'ClaimReview');
    });
  });

  describe('W3C Web Annotations', () => {
    it('gives each note both selectors, its text and verdict, and each reply as a reply to it', () => {
      const collection = toWebAnnotations([passengers], context);
      assert.equal(collection['@context'], 'http://www.w3.org/ns/anno.jsonld');
      assert.equal(collection.type, 'AnnotationCollection');
      assert.equal(collection.total, 2);
      const [note, answer] = collection.first.items;
      assert.deepEqual(note, {
        id: annotationId('n-passengers'),
        type: 'Annotation',
        motivation: 'assessing',
        created: '2025-05-04T09:12:00.000Z',
        modified: '2025-05-04T09:30:00.000Z',
        creator: { type: 'Person', name: 'Dana Reyes' },
        body: [
          { type: 'TextualBody', value: 'The annual report gives **38,912**.', format: 'text/markdown', purpose: 'assessing' },
          { type: 'TextualBody', value: 'Mostly true', purpose: 'classifying' },
        ],
        target: {
          source: 'https://example.org/port-ellen-ferry',
          selector: [
            { type: 'TextQuoteSelector', ...passengers.selector.quote },
            { type: 'TextPositionSelector', ...passengers.selector.position },
          ],
        },
      });
      assert.equal(answer.motivation, 'replying');
      assert.equal(answer.target, annotationId('n-passengers'));
      assert.deepEqual(answer.body, [{ type: 'TextualBody', value: 'Agreed.\n\n## Not a report heading', format: 'text/markdown' }]);
    });

    it('targets the article name when there is no URL', () => {
      const [note] = toWebAnnotations([ferry], { articleName: 'article.txt' }).first.items;
      assert.equal(typeof note.target === 'object' && note.target.source, 'article.txt');
    });
  });

  describe('Markdown report', () => {
    const report = toMarkdownReport(notes, context);

    it('summarises, then groups notes by verdict in menu order with unknown verdicts last', () => {
      assert.match(report, /^# Fact-check report: article\.txt\n\nArticle: \[article\.txt\]\(<https:\/\/example\.org\/port-ellen-ferry>\)\n\n4 fact-checks: 1 Mostly true, 1 Misleading, 1 Unverified, 1 Pants on fire\.\n/);
      const groups = [...report.matchAll(/^## (.+)$/gm)].map((match) => match[1]);
      assert.deepEqual(groups, ['Mostly true (1)', 'Misleading (1)', 'Unverified (1)', 'Pants on fire (1)']);
    });

    it('shows each claim with its speaker, checker, status, text and replies, keeping note headings inside quotes', () => {
      const section = report.slice(report.indexOf('## Mostly true'), report.indexOf('## Misleading'));
      assert.equal(
        section,
        [
          '## Mostly true (1)',
          '',
          '### “carried 40,000 passengers last year”',
          '',
          '- Claim: “carried 40,000 passengers last year”',
          '- Said by: Mara Quist, transport chair',
          '- Checked by: Dana Reyes, 2025-05-04 09:12 UTC (edited 2025-05-04 09:30 UTC)',
          '- Status: open',
          '',
          '> The annual report gives **38,912**.',
          '',
          'Reply from Sam Ortiz, 2025-05-04 10:00 UTC:',
          '',
          '> Agreed.',
          '>',
          '> ## Not a report heading',
          '',
          '',
        ].join('\n'),
      );
      assert.match(report, /- Said by: unknown\n- Checked by: Dana Reyes/);
      assert.match(report, /- Status: resolved/);
    });

    it('says so when there are no notes', () => {
      assert.equal(toMarkdownReport([], { articleName: 'a.txt' }), '# Fact-check report: a.txt\n\nArticle: a.txt\n\nNo fact-checks.\n');
    });
  });
});
