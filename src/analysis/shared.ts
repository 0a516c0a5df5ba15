// One copy of each short string an analysis keeps, shared across analyses.
//
// V8 allocates the objects an analysis keeps to its end (name occurrences and their words, role phrases,
// the mentions of the result) straight in the old generation. A new string such an object points to is
// then copied by the next two scavenges, and still is after the object became garbage, until a full
// collection. A string kept from an earlier analysis is old already, and most of what an article keeps it
// has written before: the same names, roles and cue words again and again, and again in the next version.

const strings = new Map<string, string>();
/** Enough for the names, roles and cues of several long articles; then the table starts again. */
const LIMIT = 1 << 14;
/** Longer strings are seldom written twice, and would make the table large: at most a few MB. */
const MAX_LENGTH = 80;

/** `text`, or an equal string kept before. */
export function shared(text: string): string {
  if (text.length > MAX_LENGTH) return text;
  const kept = strings.get(text);
  if (kept !== undefined) return kept;
  if (strings.size >= LIMIT) strings.clear();
  strings.set(text, text);
  return text;
}
