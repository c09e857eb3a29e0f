// A fake of everything the background does to the world (BackgroundIO), for driving its
// services in Node: a fake-indexeddb database, pages that answer as a content script would,
// in-memory settings and session storage, a clock, and a record of what was sent where.
import { openDatabase } from '@/lib/db/database';
import type { BackgroundIO, SessionStore, StoredReading } from '@/entrypoints/background/io';
import type { NoteDraft, PageReport } from '@/lib/messages/protocol';
import type { AnswerOf, BackgroundToContent, Broadcast, ToContentRequest } from '@/lib/messages/requests';
import type { ArticleSnapshot } from '@/lib/page/types';
import { readOutletFile } from '@/scripts/lib/outlet-files';
import { modelCache } from '@/entrypoints/background/analysis-models';
import type { ModelAssetLoader } from '@/lib/analysis/models/assets';
import { nodeModelAssets } from '@/scripts/lib/model-assets';

export const EXTENSION_ID = 'backstoryextensionid';
export const EXTENSION_ORIGIN = `chrome-extension://${EXTENSION_ID}/`;

/** A content script's sender, for tab `tabId`. */
export const fromPage = (tabId: number) => ({ id: EXTENSION_ID, url: 'https://news.example.com/story', tab: { id: tabId }, frameId: 0 });
/** The side panel's sender. */
export const fromPanel = { id: EXTENSION_ID, url: `${EXTENSION_ORIGIN}sidepanel.html` };

/** Session storage that outlives a "restarted service worker" (a new set of services). */
export function memorySession(): SessionStore & { all: Map<string, unknown> } {
  const all = new Map<string, unknown>();
  return {
    all,
    drafts: async () => (all.get('drafts') as Record<string, NoteDraft> | undefined) ?? {},
    setDrafts: async (drafts) => void all.set('drafts', drafts),
    reading: async (tabId) => (all.get(`reading:${tabId}`) as StoredReading | undefined) ?? null,
    setReading: async (tabId, reading) => void (reading ? all.set(`reading:${tabId}`, reading) : all.delete(`reading:${tabId}`)),
    readings: async () =>
      new Map([...all].flatMap(([key, value]) => (key.startsWith('reading:') ? [[Number(key.slice(8)), value as StoredReading]] : []))),
  };
}

export interface FakeWorld {
  io: BackgroundIO;
  /** Every request the background sent a tab, in order. */
  told: { tabId: number; request: ToContentRequest }[];
  broadcasts: Broadcast[];
  badges: { tabId: number; shown: boolean }[];
  /** What each tab's content script answers to get-report (undefined: no script). */
  pages: Map<number, PageReport>;
  /** Releases every pending io.wait (the analysis waits once before it starts). */
  release(): void;
  session: ReturnType<typeof memorySession>;
  settings: { autoLookups: boolean; off: string[] };
}

/** A world for the background's services. `session` and `db` may be shared to fake a restart. */
export function fakeWorld(
  shared: Partial<Pick<BackgroundIO, 'db'>> & { models?: ModelAssetLoader; session?: ReturnType<typeof memorySession>; clock?: number } = {},
): FakeWorld {
  const told: FakeWorld['told'] = [];
  const broadcasts: Broadcast[] = [];
  const badges: FakeWorld['badges'] = [];
  const pages = new Map<number, PageReport>();
  const waiting: (() => void)[] = [];
  const session = shared.session ?? memorySession();
  const settings = { autoLookups: false, off: [] as string[] };
  let clock = shared.clock ?? Date.UTC(2026, 11, 4, 12);
  const answer = <K extends keyof BackgroundToContent>(tabId: number, type: K): AnswerOf<BackgroundToContent, K> | undefined => {
    if (type === 'content/get-report' || type === 'content/recheck') return pages.get(tabId) as AnswerOf<BackgroundToContent, K> | undefined;
    return { ok: true } as AnswerOf<BackgroundToContent, K>;
  };
  const io: BackgroundIO = {
    db: shared.db ?? openDatabase(`test-${Math.random()}`),
    tellTab: async (tabId, type, ...[payload]) => {
      told.push({ tabId, request: { ...payload, type } as ToContentRequest });
      return answer(tabId, type);
    },
    tabInfo: async (tabId) => (pages.has(tabId) ? { url: 'https://news.example.com/story', status: 'complete' } : null),
    broadcast: (message) => void broadcasts.push(message),
    badge: (tabId, outlet) => void badges.push({ tabId, shown: outlet !== null }),
    openPanel: () => undefined,
    injectArticleCode: async () => undefined,
    settings: {
      get: async () => ({ autoLookups: settings.autoLookups }),
      highlightsOff: async () => [...settings.off],
      setHighlightsOff: async (sites) => void (settings.off = [...sites]),
    },
    session,
    outletFiles: readOutletFile,
    fetch: async (url) => {
      throw new Error(`the background asked the network for ${url} without the reader asking`);
    },
    // The shipped models from public/models/, as the extension fetches them (or the world's own files).
    analysisModels: modelCache(shared.models ?? nodeModelAssets),
    now: () => (clock += 1_000),
    wait: () => new Promise<void>((resolve) => waiting.push(resolve)),
  };
  return {
    io,
    told,
    broadcasts,
    badges,
    pages,
    release: () => waiting.splice(0).forEach((resolve) => resolve()),
    session,
    settings,
  };
}

const TEXT =
  'Officials said 40 people were killed in Aleppo on Tuesday. ' +
  'Maria Lopez, the mayor of Springfield, told the Daily Ledger that the council would meet on Friday.';

/** A small article snapshot, as a content script reports it. */
export function articleSnapshot(takenAt: number, overrides: Partial<ArticleSnapshot> = {}): ArticleSnapshot {
  return {
    url: 'https://news.example.com/story?utm_source=feed',
    detection: { isArticle: true, score: 8, reasons: [{ signal: 'og-type-article', weight: 2 }] },
    meta: { title: 'A story', authors: ['Ann Author'], canonicalUrl: 'https://news.example.com/story', sources: { title: 'og:title' } },
    text: TEXT,
    blocks: [{ start: 0, end: TEXT.length, kind: 'paragraph' }],
    links: [],
    wordCount: 33,
    takenAt,
    ...overrides,
  };
}

/**
 * Lets promise chains and released waits run until nothing is left to do: no new message, no
 * new wait for a while (the first analysis imports lib/analysis, which takes real time).
 */
export async function settle(world: FakeWorld, timeoutMs = 20_000): Promise<void> {
  const began = Date.now();
  let quiet = 0;
  let seen = -1;
  while (quiet < 30 && Date.now() - began < timeoutMs) {
    world.release();
    await new Promise((resolve) => setTimeout(resolve, 10));
    const now = world.told.length + world.broadcasts.length;
    quiet = now === seen ? quiet + 1 : 0;
    seen = now;
  }
}
