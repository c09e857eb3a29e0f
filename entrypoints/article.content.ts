// Injected by the background, only into pages the always-on script detected as articles
// (see content/article-code.ts). It only hands over the article-reading and painting code.
import { installArticleCode } from './content/article-code';
import { createLayer } from './content/layer';
import { takeSnapshot } from '@/lib/page/snapshot';

export default defineContentScript({
  registration: 'runtime',
  matches: ['http://*/*', 'https://*/*'],
  noScriptStartedPostMessage: true,
  main() {
    installArticleCode({ takeSnapshot, createLayer });
  },
});
