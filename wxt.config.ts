import { fileURLToPath } from 'node:url';
import { defineConfig } from 'wxt';

// See https://wxt.dev/api/config.html
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  // Vite 8 transforms JSX with oxc; point it at Preact's runtime.
  // BACKSTORY_UNMINIFIED=1 keeps names and module boundaries readable, so
  // `npm run bench:page -- --breakdown` can say which module a CPU sample is in.
  vite: () => ({
    oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
    ...(process.env.BACKSTORY_UNMINIFIED === '1' ? { build: { minify: false } } : {}),
  }),
  hooks: {
    // Content scripts talk to the extension through the browser's own promise-based API
    // (`browser` in Firefox, `chrome` in Chromium's MV3): the polyfill is ~10 KB (half of the
    // script injected into every page) and they need none of it. Their message listeners answer
    // through sendResponse (entrypoints/content/answer-messages.ts), which both browsers support.
    // The API is looked up on first use (lib/messages/lazy-browser.ts), and WXT's script context
    // is replaced by one that does not touch it (entrypoints/content/script-context.ts): reading
    // chrome.runtime costs ~2.5 ms, which a page that is not an article should not pay.
    'vite:build:extendConfig': (entrypoints, config) => {
      if (!entrypoints.every((e) => e.type === 'content-script')) return;
      const ours = [
        { find: /^wxt\/browser$/, replacement: fileURLToPath(new URL('./lib/messages/lazy-browser.ts', import.meta.url)) },
        {
          find: /^wxt\/utils\/content-script-context$/,
          replacement: fileURLToPath(new URL('./entrypoints/content/script-context.ts', import.meta.url)),
        },
      ];
      config.resolve ??= {};
      const alias = config.resolve.alias;
      config.resolve.alias = Array.isArray(alias)
        ? [...ours, ...alias]
        : [...ours, ...Object.entries(alias ?? {}).map(([find, replacement]) => ({ find, replacement: String(replacement) }))];
    },
  },
  // `wxt zip -b firefox` also packs the sources AMO asks for: everything needed to rebuild the
  // add-on byte for byte (npm ci && npm run build:firefox), without test pages and outputs.
  zip: {
    excludeSources: ['demo-output/**', 'bench-output/**', 'test-results/**', 'playwright-report/**', 'docs/**', '.ci/**', 'tests/**'],
  },
  manifest: ({ browser }) => ({
    name: 'Backstory',
    description:
      'Context while you read: who is named, which claims have no source, who runs the site, and your own notes.',
    // No `tabs`: the one tab field read (a tab's address, to tell a page Backstory may read
    // from a browser page) comes with the host access the content scripts already have.
    // `alarms`: sync's schedule, which outlives the service worker.
    // `unlimitedStorage`: the reader's notes must not be evicted when the disk runs low. Chromium
    // never evicts an origin with it (and lifts the quota); Firefox grants it persistent storage.
    // Neither browser shows a warning for it at install.
    permissions: ['storage', 'unlimitedStorage', 'scripting', 'contextMenus', 'alarms', ...(browser === 'firefox' ? [] : ['sidePanel'])],
    // sidePanel.open() (116); the CSS Custom Highlight API (105).
    ...(browser === 'firefox' ? {} : { minimum_chrome_version: '116' }),
    // Sync asks for its server's origin when the reader turns it on (the content script's
    // host permissions may already cover it; then the browser grants it without asking).
    // Firefox's MV2 build needs none: WXT lists the content script's http(s) matches in
    // `permissions`, granted at install, and MV2 has no `optional_host_permissions`.
    ...(browser === 'firefox' ? {} : { optional_host_permissions: ['https://*/*', 'http://*/*'] }),
    action: { default_title: 'Open Backstory' },
    // The same keys work inside the page (entrypoints/content/layer.ts), so they also work
    // where the browser does not deliver extension commands.
    commands: {
      'next-highlight': { suggested_key: { default: 'Alt+Shift+J' }, description: 'Go to the next highlight' },
      'previous-highlight': { suggested_key: { default: 'Alt+Shift+K' }, description: 'Go to the previous highlight' },
      'add-note': { suggested_key: { default: 'Alt+Shift+N' }, description: 'Add a note to the selected passage' },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'backstory@backstory.invalid',
              strict_min_version: '142.0',
              // Nothing about the reader's browsing leaves the machine.
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
});
