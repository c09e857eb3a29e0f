// Reading the shipped directory through a loader the caller injects: the background fetches the
// files from the extension's package, the command line and tests read them from public/outlets/.
// Nothing is read until the first lookup, and then only the header and the one shard the page's
// site falls in (shards.ts): its records, coverage and ratings; the names index only when a page
// names an original source. Lookups wait for what they need, then run synchronously (match.ts).
import { OUTLET_FILES } from './data-format';
import { addCoverageShard, addNames, addRatingsShard, addShard, buildDirectory, shardFor, type OutletDirectory } from './directory';
import { parseSite } from '../sites';
import { nameHit } from './names';
import { resolveOriginalSource, resolveOutlet, resolveSite, type SiteKnowledge } from './match';
import type { OutletProfile } from './types';

/** Reads one file of the directory (a path from OUTLET_FILES) as text. */
export type OutletDataLoader = (file: string) => Promise<string>;

/** Reads the header (the dataset table and the number of shards). */
export async function loadDirectory(load: OutletDataLoader): Promise<OutletDirectory> {
  return buildDirectory({ header: await load(OUTLET_FILES.header) });
}

const pending = new WeakMap<OutletDirectory, Map<string, Promise<void>>>();

/** Runs `read` once per key and directory, sharing the promise between concurrent callers. */
function once(directory: OutletDirectory, key: string, read: () => Promise<void>): Promise<void> {
  let map = pending.get(directory);
  if (!map) pending.set(directory, (map = new Map()));
  let running = map.get(key);
  if (!running) {
    running = read().catch((error: unknown) => {
      map.delete(key); // a failed read is tried again next time
      throw error;
    });
    map.set(key, running);
  }
  return running;
}

/**
 * Reads one shard of the records, the coverage table and each rater's ratings, unless already
 * read. The records are required; coverage and each rater are separable: one that is missing
 * or unreadable is left out, not fatal.
 */
export function readShard(directory: OutletDirectory, load: OutletDataLoader, shard: number): Promise<void> {
  if (directory.shards.has(shard) && directory.coverage.has(shard)) return Promise.resolve();
  return once(directory, `shard ${shard}`, async () => {
    const optional = (file: string) => load(file).catch(() => '');
    const [records, coverage, ...ratings] = await Promise.all([
      load(OUTLET_FILES.directoryShard(shard)),
      optional(OUTLET_FILES.coverageShard(shard)),
      ...OUTLET_FILES.raters.map((rater) => optional(OUTLET_FILES.ratingsShard(rater, shard))),
    ]);
    for (const text of ratings) if (text) addRatingsShard(directory, text);
    addCoverageShard(directory, shard, coverage);
    addShard(directory, shard, records);
  });
}

/** Reads the shards the given pages' sites fall in. */
export async function readShardsFor(directory: OutletDirectory, load: OutletDataLoader, urls: readonly string[]): Promise<void> {
  const shards = new Set<number>();
  for (const url of urls) {
    const target = parseSite(url);
    if (target) shards.add(shardFor(directory, target.host));
  }
  await Promise.all([...shards].map((shard) => readShard(directory, load, shard)));
}

/** Reads every shard (counts, tests). */
export async function readAllShards(directory: OutletDirectory, load: OutletDataLoader): Promise<void> {
  await Promise.all(Array.from({ length: directory.shardCount }, (_, shard) => readShard(directory, load, shard)));
}

export function readNames(directory: OutletDirectory, load: OutletDataLoader): Promise<void> {
  if (directory.names) return Promise.resolve();
  return once(directory, 'names', async () => addNames(directory, await load(OUTLET_FILES.names)));
}

/** What the directory knows of a page's site, reading what that needs. */
export async function lookUpSite(directory: OutletDirectory, load: OutletDataLoader, url: string): Promise<SiteKnowledge> {
  await readShardsFor(directory, load, [url]);
  return resolveSite(url, directory);
}

/** The profile of an article's original source, by its link, else its name (see resolveOriginalSource). */
export async function lookUpOriginal(
  directory: OutletDirectory,
  load: OutletDataLoader,
  original: { name?: string; url?: string },
): Promise<OutletProfile | null> {
  if (original.url) {
    await readShardsFor(directory, load, [original.url]);
    if (resolveOutlet(original.url, directory)) return resolveOriginalSource(original, directory);
  }
  const name = original.name?.trim();
  if (!name) return null;
  await readNames(directory, load);
  const hit = nameHit(directory, name);
  // A name that is a domain ("RT.com") may be a domain the directory lists but not a name it knows.
  await readShardsFor(directory, load, [...(hit ? [hit.host] : []), ...(/^[\w.-]+\.[a-z]{2,}$/i.test(name) ? [name] : [])]);
  return resolveOriginalSource(original, directory);
}

/**
 * The directory, loaded once: every caller gets the same promise. A load that failed is tried
 * again on the next call rather than remembered.
 */
export function directoryOnFirstUse(load: OutletDataLoader): () => Promise<OutletDirectory> {
  let loading: Promise<OutletDirectory> | null = null;
  return () => {
    loading ??= loadDirectory(load).catch((error: unknown) => {
      loading = null;
      throw error;
    });
    return loading;
  };
}
