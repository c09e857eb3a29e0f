// Merging what the sources say into outlet records. Sources are taken in order (the
// hand-written overlay first, then Wikipedia's list, Wikidata, fundus, the local-news list, the
// French owners, OpenSources), and a claim joins the outlet that already holds one of its domain
// rules — or, for a host or path under an outlet's domain, the outlet of the same name. Facts
// are appended with their sources, never overwritten: where two sources disagree, both stay.
//
// A rule several items of one dataset give (a chain's site such as wickedlocal.com, 37 Wikidata
// titles) is not any one title's: the site gets a record of its own listing the titles, and no
// title's founding year or owner is said of the site.
import { normalizeName } from '../../lib/outlets/directory';
import type { Assessment, DomainRule, FactField } from '../../lib/outlets/types';
import { FACT_FIELDS } from '../../lib/outlets/types';
import type { Claim, ClaimRating, SourcedFact } from './claims';
import type { DatasetKey } from './datasets';
import { domainOf, keyOf } from './rules';

export interface Draft {
  id: string;
  names: string[];
  rules: DomainRule[];
  excludes?: DomainRule[];
  facts: Partial<Record<FactField, SourcedFact[]>>;
  assessments: Assessment[];
  ratings: { dataset: DatasetKey; rating: ClaimRating }[];
  /** A site several titles of one dataset share, named by none of them. */
  shared: boolean;
  datasets: Set<DatasetKey>;
}

export interface MergeReport {
  /** Claims with no domain that matched no outlet by name. */
  unplaced: Map<DatasetKey, string[]>;
  /** Titles listed on a shared site instead of being an outlet of their own. */
  titlesOnSharedSites: number;
}

/** Whether `outer` covers `inner`: the same host or a host under it, and the path under its path. */
function covers(outer: DomainRule, inner: DomainRule): boolean {
  const hostUnder = inner.domain === outer.domain || inner.domain.endsWith(`.${outer.domain}`);
  if (!hostUnder) return false;
  if (!outer.pathPrefix) return true;
  const p = inner.pathPrefix ?? '';
  return p === outer.pathPrefix || p.startsWith(`${outer.pathPrefix}/`);
}

/** Whether a title is named after a domain: 'aamulehti.fi' and "Aamulehti", 'limburger.nl' and "De Limburger". */
function namedAfter(domain: string, name: string | undefined, exactly: boolean): boolean {
  if (!name) return false;
  const stem = normalizeName(domain.split('.')[0]);
  const own = normalizeName(name);
  if (stem.length < 5) return false;
  return own === stem || (!exactly && (own.endsWith(stem) || own.startsWith(stem)));
}

const slug = (rule: DomainRule) =>
  keyOf(rule)
    .replace(/[^a-z\d._-]+/g, '_')
    .replace(/^[^a-z\d]+/, '')
    .slice(0, 100) || 'outlet';

export class Merge {
  readonly drafts: Draft[] = [];
  private readonly byKey = new Map<string, Draft>();
  private readonly byDomain = new Map<string, Draft[]>();
  private readonly ids = new Set<string>();
  readonly report: MergeReport = { unplaced: new Map(), titlesOnSharedSites: 0 };

  /**
   * Adds one dataset's claims. `sharedWithin`: a rule several claims give is a shared site, unless
   * one of them is plainly the site's own title (its name is the domain's: aamulehti.fi, Aamulehti).
   */
  add(claims: Claim[], sharedWithin: boolean): void {
    const claimants = new Map<string, Claim[]>();
    if (sharedWithin) {
      for (const claim of claims) {
        for (const key of new Set(claim.rules.map(keyOf))) claimants.set(key, [...(claimants.get(key) ?? []), claim]);
      }
    }
    const ownerOf = new Map<string, Claim>();
    for (const [key, list] of claimants) {
      if (list.length < 2 || key.includes('/')) continue;
      const exact = list.filter((c) => namedAfter(key, c.names[0], true));
      const own = exact.length ? exact : list.filter((c) => namedAfter(key, c.names[0], false));
      if (own.length === 1) ownerOf.set(key, own[0]);
    }
    for (const claim of claims) {
      const isOwn = (r: DomainRule) => (claimants.get(keyOf(r))?.length ?? 1) === 1 || ownerOf.get(keyOf(r)) === claim;
      const own = claim.rules.filter(isOwn);
      const shared = claim.rules.filter((r) => !isOwn(r));
      if (!claim.rules.length) {
        const found = claim.joinByName ? this.findByName(claim.names) : null;
        if (found) this.attach(found, claim, []);
        else this.unplaced(claim);
        continue;
      }
      if (own.length) {
        const found = this.find(own, claim.names);
        // A title that has closed is a predecessor of the site an outlet now runs: listed, not merged.
        if (found && claim.historic) this.listTitle(found, claim);
        else if (found) this.attach(found, claim, own);
        else this.create(claim, own, false);
      }
      for (const rule of shared) this.addTitle(rule, claim);
    }
  }

