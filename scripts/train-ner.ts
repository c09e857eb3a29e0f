// `npm run train:ner`: rebuilds the shipped NER model (public/models/ner-weights.bin and
// ner-gazetteer.txt) from the shared corpora's training splits, reproducibly (fixed seed).
//   --epochs N (8)   --bits B (21: hashed table size while training)   --max-rows N (420000 kept)
//   --sample F (1: share of training documents, for quick experiments)   --seed S   --out DIR
// Feature extraction is lib/analysis/ner's own, so training and inference cannot drift.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { rulePass } from '../lib/analysis/rule-pass';
import { featureSentences } from '../lib/analysis/ner/document';
import { documentContext, sentenceFeatures } from '../lib/analysis/ner/features';
import { Gazetteer, serializeGazetteer } from '../lib/analysis/ner/gazetteer';
import { featureRow, serializeNerModel, NER_GAZETTEER_FILE, NER_MODEL_FILE } from '../lib/analysis/ner/model';
import { NER_TAGS, TAG_INDEX } from '../lib/analysis/ner/tags';
import { TRAIN_SPLITS, corporaAvailable, corporaRoot, corpusDocs, splitName, type CorpusDoc } from './lib/ner-corpora';
import { modelsDir } from './lib/model-assets';
import { openDataLists, SeenNames } from './train/ner-gazetteer';
import { Perceptron, quantize, seededRandom, type Instance } from './train/perceptron';

const FOLDS = 5;

const { values: args } = parseArgs({
  options: {
    epochs: { type: 'string', default: '8' },
    bits: { type: 'string', default: '21' },
    'max-rows': { type: 'string', default: '420000' },
    sample: { type: 'string', default: '1' },
    seed: { type: 'string', default: '20261204' },
    out: { type: 'string', default: modelsDir },
  },
});

function shuffle<T>(xs: T[], random: () => number): T[] {
  for (let i = xs.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [xs[i], xs[j]] = [xs[j], xs[i]];
  }
  return xs;
}

function log(msg: string): void {
  process.stderr.write(`[train:ner ${((performance.now() - began) / 1000).toFixed(0)}s] ${msg}\n`);
}

const began = performance.now();

function main(): void {
  if (!corporaAvailable()) throw new Error(`no NER corpora at ${corporaRoot()} (set BACKSTORY_CORPORA)`);
  const epochs = Number(args.epochs);
  const bits = Number(args.bits);
  const random = seededRandom(Number(args.seed));
  let docs: CorpusDoc[] = TRAIN_SPLITS.flatMap((spec) => corpusDocs(spec));
  if (Number(args.sample) < 1) docs = shuffle(docs, random).slice(0, Math.round(docs.length * Number(args.sample)));
  const sentences = docs.reduce((n, d) => n + d.sentences.length, 0);
  log(`${docs.length} documents, ${sentences} sentences from ${TRAIN_SPLITS.map(splitName).join(', ')}`);

  // Names seen in training are a list feature; each document sees only the other folds' names,
  // so the feature is as reliable in training as it will be on new text.
  const fold = docs.map((_, i) => i % FOLDS);
  const base = openDataLists();
  const seen = new SeenNames(FOLDS);
  docs.forEach((d, i) => seen.add(d, fold[i]));
  const foldGazetteers = Array.from({ length: FOLDS }, (_, f) => new Gazetteer(seen.gazetteer(base, f)));
  log(`lists: ${base.size} open-data phrases`);

  const instances: Instance[] = [];
  docs.forEach((doc, d) => {
    const rules = rulePass(doc.text, doc.blocks);
    const fs = featureSentences(
      doc.sentences.map((s) => s.tokens),
      { entities: rules.entities, tokens: rules.split.tokens, tags: rules.tags },
    );
    const ctx = documentContext(fs);
    fs.forEach((s, k) => {
      const rows: number[] = [];
      const offsets = [0];
      sentenceFeatures(s, ctx, foldGazetteers[fold[d]], (hash) => {
        if (hash < 0) offsets.push(rows.length);
        else rows.push(featureRow(hash, bits));
      });
      instances.push({
        rows: Int32Array.from(rows),
        offsets: Int32Array.from(offsets),
        gold: Int8Array.from(doc.sentences[k].tags.map((t) => TAG_INDEX[t] ?? 0)),
        latentMisc: !doc.hasMisc,
      });
    });
    if (d % 200 === 0) log(`features: ${d}/${docs.length} documents`);
  });
  log(`features done: ${instances.length} sentences, ${instances.reduce((n, x) => n + x.rows.length, 0)} feature rows`);

  const model = new Perceptron(bits);
  for (let e = 0; e < epochs; e++) {
    let wrong = 0;
    for (const x of shuffle([...instances], random)) if (model.train(x)) wrong++;
    log(`epoch ${e + 1}/${epochs}: ${((100 * wrong) / instances.length).toFixed(1)}% of sentences mistagged`);
  }
  const avg = model.averaged();
  const { rowIds, q, scale } = quantize(avg.weights, bits, Number(args['max-rows']));
  const bytes = serializeNerModel(
    {
      version: 1,
      bits,
      scale,
      tags: [...NER_TAGS],
      transitions: Array.from(avg.transitions, (x) => Math.round(x * 1000) / 1000),
      start: Array.from(avg.start, (x) => Math.round(x * 1000) / 1000),
      meta: {
        trainedOn: TRAIN_SPLITS.map(splitName),
        sentences,
        epochs,
        seed: Number(args.seed),
        sample: Number(args.sample),
        keptRows: rowIds.length,
      },
    },
    rowIds,
    q,
  );
  mkdirSync(args.out, { recursive: true });
  writeFileSync(path.join(args.out, NER_MODEL_FILE), bytes);
  const gazetteerText = serializeGazetteer(seen.gazetteer(base, -1));
  writeFileSync(path.join(args.out, NER_GAZETTEER_FILE), gazetteerText);
  log(`wrote ${NER_MODEL_FILE} (${(bytes.length / 1e6).toFixed(2)} MB, ${rowIds.length} rows) and ${NER_GAZETTEER_FILE} (${(Buffer.byteLength(gazetteerText) / 1e6).toFixed(2)} MB) to ${args.out}`);
}

main();
