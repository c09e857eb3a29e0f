// Short forms of a profile for the outlets an article cites: the panel's list of cited sources
// and the card over a link in the page. Long text (a rater's summary, notes) stays out; the
// panel's own Outlet section has it.
import type { CitedOutletView, LinkOutletCard } from '../messages/protocol';
import type { CitedOutlet } from './cited';
import { displayName, valuesOf } from './facts';
import type { OutletProfile } from './types';

const OUTLET_TYPE_WORDS: Record<string, string> = {
  newspaper: 'Newspaper',
  broadcaster: 'Broadcaster',
  wire: 'Wire service',
  magazine: 'Magazine',
  digital: 'Digital outlet',
  blog: 'Blog',
  'think-tank': 'Think tank',
  aggregator: 'Aggregator',
  'state-media': 'State media',
  'fact-checker': 'Fact-checker',
};

/** The profile without notes, summaries or the raters' long summaries. */
export function briefProfile(profile: OutletProfile): OutletProfile {
  const { notes: _notes, summary: _summary, ...rest } = profile;
  return { ...rest, assessments: profile.assessments.map(({ note: _note, ...a }) => a) };
}

export function citedView(cited: CitedOutlet): CitedOutletView {
  return {
    key: cited.key,
    domain: cited.domain,
    match: cited.match ? { profile: briefProfile(cited.match.profile), matchedBy: cited.match.matchedBy } : null,
    coverage: cited.coverage,
    links: cited.links,
  };
}

/** What a card over the article's links to this outlet shows. */
export function linkCard(cited: CitedOutletView): LinkOutletCard {
  const p = cited.match?.profile;
  const kinds = [...valuesOf(p?.outletType).map((t) => OUTLET_TYPE_WORDS[t] ?? t), ...valuesOf(p?.kind)];
  const closed = valuesOf(p?.dissolved)[0];
  return {
    urls: cited.links.map((l) => l.url),
    name: p ? displayName(p) : cited.domain,
    domain: cited.domain,
    known: !!p,
    kinds: [...new Set(kinds)].slice(0, 3),
    countries: valuesOf(p?.country),
    ...(cited.coverage ? { mostlyCovers: cited.coverage.value.country } : {}),
    ...(closed ? { closed } : {}),
    assessments: (p?.assessments ?? []).map(({ by, aspect, rating, qualifier, asOf, scale, url }) => ({
      by,
      aspect,
      rating,
      ...(qualifier ? { qualifier } : {}),
      ...(asOf ? { asOf } : {}),
      ...(scale ? { scale } : {}),
      ...(url ? { url } : {}),
    })),
  };
}
