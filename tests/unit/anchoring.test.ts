// Notes must find their passage again on later visits, also after light edits by the outlet,
// and must never be placed on the wrong words (null → the panel lists the note as an orphan).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fixture, fixturePath } from '../fixtures/fixtures';
import { analyzeHtml } from '../../scripts/analyze-file';
import { describeRange } from '@/lib/anchoring/describe';
import { anchorMany, anchorSelectors } from '@/lib/anchoring/anchor';
import { matchQuote, textMatchScore } from '@/lib/anchoring/match-quote';
import { collapseWithMap, toCollapsed, toOriginal } from '@/lib/anchoring/whitespace';

const seed = fixture('seed-globalresearch');
const SEED = analyzeHtml(readFileSync(fixturePath(seed.name), 'utf8'), seed.url, 'seed.html', { withText: true }).text!;
const PASSAGE = 'Once the Russian military intervened on September 30th 2015, however, ISIS and the assorted other jihadi';

function selectorsFor(text: string, passage: string) {
  const start = text.indexOf(passage);
  if (start < 0) throw new Error('passage not in text');
  return describeRange(text, start, start + passage.length);
}

describe('describeRange', () => {
  it('gives the quote with 32 characters of context and the position', () => {
    const text = 'a'.repeat(40) + 'THE PASSAGE' + 'b'.repeat(40);
    const [quote, position] = describeRange(text, 40, 51);
    expect(quote).toEqual({ type: 'TextQuoteSelector', exact: 'THE PASSAGE', prefix: 'a'.repeat(32), suffix: 'b'.repeat(32) });
    expect(position).toEqual({ type: 'TextPositionSelector', start: 40, end: 51 });
  });

  it('keeps shorter context at the edges of the text and orders a backwards range', () => {
    const [quote, position] = describeRange('hello world', 11, 6);
    expect(quote).toMatchObject({ exact: 'world', prefix: 'hello ', suffix: '' });
    expect(position).toMatchObject({ start: 6, end: 11 });
  });
});

