// Shared helpers for the analysis tests: fixture paths (tests run from out/, fixtures live in the repo).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Article, Speaker } from '../../../src/analysis';

export const REPO_ROOT = path.resolve(__dirname, '../../../..');
export const FIXTURES = path.join(REPO_ROOT, 'test/fixtures/analysis');

export function readFixture(...parts: string[]): string {
  return readFileSync(path.join(FIXTURES, ...parts), 'utf8');
}

export function speakerNamed(article: Article, name: string): Speaker | undefined {
  return article.speakers.find((speaker) => speaker.name === name);
}

export function nameOf(article: Article, id: string | null): string | null {
  if (id === null) return null;
  return article.speakers.find((speaker) => speaker.id === id)?.name ?? `<unknown id ${id}>`;
}
