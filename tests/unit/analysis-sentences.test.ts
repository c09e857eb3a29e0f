import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../lib/analysis';
import type { TextBlock } from '../../lib/page/types';

const sentencesOf = (text: string, blocks?: TextBlock[]) => analyzeText(text, { blocks }).sentences.map((s) => text.slice(s.start, s.end));

describe('sentence segmentation', () => {
  it('does not split after abbreviations and titles', () => {
    const text = 'Dr. Smith met Gen. Lee and Lt. Col. Hart in St. Louis on Jan. 5 at No. 10, e.g. the big hall. They left.';
    expect(sentencesOf(text)).toEqual(['Dr. Smith met Gen. Lee and Lt. Col. Hart in St. Louis on Jan. 5 at No. 10, e.g. the big hall.', 'They left.']);
  });

  it('keeps U.S. and initials inside the sentence', () => {
    const text = 'The U.S. embassy said George W. Bush read J. R. R. Tolkien. Mr. Jones agreed.';
    expect(sentencesOf(text)).toEqual(['The U.S. embassy said George W. Bush read J. R. R. Tolkien.', 'Mr. Jones agreed.']);
  });

  it('splits after a dotted acronym when the next word opens a sentence', () => {
    expect(sentencesOf('The troops returned to the U.S. The war was over.')).toEqual(['The troops returned to the U.S.', 'The war was over.']);
  });

  it('keeps decimals and money together', () => {
    const text = 'The deal was worth $5.5 million, up 3.5% on last year. Shares rose.';
    expect(sentencesOf(text)).toEqual(['The deal was worth $5.5 million, up 3.5% on last year.', 'Shares rose.']);
  });

  it('ends a sentence inside a closing quote, but not a quoted exclamation followed by "he said"', () => {
    const text = 'He called it "the emir of the city." Then he left. \'Stop!\' he said. It ended.';
    expect(sentencesOf(text)).toEqual(['He called it "the emir of the city."', 'Then he left.', "'Stop!' he said.", 'It ended.']);
  });

  it('handles ellipses', () => {
    expect(sentencesOf('He paused... Then he spoke. Wait… and see.')).toEqual(['He paused...', 'Then he spoke.', 'Wait… and see.']);
  });

  it('never crosses a block boundary', () => {
    const text = 'A heading without a stop\n\nThe first paragraph ends here without a period\n\nSecond paragraph. Two sentences.';
    expect(sentencesOf(text)).toEqual(['A heading without a stop', 'The first paragraph ends here without a period', 'Second paragraph.', 'Two sentences.']);
    const blocks: TextBlock[] = [
      { start: 0, end: 10, kind: 'heading' },
      { start: 10, end: text.length, kind: 'paragraph' },
    ];
    expect(sentencesOf(text, blocks)[0]).toBe('A heading');
  });

  it('gives offsets that slice back to the sentence', () => {
    const text = '  Padded start. Middle one!   End?  ';
    for (const s of analyzeText(text).sentences) expect(text.slice(s.start, s.end)).toBe(text.slice(s.start, s.end).trim());
    expect(sentencesOf(text)).toEqual(['Padded start.', 'Middle one!', 'End?']);
  });
});
