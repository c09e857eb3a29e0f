// Name lists for the NER model: lower-cased phrases (tokens joined by one space) with a bit per
// list that holds them. Built by scripts/train-ner.ts from open data (see the model card) and
// shipped with the model; matched here, for training and inference alike.

/** The lists, in bit order. `seen-*` come from the names of the training corpora. */
export const GAZETTEER_LISTS = ['city', 'country', 'first-name', 'outlet', 'seen-PER', 'seen-ORG', 'seen-LOC', 'seen-MISC'] as const;
export type GazetteerList = (typeof GAZETTEER_LISTS)[number];

export const GAZETTEER_MAX_TOKENS = 6;

export class Gazetteer {
  /** Every proper prefix of a phrase ("new york" of "new york times"): matching stops where none goes on. */
  private readonly prefixes = new Set<string>();

  constructor(readonly entries: ReadonlyMap<string, number>) {
    for (const phrase of entries.keys()) {
      for (let at = phrase.indexOf(' '); at > 0; at = phrase.indexOf(' ', at + 1)) this.prefixes.add(phrase.slice(0, at));
    }
  }

  /** The lists holding `phrase` (bit mask); 0 when none. */
  lookup(phrase: string): number {
    return this.entries.get(phrase) ?? 0;
  }

  /**
   * For each token, the features of the longest list phrases covering it: `<list>:<B|I|L|U>`,
   * one per list (the longest phrase of that list wins at each start).
   */
  features(words: readonly string[]): string[][] {
    const out: string[][] = words.map(() => []);
    const lower = words.map((w) => w.toLowerCase());
    for (let s = 0; s < words.length; s++) {
      if (!/[\p{L}\p{N}]/u.test(lower[s])) continue;
      let claimed = 0;
      let phrase = '';
      const found: { len: number; mask: number }[] = [];
      for (let len = 1; len <= GAZETTEER_MAX_TOKENS && s + len <= words.length; len++) {
        phrase = len === 1 ? lower[s] : `${phrase} ${lower[s + len - 1]}`;
        const mask = this.entries.get(phrase);
        if (mask) found.push({ len, mask });
        if (!this.prefixes.has(phrase)) break;
      }
      for (let k = found.length - 1; k >= 0; k--) {
        const { len, mask } = found[k];
        const fresh = mask & ~claimed;
        if (!fresh) continue;
        claimed |= fresh;
        for (let b = 0; b < GAZETTEER_LISTS.length; b++) {
          if (!(fresh & (1 << b))) continue;
          const list = GAZETTEER_LISTS[b];
          if (len === 1) out[s].push(`${list}:U`);
          else for (let i = 0; i < len; i++) out[s + i].push(`${list}:${i === 0 ? 'B' : i === len - 1 ? 'L' : 'I'}`);
        }
      }
    }
    return out;
  }
}

/** Parses the shipped gazetteer text: one `mask<TAB>phrase` per line. */
export function parseGazetteer(text: string): Gazetteer {
  const entries = new Map<string, number>();
  for (const line of text.split('\n')) {
    const tab = line.indexOf('\t');
    if (tab <= 0) continue;
    entries.set(line.slice(tab + 1), Number(line.slice(0, tab)));
  }
  return new Gazetteer(entries);
}

/** The gazetteer as shipped text, sorted so the file is reproducible. */
export function serializeGazetteer(entries: ReadonlyMap<string, number>): string {
  return [...entries].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)).map(([p, m]) => `${m}\t${p}`).join('\n') + '\n';
}
