// The shipped outlet directory read from disk (public/outlets/), for the command line, the build
// and tests: the same loader contract as the background's, answered by the file system.
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { OUTLET_FILES } from '../../lib/outlets/data-format';
import { buildDirectory, type OutletDirectory } from '../../lib/outlets/directory';
import type { OutletDataLoader } from '../../lib/outlets/load';

export const outletDataDir = path.resolve(import.meta.dirname, '..', '..', 'public', 'outlets');

/** Reads one directory file from public/outlets/. */
export const readOutletFile: OutletDataLoader = (file) => readFile(path.join(outletDataDir, file), 'utf8');

let fromDisk: OutletDirectory | undefined;

/** The shipped directory with every file read, synchronously, once (Node only: the command line and tests). */
export function shippedDirectory(): OutletDirectory {
  if (fromDisk) return fromDisk;
  const read = (file: string) => readFileSync(path.join(outletDataDir, file), 'utf8');
  const header = read(OUTLET_FILES.header);
  const { shards } = JSON.parse(header) as { shards: number };
  const all = Array.from({ length: shards }, (_, shard) => shard);
  fromDisk = buildDirectory({
    header,
    ratings: OUTLET_FILES.raters.flatMap((rater) => all.map((shard) => read(OUTLET_FILES.ratingsShard(rater, shard)))),
    shards: new Map(all.map((shard) => [shard, read(OUTLET_FILES.directoryShard(shard))])),
    coverage: new Map(all.map((shard) => [shard, read(OUTLET_FILES.coverageShard(shard))])),
    names: read(OUTLET_FILES.names),
  });
  return fromDisk;
}
