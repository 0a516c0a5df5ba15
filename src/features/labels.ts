import type { Article, Speaker } from '../analysis/model';

/** "senior fellow at the American Enterprise Institute (AEI)": the role with the organisation's abbreviation. */
export function fullRole(speaker: Speaker): string | null {
  const { role, organization, abbreviation } = speaker;
  if (!role) return null;
  if (!organization || !abbreviation || role.includes(`(${abbreviation})`) || !role.includes(organization)) return role;
  return role.replace(organization, `${organization} (${abbreviation})`);
}

export function plural(count: number, singular: string, pluralForm = `${singular}s`): string {
  return `${count} ${count === 1 ? singular : pluralForm}`;
}

export interface SpeakerCounts {
  quotes: number;
  reported: number;
}

const countsByArticle = new WeakMap<Article, Map<string, SpeakerCounts>>();

/** Quote and reported-speech counts per speaker id, counted once per analysis. */
export function countStatements(article: Article): Map<string, SpeakerCounts> {
  const cached = countsByArticle.get(article);
  if (cached) return cached;
  const counts = new Map<string, SpeakerCounts>(article.speakers.map((s) => [s.id, { quotes: 0, reported: 0 }]));
  for (const quote of article.quotes) if (quote.speaker) counts.get(quote.speaker)!.quotes++;
  for (const statement of article.reported) counts.get(statement.speaker)!.reported++;
  countsByArticle.set(article, counts);
  return counts;
}

/** "5 quotes · 1 reported statement", or "mentioned only". */
export function statementSummary(counts: SpeakerCounts): string {
  const parts: string[] = [];
  if (counts.quotes) parts.push(plural(counts.quotes, 'quote'));
  if (counts.reported) parts.push(plural(counts.reported, 'reported statement'));
  return parts.join(' · ') || 'mentioned only';
}
