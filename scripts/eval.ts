// `npm run eval`: entity and claim precision/recall/F1 on the article fixtures that have a gold
// file (tests/fixtures/gold/<name>.json), for our analysis and for compromise alone.
// `--json` prints the figures as JSON instead of a table; `--dev` scores the development set
// (tests/unit/analysis-dev-set.ts) instead of the fixtures (`--dev --model`: with the NER model); `--blind` the blind set
// (tests/unit/analysis-blind-set.ts, see scripts/eval-blind.ts). With the shipped NER model
// (public/models/) every entity figure is also given with the model beside the rules alone, and
// the held-out splits of the shared NER corpora and the news NER dev set are scored
// (scripts/eval-ner.ts; `--no-corpora` skips them).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { errorMessage } from '../lib/errors';
import { documentFromHtml } from './analyze-file';
import { detectArticle } from '../lib/page/detect';
import { takeSnapshot } from '../lib/page/snapshot';
import { analyzeSnapshot, compromiseEntities, loadClaimsModel, loadNerModel, type ClaimsModel, type NerModel } from '../lib/analysis';
import { nodeModelAssets } from './lib/model-assets';
import { formatClaimBuster, formatHeldOutPages, scoreClaimBusterDev, scoreHeldOutPages } from './eval-claims';
import { formatNewsClaims, hasNewsClaims, scoreNewsClaims } from './eval-news-claims';
import { evalNer, formatNerEval } from './eval-ner';
import { fixtures, fixturePath, fixturesDir } from '../tests/fixtures/fixtures';
import { DEV_HELDOUT, DEV_SET } from '../tests/unit/analysis-dev-set';
import { scoreDevSet } from '../tests/unit/analysis-dev-set-score';
import { formatBlind, scoreBlind, type BlindPassage } from './eval-blind';
import {
  TYPES,
  addCounts,
  goldMentions,
  locateClaim,
  prf,
  scoreClaims,
  scoreMentions,
  scoreNames,
  type Counts,
  type GoldFile,
  type Span,
  type TypedSpan,
} from './lib/eval-score';

type Row = Record<string, Counts>;
const ZERO: Counts = { tp: 0, fp: 0, fn: 0 };

interface FixtureResult {
  fixture: string;
  /** The body arrives by script and no rendered copy exists: shown, not averaged. */
  excluded: boolean;
  ours: Row;
  compromise: Row;
  /** With the NER model (null when none is shipped). */
  model: Row | null;
  claims: Counts;
  /** Claims with the check-worthiness model loaded (`claims` is the rules only). */
  modelClaims: Counts;
  /** Gold claims whose text is not in the snapshot text (e.g. a body that arrives by script). */
  goldClaimsNotFound: number;
  goldFormsNotFound: string[];
}

function entityRow(system: (TypedSpan & { text: string })[], gold: (TypedSpan & { text: string })[]): Row {
  const row: Row = { all: scoreMentions(system, gold), names: scoreNames(system, gold) };
  for (const t of TYPES) row[t] = scoreMentions(system, gold, t);
  return row;
}

/** A fixture whose body arrives by script is scored on its rendered copy (tests/fixtures/rendered/). */
function renderedPath(name: string): string {
  return join(fixturesDir, 'rendered', `${name}.html`);
}

/** The shipped models: with them, entity and claim figures are what the extension does. */
interface ShippedModels {
  ner: NerModel | null;
  claims: ClaimsModel;
}

