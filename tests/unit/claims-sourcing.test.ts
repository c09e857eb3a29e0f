import { beforeAll, describe, expect, it } from 'vitest';
import { analyzeText as analyzeWith, loadClaimsModel, type AnalyzeOptions, type ClaimsModel } from '../../lib/analysis';
import { nodeModelAssets } from '../../scripts/lib/model-assets';
import { findAttribution } from '../../lib/analysis/claims/attribution';
import type { LinkSpan } from '../../lib/page/types';

// How a claim is sourced decides whether it is flagged: these sentences were written for the test,
// one per way a news story credits (or does not credit) what it says.
const kind = (sentence: string) => findAttribution(sentence, [])?.kind ?? 'none';
const source = (sentence: string) => findAttribution(sentence, [])?.source;

describe('attribution in one sentence', () => {
  it('finds named sources on the record, before or after the verb', () => {
    expect(kind('The ministry said 14 soldiers were killed in the attack.')).toBe('on-record');
    expect(source('“The plant will close in March,” said Dana Whitfield, the union’s regional secretary.')).toBe('Dana Whitfield');
    expect(source('Chief executive Ola Berg told reporters that sales had doubled.')).toBe('Chief executive Ola Berg');
    expect(kind('He said the bridge had been inspected twice since 2019.')).toBe('on-record');
  });

  it('calls a role at a place nobody names an unnamed source, and a role at a named body on the record', () => {
    expect(findAttribution('Several residents objected, and the owner of a car dealership said he would lose 40 parking spaces.', [])).toMatchObject({ kind: 'anonymous', source: 'the owner of a car dealership' });
    expect(kind('A nurse at a hospital in the city said 12 patients had died overnight.')).toBe('anonymous');
    expect(kind('The owner of the dealership said he would lose 40 parking spaces.')).toBe('on-record');
  });

  it('tells anonymous sources from named ones, even when a name modifies them', () => {
    expect(kind('Two gunmen died and three others escaped, officials said.')).toBe('anonymous');
    expect(kind('Administration officials said the sanctions would be lifted on Friday.')).toBe('anonymous');
    expect(kind('A person familiar with the talks said the deal was close.')).toBe('anonymous');
    expect(kind('The singer was robbed at her hotel, TMZ has learned.')).toBe('anonymous');
    expect(kind('Two senior sources close to the club said the manager would be sacked.')).toBe('anonymous');
  });

  it('calls collective and impersonal sources vague', () => {
    expect(kind('Experts believe the outbreak began at a market in the city.')).toBe('vague');
    expect(kind('Many farmers accuse the government of ignoring the drought.')).toBe('vague');
    expect(kind('About 50 people were wounded, according to local news reports.')).toBe('vague');
    expect(kind('The minister is said to have ordered the files destroyed.')).toBe('vague');
  });

  it('calls a named document, or a named body’s statistic, named but not linked', () => {
    expect(kind('A report by the Audit Office found that £40 million could not be accounted for.')).toBe('named-unlinked');
    expect(kind('Interest costs will reach $390 billion next year, according to the Congressional Budget Office.')).toBe('named-unlinked');
    expect(kind('Leaked files seen by Reuters suggest the general planned the move for months.')).toBe('named-unlinked');
  });

  it('credits "an article by X that claimed …" to the article, which is not linked', () => {
    const text = 'Emery also retweeted an article by New York magazine that claimed the election was won on lies.';
    const at = text.indexOf('Emery');
    expect(findAttribution(text, [{ start: at, end: at + 5, type: 'person', text: 'Emery' }])).toMatchObject({ kind: 'named-unlinked', source: 'an article by New York magazine' });
    expect(findAttribution('The regulator cited a study by Oxford University that found the drug cut deaths by a third.', [])).toMatchObject({ kind: 'named-unlinked', source: 'a study by Oxford University' });
  });

  it('ignores verbs inside a quote and verbs that attribute nothing', () => {
    expect(source('“People think the grid is safe, but it is not,” said Patrick Moore, an engineer at the utility.')).toBe('Patrick Moore');
    expect(kind('They have nothing to say about the 40 deaths.')).toBe('none');
    expect(kind('Police found the body of a man in the river on Sunday.')).toBe('none');
  });

  it('credits words a named person is quoted calling something, and only those words', () => {
    expect(source('In 2013, Senator Mitch McConnell called the debt “the transcendent issue of our era.”')).toBe('Senator Mitch McConnell');
    expect(findAttribution('Dana Whitfield described the plant as “the biggest employer in the county.”', [])?.quoteOnly).toBe(true);
    // No quotation: "called" names something, it reports no one's words.
    expect(kind('The police called the suspect a danger to the public after the raid in 2019.')).toBe('none');
  });
});

