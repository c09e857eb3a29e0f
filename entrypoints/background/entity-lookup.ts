// The entity cards' "Look up": one Wikipedia summary request, made only because the reader
// pressed the button (or turned lookups on in the options). Answers are kept for the session.
import { fetchWikipediaSummary } from '@/lib/lookup/wikipedia-summary';
import type { EntityType } from '@/lib/analysis/types';
import type { FetchLike } from '@/lib/lookup/fetch-json';
import type { EntitySummary } from '@/lib/messages/protocol';

const cache = new Map<string, EntitySummary>();

export async function lookUpEntity(fetchImpl: FetchLike, name: string, type: EntityType): Promise<EntitySummary> {
  const key = `${type}:${name.toLowerCase()}`;
  const known = cache.get(key);
  if (known) return known;
  const result = await fetchWikipediaSummary(name, fetchImpl);
  let summary: EntitySummary;
  if ('error' in result) summary = { status: 'error', message: result.error };
  else if ('notFound' in result) summary = { status: 'not-found' };
  else if (result.ambiguous) summary = { status: 'ambiguous', title: result.title, url: result.url };
  else summary = { status: 'found', title: result.title, extract: result.extract, url: result.url, description: result.description };
  // Errors are worth retrying; answers are not worth asking twice.
  if (summary.status !== 'error') cache.set(key, summary);
  return summary;
}
