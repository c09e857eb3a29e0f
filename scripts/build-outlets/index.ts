// `npm run build:outlets`: builds the shipped outlet directory (public/outlets/) from the open
// datasets in ../shared/corpora/outlets-open/ (or $OUTLETS_OPEN) and the hand-written overlay,
// and writes NOTICE. Reproducible: the same inputs give the same files.
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { buildDirectory } from '../../lib/outlets/directory';
import { directoryStats } from '../../lib/outlets/stats';
import { projectRoot } from '../lib/browser';
import { Merge } from './merge';
import { noticeText } from './notice';
import { overlayClaims } from './sources/overlay';
import { rspClaims } from './sources/wikipedia-rsp';
import { wikidataClaims } from './sources/wikidata';
import { fundusClaims } from './sources/fundus';
import { localNewsClaims } from './sources/local-news';
import { frenchMediaClaims } from './sources/french-media';
import { OPENSOURCES_SCALE, openSourcesClaims } from './sources/opensources';
import { gdeltCoverage } from './sources/gdelt';
import { writeOutletFiles } from './write';

export const RSP_SCALE =
  "Wikipedia editors' consensus on citing a source: generally reliable · no consensus / additional considerations · generally unreliable · deprecated (status per use or period, with the year last discussed)";

function main(): void {
  const corpus = path.resolve(process.env.OUTLETS_OPEN ?? path.join(projectRoot, '..', 'shared', 'corpora', 'outlets-open'));
  if (!existsSync(path.join(corpus, 'README.md'))) throw new Error(`no outlets-open corpus at ${corpus} (set OUTLETS_OPEN)`);
  const outDir = path.join(projectRoot, 'public', 'outlets');
  const built = /assembled on (\d{4}-\d{2}-\d{2})/.exec(readFileSync(path.join(corpus, 'README.md'), 'utf8'))?.[1] ?? '2026-12-04';
  const log = (line: string) => process.stderr.write(`${line}\n`);

  const merge = new Merge();
  const overlayDir = path.join(import.meta.dirname, 'overlay');
  merge.add(overlayClaims([path.join(overlayDir, 'english.json'), path.join(overlayDir, 'world.json')]), false);
  const rsp = rspClaims(path.join(corpus, 'wikipedia-rsp'));
  merge.add(rsp.claims, false);
  const wikidata = wikidataClaims(path.join(corpus, 'wikidata-newspapers'));
  merge.add(wikidata.claims, true);
  merge.add(fundusClaims(path.join(corpus, 'fundus-publishers')), true);
  merge.add(localNewsClaims(path.join(corpus, 'local-news-dataset-2018')), true);
  merge.add(frenchMediaClaims(path.join(corpus, 'medias-francais')), false);
  const openSources = openSourcesClaims(path.join(corpus, 'opensources'));
  merge.add(openSources.claims, false);
  const coverage = gdeltCoverage(path.join(corpus, 'gdelt-domain-country'));

  const written = writeOutletFiles(
    outDir,
    merge.drafts,
    [
      { dataset: 'wikipedia-rsp', by: "Wikipedia's perennial sources list", scale: RSP_SCALE, folder: 'ratings-wikipedia-rsp' },
      { dataset: 'opensources', by: 'OpenSources', scale: OPENSOURCES_SCALE, folder: 'ratings-opensources' },
    ],
    coverage.rows,
    built,
  );

  // Licence texts the MIT and LGPL notices require to travel with the data.
  const licenses = path.join(outDir, 'licenses');
  mkdirSync(licenses, { recursive: true });
  copyFileSync(path.join(corpus, 'fundus-publishers', 'LICENSE-fundus-MIT.txt'), path.join(licenses, 'fundus-MIT.txt'));
  copyFileSync(path.join(corpus, 'local-news-dataset-2018', 'LICENSE-LocalNewsDataset-MIT.txt'), path.join(licenses, 'LocalNewsDataset-MIT.txt'));
  copyFileSync(path.join(corpus, 'medias-francais', 'qui-possede-les-medias', 'LICENSE'), path.join(licenses, 'qui-possede-les-medias-MIT.txt'));
  copyFileSync(path.join(corpus, 'opensources', 'LICENSE-opensources-LGPL-3.0.txt'), path.join(licenses, 'LGPL-3.0.txt'));
  const notice = noticeText();
  writeFileSync(path.join(outDir, 'NOTICE'), notice);
  writeFileSync(path.join(projectRoot, 'NOTICE'), notice);

  const stats = directoryStats(buildDirectory(written.data));
  log(`wikipedia-rsp: ${rsp.claims.length} listed sources (${rsp.skipped.length} rows skipped)`);
  log(`wikidata: ${wikidata.claims.length} items kept, ${wikidata.noOutletSite} with only archive/platform websites left out`);
  log(`wikidata: country labels with no ISO code: ${[...wikidata.unmappedCountries].map(([k, n]) => `${k} (${n})`).join(', ')}`);
  log(`opensources: ${openSources.droppedCitingMbfc} rows citing MBFC left out; unknown tags: ${openSources.unknownTags.join(', ') || 'none'}`);
  log(`gdelt: ${coverage.rows.length} of ${coverage.read} sites pass the threshold`);
  for (const [dataset, names] of merge.report.unplaced) log(`${dataset}: ${names.length} entries with no domain and no outlet of that name: ${names.slice(0, 12).join('; ')}`);
  log(`titles listed on shared sites: ${merge.report.titlesOnSharedSites}`);
  process.stdout.write(`${JSON.stringify(stats, null, 2)}\n`);
}

main();
