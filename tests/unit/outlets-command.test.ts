// The command line's outlet command and the outlet fields `analyze` prints, on the shipped directory.
import { describe, expect, it } from 'vitest';
import { formatStats, outletCommand, outletFieldsFor, runOutlet } from '@/scripts/outlet-command';
import { directoryStats } from '@/lib/outlets/stats';
import { shippedDirectory } from '@/scripts/lib/outlet-files';

const sink = () => {
  let text = '';
  return { stream: { write: (chunk: string) => ((text += chunk), true) } as unknown as NodeJS.WritableStream, text: () => text };
};

describe('backstory outlet', () => {
  it('prints one JSON line per argument: the outlet, how it matched, and where its coverage is focused', () => {
    const [gr, unknown, invalid] = runOutlet(['https://www.globalresearch.ca/x/5608522', 'https://unknown-outlet.invalid/', 'not a domain']).map((l) => JSON.parse(l));
    expect(gr).toMatchObject({ query: 'https://www.globalresearch.ca/x/5608522', domain: 'globalresearch.ca', matchedBy: 'domain' });
    expect(gr.outlet.names[0]).toBe('Global Research');
    expect(gr.outlet.country[0]).toMatchObject({ value: 'CA', source: { label: 'Wikipedia' } });
    expect(unknown).toEqual({ query: 'https://unknown-outlet.invalid/', domain: null, matchedBy: null, outlet: null, coverage: null });
    expect(invalid.outlet).toBeNull();
  });

  it('gives a site known only to GDELT its coverage and no outlet', () => {
    const [loc] = runOutlet(['www.loc.gov']).map((l) => JSON.parse(l));
    expect(loc.outlet).toBeNull();
    expect(loc.coverage).toMatchObject({ value: { country: 'US' }, source: { label: 'GDELT' } });
  });

  it('prints the directory counts with --stats, and refuses a call with nothing to look up', () => {
    const out = sink();
    const err = sink();
    expect(outletCommand(['--stats'], out.stream, err.stream)).toBe(0);
    expect(out.text()).toMatch(/domains known\s+[\d,]+ registrable domains/);
    expect(out.text()).toMatch(/assessments: Wikipedia's perennial sources list\s+\d+/);
    expect(out.text()).toMatch(/assessments: OpenSources\s+[\d,]+/);
    expect(outletCommand([], out.stream, err.stream)).toBe(2);
    expect(outletCommand(['--nope', 'cnn.com'], out.stream, err.stream)).toBe(2);
    expect(err.text()).toMatch(/unknown option --nope/);
  });

  it('formats every count', () => {
    const directory = shippedDirectory();
    const text = formatStats(directoryStats(directory), directory.built);
    for (const label of ['with a name', 'with a country', 'with an owner', 'with a founding year', 'name + country or owner']) expect(text).toContain(label);
  });
});

describe('outletFieldsFor', () => {
  it('gives the seed page its outlet and the original outlet', () => {
    const fields = outletFieldsFor('https://www.globalresearch.ca/as-russia-liberates-syria/5608522', { name: 'Sott.net', url: '#' });
    expect(fields.outlet?.names[0]).toBe('Global Research');
    expect(fields.outlet?.matchedBy).toBe('domain');
    expect(fields.originalOutlet?.names).toContain('Sott.net');
  });

  it('does not call a site its own original source', () => {
    expect(outletFieldsFor('https://www.globalresearch.ca/x', { name: 'Global Research' }).originalOutlet).toBeNull();
    expect(outletFieldsFor('https://unknown-outlet.invalid/a')).toEqual({ outlet: null, originalOutlet: null, outletCoverage: null });
  });
});
