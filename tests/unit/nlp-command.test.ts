import { describe, expect, it } from 'vitest';
import { runNlp } from '../../scripts/nlp-command';
import { analysisForCli, analyzeText } from '../../lib/analysis';

describe('runNlp', () => {
  it('returns one result per text with sentences, entity mentions and claims', () => {
    const texts = ['Gulmurod Khalimov met officials in Syria. At least 40 fighters were killed there in 2015.', 'Short.'];
    const out = JSON.parse(runNlp(JSON.stringify(texts)));
    expect(out).toHaveLength(2);
    expect(out[0].sentences).toHaveLength(2);
    const ents = out[0].entities.map((e: { start: number; end: number; type: string }) => [texts[0].slice(e.start, e.end), e.type]);
    expect(ents).toEqual([
      ['Gulmurod Khalimov', 'person'],
      ['Syria', 'place'],
    ]);
    expect(out[0].claims).toHaveLength(1);
    expect(out[0].claims[0].score).toBeGreaterThanOrEqual(0.5);
    expect(out[1]).toEqual({ sentences: [{ start: 0, end: 6 }], entities: [], claims: [] });
  });

  it('rejects bad input with a clear message', () => {
    expect(() => runNlp('not json')).toThrow(/not JSON/);
    expect(() => runNlp('{"a":1}')).toThrow(/array of strings/);
    expect(() => runNlp('["ok", 3]')).toThrow(/element 1 is number/);
  });
});

describe('analysisForCli', () => {
  it('gives entities at their first mention with a mention count, and claim reasons as labels', () => {
    const text = 'Gulmurod Khalimov defected. Khalimov later fought near Raqqa, where 40 fighters were killed in 2015.';
    const cli = analysisForCli(analyzeText(text));
    expect(cli.entities[0]).toEqual({ text: 'Gulmurod Khalimov', type: 'person', start: 0, end: 17, mentions: 2 });
    expect(cli.claims[0].reasons).toContain('a number with no source link');
  });
});
