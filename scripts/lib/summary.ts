// A readable, terminal-sized account of what Backstory found on a page.
import type { AnalysisState, OutletView } from '../../lib/messages/protocol';
import { displayName, valuesOf } from '../../lib/outlets/facts';
import type { Fact, OutletProfile } from '../../lib/outlets/types';
import type { ArticleSnapshot } from '../../lib/page/types';

export interface SummaryInput {
  snapshot: ArticleSnapshot;
  analysis?: AnalysisState;
  outlet?: OutletView;
}

function describeOutlet(p: OutletProfile): string {
  const one = <T>(facts: Fact<T>[] | undefined) => valuesOf(facts).join(' / ');
  const organization = valuesOf(p.organization).filter((name) => name !== p.names[0]);
  const facts = [
    organization.length ? `run by ${organization.join(' / ')}` : '',
    p.country ? [one(p.city), one(p.country)].filter(Boolean).join(', ') : '',
    p.founded ? `founded ${one(p.founded)}` : '',
    p.coverage ? `mostly covers ${p.coverage.value.country} (GDELT)` : '',
  ].filter(Boolean);
  const rated = p.assessments.map((a) => `${a.rating} (${a.by}${a.asOf ? `, ${a.asOf}` : ''})`);
  return [`${displayName(p)}${facts.length ? ` — ${facts.join('; ')}` : ''}`, rated.length ? `assessed: ${rated.join('; ')}` : 'no published assessment'].join('. ');
}

export function printSummary(url: string, input: SummaryInput, out: NodeJS.WritableStream = process.stdout): void {
  const { snapshot, analysis, outlet } = input;
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

  if (outlet) {
    line('Who runs it', outlet.match ? describeOutlet(outlet.match.profile) : `${outlet.domain}: not in the directory`);
    if (outlet.original) {
      line('Originally by', outlet.original.profile ? describeOutlet(outlet.original.profile) : `${outlet.original.name ?? outlet.original.url}: not in the directory`);
    }
  }
  if (analysis?.status === 'done') {
    const { entities, claims, tookMs } = analysis.analysis;
    for (const [type, label] of [['person', 'People'], ['organization', 'Organizations'], ['place', 'Places']] as const) {
      const group = entities.filter((e) => e.type === type).sort((a, b) => b.mentions.length - a.mentions.length);
      const shown = group.slice(0, 8).map((e) => `${e.name} ×${e.mentions.length}`);
      line(label, `${group.length}: ${shown.join(', ')}${group.length > shown.length ? ', …' : ''}`);
    }
    line('Unlinked claims', `${claims.length} (analysis took ${tookMs.toFixed(0)} ms)`);
    for (const claim of claims.slice(0, 3)) {
      const text = claim.text.length > 110 ? `${claim.text.slice(0, 110)}…` : claim.text;
      out.write(`    • ${text}\n      ${claim.reasons.map((r) => r.label).join('; ')}\n`);
    }
  } else if (analysis) {
    line('Names, claims', analysis.status);
  }
}