function evaluate(name: string, url: string, gold: GoldFile, arrivesLate: boolean, models: ShippedModels): FixtureResult {
  const rendered = arrivesLate && existsSync(renderedPath(name));
  const html = readFileSync(rendered ? renderedPath(name) : fixturePath(name), 'utf8');
  const doc = documentFromHtml(html, url);
  const { snapshot } = takeSnapshot(doc, url, detectArticle(doc, url));
  const text = snapshot.text;
  const analysis = analyzeSnapshot(snapshot);
  // What ships: both models (the claims see the names the NER model found).
  const shipped = analyzeSnapshot(snapshot, { ner: models.ner ?? undefined, claims: models.claims });
  const goldSpans = goldMentions(text, gold.entities);
  const ours = analysis.entities.flatMap((e) => e.mentions.map((m) => ({ start: m.start, end: m.end, type: e.type, text: m.text })));
  const withModel = models.ner ? shipped.entities.flatMap((e) => e.mentions.map((m) => ({ start: m.start, end: m.end, type: e.type, text: m.text }))) : null;
  const base = compromiseEntities(text).map((m) => ({ ...m, text: text.slice(m.start, m.end) }));
  const located = gold.claims.map((c) => locateClaim(text, c.text));
  const goldClaims = located.filter((s): s is Span => s !== null);
  const claims = scoreClaims(analysis.claims, goldClaims);
  const modelClaims = scoreClaims(shipped.claims, goldClaims);
  const notFound = located.length - goldClaims.length;
  return {
    fixture: name,
    excluded: arrivesLate && !rendered,
    ours: entityRow(ours, goldSpans),
    compromise: entityRow(base, goldSpans),
    model: withModel ? entityRow(withModel, goldSpans) : null,
    claims: { ...claims, fn: claims.fn + notFound },
    modelClaims: { ...modelClaims, fn: modelClaims.fn + notFound },
    goldClaimsNotFound: notFound,
    goldFormsNotFound: gold.entities.filter((e) => !goldSpans.some((g) => g.text === e.text)).map((e) => e.text),
  };
}

/** `--dev`: the figures on the development set (tests/unit/analysis-dev-set.ts), and its misses. */
async function mainDev(asJson: boolean): Promise<void> {
  const models = await shippedModels();
  const ner = process.argv.includes('--model') ? (models.ner ?? undefined) : undefined;
  const how = ner ? ', with the NER model' : '';
  const sets = [
    { title: `DEV SET (${DEV_SET.length} passages${how})`, ...scoreDevSet(DEV_SET, { ner }) },
    { title: `HELD-OUT (${DEV_HELDOUT.length} passages, never tuned on${how})`, ...scoreDevSet(DEV_HELDOUT, { ner }) },
    { title: `DEV SET with the claims model (check-worthiness${how})`, ...scoreDevSet(DEV_SET, { ner, claims: models.claims }) },
    { title: `HELD-OUT with the claims model (check-worthiness${how})`, ...scoreDevSet(DEV_HELDOUT, { ner, claims: models.claims }) },
  ];
  const figures = sets.map((s) => ({ title: s.title, figures: Object.fromEntries(Object.entries(s.counts).map(([k, c]) => [k, prf(c)])), misses: s.misses }));
  if (asJson) {
    console.log(JSON.stringify(figures, null, 2));
    return;
  }
  for (const set of figures) {
    console.log(`${set.title}\n  ${''.padEnd(14)} P    R    F1    tp  fp  fn`);
    for (const [k, p] of Object.entries(set.figures)) {
      console.log(`  ${k.padEnd(14)} ${p.precision.toFixed(2)} ${p.recall.toFixed(2)} ${p.f1.toFixed(2)}  ${String(p.tp).padStart(3)} ${String(p.fp).padStart(3)} ${String(p.fn).padStart(3)}`);
    }
    console.log('');
  }
  for (const m of figures.flatMap((f) => f.misses)) console.log(`${m.id}\n${[...m.entities, ...m.claims].map((x) => `  ${x}`).join('\n')}\n`);
}

/** `--blind`: the set annotated by someone who never saw the analyzer (never tuned on). */
async function mainBlind(asJson: boolean): Promise<void> {
  const { BLIND_SET } = (await import('../tests/unit/analysis-blind-set')) as { BLIND_SET: BlindPassage[] };
  const models = await shippedModels();
  const result = scoreBlind(BLIND_SET, { ner: models.ner, claims: models.claims });
  console.log(asJson ? JSON.stringify(result, null, 2) : formatBlind(result));
}

