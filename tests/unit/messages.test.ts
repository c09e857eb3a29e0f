import { describe, expect, it } from 'vitest';
import {
  isContentScript,
  isExtensionPage,
  parseBroadcast,
  parseContentRequest,
  parsePanelRequest,
} from '@/lib/messages/boundary';
import type { ArticleSnapshot } from '@/lib/page/types';

const ID = 'abcdefghijklmnop';
const ORIGIN = `chrome-extension://${ID}/`;

const snapshot: ArticleSnapshot = {
  url: 'https://www.example.com/story',
  detection: { isArticle: true, score: 7, reasons: [{ signal: 'og-type-article', weight: 2 }] },
  meta: { title: 'A story', authors: ['Ann Author'], siteName: 'Example', sources: { title: 'og:title' } },
  text: 'One paragraph.',
  blocks: [{ start: 0, end: 14, kind: 'paragraph' }],
  links: [{ start: 0, end: 3, text: 'One', href: '#', verdict: 'dead', why: 'fragment only (#)' }],
  wordCount: 2,
  takenAt: 1,
};

describe('message boundary', () => {
  it('accepts a well-formed article report', () => {
    const parsed = parseContentRequest({ type: 'content/report', report: { status: 'article', snapshot } });
    expect(parsed.ok).toBe(true);
  });

  it('refuses malformed and oversized reports, saying where', () => {
    const bad = parseContentRequest({ type: 'content/report', report: { status: 'article', snapshot: { ...snapshot, wordCount: -1 } } });
    expect(bad).toMatchObject({ ok: false });
    if (!bad.ok) expect(bad.error).toContain('wordCount');
    const huge = parseContentRequest({
      type: 'content/report',
      report: { status: 'article', snapshot: { ...snapshot, text: 'x'.repeat(2_000_001) } },
    });
    expect(huge.ok).toBe(false);
    expect(parseContentRequest({ type: 'content/report', report: { status: 'article' } }).ok).toBe(false);
    expect(parseContentRequest('hello').ok).toBe(false);
    expect(parseContentRequest(null).ok).toBe(false);
  });

  it('does not let a content script send panel requests', () => {
    // A panel-only request is a different schema: a content message cannot be one.
    expect(parseContentRequest({ type: 'panel/get-tab-state', tabId: 1 }).ok).toBe(false);
    expect(parsePanelRequest({ type: 'panel/get-tab-state', tabId: 1 }).ok).toBe(true);
    expect(parsePanelRequest({ type: 'panel/get-tab-state', tabId: 1.5 }).ok).toBe(false);
    expect(parseBroadcast({ type: 'tab-state/changed', tabId: 3 }).ok).toBe(true);
  });

  it('tells extension pages from content scripts by sender', () => {
    const page = { id: ID, url: 'https://evil.example/', tab: { id: 4 } };
    const panel = { id: ID, url: `${ORIGIN}sidepanel.html` };
    const panelAsTab = { id: ID, url: `${ORIGIN}sidepanel.html?tab=4`, tab: { id: 9 } };
    const otherExtension = { id: 'zzzz', url: 'chrome-extension://zzzz/x.html' };
    expect(isContentScript(page, ID, ORIGIN)).toBe(true);
    expect(isExtensionPage(page, ID, ORIGIN)).toBe(false);
    expect(isExtensionPage(panel, ID, ORIGIN)).toBe(true);
    expect(isExtensionPage(panelAsTab, ID, ORIGIN)).toBe(true);
    expect(isContentScript(panelAsTab, ID, ORIGIN)).toBe(false);
    expect(isExtensionPage(otherExtension, ID, ORIGIN)).toBe(false);
    expect(isContentScript(otherExtension, ID, ORIGIN)).toBe(false);
  });

  it('never lets a page-driven content script read or change notes, lists or outlet notes', () => {
    for (const message of [
      { type: 'panel/notes-list', scope: { kind: 'all' }, limit: 10 },
      { type: 'panel/note-save', tabId: 1, body: 'x', tags: [] },
      { type: 'panel/note-delete', id: 'a' },
      { type: 'panel/notes-export', format: 'annotations', scope: { kind: 'all' } },
      { type: 'panel/notes-import', text: '[]' },
      { type: 'panel/outlet-note', domain: 'example.com', body: 'x' },
      { type: 'panel/reader-list-import', text: 'domain,rating' },
    ]) {
      expect(parsePanelRequest(message).ok).toBe(true);
      expect(parseContentRequest(message).ok).toBe(false);
    }
  });

  it('accepts a note draft only with a quote and well-formed selectors', () => {
    const selectors = [
      { type: 'TextQuoteSelector', exact: 'passage', prefix: 'a ', suffix: ' b' },
      { type: 'TextPositionSelector', start: 10, end: 17 },
    ];
    expect(parseContentRequest({ type: 'content/note-draft', selectors, quote: 'passage' }).ok).toBe(true);
    expect(parseContentRequest({ type: 'content/note-draft', selectors: [], quote: 'passage' }).ok).toBe(false);
    expect(parseContentRequest({ type: 'content/note-draft', selectors, quote: '' }).ok).toBe(false);
    const badPosition = [{ type: 'TextPositionSelector', start: -1, end: 3 }];
    expect(parseContentRequest({ type: 'content/note-draft', selectors: badPosition, quote: 'x' }).ok).toBe(false);
  });

  it('refuses flag keys that are not analysis ids', () => {
    expect(parseContentRequest({ type: 'content/set-dismissed', key: 'claim:3f9a1c2b', dismissed: true }).ok).toBe(true);
    expect(parseContentRequest({ type: 'content/set-dismissed', key: 'person:josé-martí', dismissed: true }).ok).toBe(true);
    expect(parseContentRequest({ type: 'content/set-dismissed', key: '<img src=x>', dismissed: true }).ok).toBe(false);
    expect(parseContentRequest({ type: 'content/set-dismissed', key: 'x'.repeat(201), dismissed: true }).ok).toBe(false);
    expect(parsePanelRequest({ type: 'panel/reveal', tabId: 1, target: { kind: 'claim', id: 'claim:1' } }).ok).toBe(true);
    expect(parsePanelRequest({ type: 'panel/reveal', tabId: 1, target: { kind: 'note', id: 'x' } }).ok).toBe(false);
  });
});
