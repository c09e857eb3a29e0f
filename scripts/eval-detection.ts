// npm run eval:detect [-- --dir DIR]... [--json]
// Article detection scored the way `analyze` runs it: no page address beyond the page's own
// canonical link or og:url, else the file's file:// URL. Three sets: the test fixtures, the
// detection cases (tests/fixtures/detection: shops, listings and articles that look like them),
// and every folder of saved pages given with --dir (default: the Readability corpus beside the
// project; expected-metadata.json's `readerable` is the label). Prints precision, recall and F1
// of "is an article" per set, and the pages it gets wrong with the signals that decided them.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { documentFromHtml, savedPageUrl } from './analyze-file';
import { detectArticle } from '../lib/page/detect';
import type { Detection } from '../lib/page/types';
import { fixtures, fixturesDir } from '../tests/fixtures/fixtures';
import { detectionCases, detectionCasesDir } from '../tests/fixtures/detection/cases';
import { CORPUS_DIR } from '../tests/unit/corpus-dir';
import { prf, type Counts } from './lib/eval-score';

interface Labelled {
  name: string;
  file: string;
  article: boolean;
}

interface Outcome extends Labelled {
  detection: Detection;
}

function detectFile(file: string): Detection {
  const html = readFileSync(file, 'utf8');
  const url = savedPageUrl(html, pathToFileURL(file).href);
  return detectArticle(documentFromHtml(html, url), url);
}

function corpusPages(dir: string): Labelled[] {
  const out: Labelled[] = [];
  for (const folder of readdirSync(dir).sort()) {
    const file = join(dir, folder, 'source.html');
    const expectedFile = join(dir, folder, 'expected-metadata.json');
    if (!existsSync(file) || !existsSync(expectedFile)) continue;
    const readerable = (JSON.parse(readFileSync(expectedFile, 'utf8')) as { readerable?: boolean }).readerable;
    if (typeof readerable === 'boolean') out.push({ name: folder, file, article: readerable });
  }
  return out;
}

function score(outcomes: Outcome[]): Counts & { tn: number } {
  const c = { tp: 0, fp: 0, fn: 0, tn: 0 };
  for (const o of outcomes) {
    const key = o.detection.isArticle ? (o.article ? 'tp' : 'fp') : o.article ? 'fn' : 'tn';
    c[key]++;
  }
  return c;
}

const top = (d: Detection): string =>
  [...d.reasons]
    .sort((a, b) => Math.abs(b.weight) - Math.abs(a.weight))
    .slice(0, 5)
    .map((r) => `${r.signal} ${r.weight > 0 ? '+' : ''}${r.weight}`)
    .join(', ');

function main(): void {
  const args = process.argv.slice(2);
  const dirs = args.flatMap((a, i) => (args[i - 1] === '--dir' ? [a] : []));
  const json = args.includes('--json');
  const sets: [string, Labelled[]][] = [
    ['fixtures', fixtures.map((f) => ({ name: f.name, file: join(fixturesDir, f.file), article: f.kind === 'article' && !f.arrivesLate }))],
    ['detection cases', detectionCases.map((c) => ({ name: c.name, file: join(detectionCasesDir, c.file), article: c.kind === 'article' }))],
  ];
  for (const dir of dirs.length ? dirs : existsSync(CORPUS_DIR) ? [CORPUS_DIR] : []) {
    if (!existsSync(dir)) {
      console.error(`no such folder: ${dir}`);
      process.exit(2);
    }
    sets.push([dir === CORPUS_DIR ? 'Readability corpus' : dir, corpusPages(dir)]);
  }

  const report: Record<string, unknown> = {};
  const lines: string[] = [];
  const all: Outcome[] = [];
  for (const [name, pages] of sets) {
    const outcomes = pages.map((p) => ({ ...p, detection: detectFile(p.file) }));
    all.push(...outcomes);
    const c = score(outcomes);
    const f = prf(c);
    report[name] = { ...c, precision: f.precision, recall: f.recall, f1: f.f1 };
    lines.push(
      `${name.padEnd(20)} ${String(outcomes.length).padStart(4)} pages (${outcomes.filter((o) => o.article).length} articles)  ` +
        `P ${f.precision.toFixed(3)}  R ${f.recall.toFixed(3)}  F1 ${f.f1.toFixed(3)}  non-articles left alone ${c.tn}/${c.tn + c.fp}  (tp ${c.tp} fp ${c.fp} fn ${c.fn})`,
    );
    for (const o of outcomes.filter((x) => x.detection.isArticle !== x.article)) {
      lines.push(`    ${o.article ? 'missed article' : 'false article '} ${o.name}: score ${o.detection.score} (${top(o.detection)})`);
    }
  }
  const c = score(all);
  const f = prf(c);
  lines.push(`${'all'.padEnd(20)} ${String(all.length).padStart(4)} pages  P ${f.precision.toFixed(3)}  R ${f.recall.toFixed(3)}  F1 ${f.f1.toFixed(3)}`);
  console.log(json ? JSON.stringify(report, null, 2) : lines.join('\n'));
}

main();
