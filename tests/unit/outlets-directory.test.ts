// The bundled directory (lib/outlets/data/*.json) as a whole: every entry well-formed, no domain
// claimed twice, enough outlets, and every entry found again from each of its own domains.
import { describe, expect, it } from 'vitest';
import { bundledDirectory, bundledProfiles, findDuplicates, toRule } from '@/lib/outlets/directory';
import { resolveOriginalSource, resolveOutlet } from '@/lib/outlets/match';
import { profileProblems } from '@/lib/outlets/schema';

const profiles = bundledProfiles();

describe('bundled outlet directory', () => {
  it('has every entry pass the schema', () => {
    const bad = profiles.flatMap((p) => profileProblems(p).map((problem) => `${p.id ?? '?'}: ${problem}`));
    expect(bad).toEqual([]);
  });

  it('marks every entry as coming from the directory', () => {
    expect(profiles.filter((p) => p.origin !== 'directory').map((p) => p.id)).toEqual([]);
  });

  it('has no domain or id twice across both files', () => {
    expect(findDuplicates(profiles)).toEqual({ domains: [], ids: [] });
  });

  it('covers at least 400 outlets', () => {
    expect(profiles.length).toBeGreaterThanOrEqual(400);
  });

  it("resolves each entry from https://<its first domain>/", () => {
    const directory = bundledDirectory();
    const wrong = profiles.flatMap((p) => {
      const rule = toRule(p.domains[0]);
      const url = `https://${rule.domain}${rule.pathPrefix ?? '/'}`;
      const got = resolveOutlet(url, directory)?.profile.id ?? null;
      return got === p.id ? [] : [`${url} → ${got} (expected ${p.id})`];
    });
    expect(wrong).toEqual([]);
  });

  it('resolves each entry from every one of its domains', () => {
    const directory = bundledDirectory();
    const wrong = profiles.flatMap((p) =>
      p.domains.flatMap((entry) => {
        const rule = toRule(entry);
        const url = `https://${rule.domain}${rule.pathPrefix ?? '/'}`;
        const got = resolveOutlet(url, directory)?.profile.id ?? null;
        return got === p.id ? [] : [`${url} → ${got} (expected ${p.id})`];
      }),
    );
    expect(wrong).toEqual([]);
  });

  it('knows the seed cross-post: Global Research, and Sott.net as its original source', () => {
    const directory = bundledDirectory();
    const page = resolveOutlet('https://www.globalresearch.ca/as-russia-liberates-syria-from-isis/5608522', directory)?.profile;
    expect(page?.names[0]).toBe('Global Research');
    expect(page?.organization?.value).toBe('Centre for Research on Globalization');
    expect(page?.country?.value).toBe('CA');
    expect(page?.founded?.value).toBe(2001);
    for (const name of ['Sott.net', 'SOTT', 'Signs of the Times']) {
      expect(resolveOriginalSource({ name, url: '#' }, directory)?.domains.map((d) => toRule(d).domain), name).toContain('sott.net');
    }
    for (const alias of ['https://globalresearch.org/', 'https://www.mondialisation.ca/']) {
      expect(resolveOutlet(alias, directory)?.profile.id, alias).toBe(page?.id);
    }
  });
});
