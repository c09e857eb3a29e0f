// `npm run bench:page`: what a page pays for Backstory being installed, measured from outside.
// Three Chromium profiles — no extension, an empty extension (tests/bench/empty-extension: a
// content script with nothing in it, the floor any extension pays), and Backstory — load each
// page in turn (interleaved, so drift and noise hit all three alike). Per page:
//  - script / task: the renderer's ScriptDuration and TaskDuration (CDP Performance.getMetrics,
//    read once the page settled: 2.5 s after load, and for an article once Backstory painted
//    it), median of N loads, Backstory's minus the empty extension's. Metrics, not a trace:
//    they cost the page nothing while measured, and they count everything Backstory causes
//    (its scripts, the style and layout they force, the repaint of highlights), not only the
//    events a trace can attribute to it. By default as thread CPU time (--wall for wall time):
//    other processes on a busy machine then do not inflate the figures.
//  - longest task: from traced loads (devtools timeline + V8 CPU samples), the longest
//    main-thread task that ran Backstory's code, and the longest task with and without it.
//  - parse(): Mozilla Readability's parse() on a clone of the same page, in the same browser.
// Prints a table and writes bench-output/page.json. Numbers, never assertions.
//   --runs N (7)  --traces N (2)  --settle MS (2500)  --pages a,b  --no-build  --wall
//   --extension DIR  measure another build (an experiment) in Backstory's place
//   --save-traces  keep each trace in bench-output/traces/ (open in DevTools' Performance panel)
//   --breakdown   profile an unminified build (wxt build --mode profile) and print where
//                 Backstory's time goes, per page: compile, phases, modules, native calls
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { benchExtensionDir, launchProfile, projectRoot, servePages } from './lib/browser';
import { breakdown, moduleMap, type Breakdown, type ModuleMap } from './lib/page-bench/breakdown';
import { meteredLoad, readabilityParse, tracedLoad, type LoadMetrics, type Profile } from './lib/page-bench/loads';
import { benchPages } from './lib/page-bench/pages';
import { formatBreakdown, formatTable, rowFor, type PageResult } from './lib/page-bench/report';
import { readPageTrace, summarizeTasks, type TaskSummary } from './lib/page-bench/trace';

const argv = process.argv.slice(2);
const flag = (name: string) => argv.includes(name);
const option = (name: string, fallback: number) => {
  const i = argv.indexOf(name);
  return i >= 0 ? Number(argv[i + 1]) : fallback;
};
const runs = option('--runs', 7);
const traces = option('--traces', 2);
const settleMs = option('--settle', 2500);
const breakdownMode = flag('--breakdown');
const only = argv.includes('--pages') ? argv[argv.indexOf('--pages') + 1].split(',') : null;
const opts = { settleMs, cpuTime: !flag('--wall') };

const emptyExtension = path.join(projectRoot, 'tests', 'bench', 'empty-extension');
const chosen = argv.includes('--extension') ? path.resolve(argv[argv.indexOf('--extension') + 1]) : null;
const backstoryDir = chosen ?? benchExtensionDir;

async function launch(name: Profile['name']): Promise<Profile> {
  const dir = name === 'none' ? null : name === 'empty' ? emptyExtension : backstoryDir;
  const { context, close } = await launchProfile(dir);
  if (name !== 'backstory') return { name, context, close };
  // An experiment given with --extension may have no background; its pages then just settle.
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: chosen ? 3_000 : 15_000 }).catch(() => null));
  if (!worker) return { name, context, close, prefix: 'chrome-extension://' };
  return { name, context, close, worker, prefix: `chrome-extension://${new URL(worker.url()).host}/` };
}

async function readabilityBundle(): Promise<string> {
  const result = await build({
    stdin: { contents: `import { Readability } from '@mozilla/readability'; globalThis.__readability = Readability;`, resolveDir: projectRoot, loader: 'ts' },
    bundle: true,
    format: 'iife',
    minify: true,
    write: false,
    target: 'chrome120',
  });
  return result.outputFiles[0].text;
}

function scriptSizes(dir: string) {
  const sizes: Record<string, { bytes: number; gzip: number }> = {};
  for (const name of ['content.js', 'article.js']) {
    const file = path.join(dir, 'content-scripts', name);
    sizes[name] = { bytes: statSync(file).size, gzip: gzipSync(readFileSync(file)).length };
  }
  return sizes;
}

