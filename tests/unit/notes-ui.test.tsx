import { parseHTML } from 'linkedom';
import { render as mount } from 'preact';
import { render } from 'preact-render-to-string';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { splitByAnchors } from '@/components/notes/anchors';
import { DraftEditor } from '@/components/notes/DraftEditor';
import { createLatestGuard } from '@/components/notes/latest-request';
import { formatNoteTime, wasEdited } from '@/components/notes/note-date';
import { NoteItem, type NoteActions } from '@/components/notes/NoteItem';
import { NotesList } from '@/components/notes/NotesList';
import { NotesSection } from '@/components/notes/NotesSection';
import { NotesToolbar } from '@/components/notes/NotesToolbar';
import { ImportReport } from '@/components/notes/NotesTransfer';
import { addTags, splitTagInput, tagsToSave, tagSuggestions } from '@/components/notes/tags';
import { emptyListText, importReportText, rejectedLine, showingText } from '@/components/notes/wording';
import { asAnswer } from '@/lib/messages/client';
import type { NoteRow } from '@/lib/notes/schema';
import type { NotesListing } from '@/lib/messages/protocol';

const PAGE = 'https://www.globalresearch.ca/story/5608577';
const T0 = Date.UTC(2024, 2, 5, 14, 30);

function note(id: string, over: Partial<NoteRow> = {}): NoteRow {
  return {
    id,
    url: PAGE,
    pageTitle: 'As Russia Liberates Syria From ISIS',
    host: 'www.globalresearch.ca',
    selectors: [{ type: 'TextQuoteSelector', exact: `quote ${id}`, prefix: '', suffix: '' }],
    quote: `quote ${id}`,
    body: `body ${id}`,
    tags: [],
    createdAt: T0,
    updatedAt: T0,
    ...over,
  };
}

const noop: NoteActions = { reveal: () => {}, remove: () => {}, update: async () => null, filterByTag: () => {}, pickVersion: () => {} };
const listing = (notes: NoteRow[], total = notes.length, tags: NotesListing['tags'] = []): NotesListing => ({ notes, total, tags });

function list(props: Partial<Parameters<typeof NotesList>[0]> & { listing: NotesListing }) {
  return render(
    <NotesList
      scope="page"
      pageUrl={PAGE}
      canReveal
      anchors={null}
      search=""
      tag=""
      focusedId={null}
      suggestions={[]}
      actions={noop}
      onShowMore={() => {}}
      {...props}
    />,
  );
}

describe('tag field parsing', () => {
  it('turns text before a comma into tags and keeps what is still being typed', () => {
    expect(splitTagInput('sources, syria, fol')).toEqual({ complete: ['sources', 'syria'], rest: 'fol' });
    expect(splitTagInput('sources,')).toEqual({ complete: ['sources'], rest: '' });
    expect(splitTagInput('no comma yet')).toEqual({ complete: [], rest: 'no comma yet' });
    expect(splitTagInput(' , ,x')).toEqual({ complete: [], rest: 'x' });
  });
  it('adds each tag once in any case, without a leading #', () => {
    expect(addTags(['Syria'], ['syria', '#ISIS', '  follow   up '])).toEqual(['Syria', 'ISIS', 'follow up']);
  });
  it('saves what is still typed in the field as tags too', () => {
    expect(tagsToSave(['a'], 'b, c')).toEqual(['a', 'b', 'c']);
    expect(tagsToSave(['a'], '  ')).toEqual(['a']);
  });
  it('suggests known tags the note does not carry yet', () => {
    expect(tagSuggestions(['Syria', 'sources', 'ISIS'], ['syria'])).toEqual(['sources', 'ISIS']);
  });
});

