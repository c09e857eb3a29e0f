// The shipped NER model: a first-order averaged perceptron over hashed features, its weights
// quantised to int8, and the name lists it reads. Loaded once, through a ModelAssetLoader (the
// background fetches /models/…, Node reads public/models/…); tagging is synchronous and pure.
import type { ModelAssetLoader } from '../models/assets';
import { parseGazetteer, type Gazetteer } from './gazetteer';
import { TAG_COUNT } from './tags';

export const NER_MODEL_FILE = 'ner-weights.bin';
export const NER_GAZETTEER_FILE = 'ner-gazetteer.txt';
const MAGIC = 0x52454e42; // "BNER" little-endian

/** What the weights file says about itself (JSON header). */
export interface NerModelHeader {
  version: 1;
  /** log2 of the hashed feature table's size. */
  bits: number;
  /** Rows with a non-zero weight (the table is sparse on disk). */
  rows: number;
  /** Multiply an int8 weight by this to get its value. */
  scale: number;
  tags: string[];
  /** transitions[prev * TAG_COUNT + next]. */
  transitions: number[];
  start: number[];
  /** Free-form facts for the model card (data, date, epochs). */
  meta: Record<string, unknown>;
}

export interface NerModel {
  header: NerModelHeader;
  gazetteer: Gazetteer;
  /** Adds the weights of hashed feature `hash` to scores[offset … offset + TAG_COUNT). */
  addFeature(hash: number, scores: Float32Array, offset: number): void;
}

/** The table row a feature hash lands in (shared with the trainer). */
export function featureRow(hash: number, bits: number): number {
  let h = hash ^ (hash >>> 16);
  h = Math.imul(h, 0x45d9f3b);
  h ^= h >>> 16;
  return (h >>> 0) & ((1 << bits) - 1);
}

export async function loadNerModel(load: ModelAssetLoader): Promise<NerModel> {
  const [weights, gazetteer] = await Promise.all([load(NER_MODEL_FILE), load(NER_GAZETTEER_FILE)]);
  return parseNerModel(weights, new TextDecoder().decode(gazetteer));
}

export function parseNerModel(buffer: ArrayBuffer, gazetteerText: string): NerModel {
  const view = new DataView(buffer);
  if (buffer.byteLength < 8 || view.getUint32(0, true) !== MAGIC) throw new Error('NER model: not a Backstory NER weights file');
  const headerLength = view.getUint32(4, true);
  const header = JSON.parse(new TextDecoder().decode(new Uint8Array(buffer, 8, headerLength))) as NerModelHeader;
  if (header.version !== 1 || header.tags.length !== TAG_COUNT) throw new Error(`NER model: unsupported version ${header.version}`);
  const rowsAt = align4(8 + headerLength);
  const rowIds = new Uint32Array(buffer, rowsAt, header.rows);
  const weights = new Int8Array(buffer, rowsAt + header.rows * 4, header.rows * TAG_COUNT);
  const table = new WeightTable(rowIds, weights);
  const { bits, scale } = header;
  const slotWeights = table.weights;
  return {
    header,
    gazetteer: parseGazetteer(gazetteerText),
    addFeature(hash, scores, offset) {
      const slot = table.find(featureRow(hash, bits));
      if (slot < 0) return;
      const w = slot * TAG_COUNT;
      for (let t = 0; t < TAG_COUNT; t++) scores[offset + t] += slotWeights[w + t] * scale;
    },
  };
}

/** Serialises a model (the trainer's side of parseNerModel). */
export function serializeNerModel(header: Omit<NerModelHeader, 'rows'>, rowIds: Uint32Array, weights: Int8Array): Uint8Array {
  const json = new TextEncoder().encode(JSON.stringify({ ...header, rows: rowIds.length }));
  const rowsAt = align4(8 + json.length);
  const out = new Uint8Array(rowsAt + rowIds.length * 4 + weights.length);
  const view = new DataView(out.buffer);
  view.setUint32(0, MAGIC, true);
  view.setUint32(4, json.length, true);
  out.set(json, 8);
  out.set(new Uint8Array(rowIds.buffer, rowIds.byteOffset, rowIds.byteLength), rowsAt);
  out.set(new Uint8Array(weights.buffer, weights.byteOffset, weights.byteLength), rowsAt + rowIds.length * 4);
  return out;
}

function align4(n: number): number {
  return (n + 3) & ~3;
}

/**
 * Open addressing over the row ids, each slot holding its row's weights, so a feature costs one
 * probe into one table (the weights sit where the key was found).
 */
class WeightTable {
  private readonly keys: Int32Array;
  readonly weights: Int8Array;
  private readonly mask: number;

  constructor(rowIds: Uint32Array, rowWeights: Int8Array) {
    let size = 1;
    while (size < rowIds.length * 2) size <<= 1;
    this.mask = size - 1;
    this.keys = new Int32Array(size).fill(-1);
    this.weights = new Int8Array(size * TAG_COUNT);
    rowIds.forEach((row, i) => {
      let slot = (Math.imul(row, 0x9e3779b1) >>> 0) & this.mask;
      while (this.keys[slot] !== -1) slot = (slot + 1) & this.mask;
      this.keys[slot] = row;
      this.weights.set(rowWeights.subarray(i * TAG_COUNT, (i + 1) * TAG_COUNT), slot * TAG_COUNT);
    });
  }

  /** The slot of `row`, or -1. */
  find(row: number): number {
    let slot = (Math.imul(row, 0x9e3779b1) >>> 0) & this.mask;
    for (;;) {
      const k = this.keys[slot];
      if (k === row) return slot;
      if (k === -1) return -1;
      slot = (slot + 1) & this.mask;
    }
  }
}
