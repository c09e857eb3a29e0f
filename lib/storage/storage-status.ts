// What the options page says about where the reader's notes live: whether the browser may clear
// them to free disk space, and how much Backstory keeps. Pure: the page measures (StorageManager,
// the manifest's permissions) and this decides the words.

/** What the browser told us about Backstory's storage. */
export interface StorageFacts {
  /** navigator.storage.persisted(); null when the browser has no such API. */
  persisted: boolean | null;
  /**
   * The extension holds `unlimitedStorage`. Chromium never picks such an origin's data when it
   * evicts to free space (and lifts the quota); Firefox grants it persistent storage outright.
   */
  unlimited: boolean;
  /** navigator.storage.estimate(), in bytes; undefined when not known. */
  usage?: number;
  quota?: number;
  /** navigator.storage.persist() can be called here (extension pages, not the service worker). */
  canAsk: boolean;
}

export type Keeping = 'persistent' | 'unlimited' | 'best-effort' | 'unknown';

export interface StorageWords {
  keeping: Keeping;
  /** One line: is it kept? */
  headline: string;
  /** Why, calmly, and what the reader can do. */
  explanation: string;
  /** How much is used, for people ("1.2 MB"), or null when the browser did not say. */
  usage: string | null;
  /** Offer the button that asks the browser to mark the data persistent. */
  offerAsk: boolean;
  /** What that button says. */
  askLabel: string;
}

const ASK = 'Ask the browser to keep it';

const UNITS = ['bytes', 'kB', 'MB', 'GB', 'TB'] as const;

/**
 * Bytes for people, in decimal units as file managers show them: 0 bytes, 950 bytes, 12 kB,
 * 1.2 MB, 81 GB. Two significant figures below 10 of a unit, whole numbers above.
 */
export function formatBytes(bytes: number, locale?: string): string {
  if (!Number.isFinite(bytes) || bytes < 0) return '—';
  let value = bytes;
  let unit = 0;
  // 999.5 and up would round to "1,000": show the next unit instead ("1 MB", not "1,000 kB").
  while (unit < UNITS.length - 1 && value >= 999.5) {
    value /= 1000;
    unit += 1;
  }
  const digits = unit === 0 || value >= 10 ? 0 : 1;
  const shown = new Intl.NumberFormat(locale, { maximumFractionDigits: digits, minimumFractionDigits: 0 }).format(value);
  if (unit === 0) return `${shown} ${bytes === 1 ? 'byte' : 'bytes'}`;
  return `${shown} ${UNITS[unit]}`;
}

/** The words for the options page's storage line. */
export function describeStorage(facts: StorageFacts, locale?: string): StorageWords {
  const usage = facts.usage === undefined ? null : formatBytes(facts.usage, locale);
  const exportTip = 'Exporting your notes now and then keeps a copy of your own.';
  if (facts.persisted === true) {
    return {
      keeping: 'persistent',
      headline: 'Kept: the browser will not clear Backstory’s data to free space.',
      explanation: `Your notes stay until you delete them or remove the extension. ${exportTip}`,
      usage,
      offerAsk: false,
      askLabel: ASK,
    };
  }
  if (facts.unlimited) {
    return {
      keeping: 'unlimited',
      headline: 'Kept: Backstory has unlimited storage, which the browser does not clear to free space.',
      explanation: `The browser has not marked it persistent as well; asking costs nothing and changes nothing else. ${exportTip}`,
      usage,
      offerAsk: facts.canAsk && facts.persisted === false,
      askLabel: 'Ask to mark it persistent too',
    };
  }
  if (facts.persisted === false) {
    return {
      keeping: 'best-effort',
      headline: 'The browser may clear Backstory’s data if the disk runs low.',
      explanation: `Browsers do this only under real pressure for space, starting with data not used lately. Asking the browser to keep it protects your notes; ${exportTip.charAt(0).toLowerCase()}${exportTip.slice(1)}`,
      usage,
      offerAsk: facts.canAsk,
      askLabel: ASK,
    };
  }
  return {
    keeping: 'unknown',
    headline: 'This browser does not say whether it keeps Backstory’s data when space runs low.',
    explanation: exportTip,
    usage,
    offerAsk: false,
    askLabel: ASK,
  };
}

/** The answer to the reader's "Ask the browser to keep it", in words. */
export function askAnswer(granted: boolean): string {
  return granted
    ? 'The browser agreed: it will keep Backstory’s data.'
    : 'The browser did not agree this time. It decides by its own rules (Chrome, for instance, without asking you); nothing else changes.';
}