describe('wording', () => {
  it('reports an import in one line', () => {
    expect(importReportText({ added: 3, skipped: 2, rejected: [{ index: 0, reason: 'x' }] }, 'en')).toBe(
      'Added 3 notes, skipped 2 already here, rejected 1.',
    );
    expect(importReportText({ added: 1, skipped: 0, rejected: [] }, 'en')).toBe('Added 1 note.');
    expect(importReportText({ added: 0, skipped: 4, rejected: [] }, 'en')).toBe('Added 0 notes, skipped 4 already here.');
    expect(importReportText({ added: 0, skipped: 0, rejected: [] }, 'en')).toBe('The file holds no notes.');
  });
  it('numbers refused items from 1', () => {
    expect(rejectedLine({ index: 4, reason: 'A note must quote a passage of the page.' }, 'en')).toBe(
      'Item 5: A note must quote a passage of the page.',
    );
  });
  it('says how many of how many are shown, only when some are not', () => {
    expect(showingText(100, 10_000, 'en')).toBe('Showing 100 of 10,000');
    expect(showingText(12, 12, 'en')).toBeNull();
  });
  it('tells an empty page from an empty search', () => {
    expect(emptyListText('page', '', '').detail).toBe('Select a passage in the article and press Note to keep a note on it.');
    expect(emptyListText('all', '', '').title).toBe('No notes yet.');
    expect(emptyListText('all', 'putin', '').title).toBe('No notes match “putin”.');
    expect(emptyListText('page', '', 'sources').title).toBe('No notes on this page are tagged “sources”.');
  });
});

describe('stale answers', () => {
  it('uses only the newest request’s answer, whatever order answers arrive in', async () => {
    const guard = createLatestGuard();
    const shown: string[] = [];
    const slow = guard.begin();
    const fast = guard.begin();
    const answer = (ticket: number, value: string, ms: number) =>
      new Promise<void>((resolve) =>
        setTimeout(() => {
          if (guard.isCurrent(ticket)) shown.push(value);
          resolve();
        }, ms),
      );
    await Promise.all([answer(slow, 'search "pu"', 20), answer(fast, 'search "putin"', 1)]);
    expect(shown).toEqual(['search "putin"']);
    guard.cancel();
    expect(guard.isCurrent(fast)).toBe(false);
  });
  it('treats anything but an Answer as no answer', () => {
    expect(asAnswer({ ok: true, value: 3 })).toEqual({ ok: true, value: 3 });
    expect(asAnswer({ ok: false, error: 'Full.' })).toEqual({ ok: false, error: 'Full.' });
    expect(asAnswer(undefined).ok).toBe(false);
    expect(asAnswer({ status: 'article' }).ok).toBe(false);
  });
});

describe('note times', () => {
  it('formats with one cached formatter and tells edits from saves', () => {
    expect(formatNoteTime(T0, 'en-GB')).toMatch(/5 March 2024/);
    expect(formatNoteTime(Number.NaN, 'en-GB')).toBe('');
    expect(wasEdited(T0, T0 + 5_000)).toBe(false);
    expect(wasEdited(T0, T0 + 3_600_000)).toBe(true);
  });
});

