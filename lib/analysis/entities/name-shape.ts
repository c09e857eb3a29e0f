// Questions about the words of a token range on their own: is it an acronym, shouted, headed by an
// organisation word, shaped like a personal name, known to a list? Both the trimming of a run and
// the weighing of its evidence ask them, so they live here rather than in either.
import type { ClassifyContext } from './candidate';
import { isDictionaryWord } from './tagger';
import { COMMON_WORDS } from '../lexicon/words';
import { DEMONYMS, PLACE_HEADS, PLACE_NAMES } from '../lexicon/places';
import { ORG_HEADS, ORG_LAST_HEADS, ORG_NAMES } from '../lexicon/organizations';

/** compromise's tags for a word that is part of a personal name. */
export const NAME_TAGS = ['FirstName', 'MaleName', 'FemaleName', 'LastName', 'Honorific'];

export function isAcronym(word: string): boolean {
  return /^(\p{Lu}\.){2,}$/u.test(word) || /^\p{Lu}[\p{Lu}\p{N}&]+\+?$/u.test(word);
}

export function isAllCaps(first: number, last: number, ctx: ClassifyContext): boolean {
  for (let i = first; i <= last; i++) if (!/^[\p{Lu}.'’-]{2,}$/u.test(ctx.tokens[i].text)) return false;
  return true;
}

/** "Crown Prosecution Service", "Prime Minister's Office": a title word opening an organisation's name. */
export function endsWithHead(first: number, last: number, ctx: ClassifyContext): boolean {
  for (let i = first + 1; i <= last; i++) if (ORG_HEADS.has(ctx.tokens[i].text.toLowerCase()) || PLACE_HEADS.has(ctx.tokens[i].text.toLowerCase())) return true;
  return last > first && ORG_LAST_HEADS.has(ctx.tokens[last].text.toLowerCase());
}

export function hasHead(first: number, last: number, ctx: ClassifyContext): boolean {
  for (let i = first + 1; i <= last; i++) if (ORG_HEADS.has(ctx.tokens[i].text.toLowerCase())) return true;
  return false;
}

/** The text between token `a`'s end and token `b`'s start (" " when they are one space apart). */
export function gapText(ctx: ClassifyContext, a: number, b: number): string {
  return ctx.text.slice(ctx.tokens[a].end, ctx.tokens[b].start);
}

export function tokensKey(first: number, last: number, ctx: ClassifyContext): string {
  const parts: string[] = [];
  for (let i = first; i <= last; i++) parts.push(ctx.tokens[i].text.toLowerCase());
  return parts.join(' ');
}

/** The longest stretch of a run that a list knows ("Boston" in "Boston Marathon Bombings"). */
export function knownSubName(first: number, last: number, ctx: ClassifyContext, only?: ReadonlySet<string>): [number, number] | null {
  for (let len = last - first; len >= 1; len--) {
    for (let a = first; a + len - 1 <= last; a++) {
      const key = tokensKey(a, a + len - 1, ctx);
      if (only ? only.has(key) : PLACE_NAMES.has(key) || ORG_NAMES.has(key)) return [a, a + len - 1];
    }
  }
  return null;
}

export function looksLikePersonalName(first: number, last: number, ctx: ClassifyContext): boolean {
  if (last - first > 3) return false;
  for (let i = first; i <= last; i++) {
    const tok = ctx.tokens[i];
    const lower = tok.text.toLowerCase();
    if (isAcronym(tok.text) && !/^\p{Lu}\.$/u.test(tok.text)) return false;
    if (COMMON_WORDS.has(lower) || ctx.lowerSeen.has(lower) || DEMONYMS.has(lower) || PLACE_NAMES.has(lower)) return false;
    if (ORG_HEADS.has(lower) || ORG_LAST_HEADS.has(lower) || PLACE_HEADS.has(lower) || (i > first && isDictionaryWord(lower))) return false;
    const tags = ctx.tags[i];
    if (tags.has('Plural') || tags.has('Verb') || tags.has('Adjective') && !tags.has('Person')) return false;
  }
  return true;
}

/** Whether no word of the run is one compromise knows (not "Standard Chartered", but "Virat Kohli"). */
export function unknownWords(first: number, last: number, ctx: ClassifyContext): boolean {
  for (let i = first; i <= last; i++) {
    const w = ctx.tokens[i].text.toLowerCase();
    if (isDictionaryWord(w) || ctx.lowerSeen.has(w)) return false;
  }
  return true;
}
