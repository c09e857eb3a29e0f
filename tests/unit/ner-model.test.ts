// The shipped NER model (public/models/): it loads, stays within its size budget, and finds the
// names in news sentences written for this test, with the rules' conventions kept.
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { analyzeText, loadNerModel, type NerModel } from '../../lib/analysis';
import { modelsDir, nodeModelAssets } from '../../scripts/lib/model-assets';
import { runNlp } from '../../scripts/nlp-command';

let ner: NerModel;
beforeAll(async () => {
  ner = await loadNerModel(nodeModelAssets);
});

const names = (text: string, model?: NerModel) => analyzeText(text, { ner: model }).entities.flatMap((e) => e.mentions.map((m) => `${m.text}|${e.type}`));

describe('the shipped NER model', () => {
  it('loads and stays within the 8 MB budget for model files', () => {
    expect(ner.header.tags).toHaveLength(9);
    expect(ner.header.rows).toBeGreaterThan(100_000);
    expect(ner.gazetteer.entries.size).toBeGreaterThan(10_000);
    const bytes = readdirSync(modelsDir).reduce((n, f) => n + statSync(path.join(modelsDir, f)).size, 0);
    expect(bytes).toBeLessThanOrEqual(8 * 1024 * 1024);
  });

  it('finds people the rules alone miss', () => {
    const text = 'After the hearing, Ndlovu and Petrossian left through a side door.';
    expect(names(text)).toEqual([]);
    expect(names(text, ner)).toEqual(['Ndlovu|person', 'Petrossian|person']);
  });

  it('adds places its name lists know', () => {
    const text = 'The delegation travelled from Tashkent to Samarkand and then to Bukhara.';
    expect(names(text, ner)).toEqual(expect.arrayContaining(['Tashkent|place', 'Samarkand|place']));
  });

  it("keeps the rules' conventions: titles, possessives and 'the' are not part of a name", () => {
    const text = "Prime Minister Keir Starmer met Emmanuel Macron at the Elysée on Thursday, and the Kremlin's spokesman Dmitry Peskov said Moscow was not invited.";
    expect(names(text, ner)).toEqual(['Keir Starmer|person', 'Emmanuel Macron|person', 'Elysée|organization', 'Kremlin|organization', 'Dmitry Peskov|person', 'Moscow|place']);
  });

  it('does not take a law, an event or an eponym for a person', () => {
    const text =
      'Critics compared the bill to Sharia Law. Survivors of the Aurora Shooting and the Parkland Shooting spoke first. ' +
      "Her father has Parkinson's disease and her aunt has Crohn's disease, the report said.";
    const people = names(text, ner).filter((n) => n.endsWith('|person'));
    expect(people).toEqual([]);
  });

  it('gives one name one type across the text, and merges a surname with the full name', () => {
    const text = 'Amara Nwosu, a nurse in Lagos, founded the charity in 2016. Nwosu said the money came from Lagos businesses.';
    const entities = analyzeText(text, { ner }).entities.map((e) => [e.name, e.type, e.mentions.length]);
    expect(entities).toEqual([
      ['Amara Nwosu', 'person', 2],
      ['Lagos', 'place', 2],
    ]);
  });

  it('serves the command line: nlp with the model', () => {
    const out = JSON.parse(runNlp(JSON.stringify(['After the hearing, Ndlovu left.']), { models: { ner } }));
    expect(out[0].entities).toEqual([{ start: 19, end: 25, type: 'person' }]);
  });
});
