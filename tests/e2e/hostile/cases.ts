// The hostile pages: each served at a real-looking address with the headers a real server
// would send (charset, Content-Security-Policy), with the sub-resources it loads. Fixtures are in
// tests/fixtures/hostile/; the 100,000-word page is generated (scripts/lib/long-article.ts).
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ServedPage } from '../../../scripts/lib/browser';
import { LONG_ARTICLE_URL, longArticleHtml } from '../../../scripts/lib/long-article';

export const hostileDir = fileURLToPath(new URL('../../fixtures/hostile/', import.meta.url));

export interface HostileCase {
  name: string;
  url: string;
  /** What a reader should get: the article read, or Backstory stepping back. */
  outcome: 'article' | 'not-article';
  /** Expected panel metadata for articles. */
  title?: string;
  authors?: string[];
  /** What the panel's language line says. */
  language?: string;
}

interface CaseSource extends HostileCase {
  /** File in tests/fixtures/hostile, or a generator for big pages. */
  file: string | (() => string);
  contentType?: string;
  headers?: Record<string, string>;
  /** Sub-resources the page loads (iframes, stylesheets), served beside it. */
  extra?: ServedPage[];
}

const STRICT_CSP = "default-src 'none'; style-src 'self'; require-trusted-types-for 'script'";