describe('anchorSelectors on the seed article', () => {
  it('finds a passage at its stored position when the text is unchanged (round trip)', () => {
    const selectors = selectorsFor(SEED, PASSAGE);
    const anchor = anchorSelectors(SEED, selectors);
    expect(anchor).toMatchObject({ method: 'position' });
    expect(SEED.slice(anchor!.start, anchor!.end)).toBe(PASSAGE);
  });

  it('finds the quote when a sentence was inserted before the passage', () => {
    const selectors = selectorsFor(SEED, PASSAGE);
    const edited = SEED.replace('Back in September 2015,', 'Editor’s note: this article was updated. Back in September 2015,');
    const anchor = anchorSelectors(edited, selectors);
    expect(anchor?.method).toBe('quote');
    expect(edited.slice(anchor!.start, anchor!.end)).toBe(PASSAGE);
  });

  it('finds the passage approximately when a word inside it changed', () => {
    const selectors = selectorsFor(SEED, PASSAGE);
    const changed = PASSAGE.replace('intervened', 'stepped in');
    const edited = ('Inserted first sentence. ' + SEED).replace(PASSAGE, changed);
    const anchor = anchorSelectors(edited, selectors);
    expect(anchor?.method).toBe('fuzzy');
    expect(edited.slice(anchor!.start, anchor!.end)).toBe(changed);
  });

  it('gives null (an orphan) when the passage was removed', () => {
    const paragraph = SEED.split('\n\n')[1];
    const selectors = selectorsFor(SEED, PASSAGE);
    expect(anchorSelectors(SEED.replace(paragraph + '\n\n', ''), selectors)).toBeNull();
    // a short quote whose context is gone too
    const short = selectorsFor(SEED, 'Deir ez Zor is a case');
    expect(anchorSelectors(SEED.replace(/This week's liberation of Deir ez Zor is a case in point\./, ''), short)).toBeNull();
  });

  it('matches across whitespace differences (re-flowed text, a quote spanning paragraphs)', () => {
    const passage = 'for about 4 years. At that time, there was good reason';
    const selectors = selectorsFor(SEED, passage);
    const reflowed = SEED.replace('for about 4 years. At that', 'for about 4\n  years.\u00a0 At that');
    const anchor = anchorSelectors(reflowed, selectors);
    expect(anchor?.method).toBe('quote');
    expect(reflowed.slice(anchor!.start, anchor!.end).replace(/\s+/g, ' ')).toBe(passage);

    const across = SEED.slice(SEED.indexOf('Syrian city of Deir ez Zor.'), SEED.indexOf('It may have escaped') + 14);
    expect(across).toContain('\n\n');
    const joined = SEED.replace(across, across.replace('\n\n', ' '));
    const a2 = anchorSelectors(joined, selectorsFor(SEED, across));
    expect(joined.slice(a2!.start, a2!.end)).toBe(across.replace('\n\n', ' '));
  });
});

describe('repeated quotes', () => {
  const text =
    'First paragraph mentions the Pentagon briefly. ' +
    'Later the reporter wrote that the Pentagon denied everything. ' +
    'Finally, critics said the Pentagon was silent.';
  const second = text.indexOf('the Pentagon', text.indexOf('reporter'));

  it('tells occurrences apart by their context', () => {
    const selectors = describeRange(text, second, second + 'the Pentagon'.length);
    const moved = 'An introduction. ' + text;
    const anchor = anchorSelectors(moved, selectors);
    expect(anchor).toMatchObject({ method: 'quote', start: second + 'An introduction. '.length });
  });

  it('uses the old position when the context does not decide', () => {
    const [quote] = describeRange(text, second, second + 'the Pentagon'.length);
    const bare = { ...quote, prefix: '', suffix: '' };
    const anchor = anchorSelectors(text + ' ', [bare, { type: 'TextPositionSelector', start: second - 3, end: second + 9 }]);
    expect(anchor?.start).toBe(second);
  });
});

describe('selector edge cases', () => {
  it('uses a position alone, and refuses an out-of-range one', () => {
    expect(anchorSelectors('abcdef', [{ type: 'TextPositionSelector', start: 1, end: 3 }])).toEqual({ start: 1, end: 3, method: 'position' });
    expect(anchorSelectors('abc', [{ type: 'TextPositionSelector', start: 1, end: 30 }])).toBeNull();
    expect(anchorSelectors('abc', [])).toBeNull();
  });

  it('never anchors an empty or blank quote', () => {
    expect(anchorSelectors('abc', [{ type: 'TextQuoteSelector', exact: '  ', prefix: '', suffix: '' }])).toBeNull();
  });
});

describe('matchQuote', () => {
  it('prefers the candidate whose prefix and suffix match', () => {
    const text = 'red apple pie. green apple tart. blue apple cake.';
    const m = matchQuote(text, 'apple', { prefix: 'green ', suffix: ' tart' });
    expect(text.slice(m!.start, m!.end)).toBe('apple');
    expect(m!.start).toBe(text.indexOf('green') + 6);
  });

  it('returns null beyond the error bound and scores similarity', () => {
    expect(matchQuote('completely different words here', 'the quick brown fox jumps')).toBeNull();
    expect(textMatchScore('abcdef', 'abcdef')).toBe(1);
    expect(textMatchScore('abcxef', 'abcdef')).toBeCloseTo(5 / 6);
    expect(textMatchScore('', 'x')).toBe(0);
  });
});

describe('whitespace map', () => {
  it('maps collapsed offsets back to the original text and forth', () => {
    const c = collapseWithMap('a  b\n\n\tc');
    expect(c.text).toBe('a b c');
    expect(toOriginal(c, 2, 5)).toEqual({ start: 3, end: 8 });
    expect(toCollapsed(c, 3)).toBe(2);
    expect(toCollapsed(c, 5)).toBe(3);
  });
});

describe('anchorMany', () => {
  it('anchors many notes in one pass and lists orphans as null, in input order', () => {
    const paragraphs = SEED.split('\n\n');
    const notes = paragraphs.map((p, i) => ({ id: String(i), selectors: selectorsFor(SEED, p.slice(10, 70)) }));
    const edited = ('New lead sentence. ' + SEED).replace(paragraphs[3], '');
    const results = anchorMany(edited, notes);
    expect(results.map((r) => r.note.id)).toEqual(notes.map((n) => n.id));
    expect(results[3].anchor).toBeNull();
    for (const [i, r] of results.entries()) {
      if (i === 3) continue;
      expect(r.anchor?.method).toBe('quote');
      expect(edited.slice(r.anchor!.start, r.anchor!.end)).toBe(paragraphs[i].slice(10, 70));
    }
  });
});
