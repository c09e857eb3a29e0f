import { defineConfig } from 'wxt';

// See https://wxt.dev/api/config.html
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  // Vite 8 transforms JSX with oxc; point it at Preact's runtime.
  vite: () => ({
    oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  }),
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
    permissions: ['storage', 'scripting', 'contextMenus', ...(browser === 'firefox' ? [] : ['sidePanel'])],
    // sidePanel.open() (116); the CSS Custom Highlight API (105).
    ...(browser === 'firefox' ? {} : { minimum_chrome_version: '116' }),
    action: { default_title: 'Open Backstory' },
    // The same keys work inside the page (entrypoints/content/layer.tsx), so they also work
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
