// The side panel's Notes section: the draft editor when the reader selected a passage, then
// this page's (or every page's) notes with search, tag filter, edit, delete with undo, export
// and import. Its state lives in use-notes-panel.ts; it talks to the background through notes-api.ts.
import { SyncProblemLine } from '../sync/SyncProblemLine';
import type { JSX } from 'preact';
import { useRef } from 'preact/hooks';
import { StatusNote } from '../StatusNote';
import { DraftEditor } from './DraftEditor';
import { NotesList } from './NotesList';
import { NotesToolbar } from './NotesToolbar';
import { NotesTransfer } from './NotesTransfer';
import { importFromFile } from './transfer';
import { useNotesPanel } from './use-notes-panel';
import './notes.css';

export interface NotesSectionProps {
  tabId: number | null;
  /** The followed tab's article page, when it is one: its page key and title. */
  page: { url: string; title?: string } | null;
  /** Which of this page's notes the page placed / could not place (null: not known yet). */
  anchors: { anchored: string[]; orphaned: string[] } | null;
}

export function NotesSection({ tabId, page, anchors }: NotesSectionProps): JSX.Element {
  const root = useRef<HTMLElement>(null);
  const {
    scope,
    pageUrl,
    searchText,
    setSearchText,
    search,
    tag,
    setTag,
    showMore,
    view,
    reload,
    listing,
    suggestions,
    draft,
    status,
    problem,
    setProblem,
    undo,
    undoButton,
    focus,
    actions,
    restore,
    saveDraft,
    discardDraft,
    exportNotes,
    chooseScope,
  } = useNotesPanel({ tabId, page, root });

  // --- render -------------------------------------------------------------------------------
  let body: JSX.Element;
  if (view.error) {
    body = (
      <StatusNote tone="problem" title="Backstory couldn't load your notes." testId="notes-error">
        <p>{view.error}</p>
        <button type="button" class="button" data-testid="notes-retry" onClick={reload}>
          Try again
        </button>
      </StatusNote>
    );
  } else if (!listing) {
    body = <StatusNote tone="busy" title="Loading notes…" testId="notes-loading" />;
  } else {
    body = (
      <div class="notes-results" aria-busy={view.loading}>
        <NotesList
          listing={listing}
          scope={scope.kind}
          pageUrl={pageUrl}
          canReveal={tabId !== null}
          anchors={anchors}
          search={search}
          tag={tag}
          focusedId={focus?.id ?? null}
          suggestions={suggestions}
          actions={actions}
          onShowMore={showMore}
        />
      </div>
    );
  }

  return (
    <section class="notes-section" data-testid="notes-section" ref={root}>
      <SyncProblemLine />
      {draft.error && (
        <p class="action-problem" role="alert" data-testid="note-draft-problem">
          Couldn't load the passage you selected. {draft.error}{' '}
          <button type="button" class="link-button" onClick={draft.reload}>
            Try again
          </button>
        </p>
      )}
      {draft.draft && tabId !== null && (
        <DraftEditor
          key={tabId}
          tabId={tabId}
          draft={draft.draft}
          suggestions={suggestions}
          save={saveDraft}
          discard={discardDraft}
        />
      )}
      <NotesToolbar
        scope={scope.kind}
        pageAvailable={page !== null}
        onScope={chooseScope}
        searchText={searchText}
        onSearchText={setSearchText}
        tag={tag}
        tags={view.listing?.tags ?? []}
        onTag={setTag}
      />
      <div class="notes-live" role="status" aria-live="polite" data-testid="notes-status">
        {status && <span>{status}</span>}
        {undo && (
          <span class="undo-bar">
            Note deleted.{' '}
            <button type="button" class="link-button" data-testid="note-undo" ref={undoButton} onClick={restore}>
              Undo
            </button>
          </span>
        )}
      </div>
      {problem && (
        <p class="action-problem" role="alert" data-testid="notes-problem">
          {problem}{' '}
          <button type="button" class="link-button" aria-label="Dismiss this message" onClick={() => setProblem(null)}>
            Dismiss
          </button>
        </p>
      )}
      {body}
      <NotesTransfer
        exportNotes={exportNotes}
        importFile={importFromFile}
        scopeLabel={scope.kind === 'page' ? "this page's notes" : 'all your notes'}
      />
    </section>
  );
}
