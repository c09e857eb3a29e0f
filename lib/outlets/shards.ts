// The directory is split into shards by site, so the first lookup after a service worker starts
// reads one small shard instead of megabytes. A host's shard is decided by its registrable
// domain under the ICANN part of the Public Suffix List only, here and in the build alike, so a
// change in how the rest of Backstory draws site lines (private suffixes) cannot move it.
import { getDomain } from 'tldts';

/** How many shards the build writes (the directory's header says how many it has). */
export const SHARD_COUNT = 32;

/** The registrable domain that decides a host's shard: 'edition.cnn.com' → 'cnn.com'. */
export function shardDomain(host: string): string {
  return getDomain(host, { allowPrivateDomains: false }) ?? host;
}

/** FNV-1a over the shard domain: stable across builds and runtimes. */
export function shardOf(host: string, count: number): number {
  const key = shardDomain(host.toLowerCase());
  let hash = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) {
    hash ^= key.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0) % count;
}

export const shardName = (shard: number) => String(shard).padStart(2, '0');
