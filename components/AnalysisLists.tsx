// The Page section's lists: who and what the article names, grouped by type with counts, and
// its unlinked claims in reading order (then, on request, every checkable statement with its
// sourcing). Clicking an item takes the page to it.
import { useState } from 'preact/hooks';
import type { Claim, Entity, EntityType } from '@/lib/analysis/types';
import type { AnalysisState, RevealTarget, SiteHighlights } from '@/lib/messages/protocol';
import { ENTITY_TYPE_PLURAL } from './cards/labels';
import { formatLanguage } from './format';
import { StatusNote } from './StatusNote';
import { CheckWorthyList } from './CheckWorthyList';

export interface AnalysisActions {
  reveal: (target: RevealTarget) => void;
  setDismissed: (key: string, dismissed: boolean) => void;
  setHighlights: (enabled: boolean) => void;
  retry: () => void;
}

const TYPES: EntityType[] = ['person', 'organization', 'place'];

function byMentions(a: Entity, b: Entity): number {
  return b.mentions.length - a.mentions.length || a.name.localeCompare(b.name);
}

function EntityGroups({ entities, reveal }: { entities: Entity[]; reveal: AnalysisActions['reveal'] }) {
  if (entities.length === 0) {
    return <p class="empty" data-testid="entities-empty">No people, organizations or places are named in this article.</p>;
  }
  return (
    <div class="entity-groups">
      {TYPES.map((type) => {
        const group = entities.filter((e) => e.type === type).sort(byMentions);
        if (group.length === 0) return null;
        return (
          <div class={`entity-group entity-${type}`} key={type} data-testid={`entities-${type}`}>
            <h4 class="group-heading">
              <span class={`swatch swatch-${type}`} aria-hidden="true" />
              {ENTITY_TYPE_PLURAL[type]} <span class="count">({group.length})</span>
            </h4>
            <ul class="chips">
              {group.map((entity) => (
                <li key={entity.id}>
                  <button
                    type="button"
                    class="chip"
                    data-testid="entity-item"
                    data-entity-id={entity.id}
                    title={`Show “${entity.name}” in the page`}
                    onClick={() => reveal({ kind: 'entity', id: entity.id })}
                  >
                    {entity.name}
                    <span class="chip-count" aria-label={`named ${entity.mentions.length} times`}>
                      {entity.mentions.length}
                    </span>
                  </button>
                </li>
              ))}
            </ul>
          </div>
        );
      })}
    </div>
  );
}

function ClaimItem({ claim, dismissed, actions }: { claim: Claim; dismissed: boolean; actions: AnalysisActions }) {
  return (
    <li class={`claim${dismissed ? ' claim-dismissed' : ''}`} data-testid="claim-item" data-claim-id={claim.id}>
      <button
        type="button"
        class="claim-text"
        disabled={dismissed}
        title={dismissed ? undefined : 'Show this sentence in the page'}
        onClick={() => actions.reveal({ kind: 'claim', id: claim.id })}
      >
        {claim.text}
      </button>
      <p class="claim-reasons">{claim.reasons.map((r) => r.label).join(' · ')}</p>
      <button
        type="button"
        class="link-button"
        data-testid={dismissed ? 'claim-restore' : 'claim-dismiss'}
        onClick={() => actions.setDismissed(claim.id, !dismissed)}
      >
        {dismissed ? 'Flag it again' : 'Dismiss flag'}
      </button>
    </li>
  );
}

function Claims({ claims, dismissed, actions }: { claims: Claim[]; dismissed: string[]; actions: AnalysisActions }) {
  const [showDismissed, setShowDismissed] = useState(false);
  const gone = new Set(dismissed);
  const open = claims.filter((c) => !gone.has(c.id));
  const closed = claims.filter((c) => gone.has(c.id));
  return (
    <>
      {open.length === 0 ? (
        <p class="empty" data-testid="claims-empty">
          {closed.length > 0
            ? 'You dismissed every flag on this page.'
            : 'No unlinked claims: the checkable statements here carry source links, or there are none.'}
        </p>
      ) : (
        <ol class="claims" data-testid="claims-list">
          {open.map((claim) => (
            <ClaimItem key={claim.id} claim={claim} dismissed={false} actions={actions} />
          ))}
        </ol>
      )}
      {closed.length > 0 && (
        <div class="dismissed">
          <button
            type="button"
            class="link-button"
            aria-expanded={showDismissed}
            data-testid="show-dismissed"
            onClick={() => setShowDismissed(!showDismissed)}
          >
            {showDismissed ? 'Hide' : 'Show'} {closed.length} dismissed
          </button>
          {showDismissed && (
            <ol class="claims">
              {closed.map((claim) => (
                <ClaimItem key={claim.id} claim={claim} dismissed actions={actions} />
              ))}
            </ol>
          )}
        </div>
      )}
    </>
  );
}

function HighlightsSwitch({ highlights, onChange }: { highlights: SiteHighlights; onChange: (on: boolean) => void }) {
  return (
    <label class="switch">
      <input
        type="checkbox"
        role="switch"
        data-testid="site-highlights-toggle"
        checked={highlights.enabled}
        onChange={(e) => onChange(e.currentTarget.checked)}
      />
      <span>
        Highlights on <strong>{highlights.site}</strong>
      </span>
    </label>
  );
}

export function AnalysisLists({
  analysis,
  highlights,
  actions,
}: {
  analysis: AnalysisState;
  highlights: SiteHighlights;
  actions: AnalysisActions;
}) {
  let entities: preact.ComponentChildren;
  let claims: preact.ComponentChildren;
  let allClaims: preact.ComponentChildren = null;
  let claimCount = '';
  switch (analysis.status) {
    case 'pending':
      return <StatusNote tone="busy" title="Finding names and claims…" testId="analysis-pending" />;
    case 'unsupported':
      return (
        <StatusNote title="Names and claims are found in English articles only." testId="analysis-unsupported">
          <p>This page says it is in {formatLanguage(analysis.lang) ?? analysis.lang}.</p>
        </StatusNote>
      );
    case 'failed':
      return (
        <StatusNote tone="problem" title="Backstory couldn't read the names and claims." testId="analysis-failed">
          <p>{analysis.error}. Checking the page again usually helps.</p>
          <button type="button" class="button" onClick={actions.retry}>
            Check again
          </button>
        </StatusNote>
      );
    case 'done': {
      const { entities: list, claims: found } = analysis.analysis;
      entities = <EntityGroups entities={list} reveal={actions.reveal} />;
      claims = <Claims claims={found} dismissed={analysis.dismissed} actions={actions} />;
      allClaims = <CheckWorthyList checkWorthy={analysis.analysis.checkWorthy ?? []} actions={actions} />;
      const open = found.filter((c) => !analysis.dismissed.includes(c.id)).length;
      claimCount = ` (${open})`;
    }
  }
  return (
    <div class="analysis" data-testid="analysis">
      <HighlightsSwitch highlights={highlights} onChange={actions.setHighlights} />
      <h3 class="subheading">Named in this article</h3>
      {entities}
      <h3 class="subheading">Unlinked claims{claimCount}</h3>
      <p class="hint">Checkable statements whose source you can't follow from the article: none, an anonymous or vague one, a report it does not link, or a link that goes nowhere. A flag says what is missing, not that the statement is false.</p>
      {claims}
      {allClaims}
    </div>
  );
}
