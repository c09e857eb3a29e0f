// The Notes section's state, apart from how it looks: which notes to list (scope, search,
// tag, how many), the draft, the reader's feedback (status, problem, undo), the note the reader
// clicked in the page, and the actions on notes. NotesSection.tsx only renders what this holds.
import { useCallback, useEffect, useMemo, useRef, useState, type MutableRef } from 'preact/hooks';
import type { NotesScope } from '@/lib/messages/protocol';
import type { NoteRow } from '@/lib/notes/schema';
import { useBroadcast } from '../use-broadcast';
import { useTimer } from '../use-timer';
import type { NoteActions } from './NoteItem';
import type { ScopeKind } from './NotesToolbar';
import { notesApi } from './notes-api';
import { keepStorageQuietly } from '../storage/storage-probe';
import { exportToFile } from './transfer';
import { useDraft } from './use-draft';
import { useNotes } from './use-notes';

export const PAGE_SIZE = 100;
const SEARCH_DELAY_MS = 150;
const UNDO_MS = 10_000;
const ANNOUNCE_MS = 6_000;
const FOCUS_MARK_MS = 2_500;

export interface NotesPanelInput {
  tabId: number | null;
  /** The followed tab's article page, when it is one: its page key and title. */
  page: { url: string; title?: string } | null;
  /** The section's element, to find and scroll to a note the reader clicked in the page. */
  root: MutableRef<HTMLElement | null>;
}

