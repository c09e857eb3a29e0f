import { describe, expect, it } from 'vitest';
import type { Analysis } from '@/lib/analysis/types';
import { paintItems } from '@/lib/highlight/from-analysis';
import { ItemIndex, itemId, type PaintItem } from '@/lib/highlight/items';
import { placeCard } from '@/lib/highlight/place-card';

// "Khalimov said the CIA paid 40 men." — a claim over the whole sentence, two entities inside.
const claim: PaintItem = { key: 'claim:1', kind: 'claim', start: 0, end: 34 };
const khalimov: PaintItem = { key: 'person:khalimov', kind: 'person', start: 0, end: 8 };
const cia: PaintItem = { key: 'organization:cia', kind: 'organization', start: 18, end: 21 };
const later: PaintItem = { key: 'place:syria', kind: 'place', start: 50, end: 55 };

describe('ItemIndex', () => {
  const index = new ItemIndex([later, cia, khalimov, claim]);

  it('orders items by reading order, a claim before the entity it starts with', () => {
    expect(index.ordered.map((i) => i.key)).toEqual(['claim:1', 'person:khalimov', 'organization:cia', 'place:syria']);
  });

  it('finds the most specific item at an offset', () => {
    expect(index.at(19).map((i) => i.key)).toEqual(['organization:cia', 'claim:1']);
    expect(index.at(12).map((i) => i.key)).toEqual(['claim:1']);
    expect(index.at(40)).toEqual([]);
    expect(index.at(54).map((i) => i.key)).toEqual(['place:syria']);
    expect(index.at(55)).toEqual([]); // end is exclusive
  });

  it('steps forward and back through every item, wrapping at the ends', () => {
    let at = index.step(-1, 1);
    const seen = [at?.key];
    for (let i = 0; i < 4; i++) {
      at = index.step(at!.start, 1, at!);
      seen.push(at?.key);
    }
    expect(seen).toEqual(['claim:1', 'person:khalimov', 'organization:cia', 'place:syria', 'claim:1']);
    expect(index.step(0, -1, claim)?.key).toBe('place:syria');
    expect(index.step(Number.MAX_SAFE_INTEGER, -1)?.key).toBe('place:syria');
    expect(index.step(30, 1)?.key).toBe('place:syria');
  });

  it('finds the first mention of an entity and is empty-safe', () => {
    expect(index.first('organization:cia')).toBe(cia);
    expect(new ItemIndex([]).step(0, 1)).toBeNull();
    expect(new ItemIndex([]).at(3)).toEqual([]);
  });

  it('gives each mention its own id', () => {
    expect(itemId(khalimov)).not.toBe(itemId({ ...khalimov, start: 90, end: 98 }));
  });
});

describe('paintItems', () => {
  const analysis: Analysis = {
    sentences: [],
    tookMs: 1,
    entities: [
      {
        id: 'person:gulmurod-khalimov',
        name: 'Gulmurod Khalimov',
        type: 'person',
        mentions: [
          { start: 0, end: 17, text: 'Gulmurod Khalimov' },
          { start: 40, end: 48, text: 'Khalimov' },
        ],
      },
    ],
    claims: [
      { id: 'claim:a', start: 0, end: 30, text: 'x', score: 0.8, reasons: [], sourcing: { kind: 'none' }, flagged: true },
      { id: 'claim:b', start: 31, end: 60, text: 'y', score: 0.7, reasons: [], sourcing: { kind: 'anonymous', source: 'officials' }, flagged: true },
    ],
    checkWorthy: [],
  };

  it('paints every mention and every claim not dismissed', () => {
    const items = paintItems(analysis, new Set(['claim:b']));
    expect(items.map((i) => `${i.kind}:${i.start}`)).toEqual(['person:0', 'person:40', 'claim:0']);
  });
});

describe('placeCard', () => {
  const viewport = { width: 1000, height: 800 };
  const card = { width: 300, height: 150 };

  it('puts the card just below the highlighted line', () => {
    expect(placeCard({ left: 100, top: 200, right: 180, bottom: 220 }, card, viewport)).toEqual({ left: 100, top: 226 });
  });

  it('puts it above when there is no room below', () => {
    const { top } = placeCard({ left: 100, top: 700, right: 180, bottom: 720 }, card, viewport);
    expect(top).toBe(700 - 6 - 150);
  });

  it('keeps it inside the viewport horizontally', () => {
    expect(placeCard({ left: 900, top: 100, right: 950, bottom: 120 }, card, viewport).left).toBe(1000 - 8 - 300);
    expect(placeCard({ left: -40, top: 100, right: 10, bottom: 120 }, card, viewport).left).toBe(8);
  });
});
