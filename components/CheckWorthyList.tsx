// The panel's second view of claims: every check-worthy sentence of the article, flagged or not,
// with how it is sourced ("attributed to Barack Obama", "linked: bbc.co.uk", "anonymous source").
// Flagged ones are highlighted in the page and can be shown there; the others are not painted.
import { useState } from 'preact/hooks';
import type { Claim } from '@/lib/analysis/types';
import type { AnalysisActions } from './AnalysisLists';
import { sourcingLabel } from './cards/labels';

export function CheckWorthyList({ checkWorthy, actions }: { checkWorthy: Claim[]; actions: AnalysisActions }) {
  const [open, setOpen] = useState(false);
  if (checkWorthy.length === 0) return null;
  const sourced = checkWorthy.filter((c) => !c.flagged).length;
  return (
    <div class="check-worthy">
      <button type="button" class="link-button" aria-expanded={open} data-testid="show-check-worthy" onClick={() => setOpen(!open)}>
        {open ? 'Hide' : 'Show'} all {checkWorthy.length} checkable statements with their sources ({sourced} sourced)
      </button>
      {open && (
        <ol class="claims check-worthy-list" data-testid="check-worthy-list">
          {checkWorthy.map((claim) => (
            <li key={claim.id} class={`claim ${claim.flagged ? 'claim-flagged' : 'claim-sourced'}`} data-testid="check-worthy-item" data-sourcing={claim.sourcing.kind}>
              {claim.flagged ? (
                <button type="button" class="claim-text" title="Show this sentence in the page" onClick={() => actions.reveal({ kind: 'claim', id: claim.id })}>
                  {claim.text}
                </button>
              ) : (
                <p class="claim-text claim-text-plain">{claim.text}</p>
              )}
              <p class="claim-reasons">
                <span class={`sourcing sourcing-${claim.sourcing.kind}`}>{sourcingLabel(claim.sourcing)}</span>
                {claim.flagged && ' · flagged'}
              </p>
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}
