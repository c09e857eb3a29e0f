// Scoring for `npm run eval`: system entities and claims against hand-written gold files.
// Pure functions over offsets, so they can be unit-tested without fixtures.

export type EntityType = 'person' | 'organization' | 'place';

export interface Span {
  start: number;
  end: number;
}

export interface TypedSpan extends Span {
  type: EntityType;
}

export interface GoldFile {
  fixture: string;
  entities: { text: string; type: EntityType }[];
  claims: { text: string }[];
}

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

export interface Prf extends Counts {
  precision: number;
  recall: number;
  f1: number;
}

export const TYPES: EntityType[] = ['person', 'organization', 'place'];

export function prf({ tp, fp, fn }: Counts): Prf {
  const precision = tp + fp === 0 ? 1 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 1 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { tp, fp, fn, precision, recall, f1 };
}

export function addCounts(a: Counts, b: Counts): Counts {
  return { tp: a.tp + b.tp, fp: a.fp + b.fp, fn: a.fn + b.fn };
}

const WORD_CHAR = /[\p{L}\p{N}]/u;

/**
 * Every whole-word occurrence of each gold surface form, longest forms first, so "Khalimov"
 * inside "Gulmurod Khalimov" is counted once, as the longer form. Case-sensitive.
 */
export function goldMentions(text: string, entities: GoldFile['entities']): (TypedSpan & { text: string })[] {
  const forms = [...entities].sort((a, b) => b.text.length - a.text.length);
  const taken = new Uint8Array(text.length);
  const out: (TypedSpan & { text: string })[] = [];
  for (const form of forms) {
    if (!form.text) continue;
    for (let at = text.indexOf(form.text); at >= 0; at = text.indexOf(form.text, at + 1)) {
      const end = at + form.text.length;
      if (WORD_CHAR.test(text[at - 1] ?? '') || WORD_CHAR.test(text[end] ?? '')) continue;
      let free = true;
      for (let i = at; i < end && free; i++) free = taken[i] === 0;
      if (!free) continue;
      taken.fill(1, at, end);
      out.push({ start: at, end, type: form.type, text: form.text });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/** Mention-level counts: a system span is right when a gold span has the same offsets and type. */
export function scoreMentions(system: readonly TypedSpan[], gold: readonly TypedSpan[], type?: EntityType): Counts {
  const sys = system.filter((s) => !type || s.type === type);
  const gol = gold.filter((g) => !type || g.type === type);
  const goldKeys = new Set(gol.map((g) => `${g.start}:${g.end}:${g.type}`));
  const seen = new Set<string>();
  let tp = 0;
  for (const s of sys) {
    const key = `${s.start}:${s.end}:${s.type}`;
    if (goldKeys.has(key) && !seen.has(key)) {
      tp++;
      seen.add(key);
    }
  }
  return { tp, fp: sys.length - tp, fn: gol.length - tp };
}

/** Distinct-name counts: sets of (type, surface text) on each side. */
export function scoreNames(system: readonly { text: string; type: EntityType }[], gold: readonly { text: string; type: EntityType }[], type?: EntityType): Counts {
  const key = (x: { text: string; type: EntityType }) => `${x.type}|${x.text}`;
  const sys = new Set(system.filter((s) => !type || s.type === type).map(key));
  const gol = new Set(gold.filter((g) => !type || g.type === type).map(key));
  let tp = 0;
  for (const k of sys) if (gol.has(k)) tp++;
  return { tp, fp: sys.size - tp, fn: gol.size - tp };
}

/** Where a gold claim's text sits in the snapshot text (tolerating whitespace and quote styles). */
export function locateClaim(text: string, claim: string): Span | null {
  const exact = text.indexOf(claim);
  if (exact >= 0) return { start: exact, end: exact + claim.length };
  const norm = (s: string) => s.replace(/[‘’]/g, "'").replace(/[“”]/g, '"');
  const pattern = norm(claim.trim())
    .split(/\s+/)
    .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('\\s+');
  const m = new RegExp(pattern).exec(norm(text));
  return m ? { start: m.index, end: m.index + m[0].length } : null;
}

/**
 * Claim counts: a system claim matches a gold claim when their overlap is at least half the
 * shorter span; matching is one-to-one, largest overlaps first.
 */
export function scoreClaims(system: readonly Span[], gold: readonly Span[]): Counts {
  const pairs: { s: number; g: number; overlap: number }[] = [];
  system.forEach((s, si) => {
    gold.forEach((g, gi) => {
      const overlap = Math.min(s.end, g.end) - Math.max(s.start, g.start);
      const shorter = Math.min(s.end - s.start, g.end - g.start);
      if (overlap > 0 && overlap >= shorter / 2) pairs.push({ s: si, g: gi, overlap });
    });
  });
  pairs.sort((a, b) => b.overlap - a.overlap);
  const usedS = new Set<number>();
  const usedG = new Set<number>();
  for (const p of pairs) {
    if (usedS.has(p.s) || usedG.has(p.g)) continue;
    usedS.add(p.s);
    usedG.add(p.g);
  }
  return { tp: usedS.size, fp: system.length - usedS.size, fn: gold.length - usedG.size };
}

/** What a system found in one text: entity mentions and claim spans. */
export interface SystemOutput {
  entities: (TypedSpan & { text: string })[];
  claims: Span[];
}

/** Entity (mention-level, by type and overall) and claim counts for one text against its gold. */
export function scoreText(text: string, gold: GoldFile, system: SystemOutput): Record<EntityType | 'all' | 'claims', Counts> {
  const goldSpans = goldMentions(text, gold.entities);
  const claimSpans = gold.claims.map((c) => locateClaim(text, c.text)).filter((s): s is Span => s !== null);
  const claims = scoreClaims(system.claims, claimSpans);
  const notFound = gold.claims.length - claimSpans.length;
  return {
    all: scoreMentions(system.entities, goldSpans),
    person: scoreMentions(system.entities, goldSpans, 'person'),
    organization: scoreMentions(system.entities, goldSpans, 'organization'),
    place: scoreMentions(system.entities, goldSpans, 'place'),
    claims: { ...claims, fn: claims.fn + notFound },
  };
}
