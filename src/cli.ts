// news-lens: analyse news articles from the command line.
//
//   news-lens analyze [--format json|text] [--markdown] FILE...    (- reads standard input)
//
// JSON output is one object per file per line (JSON Lines). A file that cannot be read is reported on
// stderr, the other files are still analysed, and the exit code is 1.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, extname, join } from 'node:path';
import { analyze, type Article, type ArticleFormat, type Speaker } from './analysis';

const USAGE = `Usage: news-lens analyze [options] FILE...

Finds who is quoted in news articles, what each person said and who they are.

Arguments:
  FILE             a plain-text or Markdown article; - reads standard input

Options:
  --format json    one JSON object per file, one per line (default)
  --format text    a readable table of speakers, roles and quotes
  --markdown       read every file as Markdown (default: by .md or .markdown extension)
  -h, --help       show this help
  -v, --version    show the version
`;

class UsageError extends Error {}

interface Options {
  format: 'json' | 'text';
  markdown: boolean;
  files: string[];
}

function parseArguments(args: readonly string[]): Options | 'help' | 'version' {
  if (args.includes('-h') || args.includes('--help')) return 'help';
  if (args.includes('-v') || args.includes('--version')) return 'version';
  const [command, ...rest] = args;
  if (command === undefined) throw new UsageError('missing command');
  if (command !== 'analyze') throw new UsageError(`unknown command "${command}"`);
  const options: Options = { format: 'json', markdown: false, files: [] };
  for (let at = 0; at < rest.length; at++) {
    const arg = rest[at];
    if (arg === '--format' || arg.startsWith('--format=')) {
      const value = arg.includes('=') ? arg.slice(arg.indexOf('=') + 1) : rest[++at];
      if (value !== 'json' && value !== 'text') throw new UsageError(`--format must be json or text, not ${value === undefined ? 'nothing' : `"${value}"`}`);
      options.format = value;
    } else if (arg === '--markdown') {
      options.markdown = true;
    } else if (arg.startsWith('-') && arg !== '-') {
      throw new UsageError(`unknown option "${arg}"`);
    } else {
      options.files.push(arg);
    }
  }
  if (!options.files.length) throw new UsageError('no FILE given');
  return options;
}

function version(): string {
  // dist/cli.js and out/src/cli.js both sit below the package root.
  for (let dir = __dirname; dir !== dirname(dir); dir = dirname(dir)) {
    const manifest = join(dir, 'package.json');
    if (!existsSync(manifest)) continue;
    const { name, version: found } = JSON.parse(readFileSync(manifest, 'utf8')) as { name?: string; version?: string };
    if (name === 'news-lens' && found) return found;
  }
  return 'unknown';
}

/** The file's text, or an error message that says what is wrong with it. */
function readArticle(file: string): { text: string } | { error: string } {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file === '-' ? 0 : file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : code === 'EACCES' ? 'permission denied' : (error as Error).message;
    return { error: reason };
  }
  if (bytes.includes(0)) return { error: 'binary file (contains NUL bytes), not a text article' };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    return { error: 'not valid UTF-8 text' };
  }
}

function formatOf(file: string, options: Options): ArticleFormat {
  return options.markdown || /^\.(md|markdown)$/i.test(extname(file)) ? 'markdown' : 'text';
}

function asJson(file: string, article: Article): string {
  return JSON.stringify({ file: file === '-' ? '<stdin>' : file, speakers: article.speakers, quotes: article.quotes, reported: article.reported });
}

function clip(text: string, width: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= width ? flat : `${flat.slice(0, width - 1)}…`;
}

function asTable(file: string, article: Article): string {
  const byId = new Map<string, Speaker>(article.speakers.map((speaker) => [speaker.id, speaker]));
  const lines = [`${file === '-' ? '<stdin>' : file}`, '', 'Speakers'];
  const nameWidth = Math.max(4, ...article.speakers.map((speaker) => speaker.name.length));
  for (const speaker of article.speakers) {
    const quoted = article.quotes.filter((quote) => quote.speaker === speaker.id).length;
    lines.push(`  ${speaker.name.padEnd(nameWidth)}  ${String(quoted).padStart(2)} ${quoted === 1 ? 'quote ' : 'quotes'}  ${clip(speaker.role ?? '—', 90)}`);
  }
  lines.push('', 'Quotes');
  for (const quote of article.quotes) {
    const who = quote.speaker ? byId.get(quote.speaker)?.name ?? quote.speaker : '(nobody)';
    lines.push(`  ${String(quote.start).padStart(6)}  ${who.padEnd(nameWidth)}  “${clip(quote.text, 80)}”`);
  }
  if (article.reported.length) {
    lines.push('', 'Reported speech');
    for (const statement of article.reported) {
      lines.push(`  ${String(statement.start).padStart(6)}  ${(byId.get(statement.speaker)?.name ?? statement.speaker).padEnd(nameWidth)}  ${statement.cue.text}: ${clip(statement.text, 70)}`);
    }
  }
  return `${lines.join('\n')}\n`;
}

export function main(args: readonly string[]): number {
  let options: ReturnType<typeof parseArguments>;
  try {
    options = parseArguments(args);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    process.stderr.write(`news-lens: ${error.message}\n\n${USAGE}`);
    return 2;
  }
  if (options === 'help') {
    process.stdout.write(USAGE);
    return 0;
  }
  if (options === 'version') {
    process.stdout.write(`${version()}\n`);
    return 0;
  }
  let failed = false;
  for (const file of options.files) {
    const read = readArticle(file);
    if ('error' in read) {
      process.stderr.write(`news-lens: ${file === '-' ? '<stdin>' : file}: ${read.error}\n`);
      failed = true;
      continue;
    }
    const article = analyze(read.text, { format: formatOf(file, options) });
    process.stdout.write(options.format === 'json' ? `${asJson(file, article)}\n` : `${asTable(file, article)}\n`);
  }
  return failed ? 1 : 0;
}

// Runs when started directly or through bin/news-lens.js; importing the module (tests, bench) runs nothing.
if (require.main === module || /[\\/]bin[\\/]news-lens(\.js)?$/.test(require.main?.filename ?? '')) {
  process.exitCode = main(process.argv.slice(2));
}
