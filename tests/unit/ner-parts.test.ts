// The NER model's parts, on data made here: tokens, name lists, features, decoding, the weights
// file format. The shipped model itself is tested in ner-model.test.ts.
import { describe, expect, it } from 'vitest';
import { nerTokenize } from '../../lib/analysis/ner/tokenize';
import { Gazetteer, parseGazetteer, serializeGazetteer, GAZETTEER_LISTS } from '../../lib/analysis/ner/gazetteer';
import { documentContext, fnv1a, sentenceFeatures, shortShape, type FeatureSentence } from '../../lib/analysis/ner/features';
import { featureRow, parseNerModel, serializeNerModel } from '../../lib/analysis/ner/model';
import { tagSentences, featureSentences } from '../../lib/analysis/ner/document';
import { NER_TAGS, TAG_COUNT, TAG_INDEX, spansOfTags } from '../../lib/analysis/ner/tags';
import { viterbi } from '../../lib/analysis/ner/viterbi';
import { detokenize } from '../../scripts/lib/ner-corpora';

const words = (text: string) => nerTokenize(text).map((t) => t.text);

describe('nerTokenize', () => {
  it('cuts text the way the training corpora are cut', () => {
    expect(words("Obama's aide didn't visit the U.S. embassy, Mr. Smith said.")).toEqual(['Obama', "'s", 'aide', 'did', "n't", 'visit', 'the', 'U.S.', 'embassy', ',', 'Mr.', 'Smith', 'said', '.']);
    expect(words('The US-led coalition paid $3.5 billion to AT&T... #UN @BBCNews')).toEqual(['The', 'US-led', 'coalition', 'paid', '$', '3.5', 'billion', 'to', 'AT&T', '...', '#UN', '@BBCNews']);
  });

  it('gives offsets into the text', () => {
    const text = '  “Paris,” she said.';
    for (const t of nerTokenize(text)) expect(text.slice(t.start, t.end)).toBe(t.text);
  });

  it('joins back into the text it came from (the eval reads corpora that way)', () => {
    const text = 'Mr. Smith ( R-Texas ) said "it is over" , didn\'t he ?';
    const d = detokenize(text.split(' '));
    expect(d.text).toBe('Mr. Smith (R-Texas) said "it is over", didn\'t he?');
    for (const t of d.tokens) expect(d.text.slice(t.start, t.end)).toBe(t.text);
  });
});

describe('Gazetteer', () => {
  const bit = (name: (typeof GAZETTEER_LISTS)[number]) => 1 << GAZETTEER_LISTS.indexOf(name);
  const gaz = parseGazetteer(serializeGazetteer(new Map([['new york', bit('city')], ['new york times', bit('outlet')], ['york', bit('city')]])));

  it('marks the longest phrase of each list over the tokens it covers', () => {
    const f = gaz.features(['the', 'New', 'York', 'Times', 'said']);
    expect(f[1]).toEqual(expect.arrayContaining(['outlet:B', 'city:B']));
    expect(f[2]).toEqual(expect.arrayContaining(['outlet:I', 'city:L']));
    expect(f[3]).toEqual(['outlet:L']);
    expect(f[0]).toEqual([]);
  });
});

describe('features', () => {
  const sentence: FeatureSentence = { words: ['Khalimov', 'visited', 'Raqqa'], rule: ['B-PER', 'O', 'B-LOC'], pos: [['ProperNoun'], ['Verb'], []] };

  it('are the same hashes for the same input, one run per token', () => {
    const run = () => {
      const out: number[] = [];
      sentenceFeatures(sentence, documentContext([sentence]), null, (h) => out.push(h));
      return out;
    };
    const a = run();
    expect(a).toEqual(run());
    expect(a.filter((h) => h === -1)).toHaveLength(3);
    expect(a).toContain(fnv1a('w=khalimov'));
    expect(a).toContain(fnv1a('r=B-PER'));
    expect(shortShape('U.S.')).toBe('X.X.');
  });
});

describe('viterbi', () => {
  it('never starts or continues an entity with a bare I- tag', () => {
    const e = new Float32Array(2 * TAG_COUNT);
    e[TAG_INDEX['I-PER']] = 5; // token 0 prefers I-PER: not allowed at the start
    e[TAG_COUNT + TAG_INDEX['I-ORG']] = 5;
    const tags = viterbi(e, 2, new Array(TAG_COUNT * TAG_COUNT).fill(0), new Array(TAG_COUNT).fill(0));
    expect(NER_TAGS[tags[0]]).not.toMatch(/^I-/);
    if (NER_TAGS[tags[1]] === 'I-ORG') expect(NER_TAGS[tags[0]]).toMatch(/-ORG$/);
  });

  it('keeps to what is allowed per token (a corpus without MISC)', () => {
    const e = new Float32Array(TAG_COUNT);
    e[TAG_INDEX['B-PER']] = 3;
    const tags = viterbi(e, 1, new Array(TAG_COUNT * TAG_COUNT).fill(0), new Array(TAG_COUNT).fill(0), (_, t) => t === TAG_INDEX.O || t === TAG_INDEX['B-MISC']);
    expect(['O', 'B-MISC']).toContain(NER_TAGS[tags[0]]);
  });

  it('spans come from IOB2 tags', () => {
    const t = ['B-PER', 'I-PER', 'O', 'B-LOC', 'B-LOC'].map((x) => TAG_INDEX[x]);
    expect(spansOfTags(t)).toEqual([
      { first: 0, last: 1, label: 'PER' },
      { first: 3, last: 3, label: 'LOC' },
      { first: 4, last: 4, label: 'LOC' },
    ]);
  });
});

describe('weights file', () => {
  it('round-trips and tags with the weights it holds', () => {
    // A two-feature model: a capitalised word after "in" is a place.
    const bits = 10;
    const rowsFor = (feature: string) => featureRow(fnv1a(feature), bits);
    const rows = [...new Set([rowsFor('w-1=in'), rowsFor('cap=init-cap|init=false')])].sort((a, b) => a - b);
    const q = new Int8Array(rows.length * TAG_COUNT);
    rows.forEach((_, i) => {
      q[i * TAG_COUNT + TAG_INDEX['B-LOC']] = 60;
      q[i * TAG_COUNT + TAG_INDEX.O] = 20;
    });
    const bytes = serializeNerModel({ version: 1, bits, scale: 0.1, tags: [...NER_TAGS], transitions: new Array(TAG_COUNT * TAG_COUNT).fill(0), start: new Array(TAG_COUNT).fill(0), meta: {} }, Uint32Array.from(rows), q);
    const model = parseNerModel(bytes.buffer.slice(0) as ArrayBuffer, '');
    expect(model.header.rows).toBe(rows.length);
    expect(model.gazetteer).toBeInstanceOf(Gazetteer);
    const text = 'They met in Raqqa today';
    const tokens = nerTokenize(text);
    const [spans] = tagSentences(model, featureSentences([tokens], { entities: [], tokens: [], tags: [] }));
    expect(spans.map((s) => [tokens[s.first].text, s.label])).toEqual([['Raqqa', 'LOC']]);
  });

  it('rejects a file that is not a model', () => {
    expect(() => parseNerModel(new ArrayBuffer(16), '')).toThrow(/not a Backstory NER weights file/);
  });
});
