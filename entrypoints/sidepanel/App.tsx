// The side panel: the followed tab's Outlet, Page and Notes sections.
import { useMemo, useState } from 'preact/hooks';
import { AnalysisLists, type AnalysisActions } from '@/components/AnalysisLists';
import { DetectionDetails } from '@/components/DetectionDetails';
import { NotesSection } from '@/components/notes/NotesSection';
import { OutletSection } from '@/components/outlet/OutletSection';
import { PageMetadata } from '@/components/PageMetadata';
import { StatusNote } from '@/components/StatusNote';
import { askBackground } from '@/lib/messages/client';
import type { TabState } from '@/lib/messages/protocol';
import type { Answer } from '@/lib/messages/requests';
import { useFollowedTab } from './use-followed-tab';
import { useTabState, type PanelView } from './use-tab-state';

/** The background's error message for a request about the page, or null when it went through. */
const problemOf = (answer: Answer<unknown>): string | null => (answer.ok ? null : answer.error);

function ArticleView({ state, refresh }: { state: Extract<TabState, { status: 'article' }>; refresh: () => void }) {
  const [problem, setProblem] = useState<string | null>(null);
  const report = (what: string) => (error: string | null) => setProblem(error ? `${what} (${error}).` : null);
  const { tabId } = state;
  const actions: AnalysisActions = {
    reveal: (target) =>
      void askBackground('panel/reveal', { tabId, target }).then(problemOf).then(report("Couldn't show that in the page")),
    setDismissed: (key, dismissed) =>
      void askBackground('panel/set-dismissed', { tabId, key, dismissed }).then(problemOf).then(report("Couldn't save that")),
    setHighlights: (enabled) =>
      void askBackground('panel/set-site-highlights', { tabId, enabled })
        .then(problemOf)
        .then(report("Couldn't change the highlights")),
    retry: refresh,
  };
  return (
    <>
      <PageMetadata snapshot={state.snapshot} visits={state.visits} />
      {problem && (
        <p class="action-problem" role="alert" data-testid="action-problem">
          {problem} Try again.
        </p>
      )}
      <AnalysisLists analysis={state.analysis} highlights={state.highlights} actions={actions} />
    </>
  );
}

function PageState({ state, refresh }: { state: TabState; refresh: () => void }) {
  switch (state.status) {
    case 'article':
      return <ArticleView state={state} refresh={refresh} />;
    case 'pending':
      return <StatusNote tone="busy" title="Reading the page…" testId="state-pending" />;
    case 'failed':
      return (
        <StatusNote tone="problem" title="Backstory couldn't read this article." testId="state-failed">
          <p>{state.error}. Reloading the page usually helps.</p>
          <button type="button" class="button" onClick={refresh}>
            Try again
          </button>
        </StatusNote>
      );
    case 'not-article':
      return (
        <StatusNote title="This page doesn't look like an article." testId="state-not-article">
          <p>
            Backstory stays out of the way on home pages, search results, shops, forums and web apps. If this is an
            article, it may still be loading.
          </p>
          <button type="button" class="button" onClick={refresh}>
            Check again
          </button>
          <DetectionDetails detection={state.detection} />
        </StatusNote>
      );
    case 'unavailable':
      if (state.reason === 'no-script') {
        return (
          <StatusNote title="Backstory isn't running on this page yet." testId="state-no-script">
            <p>The page was opened before Backstory was installed or updated. Reload it to start.</p>
            <button type="button" class="button" onClick={() => void browser.tabs.reload(state.tabId)}>
              Reload page
            </button>
          </StatusNote>
        );
      }
      if (state.reason === 'no-tab') {
        return <StatusNote title="That tab is closed." testId="state-no-tab" />;
      }
      return (
        <StatusNote title="Backstory can't read this page." testId="state-restricted">
          <p>Browsers don't let extensions read their own pages, settings or add-on stores.</p>
        </StatusNote>
      );
  }
}

function PanelBody({ view, refresh }: { view: PanelView; refresh: () => void }) {
  if (view.kind === 'loading') return <StatusNote tone="busy" title="Loading…" testId="state-loading" />;
  if (view.kind === 'error') {
    return (
      <StatusNote tone="problem" title="Backstory couldn't get this page's details." testId="state-error">
        <p>{view.message}. This usually passes; try again.</p>
        <button type="button" class="button" onClick={refresh}>
          Try again
        </button>
      </StatusNote>
    );
  }
  return <PageState state={view.state} refresh={refresh} />;
}

export function App() {
  const followed = useFollowedTab();
  const { view, refresh } = useTabState(followed.tabId);
  const article = view.kind === 'state' && view.state.status === 'article' ? view.state : null;
  // Notes are keyed by the page key the background computed for the tab.
  const pageUrl = article?.pageKey ?? null;
  const page = useMemo(
    () => (pageUrl ? { url: pageUrl, title: article?.snapshot.meta.title } : null),
    [pageUrl, article?.snapshot.meta.title],
  );
  const popOut = () => {
    if (followed.tabId === null) return;
    void browser.tabs.create({ url: browser.runtime.getURL(`/sidepanel.html?tab=${followed.tabId}`) });
  };
  return (
    <div class="panel">
      <header class="panel-header">
        <h1 class="brand">Backstory</h1>
        {followed.kind === 'active' && followed.tabId !== null && (
          <button type="button" class="icon-button" onClick={popOut} title="Open in a tab" aria-label="Open in a tab">
            ⧉
          </button>
        )}
      </header>
      <main>
        {article && (
          <section aria-labelledby="outlet-heading">
            <h2 class="section-heading" id="outlet-heading">
              Outlet
            </h2>
            <OutletSection tabId={article.tabId} outlet={article.outlet} site={article.snapshot.site} />
          </section>
        )}
        <section aria-labelledby="page-heading">
          <h2 class="section-heading" id="page-heading">
            Page
          </h2>
          {followed.tabId === null ? (
            <StatusNote tone="busy" title="Finding the current tab…" testId="state-no-tab-yet" />
          ) : (
            <PanelBody view={view} refresh={refresh} />
          )}
        </section>
        {/* Outside the page's states: "All pages" works on any tab, and reloading the tab's
            state does not rebuild the notes the reader is working on. */}
        <section aria-labelledby="notes-heading">
          <h2 class="section-heading" id="notes-heading">
            Notes
          </h2>
          <NotesSection tabId={followed.tabId} page={page} anchors={article?.noteAnchors ?? null} />
        </section>
      </main>
    </div>
  );
}
