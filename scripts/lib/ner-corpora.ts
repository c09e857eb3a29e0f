// The shared NER corpora (../shared/corpora/ner, see its TRAINING-DATA.md) as documents the
// analysis can read: tokens joined back into text, each sentence its own paragraph, with the
// gold tags and every token's offsets. Which splits train the model and which are held out for
// `npm run eval` is decided here, once.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { TextBlock } from '../../lib/page/types';
import type { NerToken } from '../../lib/analysis/ner/tokenize';
import { projectRoot } from './project-root';

export interface CorpusSentence {
  tokens: NerToken[];
  tags: string[];
}

export interface CorpusDoc {
  /** e.g. 'uner-en-ewt/train'. */
  source: string;
  /** Whether the corpus annotates MISC (where it does not, an O token may be a MISC name). */
  hasMisc: boolean;
  text: string;
  blocks: TextBlock[];
  sentences: CorpusSentence[];
}

export interface SplitSpec {
  corpus: string;
  split: string;
  /** Part of the file, as fractions of its sentences [from, to). */
  part?: [number, number];
  /** A name for the part (wikigold has no splits of its own). */
  label?: string;
}

/** Corpora without a MISC layer (TRAINING-DATA.md): their O tokens are not evidence against MISC. */
const NO_MISC = new Set(['uner-en-ewt', 'uner-en-pud', 'btc', 're3d', 'sec-filings']);

const CROSSNER = ['politics', 'science', 'music', 'literature', 'ai'].map((d) => `crossner-${d}`);

/** Training material: train (and dev, where the corpus has a test split). */
export const TRAIN_SPLITS: SplitSpec[] = [
  { corpus: 'uner-en-ewt', split: 'train' },
  { corpus: 'uner-en-ewt', split: 'dev' },
  { corpus: 're-docred', split: 'dev' },
  ...CROSSNER.flatMap((corpus) => [
    { corpus, split: 'train' },
    { corpus, split: 'dev' },
  ]),
  { corpus: 'wikigold', split: 'all', part: [0, 0.8], label: 'first 80%' },
  ...['a', 'b', 'e', 'f', 'h'].map((split) => ({ corpus: 'btc', split })),
  { corpus: 'wnut17', split: 'train' },
  { corpus: 'wnut17', split: 'dev' },
];

/** Held out for evaluation: every test split, wikigold's last fifth, BTC's news outlets' tweets (g). */
export const HELD_OUT_SPLITS: SplitSpec[] = [
  { corpus: 'uner-en-pud', split: 'test' },
  { corpus: 'uner-en-ewt', split: 'test' },
  { corpus: 'btc', split: 'g' },
  { corpus: 're-docred', split: 'test' },
  { corpus: 'wikigold', split: 'all', part: [0.8, 1], label: 'last 20%' },
  ...CROSSNER.map((corpus) => ({ corpus, split: 'test' })),
  { corpus: 'wnut17', split: 'test' },
  { corpus: 'sec-filings', split: 'test' },
];

export function splitName(s: SplitSpec): string {
  return `${s.corpus}/${s.label ?? s.split}`;
}

/** Where the shared corpora are: $BACKSTORY_CORPORA, else ../shared/corpora beside the repo. */
export function corporaRoot(): string {
  return process.env.BACKSTORY_CORPORA ?? path.resolve(projectRoot, '..', 'shared', 'corpora');
}

export function corporaAvailable(): boolean {
  return existsSync(path.join(corporaRoot(), 'ner'));
}

/** Sentences of one IOB2 file: token<TAB>tag lines, a blank line after each sentence. */
export function readIob2(file: string): { words: string[]; tags: string[] }[] {
  const out: { words: string[]; tags: string[] }[] = [];
  let words: string[] = [];
  let tags: string[] = [];
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (line === '') {
      if (words.length) out.push({ words, tags });
      words = [];
      tags = [];
      continue;
    }
    const tab = line.indexOf('\t');
    words.push(line.slice(0, tab));
    tags.push(line.slice(tab + 1));
  }
  if (words.length) out.push({ words, tags });
  return out;
}

const NO_SPACE_BEFORE = /^(?:[,.;:!?%)\]}…]|\.{2,}|['’](?:s|re|ve|ll|d|m)?|n['’]t|[”’»])$/i;
const NO_SPACE_AFTER = /^[([{“‘«$]$/;

/** Joins tokens into text the way they were probably written; returns each token's offsets. */
export function detokenize(words: readonly string[]): { text: string; tokens: NerToken[] } {
  let text = '';
  const tokens: NerToken[] = [];
  let quoteOpen = false;
  let glueNext = true;
  for (const w of words) {
    let glue = glueNext || NO_SPACE_BEFORE.test(w);
    let opens = NO_SPACE_AFTER.test(w);
    if (w === '"') {
      // Straight quotes alternate: an opening one takes the next word, a closing one the last.
      if (quoteOpen) glue = true;
      else opens = true;
      quoteOpen = !quoteOpen;
    }
    if (!glue) text += ' ';
    tokens.push({ text: w, start: text.length, end: text.length + w.length });
    text += w;
    glueNext = opens;
  }
  return { text, tokens };
}

/** The sentences of one split spec. */
export function readSplit(spec: SplitSpec): { words: string[]; tags: string[] }[] {
  const file = path.join(corporaRoot(), 'ner', spec.corpus, `${spec.split}.iob2`);
  const all = readIob2(file);
  if (!spec.part) return all;
  return all.slice(Math.round(all.length * spec.part[0]), Math.round(all.length * spec.part[1]));
}

/**
 * Documents of up to `size` consecutive sentences (the corpora keep their documents' order but
 * not their boundaries), each sentence a paragraph of the text.
 */
export function corpusDocs(spec: SplitSpec, size = 20): CorpusDoc[] {
  return chunkDocs(readSplit(spec), splitName(spec), !NO_MISC.has(spec.corpus), size);
}

/** Documents of any IOB2 file (the news dev set), MISC annotated. */
export function iob2Docs(file: string, source: string, size = 20): CorpusDoc[] {
  return chunkDocs(readIob2(file), source, true, size);
}

function chunkDocs(sentences: { words: string[]; tags: string[] }[], source: string, hasMisc: boolean, size: number): CorpusDoc[] {
  const docs: CorpusDoc[] = [];
  for (let i = 0; i < sentences.length; i += size) {
    let text = '';
    const blocks: TextBlock[] = [];
    const out: CorpusSentence[] = [];
    for (const s of sentences.slice(i, i + size)) {
      if (text) text += '\n';
      const d = detokenize(s.words);
      const at = text.length;
      text += d.text;
      blocks.push({ start: at, end: text.length, kind: 'paragraph' });
      out.push({ tokens: d.tokens.map((t) => ({ text: t.text, start: t.start + at, end: t.end + at })), tags: s.tags });
    }
    docs.push({ source, hasMisc, text, blocks, sentences: out });
  }
  return docs;
}