export function useNotesPanel({ tabId, page, root }: NotesPanelInput) {
  // --- what to list -------------------------------------------------------------------------
  // The reader's choice of scope; until they choose, an article tab shows its own notes.
  const [scopeChoice, setScopeChoice] = useState<ScopeKind | null>(null);
  const scopeKind: ScopeKind = page && scopeChoice !== 'all' ? 'page' : 'all';
  const pageUrl = page?.url ?? null;
  const scope: NotesScope = scopeKind === 'page' && pageUrl ? { kind: 'page', url: pageUrl } : { kind: 'all' };
  const [searchText, setSearchText] = useState('');
  const [search, setSearch] = useState('');
  const [tag, setTag] = useState('');
  useEffect(() => {
    const t = setTimeout(() => setSearch(searchText.trim()), SEARCH_DELAY_MS);
    return () => clearTimeout(t);
  }, [searchText]);
  // "Show more" belongs to one query: a new scope, search or tag starts again at one page.
  const queryKey = `${scope.kind === 'page' ? scope.url : 'all'}\n${search}\n${tag}`;
  const [more, setMore] = useState({ key: queryKey, limit: PAGE_SIZE });
  const limit = more.key === queryKey ? more.limit : PAGE_SIZE;
  const showMore = useCallback(() => setMore({ key: queryKey, limit: limit + PAGE_SIZE }), [queryKey, limit]);

  const { view, reload, replace } = useNotes({ scope, search, tag, limit });
  const draft = useDraft(tabId);

  // --- feedback -----------------------------------------------------------------------------
  const [status, setStatus] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [undo, setUndo] = useState<NoteRow | null>(null);
  const undoButton = useRef<HTMLButtonElement>(null);
  const statusTimer = useTimer();
  const undoTimer = useTimer();
  const announce = useCallback(
    (message: string) => {
      setStatus(message);
      statusTimer(ANNOUNCE_MS, () => setStatus(''));
    },
    [statusTimer],
  );

  // Deleted notes leave the list at once, before the re-query confirms it.
  const [removed, setRemoved] = useState<ReadonlySet<string>>(new Set());
  const markRemoved = (id: string, gone: boolean) =>
    setRemoved((prev) => {
      const next = new Set(prev);
      if (gone) next.add(id);
      else next.delete(id);
      return next;
    });

  const listing = useMemo(() => {
    const l = view.listing;
    if (!l || removed.size === 0) return l;
    const notes = l.notes.filter((n) => !removed.has(n.id));
    return { ...l, notes, total: Math.max(notes.length, l.total - (l.notes.length - notes.length)) };
  }, [view.listing, removed]);

  // Tags seen this session, so the editor suggests tags from other pages too.
  const knownTags = useRef(new Map<string, string>());
  const suggestions = useMemo(() => {
    for (const { tag: t } of view.listing?.tags ?? []) {
      if (!knownTags.current.has(t.toLowerCase())) knownTags.current.set(t.toLowerCase(), t);
    }
    return [...knownTags.current.values()];
  }, [view.listing]);

  // --- the reader clicked a note's highlight in the page -------------------------------------
  const [focus, setFocus] = useState<{ id: string; at: number } | null>(null);
  const scrolledFor = useRef(0);
  const focusTimer = useTimer();
  useBroadcast((message) => {
    if (message.type !== 'note/focus' || message.tabId !== tabId) return;
    setScopeChoice('page');
    setSearchText('');
    setSearch('');
    setTag('');
    setFocus({ id: message.id, at: Date.now() });
  });
  useEffect(() => {
    // Wait for the answer to the query the focus started (this page, no filters).
    if (!focus || !listing || view.loading || scrolledFor.current === focus.at) return;
    const found = root.current?.querySelector(`[data-note-id="${CSS.escape(focus.id)}"]`);
    if (found) {
      scrolledFor.current = focus.at;
      const still = matchMedia('(prefers-reduced-motion: reduce)').matches;
      found.scrollIntoView({ block: 'center', behavior: still ? 'auto' : 'smooth' });
      focusTimer(FOCUS_MARK_MS, () => setFocus(null));
    } else if (listing.notes.length < listing.total) {
      showMore();
    } else {
      setFocus(null); // not among this page's notes (deleted meanwhile, say)
    }
  }, [focus, listing, view.loading, showMore, focusTimer]);

  useEffect(() => {
    if (undo) undoButton.current?.focus();
  }, [undo]);

  // --- actions ------------------------------------------------------------------------------
  const actions: NoteActions = {
    reveal: (id) => {
      if (tabId === null) return;
      void notesApi.reveal(tabId, id).then((answer) => {
        if (!answer.ok) setProblem(`Couldn't show that note in the page. ${answer.error}`);
        else if (!answer.value) setProblem("That passage couldn't be found in the page. The page may have changed since the note was written.");
        else setProblem(null);
      });
    },
    remove: (note) => {
      markRemoved(note.id, true);
      setProblem(null);
      void notesApi.remove(note.id).then((answer) => {
        if (!answer.ok) {
          markRemoved(note.id, false);
          setProblem(`The note was not deleted. ${answer.error}`);
          return;
        }
        setStatus('');
        setUndo(answer.value);
        undoTimer(UNDO_MS, () => setUndo(null));
      });
    },
    update: async (id, body, tags) => {
      const answer = await notesApi.update(id, body, tags);
      if (!answer.ok) return answer.error;
      replace(answer.value);
      announce('Note saved.');
      return null;
    },
    filterByTag: (t) => setTag(t),
    pickVersion: (id, index) => {
      void notesApi.pickVersion(id, index).then((answer) => {
        if (!answer.ok) {
          setProblem(`The note was not changed. ${answer.error}`);
          return;
        }
        replace(answer.value);
        announce(index === null ? 'Kept the note as it was.' : 'The note now has the version you chose.');
      });
    },
  };

  const restore = () => {
    if (!undo) return;
    const row = undo;
    setUndo(null);
    void notesApi.restore(row).then((answer) => {
      if (!answer.ok) {
        setProblem(`The note could not be restored. ${answer.error}`);
        return;
      }
      markRemoved(row.id, false);
      announce('Note restored.');
    });
  };

  const saveDraft = async (body: string, tags: string[]) => {
    if (tabId === null) return 'There is no tab to note. Select a passage in the page and press Note again.';
    const answer = await notesApi.create(tabId, body, tags);
    if (!answer.ok) return answer.error;
    draft.clear();
    announce('Note saved.');
    // The reader now has something to lose: ask the browser (once, quietly) to keep it.
    void keepStorageQuietly();
    return null;
  };

  const discardDraft = async () => {
    if (tabId === null) {
      draft.clear();
      return null;
    }
    const answer = await notesApi.discardDraft(tabId);
    if (!answer.ok) return answer.error;
    draft.clear();
    announce('Draft discarded.');
    return null;
  };

  const exportNotes = async (format: 'markdown' | 'annotations') => {
    const result = await exportToFile(format, scope);
    if (!result.ok) return result.error;
    announce(`Exported ${result.fileName}.`);
    return null;
  };

  const chooseScope = (kind: ScopeKind) => {
    setScopeChoice(kind);
    setFocus(null);
  };

  return {
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
  };
}
