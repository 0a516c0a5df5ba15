// Moving a span through an edit, for live typing (VS Code does not move comment-thread ranges itself).
import type { Span } from './model';

/** One edit: `deletedLength` characters at `offset` replaced by `insertedText` (VS Code's rangeOffset, rangeLength, text). */
export interface TextChange {
  offset: number;
  deletedLength: number;
  insertedText: string;
}

/**
 * Where `span` lies after `change`:
 * - an edit wholly before the span (or touching its start) shifts it; wholly after (or touching its end) leaves it;
 * - an edit inside the span (including replacing exactly the span) grows or shrinks it, keeping the inserted text;
 * - an edit across one end cuts the span at the edit, leaving the inserted text out;
 * - an edit covering the whole span and more collapses it to an empty span at the edit (start === end):
 *   the claim's words are gone, so the caller should re-anchor or orphan the note.
 * For several changes of one event, apply them one after another in the order VS Code reports them.
 */
export function shiftSpan(span: Span, change: TextChange): Span {
  const { start, end } = span;
  const editStart = change.offset;
  const editEnd = change.offset + change.deletedLength;
  const delta = change.insertedText.length - change.deletedLength;

  if (editStart >= end) return { start, end };
  if (editEnd <= start) return { start: start + delta, end: end + delta };
  if (editStart >= start && editEnd <= end) return { start, end: end + delta };
  if (editStart <= start && editEnd >= end) return { start: editStart, end: editStart };
  if (editStart < start) return { start: editStart + change.insertedText.length, end: end + delta };
  return { start, end: editStart };
}
