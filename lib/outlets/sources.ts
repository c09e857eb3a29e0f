// A fact's source as shipped ('wikidata:Q42') turned into what the panel shows: label, link,
// date of the data and the credit line its licence asks for.
import type { DatasetInfo, SourceRef } from './data-format';
import type { FactSource } from './types';

/** Characters an item id may hold that would change a URL's meaning. */
const UNSAFE_IN_URL = /[?#%\s"<>]/g;

/** The dataset key of a reference: 'wikidata:Q42' → 'wikidata'; null for a source written out. */
export function datasetOf(ref: SourceRef): string | null {
  if (typeof ref !== 'string') return null;
  const colon = ref.indexOf(':');
  return colon < 0 ? ref : ref.slice(0, colon);
}

/** The full source of a reference; an unknown dataset keeps its key as the label. */
export function expandSource(ref: SourceRef, datasets: Readonly<Record<string, DatasetInfo>>): FactSource {
  if (typeof ref !== 'string') return ref;
  const colon = ref.indexOf(':');
  const key = colon < 0 ? ref : ref.slice(0, colon);
  const item = colon < 0 ? '' : ref.slice(colon + 1);
  const dataset = datasets[key];
  if (!dataset) return { label: key };
  const url = item && dataset.itemUrl ? dataset.itemUrl.replace('{id}', item.replace(UNSAFE_IN_URL, encodeURIComponent)) : dataset.url;
  return { label: dataset.label, url, asOf: dataset.asOf, credit: dataset.credit, licenceUrl: dataset.licenceUrl };
}

/** The credit and licence a whole dataset's facts carry (for a rater's assessments). */
export function creditOf(dataset: DatasetInfo): { credit: string; licenceUrl: string } {
  return { credit: dataset.credit, licenceUrl: dataset.licenceUrl };
}
