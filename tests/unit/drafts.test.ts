import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { Drafts } from '@/entrypoints/background/drafts';
import { browserSession } from '@/entrypoints/background/io';
import type { NoteDraft } from '@/lib/messages/protocol';

const draft = (quote: string): NoteDraft => ({
  url: 'https://news.example/story',
  host: 'news.example',
  selectors: [{ type: 'TextQuoteSelector', exact: quote, prefix: '', suffix: '' }],
  quote,
  createdAt: 1,
});

describe('note drafts', () => {
  beforeEach(() => fakeBrowser.reset());

  it('survive the service worker being stopped and started again', async () => {
    await new Drafts(browserSession()).set(7, draft('a passage'));
    // A new instance reads what the stopped worker wrote.
    expect(await new Drafts(browserSession()).get(7)).toEqual(draft('a passage'));
    expect(await new Drafts(browserSession()).get(8)).toBeNull();
  });

  it('keep one draft per tab, and quick changes in order', async () => {
    const drafts = new Drafts(browserSession());
    void drafts.set(1, draft('first'));
    void drafts.set(2, draft('other tab'));
    void drafts.set(1, draft('second'));
    expect(await drafts.get(1)).toEqual(draft('second'));
    await drafts.set(1, null);
    expect(await drafts.get(1)).toBeNull();
    expect(await drafts.get(2)).toEqual(draft('other tab'));
  });
});
