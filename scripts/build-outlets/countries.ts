// Country names as the sources write them → ISO 3166-1 alpha-2, from the runtime's own region
// names (Intl.DisplayNames) plus the longer official forms Wikidata uses for its labels.
// States that no longer exist (Soviet Union, Ottoman Empire) have no code and are left out.

const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';

const OFFICIAL_FORMS: Record<string, string> = {
  'united states of america': 'US',
  "people's republic of china": 'CN',
  'republic of china': 'TW',
  'republic of ireland': 'IE',
  'kingdom of the netherlands': 'NL',
  'kingdom of denmark': 'DK',
  'czech republic': 'CZ',
  'state of palestine': 'PS',
  'the bahamas': 'BS',
  'democratic republic of the congo': 'CD',
  'republic of the congo': 'CG',
  'ivory coast': 'CI',
  "côte d'ivoire": 'CI',
  'east timor': 'TL',
  'vatican city': 'VA',
  'federated states of micronesia': 'FM',
  'the gambia': 'GM',
  'north korea': 'KP',
  'south korea': 'KR',
  russia: 'RU',
  'cape verde': 'CV',
  eswatini: 'SZ',
  swaziland: 'SZ',
  kosovo: 'XK',
  turkey: 'TR',
  'hong kong': 'HK',
  macau: 'MO',
  'bailiwick of guernsey': 'GG',
  'bailiwick of jersey': 'JE',
  // The nations of the United Kingdom are the United Kingdom as a country code.
  england: 'GB',
  scotland: 'GB',
  wales: 'GB',
  'northern ireland': 'GB',
};

let byName: Map<string, string> | undefined;

function table(): Map<string, string> {
  if (byName) return byName;
  byName = new Map(Object.entries(OFFICIAL_FORMS));
  const names = new Intl.DisplayNames('en', { type: 'region' });
  for (const a of LETTERS) {
    for (const b of LETTERS) {
      const code = a + b;
      let name: string | undefined;
      try {
        name = names.of(code);
      } catch {
        continue;
      }
      if (!name || name === code) continue;
      // ICU writes 'Bosnia & Herzegovina', 'St. Kitts & Nevis', 'Myanmar (Burma)'; sources spell them out.
      const forms = [name, name.replace(/ & /g, ' and '), name.replace(/\bSt\. /g, 'Saint ').replace(/ & /g, ' and '), name.replace(/\s*\(.*\)$/, '')];
      for (const form of forms) if (!byName.has(form.toLowerCase())) byName.set(form.toLowerCase(), code);
    }
  }
  return byName;
}

/** The ISO code for a country's English name, or null (a former state, a region, a typo). */
export function countryCode(name: string): string | null {
  return table().get(name.trim().toLowerCase()) ?? null;
}

// ISO 3166-2:US subdivisions, for the US local-news list's two-letter states.
const US_STATES: Record<string, string> = {
  AL: 'Alabama', AK: 'Alaska', AZ: 'Arizona', AR: 'Arkansas', CA: 'California', CO: 'Colorado', CT: 'Connecticut',
  DE: 'Delaware', DC: 'District of Columbia', FL: 'Florida', GA: 'Georgia', HI: 'Hawaii', ID: 'Idaho', IL: 'Illinois',
  IN: 'Indiana', IA: 'Iowa', KS: 'Kansas', KY: 'Kentucky', LA: 'Louisiana', ME: 'Maine', MD: 'Maryland',
  MA: 'Massachusetts', MI: 'Michigan', MN: 'Minnesota', MS: 'Mississippi', MO: 'Missouri', MT: 'Montana',
  NE: 'Nebraska', NV: 'Nevada', NH: 'New Hampshire', NJ: 'New Jersey', NM: 'New Mexico', NY: 'New York',
  NC: 'North Carolina', ND: 'North Dakota', OH: 'Ohio', OK: 'Oklahoma', OR: 'Oregon', PA: 'Pennsylvania',
  RI: 'Rhode Island', SC: 'South Carolina', SD: 'South Dakota', TN: 'Tennessee', TX: 'Texas', UT: 'Utah',
  VT: 'Vermont', VA: 'Virginia', WA: 'Washington', WV: 'West Virginia', WI: 'Wisconsin', WY: 'Wyoming',
  PR: 'Puerto Rico', GU: 'Guam', VI: 'U.S. Virgin Islands', AS: 'American Samoa', MP: 'Northern Mariana Islands',
};

export function usState(code: string): string | null {
  return US_STATES[code.trim().toUpperCase()] ?? null;
}
