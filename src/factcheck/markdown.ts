// Small Markdown writing helpers shared by the notes file and the report.

const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/** True when `text` holds half of a surrogate pair, which UTF-8 cannot store. */
export function hasLoneSurrogate(text: string): boolean {
  return LONE_SURROGATE.test(text);
}

/** `text` as one line of plain words for a heading or list item, cut at a word near `maxLength`, punctuation escaped. */
export function inlineText(text: string, maxLength: number): string {
  let words = text.replace(/\s+/g, ' ').trim();
  if (words.length > maxLength) {
    const cut = words.lastIndexOf(' ', maxLength);
    words = words.slice(0, cut > maxLength / 2 ? cut : maxLength).trimEnd() + '…';
  }
  return words.replace(new RegExp(LONE_SURROGATE, 'g'), '\uFFFD').replace(/[\\`*_[\]<>~]/g, '\\$&');
}

/** Backtick fence longer than any backtick run in `content`, so no content line can close it. */
export function fenceFor(content: string): string {
  const longestRun = Math.max(0, ...(content.match(/`+/g) ?? []).map((run) => run.length));
  return '`'.repeat(Math.max(3, longestRun + 1));
}

/** `2025-03-01 10:15 UTC` for `2025-03-01T10:15:00.000Z`. */
export function readableTime(iso: string): string {
  return `${iso.slice(0, 10)} ${iso.slice(11, 16)} UTC`;
}
