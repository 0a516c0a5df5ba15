import type { AnalyzeOptions, Article } from './model';

export type * from './model';

// Placeholder until the engine lands (issue 3).
export function analyze(_text: string, _options: AnalyzeOptions = {}): Article {
  return { speakers: [], quotes: [], reported: [], paragraphs: [] };
}