/** The shipped models; the NER model may be missing (a note says so, and names are rules only). */
async function shippedModels(): Promise<ShippedModels> {
  const claims = await loadClaimsModel(nodeModelAssets);
  try {
    return { ner: await loadNerModel(nodeModelAssets), claims };
  } catch (error) {
    console.error(`note: no NER model loaded (${errorMessage(error)}); rules only`);
    return { ner: null, claims };
  }
}

async function main(): Promise<void> {
  const asJson = process.argv.includes('--json');
  if (process.argv.includes('--dev')) return mainDev(asJson);
  if (process.argv.includes('--blind')) return mainBlind(asJson);
  const models = await shippedModels();
  const { ner, claims: model } = models;
  const results: FixtureResult[] = [];
  for (const f of fixtures) {
    const goldPath = join(fixturesDir, 'gold', `${f.name}.json`);
    if (f.kind !== 'article' || !existsSync(goldPath)) continue;
    results.push(evaluate(f.name, f.url, JSON.parse(readFileSync(goldPath, 'utf8')) as GoldFile, f.arrivesLate === true, models));
  }
  const corpora = process.argv.includes('--no-corpora') ? [] : evalNer(ner);
  const total = (pick: (r: FixtureResult) => Counts) => results.filter((r) => !r.excluded).reduce((acc, r) => addCounts(acc, pick(r)), ZERO);
  const keys = ['all', 'person', 'organization', 'place', 'names'];
  const micro = {
    ours: Object.fromEntries(keys.map((k) => [k, prf(total((r) => r.ours[k]))])),
    compromise: Object.fromEntries(keys.map((k) => [k, prf(total((r) => r.compromise[k]))])),
    model: ner ? Object.fromEntries(keys.map((k) => [k, prf(total((r) => r.model?.[k] ?? ZERO))])) : null,
    claims: prf(total((r) => r.claims)),
    modelClaims: prf(total((r) => r.modelClaims)),
  };
  const claimBuster = scoreClaimBusterDev(model);
  const heldOutPages = scoreHeldOutPages(model);
  const news = hasNewsClaims() ? { rules: scoreNewsClaims(), model: scoreNewsClaims({ ner: ner ?? undefined, claims: model }) } : null;
  const newsJson = (n: ReturnType<typeof scoreNewsClaims>) => ({ flag: prf(n.flag), checkWorthy: prf(n.checkWorthy), flaggedShare: n.flaggedShare, flagsOutsideSet: n.flagsOutsideSet });
  if (asJson) {
    const perFixture = results.map((r) => ({
      fixture: r.fixture,
      excludedFromMicro: r.excluded,
      ours: Object.fromEntries(keys.map((k) => [k, prf(r.ours[k])])),
      compromise: Object.fromEntries(keys.map((k) => [k, prf(r.compromise[k])])),
      claims: prf(r.claims),
      modelClaims: prf(r.modelClaims),
      goldClaimsNotFound: r.goldClaimsNotFound,
      goldFormsNotFound: r.goldFormsNotFound,
    }));
    const nerCorpora = corpora.map((r) => ({ set: r.set, sentences: r.sentences, rules: mapPrf(r.rules), model: r.model ? mapPrf(r.model) : null }));
    console.log(
      JSON.stringify(
        {
          micro,
          perFixture,
          claimBuster: claimBuster && { rules: prf(claimBuster.rules), model: prf(claimBuster.model), modelRaw: prf(claimBuster.modelRaw) },
          heldOutPages: heldOutPages && { rules: prf(heldOutPages.rules), model: prf(heldOutPages.model) },
          newsClaims: news && { rules: newsJson(news.rules), model: newsJson(news.model) },
          nerCorpora,
        },
        null,
        2,
      ),
    );
    return;
  }
  const f2 = (n: number) => n.toFixed(2);
  const cell = (c: Counts) => {
    const p = prf(c);
    return `${f2(p.precision)} ${f2(p.recall)} ${f2(p.f1)}`.padEnd(16);
  };
  const line = (label: string, ours: Counts, base: Counts) => console.log(`  ${label.padEnd(14)} ${cell(ours)} | ${cell(base)}`);
  const block = (title: string, ours: (k: string) => Counts, base: (k: string) => Counts) => {
    console.log(`\n${title}\n  ${''.padEnd(14)} ${'OURS  P    R    F1'.padEnd(16)} | COMPROMISE ALONE P R F1`);
    for (const k of keys) line(k === 'names' ? 'distinct names' : k, ours(k), base(k));
  };
  const excluded = results.filter((r) => r.excluded).map((r) => r.fixture);
  const lateFixtures = new Set(fixtures.filter((f) => f.arrivesLate).map((f) => f.name));
  if (excluded.length) console.log(`Not averaged (their body arrives by script, so a static snapshot lacks it): ${excluded.join(', ')}`);
  block('ENTITIES, micro-averaged over fixtures (mentions: exact span + type)', (k) => total((r) => r.ours[k]), (k) => total((r) => r.compromise[k]));
  const lateNote = (r: FixtureResult) => (r.excluded ? ' (body arrives by script: not in the micro average)' : lateFixtures.has(r.fixture) ? ' (scored on its rendered copy, tests/fixtures/rendered/)' : '');
  for (const r of results) block(`  ${r.fixture}${lateNote(r)}`, (k) => r.ours[k], (k) => r.compromise[k]);
  console.log('\nFLAGGED CLAIMS (overlap ≥ 50% of the shorter span, one-to-one)\n  fixture              RULES P R F1  tp fp fn | MODEL P R F1  tp fp fn');
  const half = (c: Counts) => {
    const p = prf(c);
    return `${f2(p.precision)} ${f2(p.recall)} ${f2(p.f1)}  ${String(c.tp).padStart(3)} ${String(c.fp).padStart(2)} ${String(c.fn).padStart(2)}`;
  };
  const claimLine = (label: string, rules: Counts, learned: Counts, note = '') => console.log(`  ${label.padEnd(20)} ${half(rules)} | ${half(learned)} ${note}`);
  for (const r of results) claimLine(r.fixture, r.claims, r.modelClaims, r.goldClaimsNotFound ? `(${r.goldClaimsNotFound} gold claims not in the snapshot text)` : '');
  claimLine('micro', total((r) => r.claims), total((r) => r.modelClaims));
  console.log(formatClaimBuster(claimBuster));
  if (heldOutPages) console.log(formatHeldOutPages(heldOutPages));
  console.log(news ? formatNewsClaims(news.rules, news.model) : '\nNEWS CLAIMS DEV SET: the readability test pages are not beside the project (../shared/corpora)');
  for (const r of results) {
    if (r.goldFormsNotFound.length) console.log(`\nnote: ${r.fixture}: gold forms not in the snapshot text: ${r.goldFormsNotFound.join(', ')}`);
  }
  if (ner) {
    console.log(`\nENTITIES WITH THE NER MODEL, micro-averaged over fixtures\n  ${''.padEnd(14)} ${'RULES ONLY P R F1'.padEnd(16)} | MODEL P R F1`);
    for (const k of keys) line(k === 'names' ? 'distinct names' : k, total((r) => r.ours[k]), total((r) => r.model?.[k] ?? ZERO));
  }
  if (corpora.length) console.log(`\n${formatNerEval(corpora)}`);
}

function mapPrf(row: Record<string, Counts>) {
  return Object.fromEntries(Object.entries(row).map(([k, c]) => [k, prf(c)]));
}

void main();
