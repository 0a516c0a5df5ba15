// Exports of an article's notes: schema.org ClaimReview (JSON-LD), W3C Web Annotations, a Markdown report.
// Pure: each returns objects or text; the caller writes them where the user chose.
import { inlineText, readableTime } from './markdown';
import type { Note, Span, Verdict } from './model';
import { DEFAULT_VERDICTS, RATING_SCALE, orderVerdicts, verdictInfo } from './verdicts';

/** Who made a claim, as the analysis knows them. */
export interface SpeakerInfo {
  name: string;
  /** Role or job title as the article gives it ("senior fellow, AEI"), if known. */
  role?: string | null;
}

export interface ExportContext {
  /** The article's file name (or headline), e.g. `story.txt`. */
  articleName: string;
  /** Where the article is published, if known. */
  articleUrl?: string;
  /** Who said the words at `span` (the note's current position), or null if nobody known. */
  speakerFor?: (span: Span, note: Note) => SpeakerInfo | null;
  /** Where the fact-check itself is published, if anywhere (ClaimReview `url`). */
  reviewUrlFor?: (note: Note) => string | undefined;
  /** Verdict order for the report (the `newsLens.factCheck.verdicts` setting). Default DEFAULT_VERDICTS. */
  verdicts?: readonly Verdict[];
}

// ---------------------------------------------------------------------------------------------
// schema.org ClaimReview

export interface SchemaPerson {
  '@type': 'Person';
  name: string;
  jobTitle?: string;
}

export interface ClaimReview {
  '@context': 'https://schema.org';
  '@type': 'ClaimReview';
  claimReviewed: string;
  reviewRating: {
    '@type': 'Rating';
    alternateName: string;
    ratingValue?: number;
    bestRating?: number;
    worstRating?: number;
  };
  author: SchemaPerson;
  datePublished: string;
  dateModified?: string;
  url?: string;
  reviewBody: string;
  itemReviewed: {
    '@type': 'Claim';
    author?: SchemaPerson;
    appearance: { '@type': 'CreativeWork'; name: string; url?: string };
  };
}

