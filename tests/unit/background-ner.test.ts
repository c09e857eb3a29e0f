// The background's NER model: used once loaded, and never in the way when it cannot be loaded.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ArticleTabs } from '@/entrypoints/background/article-tabs';
import { extensionModelAssets, modelCache } from '@/entrypoints/background/analysis-models';
import { TabStates } from '@/entrypoints/background/tab-states';
import { nodeModelAssets } from '../../scripts/lib/model-assets';
import { articleSnapshot, fakeWorld, settle, type FakeWorld } from './background-fakes';

const TAB = 3;
const TEXT = 'After the hearing, Ndlovu and Petrossian left through a side door in Aleppo.';
const worlds: FakeWorld[] = [];
afterEach(async () => {
  for (const w of worlds.splice(0)) await w.io.db.delete();
  vi.restoreAllMocks();
});

async function namesPainted(world: FakeWorld): Promise<string[]> {
  worlds.push(world);
  const articles = new ArticleTabs(world.io, new TabStates());
  await articles.report(TAB, { status: 'article', snapshot: articleSnapshot(100, { text: TEXT, blocks: [{ start: 0, end: TEXT.length, kind: 'paragraph' }] }) });
  await settle(world);
  const paint = world.told.find(({ request }) => request.type === 'content/paint');
  if (paint?.request.type !== 'content/paint') throw new Error('no paint order');
  return paint.request.order.analysis.entities.map((e) => `${e.name}|${e.type}`);
}

describe('the NER model in the background', () => {
  it('finds the names with the model once it is loaded', async () => {
    expect((await modelCache(nodeModelAssets)()).ner).toBeDefined(); // loaded once; the analysis reuses it
    expect(await namesPainted(fakeWorld({ models: nodeModelAssets }))).toEqual(['Ndlovu|person', 'Petrossian|person', 'Aleppo|place']);
  });

  it('falls back to the rules, and says so in the log, when the model cannot be loaded', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const broken = async () => {
      throw new Error('HTTP 404');
    };
    expect(await namesPainted(fakeWorld({ models: broken }))).toEqual(['Aleppo|place']);
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('NER model could not be loaded'), expect.any(Error));
  });

  it('reads model files from the extension folder and reports a missing one', async () => {
    const fetched: string[] = [];
    const load = extensionModelAssets((p) => `chrome-extension://x${p}`, (async (url: string) => {
      fetched.push(url);
      return url.endsWith('ner-weights.bin') ? new Response(new Uint8Array([1, 2])) : new Response('', { status: 404 });
    }) as typeof fetch);
    expect(new Uint8Array(await load('ner-weights.bin'))).toEqual(new Uint8Array([1, 2]));
    await expect(load('missing.bin')).rejects.toThrow(/\/models\/missing.bin: HTTP 404/);
    expect(fetched).toEqual(['chrome-extension://x/models/ner-weights.bin', 'chrome-extension://x/models/missing.bin']);
  });
});
