// The small card shown over a highlight in the page: what an entity is and how often the
// article names it, or why a sentence was flagged. Rendered inside Backstory's shadow root.
import type { Claim, Entity } from '@/lib/analysis/types';
import type { EntitySummary } from '@/lib/messages/protocol';
import { ENTITY_TYPE_LABEL, flaggedTitle, timesNamed, variantsOf } from './labels';

export type LookupView = { status: 'idle' } | { status: 'loading' } | EntitySummary;

export interface CardActions {
  /** Only the reader's own clicks count: a page's script can still synthesize events (a second line of defence beside the closed root). */
  onLookup: (event: MouseEvent) => void;
  onDismiss: (event: MouseEvent, dismissed: boolean) => void;
  onClose: () => void;
}

function Lookup({ lookup, onLookup }: { lookup: LookupView; onLookup: CardActions['onLookup'] }) {
  switch (lookup.status) {
    case 'idle':
      return (
        <div class="actions">
          <button type="button" class="primary" data-testid="card-lookup" onClick={onLookup}>
            Look up
          </button>
        </div>
      );
    case 'loading':
      return <p class="muted" role="status">Looking it up on Wikipedia…</p>;
    case 'found':
      return (
        <div class="summary" data-testid="card-summary">
          {lookup.description && <p class="muted">{lookup.description}</p>}
          <p>{lookup.extract}</p>
          <a href={lookup.url} target="_blank" rel="noopener noreferrer">
            Wikipedia: {lookup.title}
          </a>
        </div>
      );
    case 'ambiguous':
      return (
        <p class="summary" data-testid="card-summary">
          Wikipedia has several articles by this name.{' '}
          <a href={lookup.url} target="_blank" rel="noopener noreferrer">
            See the list
          </a>
        </p>
      );
    case 'not-found':
      return (
        <p class="muted" data-testid="card-summary">
          Wikipedia has no article by this name.
        </p>
      );
    case 'error':
      return (
        <div data-testid="card-summary">
          <p class="problem">{lookup.message}</p>
          <div class="actions">
            <button type="button" onClick={onLookup}>
              Try again
            </button>
          </div>
        </div>
      );
  }
}

export function EntityCard({ entity, lookup, actions }: { entity: Entity; lookup: LookupView; actions: CardActions }) {
  const variants = variantsOf(entity.mentions);
  return (
    <>
      <p class="kind">
        <span class={`swatch ${entity.type}`} aria-hidden="true" />
        {ENTITY_TYPE_LABEL[entity.type]}
      </p>
      <h2 class="title" tabIndex={-1} data-testid="card-title">
        {entity.name}
      </h2>
      <p class="muted" data-testid="card-mentions">
        {timesNamed(entity.mentions.length)}
        {variants.length > 1 && ` (as ${variants.join(', ')})`}
      </p>
      <Lookup lookup={lookup} onLookup={actions.onLookup} />
    </>
  );
}

export function ClaimCard({
  claim,
  dismissed,
  error,
  actions,
}: {
  claim: Claim;
  dismissed: boolean;
  error?: string;
  actions: CardActions;
}) {
  return (
    <>
      <p class="kind">
        <span class="swatch claim" aria-hidden="true" />
        Unlinked claim
      </p>
      <h2 class="title" tabIndex={-1} data-testid="card-title">
        {dismissed ? 'Flag dismissed' : flaggedTitle(claim.sourcing)}
      </h2>
      {dismissed ? (
        <p class="muted">Backstory won't mark this sentence on this page again.</p>
      ) : (
        <>
          <p class="muted">Flagged because:</p>
          <ul class="reasons" data-testid="card-reasons">
            {claim.reasons.map((r) => (
              <li key={r.code}>{r.label}</li>
            ))}
          </ul>
          <p class="muted">A missing source doesn't make a statement false; it means the reader can't check it here.</p>
        </>
      )}
      {error && <p class="problem" role="alert">{error}</p>}
      <div class="actions">
        {dismissed ? (
          <button type="button" data-testid="card-undo" onClick={(e) => actions.onDismiss(e, false)}>
            Undo
          </button>
        ) : (
          <button type="button" data-testid="card-dismiss" onClick={(e) => actions.onDismiss(e, true)}>
            Dismiss flag
          </button>
        )}
      </div>
    </>
  );
}

export function NoteCard({ body, onOpen }: { body: string; onOpen: (event: MouseEvent) => void }) {
  return (
    <>
      <p class="kind">
        <span class="swatch note" aria-hidden="true" />
        Your note
      </p>
      <h2 class="title" tabIndex={-1} data-testid="card-title">
        Note on this passage
      </h2>
      <p class="note-body" data-testid="card-note-body">
        {body.length > 600 ? `${body.slice(0, 600)}…` : body || '(no text)'}
      </p>
      <div class="actions">
        <button type="button" class="primary" data-testid="card-open-note" onClick={onOpen}>
          Open in side panel
        </button>
      </div>
    </>
  );
}
