// The one-paragraph English Wikipedia summary for a name: the in-page card's "Look up" button
// and the outlet lookup both use it. One request to the REST summary endpoint, which follows
// redirects ("BBC" → "BBC") by itself.
import { getJson, type FetchLike, type FetchOptions } from './fetch-json';

export type WikipediaSummary =
  | {
      title: string;
      /** One paragraph of plain text; for a disambiguation page, a sentence saying so. */
      extract: string;
      url: string;
      /** Wikidata's short description, e.g. 'British daily newspaper'. */
      description?: string;
      /** The name is a disambiguation page: several things share it, and `url` lists them. */
      ambiguous?: true;
    }
  | { notFound: true }
  | { error: string };

const MAX_EXTRACT = 1_200;

/** The first paragraph, cut at a sentence end when it is very long. */
function firstParagraph(text: string): string {
  const paragraph = text.split(/\n+/).find((p) => p.trim())?.trim() ?? '';
  if (paragraph.length <= MAX_EXTRACT) return paragraph;
  const cut = paragraph.slice(0, MAX_EXTRACT);
  const end = cut.lastIndexOf('. ');
  return end > 200 ? cut.slice(0, end + 1) : `${cut.trimEnd()}…`;
}

export function summaryUrl(title: string): string {
  return `https://en.wikipedia.org/api/rest_v1/page/summary/${encodeURIComponent(title.trim().replace(/ /g, '_'))}`;
}

/** Fetches the English Wikipedia summary for a title or name; never throws. */
export async function fetchWikipediaSummary(
  title: string,
  fetchImpl: FetchLike,
  options: FetchOptions = {},
): Promise<WikipediaSummary> {
  const name = title.replace(/\s+/g, ' ').trim();
  if (!name || name.length > 255) return { notFound: true };
  const result = await getJson(fetchImpl, summaryUrl(name), 'Wikipedia', options, [404]);
  if (!result.ok) return { error: result.message };
  if (result.status === 404) return { notFound: true };
  const data = result.json as {
    type?: unknown;
    title?: unknown;
    extract?: unknown;
    description?: unknown;
    content_urls?: { desktop?: { page?: unknown } };
  } | null;
  if (!data || typeof data !== 'object' || typeof data.title !== 'string') {
    return { error: 'Wikipedia sent an answer Backstory could not read; try again later.' };
  }
  if (data.type === 'no-extract' || (data.type === 'standard' && typeof data.extract !== 'string')) return { notFound: true };
  const page = data.content_urls?.desktop?.page;
  const url =
    typeof page === 'string' && page.startsWith('https://en.wikipedia.org/')
      ? page
      : `https://en.wikipedia.org/wiki/${encodeURIComponent(data.title.replace(/ /g, '_'))}`;
  const description = typeof data.description === 'string' && data.description.trim() ? data.description.trim() : undefined;
  if (data.type === 'disambiguation') {
    return {
      title: data.title,
      extract: `"${data.title}" can mean several different things; Wikipedia lists them on its disambiguation page.`,
      url,
      ambiguous: true,
    };
  }
  const extract = typeof data.extract === 'string' ? firstParagraph(data.extract) : '';
  if (!extract) return { notFound: true };
  return description ? { title: data.title, extract, url, description } : { title: data.title, extract, url };
}