function speakerOf(note: Note, context: ExportContext): SpeakerInfo | null {
  return context.speakerFor?.(note.selector.position, note) ?? null;
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** One ClaimReview per note; the claim's author is the speaker of its words, its appearance the article. */
export function toClaimReviews(notes: readonly Note[], context: ExportContext): ClaimReview[] {
  return notes.map((note) => {
    const { rating } = verdictInfo(note.verdict);
    const speaker = speakerOf(note, context);
    const url = context.reviewUrlFor?.(note);
    return {
      '@context': 'https://schema.org',
      '@type': 'ClaimReview',
      claimReviewed: oneLine(note.selector.quote.exact),
      reviewRating: {
        '@type': 'Rating',
        alternateName: note.verdict,
        ...(rating === null ? {} : { ratingValue: rating, bestRating: RATING_SCALE.best, worstRating: RATING_SCALE.worst }),
      },
      author: { '@type': 'Person', name: note.author },
      datePublished: note.created,
      ...(note.edited ? { dateModified: note.edited } : {}),
      ...(url ? { url } : {}),
      reviewBody: note.body,
      itemReviewed: {
        '@type': 'Claim',
        ...(speaker ? { author: { '@type': 'Person', name: speaker.name, ...(speaker.role ? { jobTitle: speaker.role } : {}) } } : {}),
        appearance: { '@type': 'CreativeWork', name: context.articleName, ...(context.articleUrl ? { url: context.articleUrl } : {}) },
      },
    };
  });
}

/** The ClaimReviews as JSON-LD text: an array of ClaimReview objects. */
export function toClaimReviewJsonLd(notes: readonly Note[], context: ExportContext): string {
  return JSON.stringify(toClaimReviews(notes, context), null, 2) + '\n';
}

// ---------------------------------------------------------------------------------------------
// W3C Web Annotation Data Model

export interface TextualBody {
  type: 'TextualBody';
  value: string;
  format?: string;
  purpose?: string;
}

export interface WebAnnotation {
  id: string;
  type: 'Annotation';
  motivation: 'assessing' | 'replying';
  created: string;
  modified?: string;
  creator: { type: 'Person'; name: string };
  body: TextualBody[];
  target:
    | string
    | {
        source: string;
        selector: [
          { type: 'TextQuoteSelector'; exact: string; prefix: string; suffix: string },
          { type: 'TextPositionSelector'; start: number; end: number },
        ];
      };
}

export interface AnnotationCollection {
  '@context': 'http://www.w3.org/ns/anno.jsonld';
  type: 'AnnotationCollection';
  label: string;
  total: number;
  first: { type: 'AnnotationPage'; startIndex: 0; items: WebAnnotation[] };
}

/** The IRI of a note or reply in the Web Annotation export. */
export function annotationId(id: string): string {
  return `urn:news-lens:fact-check:${id}`;
}

/**
 * Every note as an Annotation (motivation `assessing`, bodies: the Markdown text and the verdict as
 * `classifying`) targeting the article with both selectors; every reply as an Annotation
 * (motivation `replying`) targeting its note.
 */
export function toWebAnnotations(notes: readonly Note[], context: ExportContext): AnnotationCollection {
  const source = context.articleUrl ?? context.articleName;
  const times = (entry: { created: string; edited: string | null }) => ({ created: entry.created, ...(entry.edited ? { modified: entry.edited } : {}) });
  const items = notes.flatMap((note): WebAnnotation[] => {
    const { quote, position } = note.selector;
    return [
      {
        id: annotationId(note.id),
        type: 'Annotation',
        motivation: 'assessing',
        ...times(note),
        creator: { type: 'Person', name: note.author },
        body: [
          { type: 'TextualBody', value: note.body, format: 'text/markdown', purpose: 'assessing' },
          { type: 'TextualBody', value: note.verdict, purpose: 'classifying' },
        ],
        target: {
          source,
          selector: [
            { type: 'TextQuoteSelector', exact: quote.exact, prefix: quote.prefix, suffix: quote.suffix },
            { type: 'TextPositionSelector', start: position.start, end: position.end },
          ],
        },
      },
      ...note.replies.map((reply): WebAnnotation => ({
        id: annotationId(reply.id),
        type: 'Annotation',
        motivation: 'replying',
        ...times(reply),
        creator: { type: 'Person', name: reply.author },
        body: [{ type: 'TextualBody', value: reply.body, format: 'text/markdown' }],
        target: annotationId(note.id),
      })),
    ];
  });
  return {
    '@context': 'http://www.w3.org/ns/anno.jsonld',
    type: 'AnnotationCollection',
    label: `Fact-checks: ${context.articleName}`,
    total: items.length,
    first: { type: 'AnnotationPage', startIndex: 0, items },
  };
}

// ---------------------------------------------------------------------------------------------
// Markdown report

function quoted(markdown: string): string[] {
  return markdown.split('\n').map((line) => (line ? `> ${line}` : '>'));
}

function noteReport(note: Note, context: ExportContext): string[] {
  const speaker = speakerOf(note, context);
  const said = speaker ? `${inlineText(speaker.name, 80)}${speaker.role ? `, ${inlineText(speaker.role, 80)}` : ''}` : 'unknown';
  const edited = note.edited ? ` (edited ${readableTime(note.edited)})` : '';
  const lines = [
    `### “${inlineText(note.selector.quote.exact, 80)}”`,
    '',
    `- Claim: “${inlineText(note.selector.quote.exact, Infinity)}”`,
    `- Said by: ${said}`,
    `- Checked by: ${inlineText(note.author, 80)}, ${readableTime(note.created)}${edited}`,
    `- Status: ${note.status}`,
    '',
    ...quoted(note.body),
  ];
  for (const reply of note.replies) {
    lines.push('', `Reply from ${inlineText(reply.author, 80)}, ${readableTime(reply.created)}:`, '', ...quoted(reply.body));
  }
  return lines;
}

/** A readable report: a summary line, then the notes grouped by verdict in the team's verdict order. */
export function toMarkdownReport(notes: readonly Note[], context: ExportContext): string {
  const verdicts = orderVerdicts(
    notes.map((note) => note.verdict),
    context.verdicts ?? DEFAULT_VERDICTS,
  );
  const article = context.articleUrl ? `[${inlineText(context.articleName, 200)}](<${context.articleUrl}>)` : inlineText(context.articleName, 200);
  const counts = verdicts.map((verdict) => `${notes.filter((note) => note.verdict === verdict).length} ${inlineText(verdict, 40)}`);
  const lines = [
    `# Fact-check report: ${inlineText(context.articleName, 200)}`,
    '',
    `Article: ${article}`,
    '',
    notes.length ? `${notes.length} fact-check${notes.length === 1 ? '' : 's'}: ${counts.join(', ')}.` : 'No fact-checks.',
  ];
  for (const verdict of verdicts) {
    const group = notes.filter((note) => note.verdict === verdict);
    lines.push('', `## ${inlineText(verdict, 40)} (${group.length})`);
    for (const note of group) lines.push('', ...noteReport(note, context));
  }
  return lines.join('\n') + '\n';
}
