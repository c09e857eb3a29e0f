// Merges candidate mentions into entities: same name (after aliases: "US" = "United States"),
// an acronym and the expansion the text gives or implies ("International Telecommunication Union"
// ↔ "ITU"), and a person's surname or transliteration variant ("Khalimov", "Al-Shamali").
import type { Entity, EntityMention, EntityType } from '../types';
import type { Votes } from './candidate';
import { PLACE_ALIASES } from '../lexicon/places';
import { ORG_ALIASES } from '../lexicon/organizations';

export interface Mention extends EntityMention {
  votes: Votes;
  acronym: boolean;
  /** Inside a heading: kept only when the same entity is named in the body. */
  heading: boolean;
}

const MIN_WEIGHT = 1.5;
const PARTICLES = new Set(['al', 'el', 'ez', 'ad', 'ash', 'as', 'bin', 'ibn']);
/** Abbreviated words that name the same thing as the full word ("State Dept." = "State Department"). */
const WORD_ABBREVIATIONS: Record<string, string> = { dept: 'department', univ: 'university', govt: 'government', intl: 'international', assn: 'association', corp: 'corporation', natl: 'national' };
const SMALL_WORDS = new Set(['of', 'for', 'and', 'the', 'on', '&']);

/** Lower case, no dots, hyphens as spaces, no leading "the": the form mentions are compared in. */
export function nameKey(name: string): string {
  const key = name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[’]/g, "'")
    .replace(/\./g, '')
    .replace(/[-‐]/g, ' ')
    .replace(/\s+/g, ' ')
    .replace(/^the /, '')
    .trim()
    .split(' ')
    .map((w) => WORD_ABBREVIATIONS[w] ?? w)
    .join(' ');
  return PLACE_ALIASES[key] ?? ORG_ALIASES[key] ?? key;
}

export function mergeMentions(mentions: Mention[], text: string): Entity[] {
  const groups = new Map<string, Mention[]>();
  const add = (key: string, m: Mention) => {
    const g = groups.get(key);
    if (g) g.push(m);
    else groups.set(key, [m]);
  };
  for (const m of mentions) add(nameKey(m.text), m);

  const alias = acronymAliases(mentions, text);
  for (const [acr, full] of alias) moveGroup(groups, acr, full);
  mergeSurnames(groups);

  const entities: Entity[] = [];
  const usedIds = new Set<string>();
  for (const group of groups.values()) {
    const votes: Votes = { person: 0, organization: 0, place: 0 };
    for (const m of group) for (const t of Object.keys(votes) as EntityType[]) votes[t] += m.votes[t];
    const type = (Object.keys(votes) as EntityType[]).reduce((a, b) => (votes[b] > votes[a] ? b : a));
    if (votes[type] < MIN_WEIGHT) continue;
    const body = group.filter((m) => !m.heading);
    if (body.length === 0) continue;
    const kept = group.sort((a, b) => a.start - b.start).map(({ start, end, text: t }) => ({ start, end, text: t }));
    const name = fullestName(group);
    let id = `${type}:${slug(name)}`;
    for (let n = 2; usedIds.has(id); n++) id = `${type}:${slug(name)}-${n}`;
    usedIds.add(id);
    entities.push({ id, name, type, mentions: kept });
  }
  return entities.sort((a, b) => a.mentions[0].start - b.mentions[0].start);
}

function moveGroup(groups: Map<string, Mention[]>, from: string, to: string): void {
  const src = groups.get(from);
  const dst = groups.get(to);
  if (!src || !dst || src === dst) return;
  dst.push(...src);
  groups.delete(from);
}

