// The NER model's features, one function for training (scripts/train-ner.ts) and inference, so
// the two can never drift. Features are strings hashed to 32 bits (FNV-1a); the model folds the
// hash into its table. What carries from web text, Wikipedia and tweets to news: the word and
// its neighbours, word shape and capitalisation, prefixes and suffixes, name lists, what the
// rest of the article does with the word, and what the rule-based analysis decided.
import type { Gazetteer } from './gazetteer';

/** One sentence as the features see it. */
export interface FeatureSentence {
  words: readonly string[];
  /** Per token, the rule-based analysis's IOB2 tag ('O', 'B-PER', …; 'P-LOC': inside part of the token). */
  rule: readonly string[];
  /** Per token, compromise's tags that matter for names (see POS_TAGS). */
  pos: readonly (readonly string[])[];
}

/** What the whole document says about a word. */
export interface DocumentContext {
  /** Lower-case forms seen written in lower case. */
  lowerSeen: ReadonlySet<string>;
  /** Lower-case forms seen capitalised away from a sentence start. */
  midCaps: ReadonlySet<string>;
}

/** Compromise tags kept as features. */
export const POS_TAGS: ReadonlySet<string> = new Set([
  'Person', 'FirstName', 'LastName', 'MaleName', 'FemaleName', 'Honorific', 'Place', 'Country', 'City', 'Region', 'Address',
  'Organization', 'Company', 'SportsTeam', 'School', 'Acronym', 'Demonym', 'Verb', 'Adjective', 'Adverb', 'Determiner',
  'Preposition', 'Pronoun', 'Conjunction', 'Month', 'WeekDay', 'Date', 'Value', 'Plural', 'Singular', 'ProperNoun',
]);

