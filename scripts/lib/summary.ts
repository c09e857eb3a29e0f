// A readable, terminal-sized account of what Backstory found on a page.
import type { ArticleSnapshot } from '../../lib/page/types';

export function printSummary(url: string, snapshot: ArticleSnapshot, out: NodeJS.WritableStream = process.stdout): void {
  const { meta, detection } = snapshot;
  const line = (label: string, value: string | undefined) => {
    if (value) out.write(`  ${label.padEnd(16)}${value}\n`);
  };
  out.write(`Backstory on ${url}\n\n`);
  const top = [...detection.reasons]
    .sort((a, b) => b.weight - a.weight)
    .slice(0, 4)
    .map((r) => r.signal + (r.detail ? ` (${r.detail})` : ''))
    .join(', ');
  line('Article?', `${detection.isArticle ? 'yes' : 'no'} — score ${detection.score.toFixed(1)}: ${top}`);
  line('Title', meta.title);
  line('By', meta.authors.join(', '));
  line('Outlet', meta.siteName);
  line('Published', meta.publishedTime);
  line('Updated', meta.modifiedTime);
  line('Language', meta.lang);
  line('Section', meta.section);
  line('Canonical URL', meta.canonicalUrl);
  if (meta.originalSource) {
    const { name, url: original } = meta.originalSource;
    line('Original source', [name, original && `<${original}>`].filter(Boolean).join(' '));
  }
  line('Length', `${snapshot.wordCount} words, ${snapshot.blocks.length} blocks`);
  const count = (v: string) => snapshot.links.filter((l) => l.verdict === v).length;
  line('Links in body', `${snapshot.links.length}: ${count('external')} external sources, ${count('same-site')} same-site, ${count('dead')} going nowhere`);
  const sources = Object.entries(meta.sources)
    .map(([field, from]) => `${field} ← ${from}`)
    .join('; ');
  line('Read from', sources);
}
