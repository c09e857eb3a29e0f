import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { analyzeSnapshot, analyzeText } from '../../lib/analysis';
import { documentFromHtml } from '../../scripts/analyze-file';
import { detectArticle } from '../../lib/page/detect';
import { takeSnapshot } from '../../lib/page/snapshot';
import { fixture, fixturePath } from '../fixtures/fixtures';
import type { LinkSpan, LinkVerdict } from '../../lib/page/types';

const claimsOf = (text: string, links?: LinkSpan[]) => analyzeText(text, { links }).claims;

/** A link over the first occurrence of `anchor` in `text`. */
function link(text: string, anchor: string, verdict: LinkVerdict, why = verdict === 'dead' ? 'fragment only (#)' : verdict === 'same-site' ? 'same site' : 'other site (example.org)'): LinkSpan {
  const start = text.indexOf(anchor);
  return { start, end: start + anchor.length, text: anchor, href: verdict === 'dead' ? '#' : 'https://example.org/x', verdict, why };
}

const NUMBER_CLAIM = 'A Russian air strike on a command centre near the city killed 40 ISIS members, including four field commanders.';

describe('unlinked claims', () => {
  it('flags a sentence with a number and a named actor, with reasons a reader understands', () => {
    const [claim] = claimsOf(NUMBER_CLAIM);
    expect(claim.text).toBe(NUMBER_CLAIM);
    expect(claim.score).toBeGreaterThanOrEqual(0.5);
    expect(claim.reasons.map((r) => r.label)).toContain('a number with no source link');
    expect(claim.id).toMatch(/^claim:[0-9a-f]{8}$/);
  });

  it('flags anonymous sources, hedges and accusations', () => {
    const text = 'According to an unnamed diplomatic source, the commanders were evacuated by plane at the end of August. ' +
      'The minister allegedly funded smuggling networks across the border for years.';
    const claims = claimsOf(text);
    expect(claims).toHaveLength(2);
    expect(claims[0].reasons.map((r) => r.code)).toContain('anonymous-source');
    expect(claims[1].reasons.map((r) => r.label)).toEqual(expect.arrayContaining(['hedged: allegedly', 'accusation']));
  });

  it('keeps a quote with its named speaker as check-worthy and on the record, not flagged', () => {
    const text = '“Rules written for the giants must not lock out the late arrivals, and 46 nations already pay the price,” said Amina Diallo, head of the delegation.';
    const { claims, checkWorthy } = analyzeText(text);
    expect(claims).toEqual([]);
    expect(checkWorthy).toHaveLength(1);
    expect(checkWorthy[0]).toMatchObject({ flagged: false, sourcing: { kind: 'on-record', source: 'Amina Diallo' } });
    expect(checkWorthy[0].reasons[0].label).toBe('attributed to Amina Diallo');
  });

  it('does not flag opinion, questions, first-person asides, headings or fragments', () => {
    const text = [
      'I think the council should be ashamed of itself and of this whole sorry business.',
      'Why did so many people die in the heatwave of 2003 in France?',
      "I'm usually skeptical of claims like these, but you might think otherwise.",
      'What a coincidence.',
    ].join(' ');
    expect(claimsOf(text)).toEqual([]);
    expect(claimsOf('Council Cut 40 Libraries In 2023 After Vote By 7 Members\n\nThe end came quietly for everyone involved.')).toEqual([]);
  });

  it('does not flag a claim whose sentence carries an external link', () => {
    const links = [link(NUMBER_CLAIM, 'killed 40 ISIS members', 'external')];
    expect(claimsOf(NUMBER_CLAIM, links)).toEqual([]);
  });

  it('does not flag a claim whose attribution clause in the previous sentence is linked', () => {
    const text = `According to a report in The Guardian: ${NUMBER_CLAIM}`.replace(': ', ':\n');
    const links = [link(text, 'The Guardian', 'external')];
    expect(claimsOf(text, links)).toEqual([]);
    const inline = `${NUMBER_CLAIM.slice(0, -1)}, as Reuters reported.`;
    expect(claimsOf(inline, [link(inline, 'Reuters reported', 'external')])).toEqual([]);
  });

  it('flags a claim whose only link goes nowhere, and says so', () => {
    const [claim] = claimsOf(NUMBER_CLAIM, [link(NUMBER_CLAIM, 'killed 40 ISIS members', 'dead')]);
    expect(claim.reasons[0]).toEqual({ code: 'dead-link', label: 'its link goes nowhere (#)' });
    const js = claimsOf(NUMBER_CLAIM, [link(NUMBER_CLAIM, 'killed', 'dead', 'javascript: URL')]);
    expect(js[0].reasons[0].label).toBe('its link goes nowhere (javascript:)');
  });

  it("flags a claim whose only link goes to the outlet's own tag page, not one linked to its own article", () => {
    const [claim] = claimsOf(NUMBER_CLAIM, [link(NUMBER_CLAIM, 'command centre', 'same-site', 'same site (tag or category page)')]);
    expect(claim.reasons[0].label).toBe("its link only goes to this site's own tag or category page");
    expect(claim.sourcing.kind).toBe('dead-link');
    expect(claimsOf(NUMBER_CLAIM, [link(NUMBER_CLAIM, 'command centre', 'same-site')])).toEqual([]);
  });

  it('keeps ids stable for the same sentence and offsets that slice to the text', () => {
    const a = claimsOf(NUMBER_CLAIM)[0];
    const b = claimsOf(`Intro words here that say nothing. ${NUMBER_CLAIM}`).find((c) => c.text === NUMBER_CLAIM);
    expect(b?.id).toBe(a.id);
    const text = `Intro words here that say nothing. ${NUMBER_CLAIM}`;
    for (const c of claimsOf(text)) expect(text.slice(c.start, c.end)).toBe(c.text);
  });
});

describe('claims on the seed article', () => {
  const f = fixture('seed-globalresearch');
  const doc = documentFromHtml(readFileSync(fixturePath(f.name), 'utf8'), f.url);
  const { snapshot } = takeSnapshot(doc, f.url, detectArticle(doc, f.url));
  const claims = analyzeSnapshot(snapshot).claims;

  it('flags the air-strike and intelligence-agency claims, in reading order', () => {
    const texts = claims.map((c) => c.text);
    expect(texts.some((t) => t.includes('killed 40 ISIS members, including four field commanders.'))).toBe(true);
    expect(texts).toContain('Several European intelligence agencies also claimed that Al-Shimali was involved in the November 2015 Paris attacks.');
    expect(claims.map((c) => c.start)).toEqual([...claims.map((c) => c.start)].sort((a, b) => a - b));
  });

  it('does not flag the author\'s aside about being skeptical', () => {
    expect(claims.some((c) => c.text.startsWith("I'm usually skeptical"))).toBe(false);
  });
});

describe('plain factual statements', () => {
  it('flags rankings, generalisations, schedules and vague sources, not opinions', () => {
    const flagged = (s: string) => claimsOf(s).length === 1;
    expect(flagged('Age is the single strongest risk factor for dementia.')).toBe(true);
    expect(flagged('Most heat deaths happen indoors, in homes without air conditioning.')).toBe(true);
    expect(flagged('Officials from the World Bank will meet in Marrakech in October.')).toBe(true);
    expect(flagged('Experts say cooling centers save lives, but few people use them.')).toBe(true);
    expect(flagged("The Chancellor's budget was a missed opportunity and a failure of imagination.")).toBe(false);
    expect(flagged('I think the council has lost sight of what residents actually want.')).toBe(false);
    expect(flagged('Originally published by Riverside Civic Wire on 3 May 2024.')).toBe(false);
  });
});