describe('a note in the list', () => {
  const hostile = '<img src=x onerror=alert(1)>';

  it('renders a hostile body, quote, title and tag as text', () => {
    const out = render(
      <NoteItem
        note={note('n1', { body: hostile, quote: `<script>alert(2)</script>`, pageTitle: '<b>title</b>', tags: ['<i>tag</i>'] })}
        showPage
        canReveal={false}
        focused={false}
        suggestions={[]}
        actions={noop}
      />,
    );
    expect(out).not.toContain('<img');
    expect(out).not.toContain('<script');
    expect(out).not.toContain('<b>title');
    expect(out).not.toContain('<i>tag');
    expect(out).toContain('&lt;img src=x onerror=alert(1)>');
    expect(out).toContain('&lt;script>alert(2)&lt;/script>');
  });

  it('keeps the body’s line breaks as text and links the page in the all-pages list', () => {
    const out = render(
      <NoteItem note={note('n1', { body: 'one\ntwo' })} showPage canReveal={false} focused={false} suggestions={[]} actions={noop} />,
    );
    expect(out).toContain('one\ntwo');
    expect(out).toContain('class="note-body"');
    expect(out).toMatch(/<a href="https:\/\/www\.globalresearch\.ca\/story\/5608577" target="_blank" rel="noopener noreferrer"/);
    expect(out).toContain('As Russia Liberates Syria From ISIS');
    expect(out).toContain('data-note-id="n1"');
  });

  it('never links a page address that is not a web address', () => {
    const out = render(
      <NoteItem note={note('n1', { url: 'javascript:alert(1)' })} showPage canReveal={false} focused={false} suggestions={[]} actions={noop} />,
    );
    expect(out).not.toContain('href=');
  });

  it('offers Show in page only for notes the page can show', () => {
    const item = (canReveal: boolean) =>
      render(<NoteItem note={note('n1')} showPage={false} canReveal={canReveal} focused={false} suggestions={[]} actions={noop} />);
    expect(item(true)).toContain('data-testid="note-reveal"');
    expect(item(false)).not.toContain('data-testid="note-reveal"');
    expect(item(false)).toContain('data-testid="note-edit"');
    expect(item(false)).toContain('data-testid="note-delete"');
  });

  it('clamps a long quote and offers to expand it', () => {
    const out = render(
      <NoteItem note={note('n1', { quote: 'word '.repeat(100) })} showPage={false} canReveal focused={false} suggestions={[]} actions={noop} />,
    );
    expect(out).toContain('note-quote clamped');
    expect(out).toContain('aria-expanded="false"');
  });
});

describe('the notes list', () => {
  it('lists orphans in their own group, never hiding them', () => {
    const notes = [note('a'), note('b'), note('c')];
    const out = list({ listing: listing(notes), anchors: { anchored: ['a', 'c'], orphaned: ['b'] } });
    const orphans = out.slice(out.indexOf('data-testid="note-orphans"'));
    expect(orphans).toContain('Passages not found on the page any more');
    expect(orphans).toContain('data-note-id="b"');
    expect(orphans).not.toContain('data-note-id="a"');
    // An orphan cannot be shown in the page.
    expect(orphans).not.toContain('note-reveal');
    expect(out.match(/data-testid="note-item"/g)).toHaveLength(3);
    expect(splitByAnchors(notes, null).orphans).toEqual([]);
  });

  it('has no orphan group in the all-pages list', () => {
    const out = list({ scope: 'all', listing: listing([note('a'), note('b')]), anchors: { anchored: [], orphaned: ['b'] } });
    expect(out).not.toContain('note-orphans');
    expect(out).toContain('data-testid="notes-list"');
  });

  it('says how many are shown and offers more', () => {
    const out = list({ scope: 'all', listing: listing([note('a')], 10_000) });
    expect(out).toMatch(/Showing 1 of 10,000/);
    expect(out).toContain('data-testid="notes-show-more"');
    expect(list({ listing: listing([note('a')]) })).not.toContain('notes-show-more');
  });

  it('has empty states for a page, all pages and a search', () => {
    expect(list({ listing: listing([]) })).toContain('Select a passage in the article and press Note to keep a note on it.');
    expect(list({ scope: 'all', listing: listing([]) })).toContain('No notes yet.');
    expect(list({ scope: 'all', listing: listing([]), search: '<x>' })).toContain('No notes match “&lt;x>”.');
  });

  it('marks the note the reader clicked in the page', () => {
    expect(list({ listing: listing([note('a'), note('b')]), focusedId: 'b' })).toMatch(/class="note note-focused" data-testid="note-item" data-note-id="b"/);
  });
});

