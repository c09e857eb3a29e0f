// Backstory's command line: the page analysis without a browser.
//   npm run -s backstory -- analyze [--url URL | --url=URL] [--with-text] FILE...
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { errorMessage } from '../lib/errors';
import { pathToFileURL } from 'node:url';
import { analyzeHtml, savedPageUrl } from './analyze-file';
import { runNlp } from './nlp-command';
import { loadClaimsModel, loadNerModel, type AnalyzeOptions } from '../lib/analysis';
import { nodeModelAssets } from './lib/model-assets';
import { runOutlet } from './outlet-command';

/** The shipped models (public/models/), as the extension uses them; a missing one leaves the rules in charge (said on stderr). */
async function shippedModels(): Promise<Omit<AnalyzeOptions, 'links' | 'blocks'>> {
  const load = async <T>(what: string, loader: () => Promise<T>): Promise<T | undefined> => {
    try {
      return await loader();
    } catch (error) {
      process.stderr.write(`note: no ${what} model (${errorMessage(error)}); the rules decide\n`);
      return undefined;
    }
  };
  const [ner, claims] = await Promise.all([load('NER', () => loadNerModel(nodeModelAssets)), load('claims', () => loadClaimsModel(nodeModelAssets))]);
  return { ner, claims };
}

const USAGE = `Usage:
  npm run -s backstory -- analyze [--url URL] [--with-text] FILE...
  npm run -s backstory -- nlp < texts.json
  npm run -s backstory -- outlet DOMAIN_OR_URL...

  analyze   Prints one JSON line per HTML file: { file, url, isArticle, detection, meta,
            text_length, word_count, links, entities, claims, outlet, originalOutlet }
            (and text with --with-text). Offsets (links, entities, claims) are into the
            article text.
            --url URL    the address the page was saved from (used for links, canonical and
                         site checks); default: the page's own canonical link or og:url,
                         else the file's file:// URL. With several files, the same URL
                         applies to each.
            --with-text  include the extracted article text.

  nlp       Reads a JSON array of plain texts on stdin; prints a JSON array with one
            { sentences: [{start,end}], entities: [{start,end,type}], claims: [{start,end,score}] }
            per text (type: person, organization or place).

  outlet    Prints one JSON line per argument: the outlet's profile from the bundled
            directory (with matchedBy), or null.`;

function fail(message: string): never {
  process.stderr.write(`${message}\n\n${USAGE}\n`);
  process.exit(2);
}

async function analyzeCommand(args: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args,
      allowPositionals: true,
      options: { url: { type: 'string' }, 'with-text': { type: 'boolean', default: false } },
    });
  } catch (error) {
    fail(errorMessage(error));
  }
  const { url } = parsed.values;
  const withText = parsed.values['with-text'];
  const files = parsed.positionals;
  if (url !== undefined) {
    try {
      new URL(url);
    } catch {
      fail(`--url ${url} is not an absolute URL`);
    }
  }
  if (files.length === 0) fail('analyze needs at least one FILE');
  const models = await shippedModels();
  let failures = 0;
  for (const file of files) {
    let html: string;
    try {
      html = readFileSync(file, 'utf8');
    } catch (error) {
      process.stderr.write(`${file}: cannot read (${errorMessage(error)})\n`);
      failures++;
      continue;
    }
    const pageUrl = url ?? savedPageUrl(html, pathToFileURL(path.resolve(file)).href);
    process.stdout.write(`${JSON.stringify(analyzeHtml(html, pageUrl, file, { withText, models }))}\n`);
  }
  return failures ? 1 : 0;
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

async function nlpCommand(): Promise<number> {
  try {
    const input = await readStdin();
    process.stdout.write(`${runNlp(input, { models: await shippedModels() })}\n`);
    return 0;
  } catch (error) {
    process.stderr.write(`${errorMessage(error)}\n`);
    return 2;
  }
}

const [command, ...rest] = process.argv.slice(2);
switch (command) {
  case 'analyze':
    process.exitCode = await analyzeCommand(rest);
    break;
  case 'nlp':
    process.exitCode = await nlpCommand();
    break;
  case 'outlet':
    if (rest.length === 0) fail('outlet needs at least one DOMAIN_OR_URL');
    for (const line of runOutlet(rest)) process.stdout.write(`${line}\n`);
    break;
  case undefined:
  case '-h':
  case '--help':
    process.stdout.write(`${USAGE}\n`);
    break;
  default:
    fail(`unknown command ${command}`);
}
