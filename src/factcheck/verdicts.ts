// Verdicts: the default list (the `newsLens.factCheck.verdicts` setting can replace it), their numeric
// ClaimReview ratings and a colour-free severity the UI maps to theme colours.
import type { Verdict } from './model';

export const DEFAULT_VERDICTS: readonly Verdict[] = [
  'True',
  'Mostly true',
  'Half true',
  'Misleading',
  'False',
  'Unverified',
  'Needs context',
];

/** Which way a verdict leans: `supported` (True…), `mixed`, `refuted` (False), `unrated` (no judgement yet, or unknown). */
export type VerdictSeverity = 'supported' | 'mixed' | 'refuted' | 'unrated';

export interface VerdictInfo {
  verdict: Verdict;
  /** One of DEFAULT_VERDICTS, compared without regard to case or surrounding spaces. */
  known: boolean;
  /** ClaimReview ratingValue on the RATING_SCALE, or null when the verdict does not rate the claim. */
  rating: number | null;
  severity: VerdictSeverity;
}

export const RATING_SCALE = { best: 5, worst: 1 } as const;

const KNOWN: ReadonlyMap<string, { rating: number | null; severity: VerdictSeverity }> = new Map([
  ['true', { rating: 5, severity: 'supported' }],
  ['mostly true', { rating: 4, severity: 'supported' }],
  ['half true', { rating: 3, severity: 'mixed' }],
  ['misleading', { rating: 2, severity: 'mixed' }],
  ['false', { rating: 1, severity: 'refuted' }],
  ['unverified', { rating: null, severity: 'unrated' }],
  ['needs context', { rating: null, severity: 'unrated' }],
]);

function verdictKey(verdict: Verdict): string {
  return verdict.trim().toLowerCase();
}

/** True when `verdict` is in `verdicts` (default: DEFAULT_VERDICTS), ignoring case and surrounding spaces. */
export function isKnownVerdict(verdict: Verdict, verdicts: readonly Verdict[] = DEFAULT_VERDICTS): boolean {
  const key = verdictKey(verdict);
  return verdicts.some((candidate) => verdictKey(candidate) === key);
}

export function verdictInfo(verdict: Verdict): VerdictInfo {
  const known = KNOWN.get(verdictKey(verdict));
  return known ? { verdict, known: true, ...known } : { verdict, known: false, rating: null, severity: 'unrated' };
}

/**
 * Distinct verdicts of `used`, ordered as in `verdicts` (the menu order), then the unknown ones in
 * order of first use. Grouping by this keeps a report in the order the team chose.
 */
export function orderVerdicts(used: Iterable<Verdict>, verdicts: readonly Verdict[] = DEFAULT_VERDICTS): Verdict[] {
  const distinct = [...new Set(used)];
  const rank = (verdict: Verdict): number => {
    const index = verdicts.findIndex((candidate) => verdictKey(candidate) === verdictKey(verdict));
    return index < 0 ? verdicts.length : index;
  };
  return distinct
    .map((verdict, firstUse) => ({ verdict, firstUse, rank: rank(verdict) }))
    .sort((a, b) => a.rank - b.rank || a.firstUse - b.firstUse)
    .map(({ verdict }) => verdict);
}