/** A link over the first occurrence of `anchor` in `text`. */
function link(text: string, anchor: string, verdict: LinkSpan['verdict'], why: string, url = 'https://example.org/report'): LinkSpan {
  const start = text.indexOf(anchor);
  return { start, end: start + anchor.length, text: anchor, href: url, url, verdict, why };
}

let model: ClaimsModel;
beforeAll(async () => {
  model = await loadClaimsModel(nodeModelAssets);
});
const analyzeText = (text: string, options: AnalyzeOptions = {}) => analyzeWith(text, { ...options, claims: model });

describe('sourcing across sentences and links', () => {
  it('carries a quote’s speaker to the sentences of the same quote', () => {
    const text = '“If you count the people killed by terrorism since 2001, it is fewer than 100. If you count those killed by guns, it is tens of thousands,” Mr Obama said.';
    const { checkWorthy } = analyzeText(text);
    expect(checkWorthy.map((c) => c.sourcing.kind)).toEqual(['on-record', 'on-record']);
    expect(checkWorthy[0].sourcing.adjacent).toBe(true);
  });

  it('counts an attribution in the sentence before, in the same paragraph', () => {
    const text = 'The ministry said 14 soldiers were killed in the attack on Tuesday. Another 30 were wounded and flown to the capital.';
    const [, second] = analyzeText(text).checkWorthy;
    expect(second.sourcing).toMatchObject({ kind: 'on-record', adjacent: true });
    expect(second.flagged).toBe(false);
  });

  it('gives a quotation paragraph with no "she said" of its own to the person who introduced it', () => {
    const text = 'The mayor, Ana Ruiz, defended the closures at a meeting on Monday.\n\n“We lost 2,400 jobs in the port last year. The shipyard cut its workforce by half in 2023.”';
    const quoted = analyzeText(text).checkWorthy.filter((c) => c.text.includes('jobs') || c.text.includes('shipyard'));
    expect(quoted).toHaveLength(2);
    for (const c of quoted) {
      expect(c.sourcing).toMatchObject({ kind: 'on-record', source: 'Ana Ruiz' });
      expect(c.flagged).toBe(false);
    }
  });

  it('leaves a quotation flagged when whoever introduced it is anonymous or nobody', () => {
    const anonymous = 'Officials described the closures at a meeting on Monday.\n\n“The port lost 2,400 jobs last year. The shipyard cut its workforce by half in 2023.”';
    const nobody = 'The closures were discussed at a meeting on Monday.\n\n“The port lost 2,400 jobs last year. The shipyard cut its workforce by half in 2023.”';
    for (const text of [anonymous, nobody]) {
      const quoted = analyzeText(text).checkWorthy.filter((c) => c.text.includes('jobs'));
      expect(quoted).toHaveLength(1);
      expect(quoted[0].flagged).toBe(true);
    }
  });

  it('does not carry a quoted label ("X called it “…”") to the next sentence', () => {
    const text = 'Senator Mitch McConnell once called the debt “the transcendent issue of our era.” By 2017, as majority leader, he pushed a $1.5 trillion tax cut through Congress.';
    const next = analyzeText(text).checkWorthy.find((c) => c.text.startsWith('By 2017'));
    expect(next?.sourcing.kind).toBe('none');
    expect(next?.flagged).toBe(true);
  });

  it('takes a working link over any attribution, and a name linked to a topic page as a dead link', () => {
    const text = 'The regulator fined the bank $45 million in 2022 for misleading customers about fees.';
    const linked = analyzeText(text, { links: [link(text, 'fined the bank', 'external', 'other site (example.org)')] }).checkWorthy[0];
    expect(linked.sourcing).toMatchObject({ kind: 'linked', url: 'https://example.org/report' });
    expect(linked.flagged).toBe(false);
    const topic = analyzeText(text, { links: [link(text, 'regulator', 'same-site', 'same site', 'https://news.example/business/regulators')] });
    expect(topic.claims).toHaveLength(0);
    const topicName = 'The Bank of Tara was fined $45 million in 2022 for misleading customers about fees.';
    const named = analyzeText(topicName, { links: [link(topicName, 'Bank of Tara', 'same-site', 'same site', 'https://news.example/companies/bank-of-tara')] });
    expect(named.claims.map((c) => c.sourcing.kind)).toEqual(['dead-link']);
    expect(named.claims[0].reasons[0].label).toBe("its link only goes to this site's own pages");
    const article = analyzeText(topicName, { links: [link(topicName, 'Bank of Tara', 'same-site', 'same site', 'https://news.example/2022/05/bank-of-tara-fined-over-fees')] });
    expect(article.claims).toEqual([]);
  });

  it('treats "the report" after a linked report as linked', () => {
    const text = 'A new report ranks the country last of ten for social mobility.\n\nThe report concluded that support for families was half what they needed in 2015.';
    const links = [link(text, 'A new report', 'external', 'other site (example.org)')];
    const [, second] = analyzeText(text, { links }).checkWorthy;
    expect(second.sourcing).toMatchObject({ kind: 'linked', adjacent: true });
  });

  it('puts a dead link before an anonymous source, and shows both on the card', () => {
    const text = 'Officials said 40 fighters were killed in the strike on the compound last week.';
    const [claim] = analyzeText(text, { links: [link(text, 'strike', 'dead', 'fragment only (#)', '#')] }).claims;
    expect(claim.sourcing.kind).toBe('dead-link');
    expect(claim.reasons.map((r) => r.label).slice(0, 2)).toEqual(['its link goes nowhere (#)', 'anonymous source (officials)']);
  });
});

