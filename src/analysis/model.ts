// The Article model: what the analysis finds in a news source.
// All offsets are UTF-16 code-unit indices into the original text (what
// `TextDocument.offsetAt` uses); `end` is exclusive.

export interface Span {
  start: number;
  end: number;
}

export interface TextSpan extends Span {
  text: string;
}

/** How a mention refers to its person. */
export type MentionKind =
  | 'name' // full name: "Leon Aron"
  | 'surname' // "Aron said", "Aron's"
  | 'title' // title and surname: "Mr. Aron", "President Biden"
  | 'pronoun' // "he said" in an attribution
  | 'description'; // "the Russian leader", "The Republican tycoon"

export interface Mention extends TextSpan {
  kind: MentionKind;
}

export interface Speaker {
  /** Stable slug of the full name: "leon-aron". */
  id: string;
  name: string;
  /** Role phrase as the article gives it, merged across the article, or null. */
  role: string | null;
  /** Short form for labels: "senior fellow, AEI". */
  shortRole: string | null;
  organization: string | null;
  abbreviation: string | null;
  /** Every mention, sorted by start. */
  mentions: Mention[];
  /** Where the article introduces the person: the mention whose sentence gives the role, else the first mention. */
  introduction: Span;
}

export interface Quote extends TextSpan {
  /** `start`/`end` span the quote marks; `text` is what lies between them (contentStart..contentEnd). */
  contentStart: number;
  contentEnd: number;
  /** Speaker id, or null for headline quotes, scare quotes and quotes nobody in the article says. */
  speaker: string | null;
  cue: TextSpan | null;
  /** Single-quoted passages nested inside this quote (spans include their marks). */
  nested: readonly Span[];
  /** Index in `Article.quotes` of the previous part of a multi-paragraph quote, or null. */
  continues: number | null;
  /** Index in `Article.paragraphs`. */
  paragraph: number;
}

/** Speech reported without quote marks: "Vance has gone so far as to say he does not care …". */
export interface ReportedSpeech extends TextSpan {
  speaker: string;
  cue: TextSpan;
  paragraph: number;
}

export interface Article {
  /** Speakers in order of first mention. */
  speakers: Speaker[];
  /** Quotes in document order. */
  quotes: Quote[];
  /** Reported statements in document order. */
  reported: ReportedSpeech[];
  /** Paragraph spans (blank-line separated in text, block nodes in Markdown), in document order. */
  paragraphs: Span[];
}

export type ArticleFormat = 'text' | 'markdown';

export interface AnalyzeOptions {
  /** Markdown is parsed with remark; only prose is analysed. Default 'text'. */
  format?: ArticleFormat;
}
