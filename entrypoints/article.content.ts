// Injected by the background, only into pages the always-on script detected as articles
// (see content/article-code.ts). It only hands over the article-reading and painting code.
import { installArticleCode } from './content/article-code';
import { createLayer } from './content/layer';
import { pageYielder } from '@/lib/page/slices';
import { takeSnapshotInSlices } from '@/lib/page/snapshot';

export default defineContentScript({
  registration: 'runtime',
  matches: ['http://*/*', 'https://*/*'],
  noScriptStartedPostMessage: true,
  main() {
    // Reading a long article takes the page's main thread for a while: in slices, with the
    // page's own work in between.
    const yieldToPage = pageYielder(window);
    installArticleCode({
      takeSnapshot: (doc, url, detection) => takeSnapshotInSlices(doc, url, detection, { now: () => performance.now(), yieldToPage }),
      createLayer,
    });
  },
});
