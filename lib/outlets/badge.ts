// The toolbar badge on article pages: a quiet hint of the outlet's standing, never a verdict.
// Choices, and why:
// - Unknown outlet → no badge at all. "Not in the directory" is not a warning; the panel says it.
// - Known, no published assessment → a grey '•': "Backstory knows who runs this site".
// - Assessed → the number of published assessments (reliability and bias), e.g. '3'. A count is
//   neutral and invites opening the panel, where each rating stands with who made it and when;
//   a word in a four-character badge ('LOW', 'BAD') would read as Backstory's own judgement.
// - The colour carries the hint, in muted tones that all hold white text legibly: teal-green
//   when the published reliability ratings are favourable, slate when they are mixed or use
//   scales we cannot read, ochre when they are unfavourable. Never red: red reads as alarm.
// - The tooltip spells it out in the assessors' own words.
import type { Assessment, OutletProfile } from './types';

export interface OutletBadge {
  text: string;
  color: string;
  title: string;
}

export type ReliabilityTone = 'favourable' | 'mixed' | 'unfavourable' | 'unknown';

export const BADGE_COLORS: Record<ReliabilityTone | 'unassessed', string> = {
  favourable: '#2f6f5e',
  mixed: '#56657a',
  unknown: '#56657a',
  unfavourable: '#8a6a1c',
  unassessed: '#6b7280',
};

// Checked in this order: 'generally unreliable' must not match 'reliable'.
const UNFAVOURABLE = /unreliable|deprecat|blacklist|\b(?:very )?low\b|questionable|conspiracy|pseudoscien|not credible|fabricat|propaganda/i;
const MIXED = /no consensus|mixed|marginal|caution|considerations|mostly factual|varies|partly/i;
const FAVOURABLE = /reliable|\b(?:very )?high\b|credible|trustworthy|factual/i;

/** How one reliability rating reads, in the assessor's own words; bias ratings are not tones. */
export function reliabilityTone(rating: string): ReliabilityTone {
  if (UNFAVOURABLE.test(rating)) return 'unfavourable';
  if (MIXED.test(rating)) return 'mixed';
  if (FAVOURABLE.test(rating)) return 'favourable';
  return 'unknown';
}

/** The overall tone of an outlet's reliability assessments: unanimous or mixed. */
export function overallTone(assessments: readonly Assessment[]): ReliabilityTone {
  const tones = assessments.filter((a) => a.aspect === 'reliability').map((a) => reliabilityTone(a.rating));
  const known = tones.filter((t) => t !== 'unknown');
  if (!known.length) return 'unknown';
  if (known.every((t) => t === 'favourable')) return 'favourable';
  if (known.every((t) => t === 'unfavourable')) return 'unfavourable';
  if (!known.includes('favourable') && known.filter((t) => t === 'unfavourable').length > known.length / 2) return 'unfavourable';
  return 'mixed';
}

function describe(a: Assessment): string {
  const who = [a.by, a.asOf?.slice(0, 4)].filter(Boolean).join(', ');
  return `${a.rating} (${who})`;
}

/** The badge for an article page's outlet; null when the outlet is not known (no badge). */
export function outletBadge(profile: OutletProfile | null | undefined): OutletBadge | null {
  if (!profile) return null;
  const name = profile.names[0] ?? profile.id;
  const origin = profile.origin === 'lookup' ? 'looked up on Wikidata' : profile.origin === 'reader' ? 'from your notes' : 'in the Backstory directory';
  const assessments = profile.assessments;
  if (!assessments.length) {
    return { text: '•', color: BADGE_COLORS.unassessed, title: `${name}: ${origin}; no published assessment recorded. Open the side panel for details.` };
  }
  const reliability = assessments.filter((a) => a.aspect === 'reliability');
  const bias = assessments.filter((a) => a.aspect === 'bias');
  const parts = [`${name}: ${origin}.`];
  if (reliability.length) {
    const shown = reliability.slice(0, 3).map(describe).join('; ');
    parts.push(`Reliability: ${shown}${reliability.length > 3 ? `; ${reliability.length - 3} more` : ''}.`);
  }
  if (bias.length) parts.push(`Bias: ${bias.slice(0, 2).map(describe).join('; ')}${bias.length > 2 ? `; ${bias.length - 2} more` : ''}.`);
  parts.push('Open the side panel for sources.');
  return {
    text: assessments.length > 9 ? '9+' : String(assessments.length),
    color: BADGE_COLORS[overallTone(assessments)],
    title: parts.join(' '),
  };
}
