// One row per kind of fact, each value with the sources that give it. Where sources agree the
// value is shown once with all of them; where they disagree every value stands side by side
// with its own source, and the row says the sources differ — Backstory does not pick one.
import type { ComponentChildren } from 'preact';
import { groupFacts } from '@/lib/outlets/facts';
import type { Fact, FactSource } from '@/lib/outlets/types';
import { sourceDate, sourceText, webUrl } from './outlet-labels';

/** A source as a small link: its label and the date of its data; the credit line on hover. */
export function SourceNote({ source }: { source: FactSource }) {
  const url = webUrl(source.url);
  const date = sourceDate(source);
  const title = [source.credit, url].filter(Boolean).join('\n') || undefined;
  return (
    <span class="fact-source">
      {url ? (
        <>
          from{' '}
          <a href={url} target="_blank" rel="noopener noreferrer" title={title}>
            {source.label}
          </a>
        </>
      ) : (
        <span title={title}>{sourceText(source)}</span>
      )}
      {date && <span class="fact-date"> ({date})</span>}
    </span>
  );
}

interface RowProps<T> {
  label: string;
  testId: string;
  facts: readonly Fact<T>[] | undefined;
  render?: (value: T) => ComponentChildren;
  /** Show at most this many values (titles on a shared site can run to dozens). */
  limit?: number;
}

export function FactRow<T>({ label, testId, facts, render = (v) => String(v), limit }: RowProps<T>) {
  const groups = groupFacts(facts);
  if (!groups.length) return null;
  const shown = limit ? groups.slice(0, limit) : groups;
  const differ = groups.length > 1 && !limit;
  return (
    <div class="fact" data-testid={testId} data-values={groups.length}>
      <dt>{label}</dt>
      <dd>
        {shown.map((g, i) => (
          <span class="fact-entry" key={i}>
            <span class="fact-value">{render(g.value)}</span>{' '}
            {g.sources.map((s, j) => (
              <SourceNote key={j} source={s} />
            ))}
          </span>
        ))}
        {limit && groups.length > limit && <span class="fact-more">and {groups.length - limit} more</span>}
        {differ && (
          <span class="fact-differ" data-testid="fact-differ">
            The sources differ; each value is shown with its own.
          </span>
        )}
      </dd>
    </div>
  );
}