describe('the draft editor', () => {
  it('quotes the passage as text above the editor', () => {
    const out = render(
      <DraftEditor
        tabId={1}
        draft={{ url: PAGE, host: 'www.globalresearch.ca', selectors: [], quote: 'A <b>bold</b> claim', createdAt: T0 }}
        suggestions={['sources', 'syria']}
        save={async () => null}
        discard={async () => null}
      />,
    );
    expect(out).toContain('A &lt;b>bold&lt;/b> claim');
    expect(out).toContain('data-testid="note-editor"');
    expect(out).toContain('data-testid="note-tags"');
    expect(out).toContain('data-testid="note-save"');
    expect(out).toMatch(/<datalist[^>]*><option value="sources"><\/option><option value="syria">/);
    // Every input has a label.
    const ids = [...out.matchAll(/<(?:textarea|input)[^>]* id="([^"]+)"/g)].map((m) => m[1]);
    expect(ids).toHaveLength(2);
    for (const id of ids) expect(out).toContain(`for="${id}"`);
  });
});

describe('the toolbar', () => {
  it('disables This page when the tab shows no article', () => {
    const out = render(
      <NotesToolbar
        scope="all"
        pageAvailable={false}
        onScope={() => {}}
        searchText=""
        onSearchText={() => {}}
        tag=""
        tags={[{ tag: 'sources', count: 1200 }]}
        onTag={() => {}}
      />,
    );
    expect(out).toMatch(/data-testid="notes-scope-page" aria-checked="false" disabled/);
    expect(out).toMatch(/data-testid="notes-scope-all" aria-checked="true"/);
    expect(out).toContain('role="radiogroup"');
    expect(out).toContain('sources (1,200)');
    expect(out).toContain('data-testid="note-search"');
  });
});

describe('the import report', () => {
  it('lists refused items with their number and reason', () => {
    const out = render(
      <ImportReport
        result={{ ok: true, fileName: 'notes.json', outcome: { added: 3, skipped: 2, rejected: [{ index: 6, reason: 'The note id is malformed.' }] } }}
      />,
    );
    expect(out).toContain('data-testid="import-report"');
    expect(out).toContain('Added 3 notes, skipped 2 already here, rejected 1.');
    expect(out).toContain('Item 7: The note id is malformed.');
  });
  it('says why a whole file was refused', () => {
    const out = render(<ImportReport result={{ ok: false, fileName: 'x.json', error: 'unknown version 9' }} />);
    expect(out).toContain('x.json was not imported. unknown version 9');
  });
});

describe('the section', () => {
  it('starts as a loading state with every control in place', () => {
    const out = render(<NotesSection tabId={1} page={{ url: PAGE }} anchors={null} />);
    expect(out).toContain('data-testid="notes-loading"');
    expect(out).toMatch(/data-testid="notes-scope-page" aria-checked="true"/);
    for (const id of ['note-search', 'note-tag-filter', 'notes-export-markdown', 'notes-export-json', 'notes-import', 'notes-status']) {
      expect(out).toContain(`data-testid="${id}"`);
    }
    expect(out).toContain('accept=".json,application/json"');
  });
  it('lists all pages when the tab shows no article', () => {
    const out = render(<NotesSection tabId={null} page={null} anchors={null} />);
    expect(out).toMatch(/data-testid="notes-scope-all" aria-checked="true"/);
  });
});

