// Entities from the NER model and the rules together. The model tags each body sentence (reading
// what the rules found as one of its features); where both name something, the rules' span wins
// (they know title splitting, possessives, "London-based", "Shares of …") and both vote on the
// type; what only the model finds is added, cleaned of titles and nationality words. Then the
// rules' own steps make entities: one name merged across the article with one type (the votes
// of all its mentions), acronyms joined to their expansion, surnames to the full name, headings
// given only the names the body has.
import type { Entity, EntityType } from '../types';
import type { RulePass } from '../rule-pass';
import { addHeadingMentions, titleCaseRegions } from '../entities';
import { mergeMentions, type Mention } from '../entities/merge';
import { isAcronym } from '../entities/name-shape';
import { EPONYM_NOUNS, NAME_PARTICLES, NON_PERSON_HEADS, TITLES } from '../lexicon/words';
import { isDictionaryWord } from '../entities/tagger';
import { DEMONYMS } from '../lexicon/places';
import { featureSentences, tagSentences } from './document';
import type { NerModel } from './model';
import { LABEL_TYPES } from './tags';
import { nerTokenize, type NerToken } from './tokenize';
import { GAZETTEER_LISTS, type GazetteerList } from './gazetteer';

/** How the model's and the rules' mentions are combined. */
export interface CombinePolicy {
  /** A rule mention's vote for its type. */
  ruleVote: number;
  /** A model mention's vote for its type. */
  modelVote: number;
  /** Keep rule mentions the model did not tag (with this vote; 0 drops them). */
  ruleOnlyVote: number;
  /** Where both found a name, the rules' span is kept (else the model's). */
  ruleSpan: boolean;
  /** A name only the model found is added when its margin over O (per token) is at least this. */
  minMargin: number;
  /** The types a name only the model found may have. */
  addTypes: EntityType[];
  /** Types a name only the model found may have only when the name lists hold it as that type. */
  addKnownTypes: EntityType[];
}

export const COMBINE: CombinePolicy = { ruleVote: 3, modelVote: 2, ruleOnlyVote: 3, ruleSpan: true, minMargin: 0, addTypes: ['person'], addKnownTypes: ['organization', 'place'] };

interface Typed {
  start: number;
  end: number;
  type: EntityType;
  margin?: number;
  /** The name's key in the model's lists (lower-case tokens joined by a space). */
  key?: string;
}

const LIST_BITS: Record<EntityType, number> = {
  person: listBits(['seen-PER']),
  organization: listBits(['seen-ORG', 'outlet']),
  place: listBits(['seen-LOC', 'city', 'country']),
};

function listBits(lists: readonly GazetteerList[]): number {
  return lists.reduce((m, l) => m | (1 << GAZETTEER_LISTS.indexOf(l)), 0);
}

