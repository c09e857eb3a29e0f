// The reader's settings, kept in extension storage (never in the page's origin). The options
// page and the side panel write them; the background reads them when it paints a tab.
import { storage } from 'wxt/utils/storage';

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
