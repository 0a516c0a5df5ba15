// Loads the News Source TextMate grammar with the engine VS Code itself uses (vscode-textmate on
// vscode-oniguruma) and tokenizes text line by line, carrying the rule stack across lines as the
// editor does. Shared by the grammar tests and bench/grammar.bench.mjs.
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as oniguruma from 'vscode-oniguruma';
import * as textmate from 'vscode-textmate';

export const NEWS_SCOPE = 'text.news';
export const GRAMMAR_PATH = 'syntaxes/news-source.tmLanguage.json';
const ONIG_WASM_PATH = 'node_modules/vscode-oniguruma/release/onig.wasm';

export interface Token {
  /** 0-based line number. */
  line: number;
  /** 0-based UTF-16 offsets within the line. */
  start: number;
  end: number;
  text: string;
  /** Scope names from outermost to innermost, the root `text.news` included. */
  scopes: string[];
}

/** The repository root, from this file's place in the source tree or in out/. */
export function defaultRepoRoot(): string {
  let dir = __dirname;
  while (!fs.existsSync(path.join(dir, GRAMMAR_PATH))) {
    const parent = path.dirname(dir);
    if (parent === dir) {
      throw new Error(`Cannot find ${GRAMMAR_PATH} above ${__dirname}`);
    }
    dir = parent;
  }
  return dir;
}

// The WebAssembly module can be loaded only once per process.
let onigLoaded: Promise<void> | undefined;

function loadOniguruma(repoRoot: string): Promise<void> {
  onigLoaded ??= oniguruma.loadWASM(fs.readFileSync(path.join(repoRoot, ONIG_WASM_PATH)).buffer as ArrayBuffer);
  return onigLoaded;
}

export class NewsTokenizer {
  private constructor(private readonly grammar: textmate.IGrammar) {}

  static async load(repoRoot = defaultRepoRoot()): Promise<NewsTokenizer> {
    await loadOniguruma(repoRoot);
    const grammarPath = path.join(repoRoot, GRAMMAR_PATH);
    const registry = new textmate.Registry({
      onigLib: Promise.resolve({
        createOnigScanner: (patterns: string[]) => new oniguruma.OnigScanner(patterns),
        createOnigString: (text: string) => new oniguruma.OnigString(text),
      }),
      loadGrammar: async (scopeName: string) =>
        scopeName === NEWS_SCOPE ? textmate.parseRawGrammar(fs.readFileSync(grammarPath, 'utf8'), grammarPath) : null,
    });
    const grammar = await registry.loadGrammar(NEWS_SCOPE);
    if (!grammar) {
      throw new Error(`Grammar ${NEWS_SCOPE} did not load from ${grammarPath}`);
    }
    return new NewsTokenizer(grammar);
  }

  /** Tokens of every line of `text` (split on \n, \r\n or \r, as the editor does). */
  tokenize(text: string): Token[][] {
    let stack = textmate.INITIAL;
    return splitLines(text).map((lineText, line) => {
      const result = this.grammar.tokenizeLine(lineText, stack);
      stack = result.ruleStack;
      return result.tokens
        .filter((token) => token.startIndex < lineText.length)
        .map((token) => {
          const end = Math.min(token.endIndex, lineText.length);
          return { line, start: token.startIndex, end, text: lineText.slice(token.startIndex, end), scopes: token.scopes };
        });
    });
  }
}

export function splitLines(text: string): string[] {
  return text.split(/\r\n|\r|\n/);
}

/** Whether `scopes` holds `selector` or a more specific scope under it, as theme selectors match. */
export function hasScope(scopes: readonly string[], selector: string): boolean {
  return scopes.some((scope) => scope === selector || scope.startsWith(selector + '.'));
}

export interface ScopedRun {
  line: number;
  start: number;
  text: string;
}

/** Maximal runs of adjacent tokens on one line that carry `selector`. */
export function runsWithScope(lines: Token[][], selector: string): ScopedRun[] {
  const runs: ScopedRun[] = [];
  for (const tokens of lines) {
    let current: ScopedRun | undefined;
    for (const token of tokens) {
      if (!hasScope(token.scopes, selector)) {
        current = undefined;
      } else if (current) {
        current.text += token.text;
      } else {
        current = { line: token.line, start: token.start, text: token.text };
        runs.push(current);
      }
    }
  }
  return runs;
}

/** Texts of the runs carrying `selector`, in document order. */
export function textsWithScope(lines: Token[][], selector: string): string[] {
  return runsWithScope(lines, selector).map((run) => run.text);
}
