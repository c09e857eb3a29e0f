// NOTICE: who to credit for the outlet directory's data and under which licence, generated from
// the same dataset table the panel's source links show, so the two cannot drift apart.
import { DATASETS, type DatasetKey } from './datasets';
import { COVERAGE_THRESHOLD } from './sources/gdelt';

const USE: Record<DatasetKey, string> = {
  'backstory-editors':
    'The hand-written entries (scripts/build-outlets/overlay/): names, domains, and facts our editors read from each outlet’s English Wikipedia article or its own site; each fact links its source.',
  'wikipedia-rsp':
    'Ratings in public/outlets/ratings-wikipedia-rsp/: each entry’s status, qualifier, year of last discussion and summary (wiki markup removed). That folder’s data is an adaptation of Wikipedia text and is shared under CC BY-SA 4.0 (https://creativecommons.org/licenses/by-sa/4.0/); it is a separate folder so it can be used, replaced or removed on its own.',
  wikidata: 'Names, countries, cities of publication, founding and closing years, owners, publishers and kinds of newspapers, by official website.',
  fundus: 'Names and countries of the publishers the fundus crawler supports. MIT License; notice in public/outlets/licenses/fundus-MIT.txt.',
  'local-news-2018':
    'Names, states, kinds and (for TV stations) owners of US local outlets, as of August 2018. MIT License; notice in public/outlets/licenses/LocalNewsDataset-MIT.txt. ' +
    'Its compiler collected it from usnpl.com and stationindex.com, whose own terms are unknown. We ship it because it holds only facts (an outlet’s name, website, state, kind and owner), not those sites’ text or selection, because it is published under MIT for reuse and widely used in research, and because without it Backstory would know almost no US local outlet. Every fact from it is shown with its 2018 date; owners have changed since (Tribune → Nexstar).',
  'qui-possede-les-medias': 'Main shareholders of French media sites, as of 2021. MIT License; notice in public/outlets/licenses/qui-possede-les-medias-MIT.txt.',
  opensources:
    'Labels in public/outlets/ratings-opensources/. The list stopped being updated in 2017: every label shows that date. Rows whose note cites Media Bias/Fact Check are left out. GNU LGPL-3.0, text in public/outlets/licenses/LGPL-3.0.txt; the data is a separate folder that can be replaced or removed on its own.',
  gdelt: `Where a site’s coverage is focused (public/outlets/coverage-gdelt/), shown as “mostly covers”, never as where a site is based, and only for sites with at least ${COVERAGE_THRESHOLD.minMentions} place mentions and a leading country’s share of at least ${COVERAGE_THRESHOLD.minShare}. A site known only from GDELT is not presented as a news outlet.`,
};

export function noticeText(): string {
  const parts = [
    'Backstory — notices for the outlet directory',
    '==========================================',
    '',
    'The outlet directory (public/outlets/) is built by `npm run build:outlets` from the open datasets below.',
    'Every fact in it names its source, the date of the source’s data and a link; the side panel shows',
    'the credit line beside each source link.',
    '',
    'No data from Media Bias/Fact Check, NewsGuard, Ad Fontes Media, AllSides, Iffy.news or CRED-1 is included:',
    'their licences do not allow it, or their lists are derived from those that do not.',
    '',
  ];
  for (const [key, d] of Object.entries(DATASETS) as [DatasetKey, (typeof DATASETS)[DatasetKey]][]) {
    parts.push(`${d.title}`, `  Credit:   ${d.credit}`, `  Licence:  ${d.licence} — ${d.licenceUrl}`, `  Source:   ${d.url}`, `  Data of:  ${d.asOf}`);
    parts.push(...wrap(`  Used for: ${USE[key]}`, 100, '            '), '');
  }
  return `${parts.join('\n')}\n`;
}

function wrap(text: string, width: number, indent: string): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line && line.length + word.length + 1 > width) {
      lines.push(line);
      line = indent + word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}