const sources: CaseSource[] = [
  {
    name: 'markup-in-text',
    file: 'markup-in-text.html',
    url: 'https://www.northcoastherald.com/news/2025/02/11/port-board-backs-dredging-plan',
    outcome: 'article',
    // The JSON-LD headline wins: its "</script>" was written escaped (<\/script>) as JSON allows.
    title: `Port board </script><script>window.__pwned='ld-headline'</script> backs dredging plan`,
    authors: ['Inês Carvalho'],
  },
  {
    name: 'overridden-builtins',
    file: 'overridden-builtins.html',
    url: 'https://www.midlandcourier.co.uk/news/water-utility-fined-over-leak-reporting-failures-4471203',
    outcome: 'article',
    title: 'Water utility fined over leak reporting failures',
    authors: ['Harriet Okafor'],
  },
  {
    name: 'rtl-arabic',
    file: 'rtl-arabic.html',
    url: 'https://www.alofoq-news.com/local/2025/04/22/aqaba-desalination-plant-opens',
    outcome: 'article',
    title: 'افتتاح محطة تحلية جديدة في العقبة لتأمين مياه الشرب',
    authors: ['ليلى الحسيني'],
    language: 'Arabic',
  },
  {
    name: 'rtl-hebrew',
    file: 'rtl-hebrew.html',
    url: 'https://www.carmel-local.co.il/haifa/2025/09/14/haifa-municipality-petition-bay-factories',
    outcome: 'article',
    title: '"זה לא ייגמר בקנס": עיריית חיפה נגד מפעלי המפרץ',
    authors: ['נועה ברגר', 'יוסי אזולאי'],
    language: 'Hebrew',
  },
  {
    name: 'strict-csp',
    file: 'strict-csp.html',
    url: 'https://www.capitolledger.com/investigations/2025/10/08/state-auditor-unbilled-highway-tolls',
    outcome: 'article',
    title: 'State auditor finds $31 million in unbilled highway tolls',
    authors: ['Marcus Bell'],
    headers: { 'Content-Security-Policy': STRICT_CSP },
    extra: [{ url: 'https://www.capitolledger.com/static/ledger.css', file: 'static/ledger.css', contentType: 'text/css' }],
  },
  {
    // No <meta charset>: only the server's header says how to read the bytes.
    name: 'windows-1252',
    file: 'windows-1252.html',
    url: 'https://www.quebecweeklyreview.ca/business/2024/11/19/montreal-cafe-subsidy-small-business.html',
    outcome: 'article',
    title: '“A café on every corner”: Montréal’s €2.4m bet on small business',
    authors: ['José Muñoz', 'Zoë Brontë-Lefèvre'],
    contentType: 'text/html; charset=windows-1252',
  },
  {
    name: 'shift_jis',
    file: 'shift_jis.html',
    url: 'https://www.hokuriku-nichinichi.jp/local/2025/01/28/kanazawa-shoutengai-yachin-hojo.html',
    outcome: 'article',
    title: '「商店街に灯りを」 金沢市が空き店舗の家賃を半額補助へ',
    authors: ['山田 花子'],
    language: 'Japanese',
    contentType: 'text/html; charset=Shift_JIS',
  },
  {
    // Declarative shadow DOM three roots deep: Backstory reads the document's own tree only.
    name: 'shadow-dom',
    file: 'shadow-dom.html',
    url: 'https://www.metrocomponents.news/2025/03/04/car-free-school-streets-approved',
    outcome: 'not-article',
  },
  {
    // The story is in a same-origin frame; Backstory runs in the top page only.
    name: 'iframe-shell',
    file: 'iframe-shell.html',
    url: 'https://www.valleypost.co.uk/reader/88213',
    outcome: 'not-article',
    extra: [{ url: 'https://www.valleypost.co.uk/embed/story-88213.html', file: 'embed/story-88213.html' }],
  },
  {
    name: 'ad-iframes',
    file: 'ad-iframes.html',
    url: 'https://www.islandtimes.scot/news/2025/11/21/ferry-operator-cancels-winter-timetable',
    outcome: 'article',
    title: 'Ferry operator cancels winter timetable after second engine failure',
    authors: ['Callum MacLeod'],
    extra: [
      { url: 'https://www.islandtimes.scot/ads/slot-rail.html', file: 'ads/slot-rail.html' },
      { url: 'https://ads.adnet-exchange.com/serve?slot=rail-2&size=300x600', file: 'ads/adnet-serve.html' },
    ],
  },
  {
    // A reader's correction box inside the article and a letter box under it, both editable.
    name: 'editable-regions',
    file: 'editable-regions.html',
    url: 'https://www.fenlandgazette.co.uk/news/2025/07/09/library-sunday-opening',
    outcome: 'article',
    title: 'Library service to open on Sundays after budget reprieve',
    authors: ['Eleanor Price'],
  },
  {
    // A newsroom CMS editing a story: the page is mainly an editor.
    name: 'in-page-editor',
    file: 'in-page-editor.html',
    url: 'https://cms.portmaddock-news.co.uk/stories/48211/edit',
    outcome: 'not-article',
  },
  {
    // A live markets dashboard that rewrites itself every 10 ms, forever: not an article.
    name: 'mutating-dashboard',
    file: 'mutating-dashboard.html',
    url: 'https://www.ledgermarkets.com/markets/live',
    outcome: 'not-article',
  },
  {
    // An article under a price ticker rewritten every 10 ms, forever.
    name: 'mutating-liveblog',
    file: 'mutating-liveblog.html',
    url: 'https://www.ledgermarkets.com/news/2025/08/07/central-bank-holds-rates-as-inflation-eases',
    outcome: 'article',
    title: 'Central bank holds rates at 4.25% as inflation eases',
    authors: ['Nadia Rahman'],
  },
  {
    // 100,000 words: the article fixtures' paragraphs repeated, with a page script of its own.
    name: 'hundred-thousand-words',
    file: () =>
      longArticleHtml(100_000).html.replace(
        '</body>',
        `<script>window.__pageScript = 'ran'; document.addEventListener('click', function () { window.__clicks = (window.__clicks || 0) + 1; });</script></body>`,
      ),
    url: LONG_ARTICLE_URL,
    outcome: 'article',
    title: 'A very long investigation',
    authors: ['Pat Bench'],
  },
];

/** The case table: what each hostile page is and what a reader should get. */
export const hostileCases: HostileCase[] = sources.map(({ file: _file, contentType: _c, headers: _h, extra: _e, ...c }) => c);

export function hostileCase(name: string): HostileCase {
  const found = hostileCases.find((c) => c.name === name);
  if (!found) throw new Error(`no hostile case ${name}`);
  return found;
}

/** Every response the hostile cases need, generated pages written to a temporary folder. */
export function hostilePages(): ServedPage[] {
  let generatedDir: string | null = null;
  const served: ServedPage[] = [];
  for (const c of sources) {
    let file: string;
    if (typeof c.file === 'string') file = path.join(hostileDir, c.file);
    else {
      generatedDir ??= mkdtempSync(path.join(tmpdir(), 'backstory-hostile-'));
      file = path.join(generatedDir, `${c.name}.html`);
      writeFileSync(file, c.file());
    }
    served.push({ url: c.url, file, contentType: c.contentType, headers: c.headers });
    for (const e of c.extra ?? []) served.push({ ...e, file: path.join(hostileDir, e.file) });
  }
  return served;
}

