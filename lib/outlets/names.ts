// Finding an outlet by name ("Originally published by Sott.net") in the names index (names.tsv,
// read only when a page names its original source), then in the shard of the outlet's site.
import type { OutletRecord } from './data-format';
import { normalizeName, recordById, shardFor, type OutletDirectory } from './directory';
import { linesWithKey } from './sorted-lines';

export interface NameHit {
  id: string;
  /** The record's main host: its shard must be read before the record can be. */
  host: string;
}

/**
 * The record a name refers to, as an id and a host to read, or null. A reader-facing name
 * (names[0]) beats another or former name; within that, the first record in directory order
 * wins (hand-written entries first). Weak matches (an organization's name, the stem of a
 * domain-like name) count only when a single record has them, since one company often runs many
 * outlets. Needs the names index read.
 */
export function nameHit(directory: OutletDirectory, name: string): NameHit | null {
  if (!directory.names) throw new Error('the outlet names index was not read (see load.ts: readNames)');
  const entries = linesWithKey(directory.names, normalizeName(name)).map((line) => line.split('\t'));
  if (!entries.length) return null;
  const [, tier, , id, host] = entries[0];
  if (Number(tier) < 2 || new Set(entries.map((e) => e[3])).size === 1) return { id, host };
  return null;
}

/** The record a name refers to (see nameHit), or null; needs its shard read. */
export function findByName(directory: OutletDirectory, name: string): OutletRecord | null {
  const hit = nameHit(directory, name);
  if (!hit) return null;
  if (!directory.shards.has(shardFor(directory, hit.host))) throw new Error(`the shard of ${hit.host} was not read`);
  return recordById(directory, hit.id);
}
