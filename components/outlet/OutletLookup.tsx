// For a site that is not in the directory: a lookup on Wikidata (and Wikipedia for a summary),
// only when the reader asks. The result arrives with the tab's next state; this component only
// sends the request and shows where it stands. Nothing here is a warning.
import { useEffect, useState } from 'preact/hooks';
import type { OutletLookupState } from '@/lib/messages/protocol';
import type { Assessment } from '@/lib/outlets/types';
import { OutletAssessments } from './OutletAssessments';
import { OutletProfileBlock } from './OutletProfileBlock';
import { formatDay } from './outlet-labels';
import { outletApi } from './outlet-api';

interface Props {
  tabId: number;
  domain: string;
  lookup: OutletLookupState;
  readerAssessments: Assessment[];
}

export function OutletLookup({ tabId, domain, lookup, readerAssessments }: Props) {
  const [sending, setSending] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

  // A new state from the background settles whatever was sent.
  useEffect(() => setSending(false), [lookup]);

  const run = async (refresh: boolean) => {
    setSending(true);
    setProblem(null);
    const answer = await outletApi.lookUp(tabId, refresh);
    if (!answer.ok) {
      setSending(false);
      setProblem(answer.error);
    }
  };

  const privacy = (
    <p class="hint" data-testid="outlet-lookup-privacy">
      Looking up sends this site's domain ({domain}) to Wikidata and Wikipedia, nothing else.
    </p>
  );
  const problemLine = problem && (
    <p class="outlet-problem" role="alert" data-testid="outlet-lookup-error">
      {problem}
    </p>
  );

  if (lookup.status === 'loading') {
    return (
      <p class="outlet-lookup-status" role="status" data-testid="outlet-lookup-loading">
        <span class="spinner" aria-hidden="true" />
        Looking up {domain} on Wikidata…
      </p>
    );
  }

  if (lookup.status === 'found') {
    return (
      <div class="outlet-looked-up" data-testid="outlet-looked-up">
        <p class="outlet-lookup-meta">
          Looked up on Wikidata on {formatDay(lookup.fetchedAt)}
          {lookup.stale && (
            <>
              {' '}
              · may be out of date —{' '}
              <button
                type="button"
                class="link-button"
                data-testid="outlet-lookup-refresh"
                disabled={sending}
                onClick={() => void run(true)}
              >
                {sending ? 'Refreshing…' : 'Refresh'}
              </button>
            </>
          )}
        </p>
        {lookup.refreshError && (
          <p class="hint" data-testid="outlet-lookup-refresh-error">
            Refreshing didn't work: {lookup.refreshError} Shown below is the earlier answer.
          </p>
        )}
        {problemLine}
        <OutletProfileBlock profile={lookup.profile} readerAssessments={readerAssessments} testId="outlet-lookup-profile" />
        {lookup.summary && !lookup.profile.summary && (
          <p class="outlet-summary" data-testid="outlet-summary">
            {lookup.summary} <span class="fact-source">from Wikipedia</span>
          </p>
        )}
      </div>
    );
  }

  const reader = readerAssessments.length > 0 && <OutletAssessments published={null} reader={readerAssessments} />;

  if (lookup.status === 'not-found') {
    return (
      <div data-testid="outlet-lookup-not-found">
        <p class="outlet-calm">Wikidata has no outlet with this website.</p>
        <p class="hint">
          Checked on {formatDay(lookup.fetchedAt)}.{' '}
          <button type="button" class="link-button" data-testid="outlet-lookup-again" disabled={sending} onClick={() => void run(true)}>
            {sending ? 'Looking…' : 'Look again'}
          </button>
        </p>
        {problemLine}
        {reader}
      </div>
    );
  }

  if (lookup.status === 'failed') {
    return (
      <div class="outlet-lookup-failed" data-testid="outlet-lookup-failed">
        <p class="outlet-calm">The lookup didn't finish.</p>
        <p class="hint" data-testid="outlet-lookup-failure">{lookup.error}</p>
        <button type="button" class="button outlet-button-quiet" data-testid="outlet-lookup-retry" disabled={sending} onClick={() => void run(true)}>
          {sending ? 'Trying…' : 'Try again'}
        </button>
        {problemLine}
        {reader}
      </div>
    );
  }

  return (
    <div data-testid="outlet-lookup-idle">
      <button type="button" class="button outlet-button-quiet" data-testid="outlet-lookup" disabled={sending} onClick={() => void run(false)}>
        {sending ? 'Looking up…' : 'Look up on Wikidata'}
      </button>
      {privacy}
      {problemLine}
      {reader}
    </div>
  );
}