describe('sourcing patterns of news prose', () => {
  it('keeps an unnamed source flagged when the only link is to the outlet’s own related story', () => {
    const text = 'The minister resigned on Tuesday after 40 years in parliament, a senior source told Reuters.';
    const related = link(text, 'The minister', 'same-site', 'same site', 'https://news.example/2024/05/03/minister-faces-calls-to-resign-over-contracts');
    const [claim] = analyzeText(text, { links: [related] }).checkWorthy;
    expect(claim.sourcing).toMatchObject({ kind: 'anonymous', source: 'a senior source' });
    expect(claim.flagged).toBe(true);
    // A link to the source itself, on another site, still counts.
    const [external] = analyzeText(text, { links: [link(text, 'resigned on Tuesday', 'external', 'other site (example.org)')] }).checkWorthy;
    expect(external.sourcing.kind).toBe('linked');
  });

  it('gives "the source, who said …, told Reuters" to the unnamed source, not to the last name before it', () => {
    const text = 'The two ministers are Ana Ruiz and Tomas Berg, who fled to the compound, the source, who said he had spoken to people inside, told Reuters.';
    const at = text.indexOf('Tomas Berg');
    const mentions = [{ start: at, end: at + 'Tomas Berg'.length, type: 'person' as const, text: 'Tomas Berg' }];
    expect(findAttribution(text, mentions)).toMatchObject({ kind: 'anonymous', source: 'the source' });
    // A named speaker in the same shape stays on the record.
    const named = 'The ministers fled to the compound, Ana Ruiz, who said she had spoken to them, told Reuters.';
    const ana = named.indexOf('Ana Ruiz');
    expect(findAttribution(named, [{ start: ana, end: ana + 8, type: 'person', text: 'Ana Ruiz' }])?.kind).toBe('on-record');
  });

  it('counts what "the researchers were able to" do as the linked study’s finding', () => {
    const text = 'A new study followed 2,000 patients at five hospitals.\n\nHowever, the researchers were able to predict the choices of four in five patients within 300 milliseconds.';
    const links = [link(text, 'A new study', 'external', 'other site (example.org)')];
    const finding = analyzeText(text, { links }).checkWorthy.find((c) => c.text.startsWith('However'));
    expect(finding?.sourcing).toMatchObject({ kind: 'linked', adjacent: true });
    // With no link anywhere before it, the finding stays unsourced.
    expect(analyzeText(text).checkWorthy.find((c) => c.text.startsWith('However'))?.flagged).toBe(true);
  });

  it('carries a linked report to the next paragraph that goes on with its findings ("It ranked …", "Additionally, …")', () => {
    const text =
      'The report also suggested the country was not the jobs machine it claims to be.\n\nPowered by Example.com\n\nIt ranked ninth of ten for the share of adults aged 25 to 54 in work in 2015.\n\nThe report concluded that the safety net provides half the help families need.\n\nAdditionally, benefits paid in the country were 40% lower than the average of the other nine.';
    const links = [link(text, 'report also suggested', 'external', 'other site (example.org)')];
    const found = analyzeText(text, { links }).checkWorthy;
    for (const start of ['It ranked', 'Additionally']) expect(found.find((c) => c.text.startsWith(start))?.sourcing).toMatchObject({ kind: 'linked', adjacent: true });
    // Without the report's link, the findings are unsourced.
    expect(analyzeText(text).checkWorthy.find((c) => c.text.startsWith('It ranked'))?.flagged).toBe(true);
  });

  it('reads a present-tense "explains X" or "notes X" after a quote as the speaker, and carries it to the next quote paragraph', () => {
    expect(source('"If the time they reported was valid, we could predict the accuracy of the decision," explains Michael Shadlen.')).toBe('Michael Shadlen');
    const text = '"If the time they reported was valid, we could predict the accuracy of the decision," explains Michael Shadlen.\n\n"We used a trick based on earlier studies, which showed that the speed and accuracy of decisions were tied together in 2012."';
    const quote = analyzeText(text).checkWorthy.find((c) => c.text.startsWith('"We used'));
    expect(quote?.sourcing).toMatchObject({ kind: 'on-record' });
    expect(quote?.flagged).toBe(false);
    expect(source('"Prices rose 40% in two years," notes Ana Ruiz, an economist at the bank.')).toBe('Ana Ruiz');
  });

  it('takes no source from a passive participle ("called on by tribes")', () => {
    expect(kind('Parata has overseen more than 500 strandings and is the leading whale expert, called on by tribes around the country.')).toBe('none');
    expect(kind('The plan, described by critics as a giveaway, would cost $4 billion.')).toBe('none');
  });

  it('does not count a link to a social account’s profile page as a source', () => {
    const text = 'Critics quickly piled on, and the company soon offered 2,000 free rides out of the area.';
    const profile = link(text, 'the company', 'external', 'other site (twitter.com)', 'https://twitter.com/Uber_Sydney');
    const [claim] = analyzeText(text, { links: [profile] }).checkWorthy;
    expect(claim.flagged).toBe(true);
    const post = link(text, 'the company', 'external', 'other site (twitter.com)', 'https://twitter.com/Uber_Sydney/status/544359432000000000');
    expect(analyzeText(text, { links: [post] }).checkWorthy[0].sourcing.kind).toBe('linked');
  });
});