async function main(): Promise<void> {
  if (!flag('--no-build') && !chosen) {
    // The bench build is the shipped one plus a handle in the background that says when a
    // page is painted (it changes nothing in the pages); --breakdown keeps it unminified.
    const env = { ...process.env, ...(breakdownMode ? { BACKSTORY_UNMINIFIED: '1' } : {}) };
    const built = spawnSync('npx', ['wxt', 'build', '--mode', 'bench'], { cwd: projectRoot, encoding: 'utf8', env });
    if (built.status !== 0) throw new Error(`build failed:\n${built.stdout}${built.stderr}`);
  }
  const pages = benchPages().filter((p) => !only || only.includes(p.name));
  if (pages.length === 0) throw new Error(`no page matches --pages ${only?.join(',')}`);
  const maps: Record<string, ModuleMap> = {};
  for (const name of chosen ? [] : ['content.js', 'article.js']) {
    maps[`content-scripts/${name}`] = moduleMap(readFileSync(path.join(backstoryDir, 'content-scripts', name), 'utf8'));
  }
  const bundle = await readabilityBundle();

  const profiles: Profile[] = [];
  for (const name of ['none', 'empty', 'backstory'] as const) profiles.push(await launch(name));
  const served = pages.map((p) => ({ url: p.url, file: p.file }));
  for (const p of profiles) await servePages(p.context, served);
  const [none, , backstory] = profiles;

  const results: PageResult[] = [];
  try {
    for (const page of pages) {
      process.stderr.write(`${page.name}: `);
      const metrics: Record<Profile['name'], LoadMetrics[]> = { none: [], empty: [], backstory: [] };
      // Warm each profile's cache and code paths once, unmeasured.
      for (const p of profiles) await meteredLoad(p, page, { ...opts, settleMs: 300 });
      for (let i = 0; i < runs; i++) {
        // Interleaved, starting with a different profile each round.
        for (let k = 0; k < profiles.length; k++) {
          const p = profiles[(i + k) % profiles.length];
          metrics[p.name].push(await meteredLoad(p, page, opts));
        }
        process.stderr.write('.');
      }
      const taskSummaries: Record<'none' | 'backstory', TaskSummary[]> = { none: [], backstory: [] };
      let pageBreakdown: Breakdown | null = null;
      for (let i = 0; i < traces; i++) {
        for (const p of [none, backstory]) {
          const events = await tracedLoad(p, page, opts);
          if (flag('--save-traces')) {
            mkdirSync(path.join(projectRoot, 'bench-output', 'traces'), { recursive: true });
            writeFileSync(path.join(projectRoot, 'bench-output', 'traces', `${page.name}-${p.name}-${i}.json`), JSON.stringify(events));
          }
          const trace = readPageTrace(events, page.url, backstory.prefix!);
          if (!trace) continue;
          taskSummaries[p.name as 'none' | 'backstory'].push(summarizeTasks(trace.tasks, opts.cpuTime ? 'cpu' : 'wall'));
          if (p === backstory && i === traces - 1) pageBreakdown = breakdown(trace, backstory.prefix!, maps);
        }
        process.stderr.write('t');
      }
      const parse = await readabilityParse(none, page, bundle, 5);
      process.stderr.write(' done\n');
      results.push({ page, metrics, tasks: taskSummaries, parseMs: parse, breakdown: pageBreakdown });
    }
  } finally {
    for (const p of profiles) await p.close();
  }

  const rows = results.map(rowFor);
  const sizes = chosen ? null : scriptSizes(backstoryDir);
  const chromium = spawnSync(process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', ['--version'], { encoding: 'utf8' }).stdout?.trim() ?? '';
  process.stdout.write(
    `Backstory bench:page — ${chromium}; ms, medians of ${runs} interleaved loads per profile, ` +
      `${opts.cpuTime ? 'main-thread CPU time' : 'wall time'}, read ${settleMs} ms after load (articles: once painted).\n` +
      `script/task: Backstory's profile minus the empty extension's (floor: empty minus none). ±: half the interquartile range of Backstory's loads.\n` +
      `longest task: traced loads (${traces}), the longest task that ran Backstory's code; with/without: the page's longest task.\n\n` +
      `${formatTable(rows)}\n\n` +
      (sizes
        ? `content.js ${(sizes['content.js'].bytes / 1024).toFixed(1)} KB (${(sizes['content.js'].gzip / 1024).toFixed(1)} KB gzipped) on every page; ` +
          `article.js ${(sizes['article.js'].bytes / 1024).toFixed(1)} KB on articles${breakdownMode ? ' (unminified profile build)' : ''}\n`
        : `measured: ${path.relative(projectRoot, backstoryDir)}\n`),
  );
  if (breakdownMode) process.stdout.write(`\n${formatBreakdown(results)}\n`);
  mkdirSync(path.join(projectRoot, 'bench-output'), { recursive: true });
  const out = path.join(projectRoot, 'bench-output', breakdownMode ? 'page-breakdown.json' : 'page.json');
  const raw = results.map((r) => ({ page: r.page.name, metrics: r.metrics, tasks: r.tasks, parseMs: r.parseMs, breakdown: r.breakdown }));
  writeFileSync(out, `${JSON.stringify({ date: new Date().toISOString(), chromium, runs, traces, settleMs, time: opts.cpuTime ? 'thread' : 'wall', sizes, rows, raw }, null, 2)}\n`);
  process.stdout.write(`Wrote ${path.relative(projectRoot, out)}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`bench:page failed: ${error instanceof Error ? error.stack : String(error)}\n`);
  process.exitCode = 1;
});
