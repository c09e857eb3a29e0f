// npm run corpus -- DIR [--json FILE]
// Runs the command-line analysis over a folder of saved pages (one subfolder per page with
// source.html and, optionally, Readability's expected-metadata.json) and prints how often our
// detection and metadata agree with the expectations.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeHtml, savedPageUrl, type FileAnalysis } from './analyze-file';
import { namesMatch } from '../lib/page/title';
import { collapse } from '../lib/page/collapse';
import { prf } from './lib/eval-score';

interface Expected {
  title?: string | null;
  byline?: string | null;
  siteName?: string | null;
  publishedTime?: string | null;
  readerable?: boolean;
}

interface Tally {
  ok: number;
  n: number;
}

const key = (s: string): string =>
  s.normalize('NFKC').toLowerCase().replace(/[‘’´`]/g, "'").replace(/[“”«»]/g, '"').replace(/[^\p{L}\p{N}]+/gu, '');
const SEPARATOR = /\s+(?:[|\-–—·•»›:]|::)\s+/;

/** A title and the same title without its first or last separator segment (a site name). */
function titleVariants(title: string): string[] {
  const parts = title.split(SEPARATOR);
  const out = [title];
  if (parts.length > 1) out.push(parts.slice(0, -1).join(' '), parts.slice(1).join(' '));
  return out.map(key).filter(Boolean);
}

/** Loose title match: case and punctuation ignored, one leading/trailing site segment allowed. */
function titleLoose(got: string, expected: string): boolean {
  if (key(got) === key(expected)) return true;
  const a = titleVariants(got);
  return titleVariants(expected).some((v) => a.includes(v));
}

/**
 * Exact but for what we cut on purpose: `expected` is `got` plus leading/trailing segments that
 * each name the site or an author ("Headline | eHow" vs "Headline").
 */
function titleExactButCut(got: string, expected: string, names: string[]): boolean {
  if (!got || got === expected) return got === expected;
  const at = expected.indexOf(got);
  if (at < 0) return false;
  const rest = [expected.slice(0, at), expected.slice(at + got.length)].join(' | ');
  const segments = rest.split(SEPARATOR_ANY).map((x) => x.trim()).filter(Boolean);
  return segments.length > 0 && segments.every((seg) => names.some((n) => n && namesMatch(seg, n)));
}
const SEPARATOR_ANY = /\s*(?:[|\-–—·•»›~/\\]|::)\s*/;

/** Our authors all appear in Readability's byline string (which keeps "By", dates, roles). */
function bylineMatch(authors: string[], byline: string): boolean {
  const b = key(byline);
  return authors.length > 0 && authors.every((a) => b.includes(key(a)));
}

const pct = (t: Tally): string => `${t.ok}/${t.n} (${t.n ? ((100 * t.ok) / t.n).toFixed(1) : '–'}%)`;

function main(): void {
  const args = process.argv.slice(2);
  const jsonAt = args.indexOf('--json');
  const jsonFile = jsonAt >= 0 ? args[jsonAt + 1] : undefined;
  const dir = args.find((a, i) => !a.startsWith('--') && (jsonAt < 0 || i !== jsonAt + 1));
  if (!dir || !existsSync(dir)) {
    console.error('usage: npm run corpus -- DIR [--json FILE]');
    process.exit(2);
  }

  const started = performance.now();
  const results: (FileAnalysis & { folder: string; expected?: Expected })[] = [];
  for (const folder of readdirSync(dir).sort()) {
    const source = join(dir, folder, 'source.html');
    if (!existsSync(source)) continue;
    const expectedFile = join(dir, folder, 'expected-metadata.json');
    const expected = existsSync(expectedFile) ? (JSON.parse(readFileSync(expectedFile, 'utf8')) as Expected) : undefined;
    // Saved pages carry no address beyond their own canonical link or og:url, which is what the
    // command line uses too; without one, a neutral address that neither helps nor hurts.
    const html = readFileSync(source, 'utf8');
    const result = analyzeHtml(html, savedPageUrl(html, `https://example.com/${folder}`), source);
    results.push({ ...result, folder, expected });
  }

  const articles = results.filter((r) => r.isArticle).length;
  const detection: Tally = { ok: 0, n: 0 };
  const confusion = { tp: 0, fp: 0, fn: 0 };
  const disagree: string[] = [];
  const tallies: Record<string, Tally> = {
    'title (exact)': { ok: 0, n: 0 },
    'title (exact, or exact less the site/author segment we cut)': { ok: 0, n: 0 },
    'title (loose)': { ok: 0, n: 0 },
    'byline/authors': { ok: 0, n: 0 },
    'siteName (exact)': { ok: 0, n: 0 },
    'siteName (loose)': { ok: 0, n: 0 },
    'publishedTime (date)': { ok: 0, n: 0 },
  };
  const count = (name: string, ok: boolean): void => {
    tallies[name].n++;
    if (ok) tallies[name].ok++;
  };
  const badTitles: string[] = [];
  const misses: Record<string, string[]> = { byline: [], siteName: [], publishedTime: [] };

  for (const r of results) {
    const e = r.expected;
    if (!e) continue;
    if (typeof e.readerable === 'boolean') {
      detection.n++;
      if (r.isArticle && e.readerable) confusion.tp++;
      else if (r.isArticle) confusion.fp++;
      else if (e.readerable) confusion.fn++;
      if (e.readerable === r.isArticle) detection.ok++;
      else {
        const top = [...r.detection.reasons].sort((a, b) => Math.abs(b.weight) - Math.abs(a.weight)).slice(0, 4);
        disagree.push(
          `  ${r.folder}: expected ${e.readerable ? 'article' : 'non-article'}, score ${r.detection.score} (${top
            .map((x) => `${x.signal} ${x.weight > 0 ? '+' : ''}${x.weight}`)
            .join(', ')})`,
        );
      }
    }
    const want = collapse(e.title);
    const got = collapse(r.meta.title);
    count('title (exact)', want === got);
    const names = [r.meta.siteName, e.siteName, ...r.meta.authors, e.byline].filter((n): n is string => !!n);
    count('title (exact, or exact less the site/author segment we cut)', titleExactButCut(got, want, names));
    count('title (loose)', want === got || (!!want && !!got && titleLoose(got, want)));
    if (want !== got) badTitles.push(`  ${r.folder}:\n    expected ${JSON.stringify(want)}\n    got      ${JSON.stringify(got)} [${r.meta.sources.title ?? '-'}]`);
    if (e.byline) {
      const ok = bylineMatch(r.meta.authors, e.byline);
      count('byline/authors', ok);
      if (!ok) misses.byline.push(`${r.folder}: ${JSON.stringify(collapse(e.byline))} vs ${JSON.stringify(r.meta.authors)}`);
    }
    if (e.siteName) {
      const s = collapse(r.meta.siteName);
      count('siteName (exact)', s === collapse(e.siteName));
      const loose = !!s && (key(s) === key(e.siteName) || key(s).startsWith(key(e.siteName)) || key(e.siteName).startsWith(key(s)));
      count('siteName (loose)', loose);
      if (!loose) misses.siteName.push(`${r.folder}: ${JSON.stringify(e.siteName)} vs ${JSON.stringify(s)}`);
    }
    if (e.publishedTime) {
      const ok = (r.meta.publishedTime ?? '').slice(0, 10) === e.publishedTime.slice(0, 10);
      count('publishedTime (date)', ok);
      if (!ok) misses.publishedTime.push(`${r.folder}: ${e.publishedTime} vs ${r.meta.publishedTime ?? '-'}`);
    }
  }

  const out: string[] = [];
  out.push(`pages: ${results.length} (${((performance.now() - started) / 1000).toFixed(1)} s)`);
  out.push(`detection: ${articles} articles, ${results.length - articles} non-articles`);
  out.push(`agreement with readerable: ${pct(detection)}`);
  const f = prf(confusion);
  out.push(`  as article detection: P ${f.precision.toFixed(3)}  R ${f.recall.toFixed(3)}  F1 ${f.f1.toFixed(3)} (readerable = article)`);
  if (disagree.length) out.push('disagreements:', ...disagree);
  out.push('metadata agreement (where expected has a value):');
  for (const [name, t] of Object.entries(tallies)) out.push(`  ${name.padEnd(22)} ${pct(t)}`);
  if (badTitles.length) out.push(`title mismatches (first 15 of ${badTitles.length}):`, ...badTitles.slice(0, 15));
  for (const [field, list] of Object.entries(misses)) {
    if (list.length) out.push(`${field} misses (${list.length}):`, ...list.slice(0, 15).map((l) => `  ${l}`));
  }
  console.log(out.join('\n'));
  if (jsonFile) {
    writeFileSync(jsonFile, JSON.stringify(results.map(({ expected, ...r }) => ({ ...r, expected })), null, 2));
    console.log(`per-page results: ${jsonFile}`);
  }
}

main();
