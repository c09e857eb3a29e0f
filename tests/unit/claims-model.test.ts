import { statSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { analyzeText, CHECK_WORTHY_THRESHOLD, loadClaimsModel, type ClaimsModel } from '../../lib/analysis';
import { CLAIMS_MODEL_FILE, decodeClaimsModel, encodeClaimsModel } from '../../lib/analysis/claims/model';
import { CUES, extractFeatures } from '../../lib/analysis/claims/features';
import { modelsDir, nodeModelAssets } from '../../scripts/lib/model-assets';
import { probability, quantize, trainLogistic } from '../../scripts/train/logistic';

// The shipped check-worthiness model (public/models/claims.bin, rebuilt by `npm run train:claims`,
// never in CI): it loads, stays small and reads sentences written here, not taken from its data.
let model: ClaimsModel;
beforeAll(async () => {
  model = await loadClaimsModel(nodeModelAssets);
});

const checkWorthy = (s: string) => model.score(s).probability >= CHECK_WORTHY_THRESHOLD;

describe('the shipped claims model', () => {
  it('loads, with its cues in the order the code has them, and stays under 100 KB', () => {
    expect(model.header.cues).toEqual(CUES.map((c) => c.name));
    expect(statSync(path.join(modelsDir, CLAIMS_MODEL_FILE)).size).toBeLessThan(100 * 1024);
  });

  it('reads statements of checkable fact as check-worthy', () => {
    expect(checkWorthy('The district closed 14 of its 60 libraries between 2019 and 2023.')).toBe(true);
    expect(checkWorthy('Unemployment in the province rose to 9.2 percent in October, the highest in a decade.')).toBe(true);
    expect(checkWorthy('The regulator fined the bank $45 million for misleading customers about overdraft fees.')).toBe(true);
    expect(checkWorthy('The senator voted against the water bill three times before it passed.')).toBe(true);
  });

  it('reads opinions, questions, feelings and asides as not check-worthy', () => {
    expect(checkWorthy('I think the council has lost sight of what residents actually want.')).toBe(false);
    expect(checkWorthy('Is this really the best the government can do for its nurses?')).toBe(false);
    expect(checkWorthy('"We are thrilled to be back and the fans were amazing tonight," she said.')).toBe(false);
    expect(checkWorthy('Sign up for our weekly newsletter to get the best stories in your inbox.')).toBe(false);
  });

  it('explains a check-worthy sentence by the cues that pushed it up', () => {
    const scored = model.score('Prices rose 12 percent last year, more than twice the rate in 2021.');
    const reasons = scored.cues.filter((c) => c.weight > 0 && c.reason).map((c) => c.reason);
    expect(reasons).toEqual(expect.arrayContaining(['a percentage']));
  });

  it('refuses a file that is not a claims model, or one trained on other cues', () => {
    expect(() => decodeClaimsModel(new TextEncoder().encode('not a model').buffer as ArrayBuffer)).toThrow(/not a claims model/);
    const other = encodeClaimsModel({ format: 1, bits: 4, scale: 1, bias: 0, cues: ['digit'] }, new Int8Array(16));
    expect(() => decodeClaimsModel(other.buffer as ArrayBuffer)).toThrow(/other cues/);
  });
});

describe('analysis with the claims model', () => {
  it('flags an anonymous claim and leaves the same claim on the record unflagged, saying why', () => {
    const text = [
      'The ministry said 14 soldiers were killed in the attack on the border post on Tuesday.',
      'Officials said a further 30 soldiers were wounded in the fighting near the border.',
    ].join('\n');
    const analysis = analyzeText(text, { claims: model });
    expect(analysis.checkWorthy.map((c) => c.sourcing.kind)).toEqual(['on-record', 'anonymous']);
    expect(analysis.claims).toHaveLength(1);
    expect(analysis.claims[0].text).toMatch(/^Officials said/);
    expect(analysis.claims[0].reasons[0].label).toBe('anonymous source (officials)');
    expect(analysis.checkWorthy[0].reasons[0].label).toBe('attributed to the ministry');
  });

  it('says "with no source" for a number nobody is credited with', () => {
    const [claim] = analyzeText('The city sold 300 acres of parkland to developers in 2021 for less than half its value.', { claims: model }).claims;
    expect(claim.sourcing.kind).toBe('none');
    expect(claim.reasons[0].label).toMatch(/with no source$/);
  });

  it('never flags page furniture', () => {
    const text = 'Source: Office for National Statistics, 2023 figures for 14 regions.\nAdditional reporting by Sam Ortiz in Lagos and Priya Raman in Delhi.';
    expect(analyzeText(text, { claims: model }).checkWorthy).toEqual([]);
  });

  it('reads every sentence of a labelled note as part of the note, not only its first', () => {
    const note =
      'Disclosure: Maria Lopez receives funding from the Wellcome Trust. She has advised three city councils on flood defence plans since 2019.';
    expect(analyzeText(note, { claims: model }).checkWorthy).toEqual([]);
    // The same sentence in the article's own prose is still judged.
    const prose = 'Maria Lopez leads the study. She has advised three city councils on flood defence plans since 2019.';
    expect(analyzeText(prose, { claims: model }).checkWorthy.map((c) => c.text)).toContain('She has advised three city councils on flood defence plans since 2019.');
  });
});

describe('training', () => {
  it('is reproducible and learns a separable toy problem', () => {
    const bits = 10;
    const rows = [
      ['Revenue rose 40 percent to $2 billion in 2020.', 1],
      ['The factory cut 300 jobs in March.', 1],
      ['I hope you all have a lovely evening.', 0],
      ['What a wonderful crowd we have here tonight!', 0],
    ] as const;
    const examples = rows.map(([text, y]) => ({ ids: extractFeatures(text, { bits }).ids, y, weight: 1 }));
    const settings = { slots: 1 << bits, epochs: 20, learningRate: 0.2, l2: 0, seed: 3 };
    const a = trainLogistic(examples, settings);
    const b = trainLogistic(examples, settings);
    expect(Array.from(a.weights)).toEqual(Array.from(b.weights));
    for (const e of examples) expect(probability(a, e.ids) >= 0.5).toBe(e.y === 1);
    const { bytes, scale } = quantize(a.weights);
    expect(Math.max(...Array.from(bytes).map(Math.abs))).toBe(127);
    expect(scale).toBeGreaterThan(0);
  });
});
