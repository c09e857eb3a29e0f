import { parseHTML } from 'linkedom';
import { render as mount } from 'preact';
import { render } from 'preact-render-to-string';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AnalysisLists, type AnalysisActions } from '@/components/AnalysisLists';
import { ClaimCard } from '@/components/cards/HighlightCard';
import { flaggedTitle, sourcingLabel } from '@/components/cards/labels';
import type { Analysis, Claim, ClaimSourcing } from '@/lib/analysis/types';
import type { AnalysisState } from '@/lib/messages/protocol';

const claim = (id: string, text: string, sourcing: ClaimSourcing, flagged: boolean, reasons: string[] = []): Claim => ({
  id,
  start: 0,
  end: text.length,
  text,
  score: 0.8,
  reasons: reasons.map((label) => ({ code: 'x', label })),
  sourcing,
  flagged,
});

const anonymous = claim('claim:a', 'Officials said 30 soldiers were wounded.', { kind: 'anonymous', source: 'officials' }, true, ['anonymous source (officials)', 'a number']);
const onRecord = claim('claim:b', 'Mr Obama said race relations had improved.', { kind: 'on-record', source: 'Barack Obama' }, false, ['attributed to Barack Obama']);
const linked = claim('claim:c', 'The report ranked the US last of ten countries.', { kind: 'linked', source: 'report', url: 'https://www.example.org/report' }, false);
const analysis: Analysis = { sentences: [], entities: [], claims: [anonymous], checkWorthy: [anonymous, onRecord, linked], tookMs: 3 };
const state: AnalysisState = { status: 'done', analysis, dismissed: [] };
const highlights = { site: 'example.com', enabled: true };

describe('sourcing in words', () => {
  it('says how each kind of claim is sourced, and what a flag is missing', () => {
    expect(sourcingLabel(onRecord.sourcing)).toBe('attributed to Barack Obama');
    expect(sourcingLabel(linked.sourcing)).toBe('linked: example.org');
    expect(sourcingLabel({ kind: 'named-unlinked', source: 'a report by Oxfam' })).toBe('names a report by Oxfam, not linked');
    expect(sourcingLabel({ kind: 'none' })).toBe('no source given');
    expect(flaggedTitle({ kind: 'anonymous' })).toBe('Anonymous source for this statement');
    expect(flaggedTitle({ kind: 'dead-link' })).toBe('Its link goes nowhere');
  });

  it('titles a claim card by what is missing and lists why', () => {
    const html = render(<ClaimCard claim={anonymous} dismissed={false} actions={{ onDismiss: () => undefined } as never} />);
    expect(html).toContain('Anonymous source for this statement');
    expect(html).toContain('anonymous source (officials)');
    expect(html).not.toMatch(/\bis false\b|\buntrue\b|\bfake\b/);
  });
});

describe('the panel’s claims', () => {
  let app: HTMLElement;
  let win: Window & typeof globalThis;
  const saved = { ...globalThis };
  const actions: AnalysisActions = { reveal: vi.fn(), setDismissed: vi.fn(), setHighlights: vi.fn(), retry: vi.fn() };
  const q = (testId: string) => app.querySelector(`[data-testid="${testId}"]`) as HTMLElement | null;
  const all = (testId: string) => [...app.querySelectorAll(`[data-testid="${testId}"]`)] as HTMLElement[];
  const click = (el: Element) => act(() => void el.dispatchEvent(new win.Event('click', { bubbles: true })));

  beforeEach(() => {
    const dom = parseHTML('<!doctype html><html><body><div id="app"></div></body></html>') as unknown as { document: Document; window: Window & typeof globalThis };
    win = dom.window;
    Object.assign(globalThis, { document: dom.document, window: win });
    app = dom.document.getElementById('app')!;
  });

  afterEach(async () => {
    await act(() => mount(null, app));
    for (const key of ['document', 'window'] as const) {
      if (key in saved) (globalThis as Record<string, unknown>)[key] = (saved as Record<string, unknown>)[key];
      else delete (globalThis as Record<string, unknown>)[key];
    }
  });

  it('lists the flagged claims, and on request every checkable statement with its sourcing', async () => {
    await act(() => mount(<AnalysisLists analysis={state} highlights={highlights} actions={actions} />, app));
    expect(all('claim-item').map((li) => li.dataset.claimId)).toEqual(['claim:a']);
    expect(q('check-worthy-list')).toBeNull();
    const toggle = q('show-check-worthy')!;
    expect(toggle.textContent).toBe('Show all 3 checkable statements with their sources (2 sourced)');
    await click(toggle);
    const items = all('check-worthy-item');
    expect(items.map((li) => li.dataset.sourcing)).toEqual(['anonymous', 'on-record', 'linked']);
    expect(items[1].textContent).toContain('attributed to Barack Obama');
    expect(items[2].textContent).toContain('linked: example.org');
    expect(items[0].textContent).toContain('flagged');
    // Only flagged sentences are painted in the page, so only they can be shown there.
    await click(items[0].querySelector('button')!);
    expect(actions.reveal).toHaveBeenCalledWith({ kind: 'claim', id: 'claim:a' });
    expect(items[1].querySelector('button')).toBeNull();
    expect(q('show-check-worthy')!.getAttribute('aria-expanded')).toBe('true');
  });
});