/** acronym key → expansion key, from "Expansion (ACR)", "ACR (Expansion)" or matching initials. */
function acronymAliases(mentions: Mention[], text: string): Map<string, string> {
  const out = new Map<string, string>();
  const acronyms = new Set(mentions.filter((m) => m.acronym).map((m) => m.text.replace(/\./g, '')));
  for (const m of mentions) {
    if (m.acronym) continue;
    const words = m.text.split(/[\s-]+/).filter((w) => !SMALL_WORDS.has(w.toLowerCase()));
    if (words.length < 2) continue;
    const initials = words.map((w) => w[0]).join('').toUpperCase();
    const after = /^\s*\(([\p{Lu}.]{2,8})\)/u.exec(text.slice(m.end, m.end + 12))?.[1]?.replace(/\./g, '');
    const before = /\(\s*$/.test(text.slice(m.start - 2, m.start)) ? /([\p{Lu}.]{2,8})\s*\($/u.exec(text.slice(Math.max(0, m.start - 12), m.start))?.[1] : undefined;
    for (const acr of [after, before, initials]) {
      if (acr && acronyms.has(acr) && (acr !== initials || words.length >= 2)) out.set(nameKey(acr), nameKey(m.text));
    }
  }
  return out;
}

/** Folds one-word person mentions into the full name whose surname they are. */
function mergeSurnames(groups: Map<string, Mention[]>): void {
  const bySurname = new Map<string, string[]>();
  for (const [key, group] of groups) {
    const parts = key.split(' ');
    if (parts.filter((w) => !PARTICLES.has(w)).length < 2 || !leansPerson(group)) continue;
    const core = coreName(parts[parts.length - 1]);
    if (core.length < 3) continue;
    bySurname.set(core, [...(bySurname.get(core) ?? []), key]);
  }
  const cores = [...bySurname.keys()];
  for (const [key, group] of [...groups]) {
    const parts = key.split(' ');
    if (parts.length > 2 || (parts.length === 2 && !PARTICLES.has(parts[0]))) continue;
    if (strongNonPerson(group)) continue;
    const core = coreName(parts.join(''));
    let targets = bySurname.get(core);
    // Transliteration variants ("Shimali" / "Shamali") differ by one letter in a long name.
    if (!targets && core.length >= 6) {
      const near = cores.filter((c) => c.length === core.length && oneSubstitution(c, core));
      if (near.length === 1) targets = bySurname.get(near[0]);
    }
    if (targets && targets.length === 1 && targets[0] !== key) moveGroup(groups, key, targets[0]);
  }
}

/** "al shimali" / "alshimali" → "shimali". */
function coreName(word: string): string {
  return word.replace(/^(al|el|ez|ad|ash|as)(?=\p{L}{3})/u, '').replace(/\s/g, '');
}

function oneSubstitution(a: string, b: string): boolean {
  let diff = 0;
  for (let i = 0; i < a.length && diff < 2; i++) if (a[i] !== b[i]) diff++;
  return diff === 1;
}

function leansPerson(group: Mention[]): boolean {
  const v = group.reduce((s, m) => ({ p: s.p + m.votes.person, o: s.o + m.votes.organization + m.votes.place }), { p: 0, o: 0 });
  return v.p > 0 && v.p >= v.o;
}

function strongNonPerson(group: Mention[]): boolean {
  return group.some((m) => m.acronym || m.votes.place >= 3 || m.votes.organization >= 3);
}

/** The longest written form, preferring an expansion to its acronym. */
function fullestName(group: Mention[]): string {
  let best = group[0].text;
  let bestScore = -1;
  for (const m of group) {
    const score = (m.acronym ? 0 : 1000) + m.text.split(/\s+/).length * 100 + m.text.length;
    if (score > bestScore) {
      best = m.text;
      bestScore = score;
    }
  }
  return best;
}

export function slug(name: string): string {
  return (
    name
      .normalize('NFKD')
      .replace(/\p{M}/gu, '')
      .toLowerCase()
      .replace(/['’.]/g, '')
      .replace(/[^\p{L}\p{N}]+/gu, '-')
      .replace(/^-+|-+$/g, '') || 'entity'
  );
}
