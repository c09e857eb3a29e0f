// Everything the background's services do to the world outside their own memory: the
// database, the tabs, the toolbar, storage, the network and the clock. Services take a
// BackgroundIO, so unit tests drive them with fakes; browserIO() is the real thing, and
// index.ts is the only place that builds it.
import { browser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';
import type { BackstoryDatabase } from '@/lib/db/database';
import type { FetchLike } from '@/lib/lookup/fetch-json';
import { tellTab, type TellTab } from '@/lib/messages/tell-tab';
import type { NoteDraft, OutletView, VisitInfo } from '@/lib/messages/protocol';
import type { Broadcast } from '@/lib/messages/requests';
import { outletBadge } from '@/lib/outlets/badge';
import type { OutletDataLoader } from '@/lib/outlets/load';
import { extensionOutletFiles } from './outlets';
import { highlightsOffItem, settingsItem, type ReaderSettings } from '@/lib/settings/items';
import { openPanelNow } from './side-panel';
import { extensionModelAssets, modelCache, type AnalysisModels } from './analysis-models';

/** The reader's choices the background reads (and the per-site switch it writes). */
export interface SettingsStore {
  get(): Promise<ReaderSettings>;
  /** Sites where the reader turned highlights off. */
  highlightsOff(): Promise<string[]>;
  setHighlightsOff(sites: string[]): Promise<void>;
}

/** A reading of a tab the background has adopted, kept across service-worker restarts. */
export interface StoredReading {
  takenAt: number;
  visits: VisitInfo | null;
  /** The page's key and site, so a restarted worker knows which tabs show what (absent in readings kept before they were added). */
  pageKey?: string;
  site?: string;
}

/**
 * What the background keeps for the browser session (storage.session): it outlives the
 * service worker, which the browser stops after ~30 s idle, but not the browser.
 */
export interface SessionStore {
  drafts(): Promise<Record<string, NoteDraft>>;
  setDrafts(drafts: Record<string, NoteDraft>): Promise<void>;
  /** The reading of a tab the background last adopted (one key per tab: no write races). */
  reading(tabId: number): Promise<StoredReading | null>;
  setReading(tabId: number, reading: StoredReading | null): Promise<void>;
  /** Every tab's kept reading: the article tabs a stopped worker knew. */
  readings(): Promise<Map<number, StoredReading>>;
}

export interface BackgroundIO {
  db: BackstoryDatabase;
  tellTab: TellTab;
  /** A tab's address and loading status; null when there is no such tab. */
  tabInfo(tabId: number): Promise<{ url?: string; status?: string } | null>;
  /** Tells every open extension page (panels, options); fine when none is open. */
  broadcast(message: Broadcast): void;
  /** The toolbar badge for a tab: the outlet's quiet hint, or nothing. */
  badge(tabId: number, outlet: OutletView | null): void;
  /** Opens the side panel beside a tab (only works while handling a reader's action). */
  openPanel(tabId: number): void;
  /** Injects the article-reading code into one frame of a tab. */
  injectArticleCode(tabId: number, frameId: number): Promise<void>;
  settings: SettingsStore;
  session: SessionStore;
  fetch: FetchLike;
  /** Reads a file of the outlet directory shipped with the extension (public/outlets/). */
  outletFiles: OutletDataLoader;
  /** The analysis models, loaded on first use (none: the rules decide). */
  analysisModels(): Promise<AnalysisModels>;
  now(): number;
  /** Resolves after `ms` (0: lets other work run first). */
  wait(ms: number): Promise<void>;
}

const draftsItem = storage.defineItem<Record<string, NoteDraft>>('session:noteDrafts', { fallback: {} });
const readingKey = (tabId: number) => `session:reading:${tabId}` as const;
const READING_PREFIX = 'reading:';

/** A file of the extension's package by its path ('/models/x.bin'). */
const packageUrl = (path: string) => (browser.runtime.getURL as (path: string) => string)(path);

function showBadge(tabId: number, view: OutletView | null): void {
  const action = browser.action ?? browser.browserAction;
  if (!action) return;
  const profile = view?.match?.profile ?? (view?.lookup.status === 'found' ? view.lookup.profile : null);
  const badge = outletBadge(profile);
  void action.setBadgeText({ tabId, text: badge?.text ?? '' }).catch(() => undefined);
  if (badge) {
    void action.setBadgeBackgroundColor({ tabId, color: badge.color }).catch(() => undefined);
    void action.setTitle({ tabId, title: `Backstory — ${badge.title}` }).catch(() => undefined);
  } else {
    void action.setTitle({ tabId, title: 'Open Backstory' }).catch(() => undefined);
  }
}

/** The session store on the browser's storage.session (fakeBrowser's in unit tests). */
export function browserSession(): SessionStore {
  return {
    drafts: () => draftsItem.getValue(),
    setDrafts: (drafts) => draftsItem.setValue(drafts),
    reading: (tabId) => storage.getItem<StoredReading>(readingKey(tabId)),
    setReading: (tabId, reading) =>
      reading ? storage.setItem(readingKey(tabId), reading) : storage.removeItem(readingKey(tabId)),
    readings: async () => {
      const all = await storage.snapshot('session');
      const found = new Map<number, StoredReading>();
      for (const [key, value] of Object.entries(all)) {
        const tabId = key.startsWith(READING_PREFIX) ? Number(key.slice(READING_PREFIX.length)) : NaN;
        if (Number.isInteger(tabId) && value) found.set(tabId, value as StoredReading);
      }
      return found;
    },
  };
}

export function browserIO(db: BackstoryDatabase): BackgroundIO {
  return {
    db,
    tellTab,
    tabInfo: (tabId) => browser.tabs.get(tabId).then(
      (tab) => ({ url: tab.url, status: tab.status }),
      () => null,
    ),
    broadcast: (message) => void browser.runtime.sendMessage(message).catch(() => undefined),
    badge: showBadge,
    openPanel: openPanelNow,
    injectArticleCode: async (tabId, frameId) => {
      await browser.scripting.executeScript({ target: { tabId, frameIds: [frameId] }, files: ['/content-scripts/article.js'] });
    },
    settings: {
      get: () => settingsItem.getValue(),
      highlightsOff: () => highlightsOffItem.getValue(),
      setHighlightsOff: (sites) => highlightsOffItem.setValue(sites),
    },
    session: browserSession(),
    fetch: (url, init) => fetch(url, init),
    outletFiles: extensionOutletFiles(packageUrl),
    analysisModels: modelCache(extensionModelAssets(packageUrl)),
    now: () => Date.now(),
    wait: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
  };
}
