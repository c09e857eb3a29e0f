import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { analyzeSnapshot, analyzeText } from '../../lib/analysis';
import { documentFromHtml } from '../../scripts/analyze-file';
import { detectArticle } from '../../lib/page/detect';
import { takeSnapshot } from '../../lib/page/snapshot';
import { fixture, fixturePath } from '../fixtures/fixtures';
import type { TextBlock } from '../../lib/page/types';

const entitiesOf = (text: string, blocks?: TextBlock[]) => analyzeText(text, { blocks }).entities;
const find = (text: string, name: string) => entitiesOf(text).find((e) => e.name === name);

describe('entities', () => {
  it('finds people, organisations and places with their types', () => {
    const text = 'Rafael Montoya, an analyst at the Secure Orbits Foundation, said the University of Geneva would move to Nairobi, Kenya.';
    const byName = Object.fromEntries(entitiesOf(text).map((e) => [e.name, e.type]));
    expect(byName).toMatchObject({
      'Rafael Montoya': 'person',
      'Secure Orbits Foundation': 'organization',
      'University of Geneva': 'organization',
      Nairobi: 'place',
      Kenya: 'place',
    });
  });

  it('merges a surname with the full name and names the entity by its fullest form', () => {
    const text = 'Gulmurod Khalimov defected in 2015. Later, Khalimov said he would return.';
    const e = find(text, 'Gulmurod Khalimov');
    expect(e?.type).toBe('person');
    expect(e?.id).toBe('person:gulmurod-khalimov');
    expect(e?.mentions.map((m) => m.text)).toEqual(['Gulmurod Khalimov', 'Khalimov']);
  });

  it('handles transliterated names and their spelling variants', () => {
    const text = 'Among those killed was Abu-Muhammad al-Shimali, a commander. Officials said al-Shimali fled. A bounty on Al-Shamali was offered.';
    const e = find(text, 'Abu-Muhammad al-Shimali');
    expect(e?.type).toBe('person');
    expect(e?.mentions.map((m) => m.text)).toEqual(['Abu-Muhammad al-Shimali', 'al-Shimali', 'Al-Shamali']);
  });

  it('treats "Deir ez Zor" and "Deir ez-Zor" as one place', () => {
    const text = 'Troops entered the Syrian city of Deir ez Zor on Tuesday. The emir of Deir ez-Zor was killed.';
    const e = find(text, 'Deir ez Zor');
    expect(e?.type).toBe('place');
    expect(e?.mentions).toHaveLength(2);
  });

  it('types acronyms: ISIS and CIA as organisations, US as a place merged with USA and the United States', () => {
    const text = 'The CIA and NATO watched ISIS. The US said the USA and the United States are one country.';
    const types = Object.fromEntries(entitiesOf(text).map((e) => [e.name, e.type]));
    expect(types).toMatchObject({ CIA: 'organization', NATO: 'organization', ISIS: 'organization', 'United States': 'place' });
    expect(find(text, 'United States')?.mentions.map((m) => m.text)).toEqual(['US', 'USA', 'United States']);
  });

  it('merges an acronym with the expansion the text gives', () => {
    const text = 'The International Telecommunication Union (ITU) met in Geneva. The ITU agreed new rules.';
    const e = find(text, 'International Telecommunication Union');
    expect(e?.type).toBe('organization');
    expect(e?.mentions.map((m) => m.text)).toEqual(['International Telecommunication Union', 'ITU', 'ITU']);
  });

  it('leaves "the" out of "the US State Department" and "the Pentagon"', () => {
    const text = 'A bounty was offered by the US State Department, and the Pentagon agreed.';
    const names = entitiesOf(text).map((e) => [e.name, e.type, e.mentions[0].text]);
    expect(names).toContainEqual(['US State Department', 'organization', 'US State Department']);
    expect(names).toContainEqual(['Pentagon', 'organization', 'Pentagon']);
  });

  it('drops the possessive from a mention', () => {
    const text = "Russia's army advanced while the Pentagon's plan stalled in Syria.";
    const russia = find(text, 'Russia');
    expect(russia?.mentions[0]).toMatchObject({ start: 0, end: 6, text: 'Russia' });
    expect(find(text, 'Pentagon')?.mentions[0].text).toBe('Pentagon');
  });

  it('does not take a capitalised common word at the start of a sentence for a name', () => {
    const text = 'Obviously the plan failed. Councils across England cut budgets. Heat kills more people than floods.';
    expect(entitiesOf(text).map((e) => e.name)).toEqual(['England']);
  });

  it('does not treat nationality adjectives as entities, but keeps organisations that start with one', () => {
    const text = 'Russian and Syrian forces, backed by American advisers, joined the Syrian Arab Army.';
    const names = entitiesOf(text).map((e) => [e.name, e.type]);
    expect(names).toEqual([['Syrian Arab Army', 'organization']]);
  });

  it('strips titles from a person and recognises a name by its title', () => {
    const text = 'In June, Col. Gen. Sergei Surovikin said the road was open. Councilmember Priya Raman agreed.';
    const names = entitiesOf(text).map((e) => [e.name, e.type]);
    expect(names).toContainEqual(['Sergei Surovikin', 'person']);
    expect(names).toContainEqual(['Priya Raman', 'person']);
  });

  it('finds a place from its context ("toward X", "southwest of X")', () => {
    const text = 'Fighters left two villages southwest of Raqqa and moved toward Palmyra.';
    const names = entitiesOf(text).map((e) => [e.name, e.type]);
    expect(names).toEqual([
      ['Raqqa', 'place'],
      ['Palmyra', 'place'],
    ]);
  });

  it('ignores Title Case headings unless the name also appears in the body', () => {
    const text = 'The Patterns That Cost The Most Clicks\n\nMost sites in Germany made refusing hard.\n\nWhat Germany Did Next';
    const names = entitiesOf(text).map((e) => e.name);
    expect(names).toEqual(['Germany']);
    const germany = entitiesOf(text)[0];
    expect(germany.mentions).toHaveLength(2);
  });

  it('gives mention offsets that slice to the mention text', () => {
    const text = "Lebanese Hizb'allah and the US' allies met Vladimir Putin in Moscow's Kremlin.";
    for (const e of entitiesOf(text)) for (const m of e.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
    expect(entitiesOf(text).map((e) => e.name)).toEqual(expect.arrayContaining(["Hizb'allah", 'Vladimir Putin', 'Moscow']));
  });
});

describe('entities on the seed article', () => {
  const f = fixture('seed-globalresearch');
  const doc = documentFromHtml(readFileSync(fixturePath(f.name), 'utf8'), f.url);
  const { snapshot } = takeSnapshot(doc, f.url, detectArticle(doc, f.url));
  const analysis = analyzeSnapshot(snapshot);
  const typed = analysis.entities.map((e) => `${e.type}:${e.name}`);

  it('finds the people, organisations and places a careful reader would mark', () => {
    expect(typed).toEqual(
      expect.arrayContaining([
        'person:Sergei Surovikin',
        'person:Gulmurod Khalimov',
        'person:Abu-Muhammad al-Shimali',
        'organization:ISIS',
        'organization:Pentagon',
        'organization:CIA',
        'organization:US State Department',
        'place:Syria',
        'place:Aleppo',
        'place:Deir ez Zor',
        'place:Raqqa',
        'place:Palmyra',
      ]),
    );
    expect(typed.filter((t) => /Russian|Syrian$|American/.test(t))).toEqual([]);
  });
});

describe('entities in plain news text', () => {
  const typed = (text: string) =>
    analyzeText(text)
      .entities.flatMap((e) => e.mentions.map((m) => [m.text, e.type]))
      .sort((a, b) => text.indexOf(a[0]) - text.indexOf(b[0]));

  it('keeps titles out of names and makes no person of a title or a group', () => {
    const text = 'Officials said the Prime Minister, Rishi Sunak, met Senator Mark Warner, a Virginia Democrat, in Paris.';
    expect(typed(text)).toEqual([
      ['Rishi Sunak', 'person'],
      ['Mark Warner', 'person'],
      ['Virginia', 'place'],
      ['Paris', 'place'],
    ]);
  });

  it('types the White House as an institution and splits two organisations joined by "and"', () => {
    const text = 'The breaches at the Department of Energy and Microsoft Corp. were serious, the White House said.';
    expect(typed(text)).toEqual([
      ['Department of Energy', 'organization'],
      ['Microsoft Corp.', 'organization'],
      ['White House', 'organization'],
    ]);
  });

  it('reads a dateline, an employer after "analysts at", and an organisation before a title', () => {
    expect(typed('WASHINGTON (Reuters) - Analysts at Goldman Sachs expected more.')).toEqual([
      ['WASHINGTON', 'place'],
      ['Reuters', 'organization'],
      ['Goldman Sachs', 'organization'],
    ]);
    expect(typed('European Commission President Ursula von der Leyen spoke.')).toEqual([
      ['European Commission', 'organization'],
      ['Ursula von der Leyen', 'person'],
    ]);
  });

  it('skips Title Case headlines and quoted titles inside paragraphs', () => {
    expect(typed('Why Are New York City Streets Always Under Construction')).toEqual([]);
    expect(typed('In her book "A Paradise Built in Hell", she wrote about disasters.')).toEqual([]);
  });
});

describe('entities in text the rules were not written for', () => {
  const typesOf = (text: string) => Object.fromEntries(entitiesOf(text).map((e) => [e.name, e.type]));

  it('types national sides and clubs in a match report as organisations, and the venue as a place', () => {
    expect(typesOf('Virat Kohli scored an unbeaten 82 as India beat Pakistan by four wickets in Melbourne on Sunday.')).toEqual({
      'Virat Kohli': 'person',
      India: 'organization',
      Pakistan: 'organization',
      Melbourne: 'place',
    });
    expect(typesOf('Liverpool manager Arne Slot said Mohamed Salah was fit.')).toMatchObject({ Liverpool: 'organization', 'Arne Slot': 'person' });
    // Players in a tennis score stay people.
    expect(typesOf('Aryna Sabalenka beat Coco Gauff 6-3, 7-5 in the final in Melbourne.')).toMatchObject({ 'Aryna Sabalenka': 'person', 'Coco Gauff': 'person' });
  });

  it('reads organisation and place head words: "Jefferson Elementary", "Mount Everest", "Strait of Malacca"', () => {
    expect(typesOf('A fire broke out at Jefferson Elementary early Tuesday, the Fresno Fire Department said.')).toEqual({
      'Jefferson Elementary': 'organization',
      'Fresno Fire Department': 'organization',
    });
    expect(typesOf('Mount Everest is the highest mountain on Earth.')).toEqual({ 'Mount Everest': 'place', Earth: 'place' });
    expect(typesOf('Two tankers collided in the Strait of Malacca and near the Democratic Republic of Congo.')).toMatchObject({ 'Strait of Malacca': 'place', 'Democratic Republic of Congo': 'place' });
  });

  it('reads companies from their context: "said it would", "shares in X", "X\'s chief executive", an apposition', () => {
    expect(typesOf('Glencore said on Wednesday it would close its smelter.')).toEqual({ Glencore: 'organization' });
    expect(typesOf('Shares in Ocado fell 9% after the grocer cut its forecast.')).toEqual({ Ocado: 'organization' });
    expect(typesOf("Northvolt's chief executive Peter Carlsson resigned.")).toEqual({ Northvolt: 'organization', 'Peter Carlsson': 'person' });
    expect(typesOf('Revolut, the London-based fintech, said profit rose.')).toMatchObject({ Revolut: 'organization', London: 'place' });
    expect(typesOf('Saudi Arabia and Russia, the largest producers in OPEC+, agreed.')).toMatchObject({ 'OPEC+': 'organization' });
  });

  it('keeps whole names that look like common words or split oddly: "Theresa May", "Kim Jong-un"', () => {
    expect(typesOf('Former Prime Minister Theresa May said the plan was unworkable.')).toEqual({ 'Theresa May': 'person' });
    expect(typesOf('North Korean leader Kim Jong-un oversaw the launch, state news agency KCNA reported.')).toMatchObject({ 'Kim Jong-un': 'person' });
    expect(typesOf('The deal was agreed in May, and Paris-based and US-led groups backed it.')).toEqual({ Paris: 'place', US: 'place' });
  });

  it('makes no entity of a bare title, a label or a name used as a modifier', () => {
    expect(entitiesOf('Kenyan and Ugandan officials met, and the Finance Minister said talks would resume.')).toEqual([]);
    expect(entitiesOf('The side finished top of Group A after the draw.')).toEqual([]);
    expect(typesOf('Brent crude rose 1.4% to $82.10 a barrel.')).toEqual({});
  });

  it('reads a photo credit, even when the caption runs into the next sentence', () => {
    const text = 'Workers search a building in Antakya. Photograph: Umit Bektas/ReutersThe quake killed 50,000 people.';
    expect(typesOf(text)).toMatchObject({ Antakya: 'place', 'Umit Bektas': 'person', Reuters: 'organization' });
  });

  it('reads a dateline as a place but a kicker ("BREAKING:", "UPDATE -") as nothing', () => {
    expect(typesOf('BREAKING: 3 dead in Ohio crash, police say')).toEqual({ Ohio: 'place' });
    expect(typesOf('UPDATE - Shares of Apple fell 2% on Monday.')).toEqual({ Apple: 'organization' });
    expect(typesOf('NAIROBI (Reuters) - The talks resumed.')).toEqual({ NAIROBI: 'place', Reuters: 'organization' });
  });
});
