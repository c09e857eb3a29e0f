// npx tsx scripts/devset-text.ts PAGE URL [CORPUS_DIR]
// Prints the article text Backstory extracts from one Readability test page, with every link
// marked inline as ⟦text⟧{verdict: url} and each block on its own line, for a person labelling
// the dev sets (tests/devsets/). It prints no analysis: the labels must be made without it.
import { join } from 'node:path';
import { devsetSnapshot } from './lib/devset-page';

const [page, url, corpus = join(process.cwd(), '..', 'shared', 'corpora', 'readability-test-pages')] = process.argv.slice(2);
if (!page || !url) {
  console.error('usage: tsx scripts/devset-text.ts PAGE URL [CORPUS_DIR]');
  process.exit(2);
}
const snap = devsetSnapshot(corpus, page, url);
const { text, links, blocks } = snap;
const marks = new Map<number, string[]>();
const add = (at: number, s: string): void => {
  marks.set(at, [...(marks.get(at) ?? []), s]);
};
for (const l of links) {
  add(l.start, '⟦');
  add(l.end, `⟧{${l.verdict}${l.verdict === 'external' ? '' : ' ' + l.why}: ${l.url ?? l.href}}`);
}
for (const b of blocks) add(b.start, `\n[${b.kind}] `);
let out = `# ${page} ${url} detect=${snap.detection.isArticle} words=${snap.wordCount} chars=${text.length}\n`;
for (let i = 0; i <= text.length; i++) {
  for (const m of marks.get(i) ?? []) out += m;
  if (i < text.length) out += text[i];
}
console.log(out);