// The section mounted in a linkedom document, talking to a scripted background.
describe('the section, live', () => {
  type Message = { type: string; [key: string]: unknown };
  let doc: Document;
  let win: Window & typeof globalThis;
  let app: HTMLElement;
  let answer: (m: Message) => unknown;
  const sent: Message[] = [];
  const saved = { ...globalThis };

  const q = (testId: string) => app.querySelector(`[data-testid="${testId}"]`) as HTMLElement | null;
  const all = (testId: string) => [...app.querySelectorAll(`[data-testid="${testId}"]`)] as HTMLElement[];
  const settle = (ms = 5) => act(() => new Promise<void>((r) => setTimeout(r, ms)));
  const fire = (el: Element, type: string) => act(() => void el.dispatchEvent(new win.Event(type, { bubbles: true })));
  const click = (el: Element) => fire(el, 'click');
  async function type(el: Element, value: string) {
    (el as HTMLTextAreaElement).value = value;
    await fire(el, 'input');
  }
  const broadcast = (message: Message) => act(async () => void (await fakeBrowser.runtime.onMessage.trigger(message, {}, () => {})));

  async function show(props: Partial<Parameters<typeof NotesSection>[0]> = {}) {
    await act(() => mount(<NotesSection tabId={1} page={{ url: PAGE }} anchors={null} {...props} />, app));
    await settle();
  }

  beforeEach(() => {
    ({ document: doc, window: win } = parseHTML('<!doctype html><html><body><div id="app"></div></body></html>') as unknown as {
      document: Document;
      window: Window & typeof globalThis;
    });
    Object.assign(globalThis, {
      document: doc,
      window: win,
      CSS: { escape: (s: string) => s },
      matchMedia: () => ({ matches: true }),
    });
    (win.HTMLElement.prototype as unknown as { scrollIntoView: () => void }).scrollIntoView = vi.fn();
    app = doc.getElementById('app')!;
    sent.length = 0;
    answer = (m) => (m.type === 'panel/notes-list' ? { ok: true, value: listing([]) } : { ok: true, value: null });
    vi.spyOn(browser.runtime, 'sendMessage').mockImplementation((async (m: Message) => {
      sent.push(m);
      return answer(m);
    }) as never);
  });

  afterEach(async () => {
    await act(() => mount(null, app));
    vi.restoreAllMocks();
    for (const key of ['document', 'window', 'CSS', 'matchMedia'] as const) {
      if (key in saved) (globalThis as Record<string, unknown>)[key] = (saved as Record<string, unknown>)[key];
      else delete (globalThis as Record<string, unknown>)[key];
    }
  });

  it('keeps everything typed when a save fails, and clears it once saved', async () => {
    const draft = { url: PAGE, host: 'www.globalresearch.ca', selectors: [], quote: 'Q', createdAt: 1 };
    let refuse = true;
    answer = (m) => {
      if (m.type === 'panel/get-draft') return { ok: true, value: draft };
      if (m.type === 'panel/note-save') return refuse ? { ok: false, error: 'The browser has no storage space left.' } : { ok: true, value: note('new') };
      return m.type === 'panel/notes-list' ? { ok: true, value: listing([]) } : { ok: true, value: null };
    };
    await show();
    await type(q('note-editor')!, 'My thoughts\non this');
    await type(q('note-tags')!, 'sources, syr');
    expect(app.querySelectorAll('.tag-chip')).toHaveLength(1);
    await fire(app.querySelector('form')!, 'submit');
    await settle();
    expect(sent.find((m) => m.type === 'panel/note-save')).toEqual({
      type: 'panel/note-save',
      tabId: 1,
      body: 'My thoughts\non this',
      tags: ['sources', 'syr'],
    });
    expect(q('note-form-error')!.getAttribute('role')).toBe('alert');
    expect(q('note-form-error')!.textContent).toBe('The browser has no storage space left.');
    expect((q('note-editor') as HTMLTextAreaElement).value).toBe('My thoughts\non this');
    expect(app.querySelectorAll('.tag-chip')).toHaveLength(2);

    refuse = false;
    await fire(app.querySelector('form')!, 'submit');
    await settle();
    expect(q('note-draft')).toBeNull();
    expect(q('notes-status')!.textContent).toBe('Note saved.');
  });

  it('keeps unsaved text for a tab while the panel follows another one', async () => {
    const draft = { url: PAGE, host: 'www.globalresearch.ca', selectors: [], quote: 'Q', createdAt: 1 };
    answer = (m) =>
      m.type === 'panel/get-draft'
        ? { ok: true, value: m.tabId === 7 ? draft : null }
        : m.type === 'panel/notes-list'
          ? { ok: true, value: listing([]) }
          : { ok: true, value: null };
    await show({ tabId: 7 });
    await type(q('note-editor')!, 'half a thought');
    await show({ tabId: 8 });
    expect(q('note-editor')).toBeNull();
    await show({ tabId: 7 });
    expect((q('note-editor') as HTMLTextAreaElement).value).toBe('half a thought');
    await click(q('note-discard')!);
    await settle();
    expect(sent.at(-1)).toEqual({ type: 'panel/discard-draft', tabId: 7 });
  });

  it('uses the newest listing when an older answer arrives late', async () => {
    const late: ((v: unknown) => void)[] = [];
    let calls = 0;
    answer = (m) => {
      if (m.type !== 'panel/notes-list') return { ok: true, value: null };
      calls++;
      if (calls === 1) return new Promise((resolve) => late.push(resolve));
      return { ok: true, value: listing([note('fresh')]) };
    };
    await show();
    await broadcast({ type: 'notes/changed' });
    await settle(60); // the change settles, the new query is sent
    await settle(); // and answered
    expect(all('note-item').map((el) => el.getAttribute('data-note-id'))).toEqual(['fresh']);
    late[0]({ ok: true, value: listing([note('stale')]) });
    await settle();
    expect(all('note-item').map((el) => el.getAttribute('data-note-id'))).toEqual(['fresh']);
  });

  it('removes a deleted note at once and restores it on Undo', async () => {
    const row = note('gone', { body: 'kept for undo' });
    answer = (m) => {
      if (m.type === 'panel/notes-list') return { ok: true, value: listing([row, note('stays')]) };
      if (m.type === 'panel/note-delete' || m.type === 'panel/note-restore') return { ok: true, value: row };
      return { ok: true, value: null };
    };
    await show();
    await click(all('note-delete')[0]);
    await settle();
    expect(all('note-item').map((el) => el.getAttribute('data-note-id'))).toEqual(['stays']);
    expect(q('notes-status')!.textContent).toContain('Note deleted.');
    await click(q('note-undo')!);
    await settle();
    expect(sent.find((m) => m.type === 'panel/note-restore')).toEqual({ type: 'panel/note-restore', note: row });
    expect(all('note-item').map((el) => el.getAttribute('data-note-id'))).toEqual(['gone', 'stays']);
    expect(q('notes-status')!.textContent).toBe('Note restored.');
  });

  it('queries the chosen scope and shows the note the reader clicked in the page', async () => {
    answer = (m) =>
      m.type === 'panel/notes-list'
        ? { ok: true, value: listing([note('a'), note('b')], 2, [{ tag: 'sources', count: 2 }]) }
        : { ok: true, value: true };
    await show();
    await click(q('notes-scope-all')!);
    await settle();
    expect(sent.filter((m) => m.type === 'panel/notes-list').at(-1)).toMatchObject({ scope: { kind: 'all' }, limit: 100 });
    await broadcast({ type: 'note/focus', tabId: 1, id: 'b' });
    await settle();
    expect(sent.filter((m) => m.type === 'panel/notes-list').at(-1)).toMatchObject({ scope: { kind: 'page', url: PAGE } });
    expect(q('notes-scope-page')!.getAttribute('aria-checked')).toBe('true');
    expect(app.querySelector('[data-note-id="b"]')!.className).toContain('note-focused');
    await broadcast({ type: 'note/focus', tabId: 2, id: 'a' });
    expect(app.querySelector('[data-note-id="a"]')!.className).not.toContain('note-focused');
    await click(all('note-reveal')[0]);
    await settle();
    expect(sent.at(-1)).toEqual({ type: 'panel/reveal-note', tabId: 1, id: 'a' });
  });

  it('shows an error with Try again when the notes cannot be listed', async () => {
    let fail = true;
    answer = () => (fail ? { ok: false, error: 'The database is busy.' } : { ok: true, value: listing([note('a')]) });
    await show();
    expect(q('notes-error')!.textContent).toContain('The database is busy.');
    fail = false;
    await click(q('notes-retry')!);
    await settle();
    expect(q('notes-error')).toBeNull();
    expect(all('note-item')).toHaveLength(1);
  });
});
