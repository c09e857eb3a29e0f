// Compromise's part-of-speech and name tags, looked up by our own token offsets. Compromise runs
// once over the whole text, through its lexicon and pre-tagger only: the post-tagger's pattern
// pass cost ~550 ms per 20,000 words and changed no eval figure, since our own rules do that job.
import nlp from 'compromise';
import type { Token } from '../tokens';

export type TagLookup = (token: Token) => ReadonlySet<string>;

const EMPTY: ReadonlySet<string> = new Set();
const STEPS = ['index', 'id', 'lexicon', 'preTagger', 'offset'];

interface Term {
  tags: Set<string>;
  offset?: { start: number; length: number };
}

/** Tags compromise gives each of `tokens` (union over the compromise terms inside the token). */
export function tagTokens(text: string, tokens: readonly Token[]): ReadonlySet<string>[] {
  const doc = nlp.tokenize(text);
  doc.compute(STEPS);
  const terms: Term[] = (doc.docs as Term[][]).flat();
  const out: ReadonlySet<string>[] = new Array(tokens.length).fill(EMPTY);
  let t = 0;
  for (let i = 0; i < tokens.length; i++) {
    const tok = tokens[i];
    while (t < terms.length && termEnd(terms[t]) <= tok.start) t++;
    let tags: Set<string> | undefined;
    for (let k = t; k < terms.length && (terms[k].offset?.start ?? Infinity) < tok.end; k++) {
      if (!tags) tags = new Set(terms[k].tags);
      else for (const tag of terms[k].tags) tags.add(tag);
    }
    if (tags) out[i] = tags;
  }
  return out;
}

let lexicon: Record<string, string | string[]> | undefined;

/** Whether compromise's lexicon knows `word` (lower case) as a common word rather than a name. */
export function isDictionaryWord(word: string): boolean {
  lexicon ??= (nlp.model() as { one: { lexicon: Record<string, string | string[]> } }).one.lexicon;
  const tag = lexicon[word] ?? (word.endsWith('s') ? lexicon[word.slice(0, -1)] : undefined);
  if (tag === undefined) return false;
  return !/Name|Person|Place|Country|City|Region|Organization|Honorific|SportsTeam|Company/.test(Array.isArray(tag) ? tag.join(' ') : tag);
}

function termEnd(term: Term): number {
  return term.offset ? term.offset.start + term.offset.length : -1;
}

/** Compromise's own people/organizations/places, for the eval's baseline column. */
export function compromiseEntities(text: string): { start: number; end: number; type: 'person' | 'organization' | 'place' }[] {
  const doc = nlp(text);
  const out: { start: number; end: number; type: 'person' | 'organization' | 'place' }[] = [];
  const groups = [
    ['person', doc.people()],
    ['organization', doc.organizations()],
    ['place', doc.places()],
  ] as const;
  for (const [type, view] of groups) {
    for (const match of view.json({ offset: true }) as { text: string; offset: { start: number; length: number } }[]) {
      // Compromise's match text carries trailing punctuation ("Syria,"); trim it to the name.
      let start = match.offset.start;
      let end = start + match.offset.length;
      while (end > start && /[\s.,;:!?'"’”)\]]/.test(text[end - 1]) && !/\p{Lu}\.$/u.test(text.slice(start, end))) end--;
      while (start < end && /[\s'"‘“([]/.test(text[start])) start++;
      if (end > start) out.push({ start, end, type });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}