export function documentContext(sentences: readonly { words: readonly string[] }[]): DocumentContext {
  const lowerSeen = new Set<string>();
  const midCaps = new Set<string>();
  for (const s of sentences) {
    s.words.forEach((w, i) => {
      if (/^\p{Ll}/u.test(w)) lowerSeen.add(w);
      else if (i > 0 && /^\p{Lu}\p{Ll}/u.test(w) && !/^["'“‘(]$/.test(s.words[i - 1])) midCaps.add(w.toLowerCase());
    });
  }
  return { lowerSeen, midCaps };
}

export function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** FNV-1a continued from state `h` over `s`: more(fnv1a(a), b) === fnv1a(a + b), with no string built. */
function more(h: number, s: string): number {
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** fnv1a(`${prefix}${a}|${b}`), from the prefix's state. */
function pair(prefix: number, a: string, b: string): number {
  return more(more(more(prefix, a), '|'), b);
}

/** X for capitals, x for lower case, d for digits, the mark itself otherwise. */
export function wordShape(w: string): string {
  let out = '';
  for (const ch of w) {
    const c = ch.charCodeAt(0);
    if (c >= 65 && c <= 90) out += 'X';
    else if (c >= 97 && c <= 122) out += 'x';
    else if (c >= 48 && c <= 57) out += 'd';
    else if (c < 128) out += ch;
    else if (/\p{Lu}/u.test(ch)) out += 'X';
    else if (/\p{Ll}/u.test(ch)) out += 'x';
    else if (/\p{N}/u.test(ch)) out += 'd';
    else out += ch;
  }
  return out;
}

/** The shape with runs collapsed ("Xxxxx" → "Xx", "U.S." → "X.X."). */
export function shortShape(w: string): string {
  return wordShape(w).replace(/(.)\1+/g, '$1');
}

function capClass(w: string): string {
  if (/^\p{Lu}+$/u.test(w)) return w.length === 1 ? 'single-cap' : 'all-caps';
  if (/^\p{Lu}[\p{Ll}\p{M}'’-]*$/u.test(w)) return 'init-cap';
  if (/^\p{Lu}/u.test(w)) return 'cap-mixed';
  if (/^\p{Ll}+$/u.test(w)) return 'lower';
  if (/^\p{Ll}.*\p{Lu}/u.test(w)) return 'camel';
  if (/^[\p{N}.,:/]+$/u.test(w)) return 'number';
  if (/^[#@]/.test(w)) return 'social';
  if (/\p{L}/u.test(w)) return 'mixed';
  return 'punct';
}

/** Sentence-wide casing: headlines and all-capitals lines change what a capital means. */
function sentenceCase(words: readonly string[]): string {
  let letters = 0;
  let upper = 0;
  let caps = 0;
  for (const w of words) {
    if (!/\p{L}/u.test(w)) continue;
    letters++;
    if (/^\p{Lu}+$/u.test(w) && w.length > 1) upper++;
    if (/^\p{Lu}/u.test(w)) caps++;
  }
  if (letters >= 3 && upper / letters > 0.6) return 'upper';
  if (letters >= 4 && caps / letters > 0.75) return 'title';
  return 'normal';
}

/** The hashes of the features that depend on the word alone, kept per word (words repeat). */
const wordCache = new Map<string, Uint32Array>();
const WORD_CACHE_LIMIT = 50_000;

function wordFeatures(w: string): Uint32Array {
  let cached = wordCache.get(w);
  if (cached) return cached;
  const out: number[] = [];
  const f = (s: string) => out.push(fnv1a(s));
  const l = w.toLowerCase();
  f('bias');
  f(`w=${l}`);
  f(`W=${w}`);
  f(`sh=${shortShape(w)}`);
  f(`lsh=${wordShape(w).slice(0, 8)}`);
  for (let k = 1; k <= 4 && k <= l.length; k++) f(`p${k}=${l.slice(0, k)}`);
  for (let k = 1; k <= 5 && k <= l.length; k++) f(`s${k}=${l.slice(-k)}`);
  if (l.length > 3 && l.length <= 20) for (let k = 0; k + 3 <= l.length; k++) f(`c3=${l.slice(k, k + 3)}`);
  f(`len=${Math.min(l.length, 12)}`);
  if (w.includes('-') && w.length > 2) {
    const parts = l.split('-');
    f(`hy0=${parts[0]}`);
    f(`hy$=${parts[parts.length - 1]}`);
  }
  cached = Uint32Array.from(out);
  if (wordCache.size >= WORD_CACHE_LIMIT) wordCache.clear();
  wordCache.set(w, cached);
  return cached;
}

const P = Object.fromEntries(
  ['w-1=', 'w+1=', 'w-2=', 'w+2=', 'w-1|w=', 'w|w+1=', 'w-2|w-1=', 'w+1|w+2=', 'sh-1=', 'sh+1=', 'sh-1|sh=', 'sh|sh+1=', 'w-1|sh=', 'sh|w+1=', 'r=', 'r-1|r=', 'r|r+1=', 'pos=', 'pos-1=', 'pos+1=', 'g=', 'g-1=', 'g+1='].map((k) => [k, fnv1a(k)]),
);

const BOS = '<s>';
const EOS = '</s>';

/**
 * Calls `emit` with the hash of every feature of every token of `sentence`, token by token;
 * `emit(-1)` ends a token. `gazetteer` may be null (no lists: those features are left out).
 */
export function sentenceFeatures(sentence: FeatureSentence, doc: DocumentContext, gazetteer: Gazetteer | null, emit: (hash: number) => void): void {
  const { words, rule, pos } = sentence;
  const n = words.length;
  const lower = words.map((w) => w.toLowerCase());
  const shapes = words.map(shortShape);
  const caps = words.map(capClass);
  const gaz = gazetteer ? gazetteer.features(words) : null;
  const sc = sentenceCase(words);
  const lw = (k: number) => (k < 0 ? BOS : k >= n ? EOS : lower[k]);
  const sh = (k: number) => (k < 0 ? BOS : k >= n ? EOS : shapes[k]);
  const rt = (k: number) => (k < 0 ? BOS : k >= n ? EOS : rule[k]);
  const f = (s: string) => emit(fnv1a(s));
  for (let i = 0; i < n; i++) {
    const w = words[i];
    const l = lower[i];
    const cap = caps[i];
    // The first word of a sentence (or after an opening quote) is capitalised anyway.
    const initial = i === 0 || (i === 1 && /^["'“‘(\-–—]$/.test(words[0]));
    for (const h of wordFeatures(w)) emit(h);
    f(`cap=${cap}|init=${initial}`);
    f(`cap=${cap}|sc=${sc}`);
    f(`sc=${sc}`);
    emit(more(P['w-1='], lw(i - 1)));
    emit(more(P['w+1='], lw(i + 1)));
    emit(more(P['w-2='], lw(i - 2)));
    emit(more(P['w+2='], lw(i + 2)));
    emit(pair(P['w-1|w='], lw(i - 1), l));
    emit(pair(P['w|w+1='], l, lw(i + 1)));
    emit(pair(P['w-2|w-1='], lw(i - 2), lw(i - 1)));
    emit(pair(P['w+1|w+2='], lw(i + 1), lw(i + 2)));
    emit(more(P['sh-1='], sh(i - 1)));
    emit(more(P['sh+1='], sh(i + 1)));
    emit(pair(P['sh-1|sh='], sh(i - 1), shapes[i]));
    emit(pair(P['sh|sh+1='], shapes[i], sh(i + 1)));
    emit(pair(P['w-1|sh='], lw(i - 1), shapes[i]));
    emit(pair(P['sh|w+1='], shapes[i], lw(i + 1)));
    if (/^\p{Lu}/u.test(w)) {
      // What the article does with this word elsewhere: a word also written in lower case is
      // likely a common word capitalised by position; one capitalised mid-sentence is a name.
      const seenLower = doc.lowerSeen.has(l);
      const seenMid = doc.midCaps.has(l);
      f(`doc=${seenLower ? 'L' : '-'}${seenMid ? 'M' : '-'}|init=${initial}`);
    }
    const r = rule[i];
    const rh = more(P['r='], r);
    emit(rh);
    emit(more(rh, `|cap=${cap}`));
    emit(pair(P['r-1|r='], rt(i - 1), r));
    emit(pair(P['r|r+1='], r, rt(i + 1)));
    for (const t of pos[i]) emit(more(P['pos='], t));
    if (i > 0) for (const t of pos[i - 1]) emit(more(P['pos-1='], t));
    if (i + 1 < n) for (const t of pos[i + 1]) emit(more(P['pos+1='], t));
    if (gaz) {
      const capital = cap === 'init-cap' || cap === 'all-caps' || cap === 'cap-mixed';
      for (const g of gaz[i]) {
        const gh = more(P['g='], g);
        emit(gh);
        emit(more(gh, capital ? '|cap=true' : '|cap=false'));
      }
      if (i > 0) for (const g of gaz[i - 1]) emit(more(P['g-1='], g));
      if (i + 1 < n) for (const g of gaz[i + 1]) emit(more(P['g+1='], g));
    }
    emit(-1);
  }
}
