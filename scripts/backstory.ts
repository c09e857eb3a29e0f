// Backstory's command line: the page analysis without a browser.
//   npm run -s backstory -- analyze [--url URL] [--with-text] FILE...
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { analyzeHtml, savedPageUrl } from './analyze-file';

const USAGE = `Usage:
  npm run -s backstory -- analyze [--url URL] [--with-text] FILE...

  analyze   Prints one JSON line per HTML file: { file, url, isArticle, detection, meta,
            text_length, word_count, links } (and text with --with-text).
            --url URL    the address the page was saved from (used for links, canonical and
                         site checks); default: the page's own canonical link or og:url,
                         else the file's file:// URL. With several files, the same URL
                         applies to each.
            --with-text  include the extracted article text.`;

function fail(message: string): never {
  process.stderr.write(`${message}\n\n${USAGE}\n`);
  process.exit(2);
}

function analyzeCommand(args: string[]): number {
  let url: string | undefined;
  let withText = false;
  const files: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg === '--url') {
      url = args[++i];
      if (!url) fail('--url needs a value');
      try {
        new URL(url);
      } catch {
        fail(`--url ${url} is not an absolute URL`);
      }
    } else if (arg === '--with-text') withText = true;
    else if (arg.startsWith('--')) fail(`unknown option ${arg}`);
    else files.push(arg);
  }
  if (files.length === 0) fail('analyze needs at least one FILE');
  let failures = 0;
  for (const file of files) {
    let html: string;
    try {
      html = readFileSync(file, 'utf8');
    } catch (error) {
      process.stderr.write(`${file}: cannot read (${(error as Error).message})\n`);
      failures++;
      continue;
    }
    const pageUrl = url ?? savedPageUrl(html, pathToFileURL(path.resolve(file)).href);
    process.stdout.write(`${JSON.stringify(analyzeHtml(html, pageUrl, file, { withText }))}\n`);
  }
  return failures ? 1 : 0;
}

const [command, ...rest] = process.argv.slice(2);
switch (command) {
  case 'analyze':
    process.exitCode = analyzeCommand(rest);
    break;
  case undefined:
  case '-h':
  case '--help':
    process.stdout.write(`${USAGE}\n`);
    break;
  default:
    fail(`unknown command ${command}`);
}
