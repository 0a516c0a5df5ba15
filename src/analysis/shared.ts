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
export const MAX_SHARED_LENGTH = 80;

/** `text`, or an equal string kept before. */
export function shared(text: string): string {
  if (text.length > MAX_SHARED_LENGTH) return text;
  const kept = strings.get(text);
  if (kept !== undefined) return kept;
  if (strings.size >= LIMIT) strings.clear();
  strings.set(text, text);
  return text;
}

// The same strings looked up by their code units, for a word read from the text: a word kept before is
// found with no string made. An open-addressing table of FNV-1a hashes in typed arrays (as lexicon.ts's),
// with the entries' code units in one pool.
const SLOTS = 2 * LIMIT;
const slotHashes = new Int32Array(SLOTS);
/** Index of the slot's entry plus one; 0 for an empty slot. */
const slotEntries = new Int32Array(SLOTS);
const entryStarts = new Int32Array(LIMIT);
const entryLengths = new Int32Array(LIMIT);
const entryStrings: string[] = [];
/** Room for LIMIT words of 16 code units on average; then, as when LIMIT are kept, the table starts again. */
const pool = new Uint16Array(LIMIT * 16);
let poolUsed = 0;

/** The string of codes[0, length), made only the first time. */
export function sharedCodes(codes: Uint16Array, length: number): string {
  if (length > MAX_SHARED_LENGTH) return String.fromCharCode(...codes.subarray(0, length));
  let hash = 0x811c9dc5 | 0;
  for (let index = 0; index < length; index++) hash = Math.imul(hash ^ codes[index], 0x01000193);
  let slot = hash & (SLOTS - 1);
  for (; slotEntries[slot] !== 0; slot = (slot + 1) & (SLOTS - 1)) {
    const entry = slotEntries[slot] - 1;
    if (slotHashes[slot] !== hash || entryLengths[entry] !== length) continue;
    const start = entryStarts[entry];
    let index = 0;
    while (index < length && pool[start + index] === codes[index]) index++;
    if (index === length) return entryStrings[entry];
  }
  const text = shared(String.fromCharCode(...codes.subarray(0, length)));
  if (entryStrings.length === LIMIT || poolUsed + length > pool.length) {
    slotEntries.fill(0);
    entryStrings.length = 0;
    poolUsed = 0;
    slot = hash & (SLOTS - 1);
  }
  const entry = entryStrings.length;
  entryStrings.push(text);
  entryStarts[entry] = poolUsed;
  entryLengths[entry] = length;
  pool.set(codes.subarray(0, length), poolUsed);
  poolUsed += length;
  slotHashes[slot] = hash;
  slotEntries[slot] = entry + 1;
  return text;
}
