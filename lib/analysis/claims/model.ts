// The check-worthiness model: logistic regression over the features of ./features.ts, shipped as
// public/models/claims.bin (a small header and one signed byte per weight) and trained by
// `npm run train:claims`. Reading the file is the only work done at load; scoring a sentence is
// a sum over its feature ids.
import type { ModelAssetLoader } from '../models/assets';
import { CUES, extractFeatures, type FeatureSpace } from './features';

export const CLAIMS_MODEL_FILE = 'claims.bin';
const MAGIC = 'BSCW';
const FORMAT = 1;

/** What the file's header says. */
export interface ClaimsModelHeader {
  format: number;
  bits: number;
  /** A weight is its signed byte times `scale`. */
  scale: number;
  bias: number;
  /** The cue names in slot order, so a file trained on other cues is refused, not misread. */
  cues: string[];
  /** Free-form provenance for the model card and the eval (data, date, figures). */
  about?: Record<string, unknown>;
}

/** A named cue's part in one sentence's score. */
export interface CueContribution {
  name: string;
  /** The card's words, when the cue explains a check-worthy sentence. */
  reason?: string;
  /** Its weight: how far it moved the sentence's log-odds. */
  weight: number;
}

export interface ClaimScore {
  /** 0..1: how likely the sentence is check-worthy. */
  probability: number;
  /** The named cues that fired, strongest push towards check-worthy first. */
  cues: CueContribution[];
}

export interface ClaimsModel {
  readonly header: ClaimsModelHeader;
  score(sentence: string): ClaimScore;
}

class LinearClaimsModel implements ClaimsModel {
  private readonly space: FeatureSpace;

  constructor(
    readonly header: ClaimsModelHeader,
    private readonly weights: Int8Array,
  ) {
    this.space = { bits: header.bits };
  }

  score(sentence: string): ClaimScore {
    const { ids, cues } = extractFeatures(sentence, this.space);
    const { scale } = this.header;
    let z = 0;
    for (let i = 0; i < ids.length; i++) z += this.weights[ids[i]];
    z = this.header.bias + (z * scale) / featureNorm(ids.length);
    const fired = cues
      .map((c) => ({ name: CUES[c].name, reason: CUES[c].reason, weight: (this.weights[c] * scale) / featureNorm(ids.length) }))
      .sort((a, b) => b.weight - a.weight);
    return { probability: 1 / (1 + Math.exp(-z)), cues: fired };
  }
}

/** Longer sentences have more features; dividing by √n keeps their scores comparable. */
export function featureNorm(count: number): number {
  return Math.sqrt(Math.max(1, count));
}

export function encodeClaimsModel(header: ClaimsModelHeader, weights: Int8Array): Uint8Array {
  const json = new TextEncoder().encode(JSON.stringify(header));
  const out = new Uint8Array(8 + json.length + weights.length);
  out.set(new TextEncoder().encode(MAGIC), 0);
  new DataView(out.buffer).setUint32(4, json.length, true);
  out.set(json, 8);
  out.set(new Uint8Array(weights.buffer, weights.byteOffset, weights.byteLength), 8 + json.length);
  return out;
}

export function decodeClaimsModel(buffer: ArrayBuffer): ClaimsModel {
  const bytes = new Uint8Array(buffer);
  if (bytes.length < 8 || new TextDecoder().decode(bytes.subarray(0, 4)) !== MAGIC) throw new Error('not a claims model file');
  const length = new DataView(buffer).getUint32(4, true);
  const header = JSON.parse(new TextDecoder().decode(bytes.subarray(8, 8 + length))) as ClaimsModelHeader;
  if (header.format !== FORMAT) throw new Error(`claims model format ${header.format}, expected ${FORMAT}`);
  const names = CUES.map((c) => c.name);
  if (header.cues.join('|') !== names.join('|')) throw new Error('claims model was trained on other cues: retrain it (npm run train:claims)');
  const weights = new Int8Array(buffer, 8 + length);
  if (weights.length !== 1 << header.bits) throw new Error(`claims model has ${weights.length} weights, expected ${1 << header.bits}`);
  return new LinearClaimsModel(header, weights);
}

export async function loadClaimsModel(load: ModelAssetLoader): Promise<ClaimsModel> {
  return decodeClaimsModel(await load(CLAIMS_MODEL_FILE));
}