export function nerEntities(model: NerModel, text: string, rules: RulePass, policy: CombinePolicy = COMBINE): Entity[] {
  const { sentences, blocks, split, tags } = rules;
  const body = sentences.filter((s) => blocks[s.block]?.kind !== 'heading');
  const tokens = body.map((s) => nerTokenize(text, s.start, s.end));
  const spans = tagSentences(model, featureSentences(tokens, { entities: rules.entities, tokens: split.tokens, tags }));
  // Title Case stretches (headlines inside paragraphs, quoted titles) only get names the body has.
  const titled = titleCaseRegions(text, sentences, split, blocks);
  const headings = [...blocks.filter((b) => b.kind === 'heading'), ...titled];
  const inHeading = (at: number) => headings.some((h) => h.start <= at && at < h.end);

  const found: Typed[] = [];
  spans.forEach((inSentence, k) => {
    for (const span of inSentence) {
      const type: EntityType | undefined = LABEL_TYPES[span.label];
      const cleaned = type && cleanModelSpan(tokens[k], span.first, span.last, type);
      if (cleaned && !inHeading(cleaned.start)) found.push({ ...cleaned, margin: span.margin });
    }
  });
  const ruled: Typed[] = rules.entities
    .flatMap((e) => e.mentions.map((m) => ({ start: m.start, end: m.end, type: e.type })))
    .filter((m) => !inHeading(m.start))
    .sort((a, b) => a.start - b.start);

  const mentions: Mention[] = [];
  const push = (span: { start: number; end: number }, votes: Record<EntityType, number>) => {
    const name = text.slice(span.start, span.end);
    mentions.push({ start: span.start, end: span.end, text: name, votes, acronym: !/\s/.test(name) && isAcronym(name), heading: false });
  };
  const used = new Uint8Array(found.length);
  let f = 0;
  for (const r of ruled) {
    while (f < found.length && found[f].end <= r.start) f++;
    const votes = { person: 0, organization: 0, place: 0 };
    const overlapping: number[] = [];
    for (let k = f; k < found.length && found[k].start < r.end; k++) if (!used[k]) overlapping.push(k);
    for (const k of overlapping) {
      used[k] = 1;
      votes[found[k].type] += policy.modelVote;
    }
    votes[r.type] += overlapping.length ? policy.ruleVote : policy.ruleOnlyVote;
    if (overlapping.length === 1 && !policy.ruleSpan) push(found[overlapping[0]], votes);
    else if (overlapping.length || policy.ruleOnlyVote > 0) push(r, votes);
  }
  found.forEach((m, k) => {
    if (used[k] || (m.margin ?? 0) < policy.minMargin || !plausibleAlone(text.slice(m.start, m.end))) return;
    if (m.type === 'person' && !plausiblePerson(text, m)) return;
    const known = () => (model.gazetteer.lookup(m.key ?? '') & LIST_BITS[m.type]) !== 0;
    if (!policy.addTypes.includes(m.type) && !(policy.addKnownTypes.includes(m.type) && known())) return;
    const votes = { person: 0, organization: 0, place: 0 };
    votes[m.type] = policy.modelVote;
    push(m, votes);
  });
  mentions.sort((a, b) => a.start - b.start);
  const entities = mergeMentions(mentions, text);
  addHeadingMentions(text, headings, entities);
  return entities.sort((a, b) => a.mentions[0].start - b.mentions[0].start);
}

/** Words a name may hold in lower case ("Bank of England", "Ludwig van Beethoven"). */
const INNER_LOWER = new Set(['of', 'the', 'and', 'for', 'on', 'in', 'at', 'upon']);

/**
 * Whether a name only the model found reads as one: no lower-case word inside it ("French
 * government", "Russian air force" are descriptions) and not a single common word that the
 * rules left alone ("Delegates", "Empire").
 */
function plausibleAlone(name: string): boolean {
  const words = name.split(/\s+/);
  if (words.some((w) => /^\p{Ll}/u.test(w) && !INNER_LOWER.has(w) && !NAME_PARTICLES.has(w))) return false;
  return words.length > 1 || !isDictionaryWord(name.toLowerCase());
}

/**
 * Whether a person's name only the model found reads as one: it does not end in a head noun of a
 * thing or an event ("Sharia Law", "Aurora Shooting") and is not an eponym ("Parkinson's disease").
 */
function plausiblePerson(text: string, span: { start: number; end: number }): boolean {
  const words = text.slice(span.start, span.end).split(/\s+/);
  if (words.length > 1 && NON_PERSON_HEADS.has(words[words.length - 1].toLowerCase())) return false;
  const after = /^['’]s?\s+(\p{L}+)/u.exec(text.slice(span.end, span.end + 40));
  return !(after && EPONYM_NOUNS.has(after[1].toLowerCase()));
}

/**
 * A model span as the reader expects it: no "the" before it and no title before a person's name ("Mr Sunak" → "Sunak"),
 * no "-based" tail ("London-based" → "London"), and no nationality word alone ("Kenyan").
 */
function cleanModelSpan(tokens: readonly NerToken[], first: number, last: number, type: EntityType): Typed | null {
  if (first < last && /^the$/i.test(tokens[first].text)) first++;
  if (/^\p{N}/u.test(tokens[first].text)) return null;
  while (type === 'person' && first < last && TITLES.has(tokens[first].text.toLowerCase().replace(/\.$/, ''))) first++;
  let end = tokens[last].end;
  for (let i = first; i <= last; i++) {
    const hyphen = /-\p{Ll}+$/u.exec(tokens[i].text);
    if (hyphen && /\p{Lu}/u.test(tokens[i].text)) {
      end = tokens[i].start + hyphen.index;
      last = i;
      break;
    }
  }
  if (first === last && DEMONYMS.has(tokens[first].text.toLowerCase())) return null;
  if (end <= tokens[first].start) return null;
  const key = tokens.slice(first, last + 1).map((t, i) => (i === last - first ? t.text.slice(0, end - t.start) : t.text).toLowerCase()).join(' ');
  return { start: tokens[first].start, end, type, key };
}
