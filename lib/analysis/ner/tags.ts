// The model's tag set (IOB2 over four types) and which tag may follow which.
import type { EntityType } from '../types';

export const NER_TAGS = ['O', 'B-PER', 'I-PER', 'B-ORG', 'I-ORG', 'B-LOC', 'I-LOC', 'B-MISC', 'I-MISC'] as const;
export type NerTag = (typeof NER_TAGS)[number];
export const TAG_COUNT = NER_TAGS.length;
export const TAG_INDEX: Readonly<Record<string, number>> = Object.fromEntries(NER_TAGS.map((t, i) => [t, i]));

/** The entity type a model label stands for; MISC names (events, works, nationalities) are not shown. */
export const LABEL_TYPES: Readonly<Record<string, EntityType | undefined>> = { PER: 'person', ORG: 'organization', LOC: 'place' };
export const TYPE_LABELS: Readonly<Record<EntityType, string>> = { person: 'PER', organization: 'ORG', place: 'LOC' };

/** I-X only continues B-X or I-X. */
export function allowedTransition(prev: number, next: number): boolean {
  const n = NER_TAGS[next];
  if (!n.startsWith('I-')) return true;
  if (prev < 0) return false;
  return NER_TAGS[prev].slice(2) === n.slice(2);
}

export interface LabelledSpan {
  /** Token range [first, last] inclusive. */
  first: number;
  last: number;
  label: string;
}

/** IOB2 tags (as indices) → spans. */
export function spansOfTags(tags: ArrayLike<number>): LabelledSpan[] {
  const out: LabelledSpan[] = [];
  let open: LabelledSpan | null = null;
  for (let i = 0; i < tags.length; i++) {
    const t = NER_TAGS[tags[i]];
    if (t.startsWith('I-') && open && open.label === t.slice(2)) {
      open.last = i;
      continue;
    }
    if (open) out.push(open);
    open = t === 'O' ? null : { first: i, last: i, label: t.slice(2) };
  }
  if (open) out.push(open);
  return out;
}
