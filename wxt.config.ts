import { defineConfig } from 'wxt';

// See https://wxt.dev/api/config.html
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  // Vite 8 transforms JSX with oxc; point it at Preact's runtime.
  // `wxt build --mode profile` (.output/chrome-mv3-profile) keeps names and module boundaries
  // readable, so `npm run bench:page -- --breakdown` can say which module a CPU sample is in.
  vite: (env) => ({
    oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
    ...(env.mode === 'profile' ? { build: { minify: false } } : {}),
  }),
  manifest: ({ browser }) => ({
    name: 'Backstory',
    description:
      'Context while you read: who is named, which claims have no source, who runs the site, and your own notes.',
    permissions: ['storage', 'tabs', 'scripting', 'contextMenus', ...(browser === 'firefox' ? [] : ['sidePanel'])],
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
