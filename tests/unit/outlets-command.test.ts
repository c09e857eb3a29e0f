// The command line's outlet fields, against the bundled directory. Guards against data that has
// not landed yet: these check the shape and the contract, the directory test checks the data.
import { describe, expect, it } from 'vitest';
import { bundledProfiles, toRule } from '@/lib/outlets/directory';
import { outletFieldsFor, runOutlet } from '@/scripts/outlet-command';

describe('backstory outlet', () => {
  it('prints one JSON line per argument, null for what is not known', () => {
    const lines = runOutlet(['https://unknown-outlet.invalid/', 'localhost', 'not a domain']);
    expect(lines).toEqual(['null', 'null', 'null']);
  });

  it('resolves domains and URLs of the bundled directory, with how they matched', () => {
    const first = bundledProfiles()[0];
    if (!first) return; // no data yet
    const rule = toRule(first.domains[0]);
    const [byDomain, byUrl] = runOutlet([rule.domain, `https://www.${rule.domain}${rule.pathPrefix ?? '/'}x`]).map((l) => JSON.parse(l));
    if (!rule.pathPrefix) expect(byDomain).toMatchObject({ id: first.id, matchedBy: 'domain' });
    expect(byUrl).toMatchObject({ id: first.id });
  });
});

describe('outletFieldsFor', () => {
  it('gives the seed page its outlet and the original outlet, when the directory has them', () => {
    const fields = outletFieldsFor('https://www.globalresearch.ca/as-russia-liberates-syria/5608522', { name: 'Sott.net', url: '#' });
    if (!fields.outlet) return; // no data yet
    expect(fields.outlet.names[0]).toBe('Global Research');
    expect(fields.outlet.matchedBy).toBe('domain');
    expect(fields.originalOutlet?.names).toContain('Sott.net');
  });

  it('does not call a site its own original source', () => {
    const first = bundledProfiles()[0];
    if (!first) return;
    const url = `https://${toRule(first.domains[0]).domain}${toRule(first.domains[0]).pathPrefix ?? '/'}`;
    expect(outletFieldsFor(url, { name: first.names[0] }).originalOutlet).toBeNull();
    expect(outletFieldsFor('https://unknown-outlet.invalid/a')).toEqual({ outlet: null, originalOutlet: null });
  });
});
