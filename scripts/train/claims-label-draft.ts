// npx tsx scripts/train/claims-label-draft.ts PAGE [URL]
// For a person labelling training sentences (scripts/train/claims-news-pages.json): prints the
// body sentences of one Readability test page as Backstory splits them (headings left out), each
// numbered, then a JSON skeleton of anchors with checkWorthy: null to fill in. It prints no
// analysis and no model output: the labels are written without seeing what the model says.
import { join } from 'node:path';
import { splitSentences } from '../../lib/analysis/sentences';
import { corporaDir } from '../lib/claims-data';
import { devsetSnapshot } from '../lib/devset-page';

const [page, url = `https://example.com/${process.argv[2]}/story`] = process.argv.slice(2);
if (!page) {
  console.error('usage: tsx scripts/train/claims-label-draft.ts PAGE [URL]');
  process.exit(2);
}
const snap = devsetSnapshot(join(corporaDir, 'readability-test-pages'), page, url);
const sentences = splitSentences(snap.text, snap.blocks).filter((s) => snap.blocks[s.block]?.kind !== 'heading');
const ANCHOR = 40;
const skeleton = sentences.map((s) => {
  const t = snap.text.slice(s.start, s.end);
  return { startQuote: t.slice(0, ANCHOR), endQuote: t.slice(-ANCHOR), checkWorthy: null };
});
sentences.forEach((s, i) => console.log(`${i}\t[${snap.blocks[s.block].kind}]\t${snap.text.slice(s.start, s.end).replace(/\s+/g, ' ')}`));
console.error(JSON.stringify({ page, url, sentences: skeleton }));
