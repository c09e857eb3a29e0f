// The reader's settings, kept in extension storage (never in the page's origin). The options
// page and the side panel write them; the background reads them when it paints a tab.
import { storage } from 'wxt/utils/storage';
import { SYNC_OFF, type SyncSettings, type SyncStatus } from '../sync/status';

export interface ReaderSettings {
  /** Fetch Wikipedia summaries and outlet lookups without waiting for a button press. */
  autoLookups: boolean;
}

export const DEFAULT_SETTINGS: ReaderSettings = { autoLookups: false };

export const settingsItem = storage.defineItem<ReaderSettings>('local:settings', {
  fallback: DEFAULT_SETTINGS,
});

/** Sites (registrable domains) where the reader turned highlights off. */
export const highlightsOffItem = storage.defineItem<string[]>('local:highlightsOff', { fallback: [] });

/** Sync's server and account, stored only while sync is on (lib/sync/service.ts). */
export const syncSettingsItem = storage.defineItem<SyncSettings | null>('local:syncSettings', { fallback: null });

/** What sync last did, for the options page and the panel (written by the background). */
export const syncStatusItem = storage.defineItem<SyncStatus>('local:syncStatus', { fallback: SYNC_OFF });

/** The per-site switches as last synced (lib/sync/site-settings-store.ts). */
export const syncedSitesItem = storage.defineItem<Record<string, number>>('local:syncedSites', { fallback: {} });