  private unplaced(claim: Claim): void {
    const list = this.report.unplaced.get(claim.dataset) ?? [];
    list.push(claim.names[0] ?? '(unnamed)');
    this.report.unplaced.set(claim.dataset, list);
  }

  private namesMatch(draft: Draft, names: string[]): boolean {
    const mine = new Set(draft.names.map(normalizeName));
    return names.some((n) => mine.has(normalizeName(n)));
  }

  private findByName(names: string[]): Draft | null {
    const keys = new Set(names.map(normalizeName).filter((k) => k.length >= 2));
    const found = this.drafts.filter((d) => !d.shared && d.names.some((n) => keys.has(normalizeName(n))));
    return found.length === 1 ? found[0] : null;
  }

  /** The outlet holding one of the rules, or the same-named outlet whose domain covers one. */
  private find(rules: DomainRule[], names: string[]): Draft | null {
    for (const rule of rules) {
      const draft = this.byKey.get(keyOf(rule));
      if (draft) return draft;
    }
    for (const rule of rules) {
      for (const draft of this.byDomain.get(domainOf(rule)) ?? []) {
        if (!draft.shared && draft.rules.some((r) => covers(r, rule)) && this.namesMatch(draft, names)) return draft;
      }
    }
    return null;
  }

  private register(draft: Draft, rule: DomainRule): void {
    this.byKey.set(keyOf(rule), draft);
    const domain = domainOf(rule);
    const list = this.byDomain.get(domain) ?? [];
    if (!list.includes(draft)) list.push(draft);
    this.byDomain.set(domain, list);
  }

  private newId(wanted: string): string {
    let id = wanted;
    for (let n = 2; this.ids.has(id); n++) id = `${wanted}-${n}`;
    this.ids.add(id);
    return id;
  }

  private create(claim: Claim, rules: DomainRule[], shared: boolean): Draft {
    const draft: Draft = {
      id: this.newId(claim.id ?? slug(rules[0])),
      names: [],
      rules: [],
      ...(claim.excludes ? { excludes: claim.excludes } : {}),
      facts: {},
      assessments: [],
      ratings: [],
      shared,
      datasets: new Set(),
    };
    this.drafts.push(draft);
    if (shared) {
      draft.rules.push(rules[0]);
      this.register(draft, rules[0]);
    } else this.attach(draft, claim, rules);
    return draft;
  }

  private attach(draft: Draft, claim: Claim, rules: DomainRule[]): void {
    for (const name of claim.names) if (!draft.names.some((n) => normalizeName(n) === normalizeName(name))) draft.names.push(name);
    if (draft.shared && claim.names.length) draft.shared = false; // a source names the site itself
    for (const rule of rules) {
      const owner = this.byKey.get(keyOf(rule));
      if (owner && owner !== draft) continue; // another outlet's domain stays theirs
      if (owner === draft || draft.rules.some((r) => !r.pathPrefix && covers(r, rule))) continue;
      draft.rules.push(rule);
      this.register(draft, rule);
    }
    for (const field of FACT_FIELDS) {
      for (const fact of claim.facts[field] ?? []) {
        const list = (draft.facts[field] ??= []);
        if (!list.some(([v, s]) => v === fact[0] && JSON.stringify(s) === JSON.stringify(fact[1]))) list.push(fact);
      }
    }
    for (const rating of claim.ratings ?? []) draft.ratings.push({ dataset: claim.dataset, rating });
    draft.assessments.push(...(claim.assessments ?? []));
    draft.datasets.add(claim.dataset);
  }

  /** A title listed on a site it shares with others of its dataset. */
  private addTitle(rule: DomainRule, claim: Claim): void {
    if (!claim.names[0]) return; // a title with no name says nothing about the site
    this.listTitle(this.byKey.get(keyOf(rule)) ?? this.create(claim, [rule], true), claim);
    this.report.titlesOnSharedSites++;
  }

  /** Lists a claim on an outlet as one of the titles published there, with its source. */
  private listTitle(draft: Draft, claim: Claim): void {
    const name = claim.names[0];
    if (!name) return;
    const closed = claim.facts.dissolved?.[0]?.[0];
    const title = closed ? `${name} (closed ${closed})` : name;
    const source = claim.facts.listedAs?.[0]?.[1] ?? claim.dataset;
    const titles = (draft.facts.titles ??= []);
    if (!titles.some(([v, s]) => v === title && JSON.stringify(s) === JSON.stringify(source))) titles.push([title, source]);
    draft.datasets.add(claim.dataset);
  }
}
