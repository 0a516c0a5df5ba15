// News Lens fact-check layer: notes pinned to exact words of an article, their file format,
// re-anchoring after edits, and exports. Pure TypeScript (no vscode); store.ts uses Node's fs.
//
//   file      parseNotes(text, file) → NotesDocument (throws NotesParseError with .line)
//             serializeNotes(doc) → text; notesPathFor(articlePath); the format: FORMAT.md
//   disk      loadNotes(path), saveNotes(path, doc, { expectedOriginal }), writeFileAtomic(path, text)
//   anchors   createSelector(text, start, end); anchor(text, selector) / anchorNotes(text, notes)
//             → { method, span, selector, score }; shiftSpan(span, change) for live edits
//   verdicts  DEFAULT_VERDICTS, isKnownVerdict, verdictInfo (rating, severity), orderVerdicts
//   exports   toClaimReviews / toClaimReviewJsonLd, toWebAnnotations, toMarkdownReport
export {
  CONTEXT_LENGTH,
  NOTES_FILE_SUFFIX,
  NOTE_STATUSES,
  articlePathFor,
  createNotesDocument,
  isIsoUtc,
  isValidId,
  newNoteId,
  notesPathFor,
  timestamp,
} from './model';
export type {
  LineEnding,
  Note,
  NoteSelector,
  NoteStatus,
  NotesDocument,
  Reply,
  Span,
  TextPositionSelector,
  TextQuoteSelector,
  Verdict,
} from './model';
export { DEFAULT_VERDICTS, RATING_SCALE, isKnownVerdict, orderVerdicts, verdictInfo } from './verdicts';
export type { VerdictInfo, VerdictSeverity } from './verdicts';
export { FORMAT_VERSION, NotesParseError, parseNotes, serializeNotes } from './format';
export { createSelector } from './selectors';
export { FUZZY_ACCEPTANCE, FUZZY_WEIGHTS, anchor, anchorNotes, maxFuzzyErrors } from './anchor';
export type { AnchorMethod, AnchorOptions, AnchorResult } from './anchor';
export { shiftSpan } from './shift';
export type { TextChange } from './shift';
export { annotationId, toClaimReviewJsonLd, toClaimReviews, toMarkdownReport, toWebAnnotations } from './export';
export type { AnnotationCollection, ClaimReview, ExportContext, SchemaPerson, SpeakerInfo, TextualBody, WebAnnotation } from './export';
export { NotesChangedError, loadNotes, saveNotes, writeFileAtomic } from './store';
export type { LoadedNotes, SaveOptions } from './store';
