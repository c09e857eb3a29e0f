// `npm run train:claims`: rebuilds public/models/claims.bin from ClaimBuster's train split
// (../shared/corpora/claims/claimbuster, CC BY 4.0) plus our own news sentences
// (scripts/train/claims-news.tsv), then prints the ClaimBuster dev figures of the shipped,
// quantized weights. Same data, same settings → the same bytes.
// `--check` trains on 90% of ClaimBuster train and prints figures on the other 10% (for
// choosing settings without touching the dev split).
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { CUES, extractFeatures } from '../../lib/analysis/claims/features';
import { CLAIMS_MODEL_FILE, decodeClaimsModel, encodeClaimsModel, type ClaimsModelHeader } from '../../lib/analysis/claims/model';
import { CHECK_WORTHY_THRESHOLD } from '../../lib/analysis/claims';
import { claimBusterDir, hasClaimBuster, newsSentencesFile, readClaimRows, readNewsPageRows, type LabelledSentence } from '../lib/claims-data';
import { modelsDir } from '../lib/model-assets';
import { quantize, seededRandom, trainLogistic, type Example, type TrainSettings } from './logistic';

const BITS = 16;
/** The news sentences are few and in the domain we read: each counts as this many debate lines. */
const NEWS_WEIGHT = 12;
const SETTINGS: TrainSettings = { slots: 1 << BITS, epochs: 8, learningRate: 0.1, l2: 1e-6, seed: 20261204 };

function examples(rows: readonly LabelledSentence[], weight: number): Example[] {
  return rows.map((r) => ({ ids: extractFeatures(r.text, { bits: BITS }).ids, y: r.label, weight }));
}

function figures(rows: readonly LabelledSentence[], p: (text: string) => number, threshold: number) {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const r of rows) {
    const yes = p(r.text) >= threshold;
    if (yes && r.label) tp++;
    else if (yes) fp++;
    else if (r.label) fn++;
  }
  const precision = tp / (tp + fp || 1);
  const recall = tp / (tp + fn || 1);
  return { precision, recall, f1: (2 * precision * recall) / (precision + recall || 1), tp, fp, fn };
}

const fmt = (f: ReturnType<typeof figures>) => `P ${f.precision.toFixed(3)}  R ${f.recall.toFixed(3)}  F1 ${f.f1.toFixed(3)}  (tp ${f.tp} fp ${f.fp} fn ${f.fn})`;

function main(): void {
  if (!hasClaimBuster()) throw new Error(`ClaimBuster not found in ${claimBusterDir} (set BACKSTORY_CORPORA to the shared corpora folder)`);
  const began = Date.now();
  let train = readClaimRows(path.join(claimBusterDir, 'train.tsv'));
  const news = [...readClaimRows(newsSentencesFile), ...readNewsPageRows()];
  let held: LabelledSentence[] = readClaimRows(path.join(claimBusterDir, 'dev.tsv'));
  const check = process.argv.includes('--check');
  if (check) {
    const random = seededRandom(7);
    const flags = train.map(() => random() < 0.1);
    held = train.filter((_, i) => flags[i]);
    train = train.filter((_, i) => !flags[i]);
  }
  const model = trainLogistic([...examples(train, 1), ...examples(news, NEWS_WEIGHT)], SETTINGS);
  const { bytes, scale } = quantize(model.weights);
  const header: ClaimsModelHeader = {
    format: 1,
    bits: BITS,
    scale,
    bias: model.bias,
    cues: CUES.map((c) => c.name),
    about: {
      data: ['ClaimBuster train (Arslan et al. 2020, CC BY 4.0), 22,494 debate sentences', `Backstory news sentences (scripts/train/claims-news.tsv and claims-news-pages.json), ${news.length}, weight ${NEWS_WEIGHT}`],
      settings: SETTINGS,
    },
  };
  const file = encodeClaimsModel(header, bytes);
  const shipped = decodeClaimsModel(file.buffer.slice(file.byteOffset, file.byteOffset + file.byteLength) as ArrayBuffer);
  const p = (text: string) => shipped.score(text).probability;
  const name = check ? 'ClaimBuster train, 10% held out' : 'ClaimBuster dev';
  console.log(`${name} at the shipped threshold ${CHECK_WORTHY_THRESHOLD}: ${fmt(figures(held, p, CHECK_WORTHY_THRESHOLD))}`);
  const best = [0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6].map((t) => ({ t, f: figures(held, p, t) })).sort((a, b) => b.f.f1 - a.f.f1)[0];
  console.log(`${name}, best threshold ${best.t}: ${fmt(best.f)}`);
  console.log(`trained in ${((Date.now() - began) / 1000).toFixed(1)} s; ${bytes.filter((b) => b !== 0).length} non-zero weights of ${bytes.length}; file ${(file.length / 1024).toFixed(0)} KB`);
  if (check) return;
  writeFileSync(path.join(modelsDir, CLAIMS_MODEL_FILE), file);
  console.log(`wrote ${path.join('public', 'models', CLAIMS_MODEL_FILE)}`);
}

main();
