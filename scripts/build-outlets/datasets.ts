// Every source the directory draws on: what the panel calls it, the date of its data, where it
// came from (repository and commit) and the credit line its licence asks for. The same table is
// shipped in directory.json (so each fact's source link can show its credit) and printed into
// NOTICE and public/outlets/NOTICE by the build.
import type { DatasetInfo } from '../../lib/outlets/data-format';

const CC0 = 'https://creativecommons.org/publicdomain/zero/1.0/';
const CC_BY_SA = 'https://creativecommons.org/licenses/by-sa/4.0/';

export const DATASETS = {
  'backstory-editors': {
    label: 'Wikipedia',
    title: "Backstory's hand-written directory: facts read from English Wikipedia articles by Backstory's editors",
    credit: "Read from English Wikipedia (Wikipedia contributors, CC BY-SA 4.0) by Backstory's editors",
    licence: 'CC BY-SA 4.0 (Wikipedia text)',
    licenceUrl: CC_BY_SA,
    url: 'https://en.wikipedia.org/',
    asOf: '2026-11-24',
    itemUrl: 'https://en.wikipedia.org/wiki/{id}',
  },
  'wikipedia-rsp': {
    label: "Wikipedia's perennial sources list",
    title: 'Wikipedia: Reliable sources/Perennial sources',
    credit:
      'Wikipedia contributors, "Wikipedia:Reliable sources/Perennial sources", CC BY-SA 4.0; parsed by audiodude/wiki-reliable-sources-parser (commit ae050a6); wiki markup removed by Backstory',
    licence: 'CC BY-SA 4.0',
    licenceUrl: CC_BY_SA,
    url: 'https://en.wikipedia.org/wiki/Wikipedia:Reliable_sources/Perennial_sources',
    asOf: '2026-04-18',
    itemUrl: 'https://en.wikipedia.org/wiki/{id}',
  },
  wikidata: {
    label: 'Wikidata',
    title: 'Wikidata: newspapers with an official website (query result of 2023)',
    credit: 'Wikidata contributors (CC0 1.0), via patrickswickard/international_newspapers (commit 0d8b4a3)',
    licence: 'CC0 1.0',
    licenceUrl: CC0,
    url: 'https://github.com/patrickswickard/international_newspapers/tree/0d8b4a34764914490583a603d2a5d12ad175ecbd',
    asOf: '2023-04-20',
    itemUrl: 'https://www.wikidata.org/wiki/{id}',
  },
  fundus: {
    label: 'fundus publisher list',
    title: "The fundus news crawler's list of publishers (flairNLP)",
    credit: 'fundus, Copyright (c) 2023 Max Dallabetta, Conrad Dobberstein, Aaron Wey… (MIT License)',
    licence: 'MIT',
    licenceUrl: 'https://github.com/flairNLP/fundus/blob/18da6e53592f99cf0ac5770dc63d6ba99ba63ae8/LICENSE',
    url: 'https://github.com/flairNLP/fundus/tree/18da6e53592f99cf0ac5770dc63d6ba99ba63ae8',
    asOf: '2026-08-05',
    itemUrl: 'https://github.com/flairNLP/fundus/tree/18da6e53592f99cf0ac5770dc63d6ba99ba63ae8/src/fundus/publishers/{id}',
  },
  'local-news-2018': {
    label: 'Local News Dataset (2018)',
    title: 'Local News Dataset: US local newspapers and TV stations, collected August 2018',
    credit:
      'Local News Dataset, Copyright (c) 2018 Leon Yin (MIT License); compiled from usnpl.com, stationindex.com and the station groups’ own sites',
    licence: 'MIT',
    licenceUrl: 'https://github.com/yinleon/LocalNewsDataset/blob/d97f2f86aa7da3813f6e388e637f9e7350e53178/LICENSE',
    url: 'https://github.com/yinleon/LocalNewsDataset/tree/d97f2f86aa7da3813f6e388e637f9e7350e53178',
    asOf: '2018-08',
  },
  'qui-possede-les-medias': {
    label: 'Qui possède les médias ?',
    title: 'Qui possède les médias ? Main shareholders of French media sites',
    credit: 'qui-possede-les-medias, Copyright (c) 2018-present Design & Human/Geoffrey Dorne & Léo Colombaro (MIT License)',
    licence: 'MIT',
    licenceUrl: 'https://github.com/DesignandHuman/qui-possede-les-medias/blob/fadcafebffde0507dcdecceab1296132ea1019cd/LICENSE',
    url: 'https://github.com/DesignandHuman/qui-possede-les-medias/tree/fadcafebffde0507dcdecceab1296132ea1019cd',
    asOf: '2021-10',
  },
  opensources: {
    label: 'OpenSources',
    title: 'OpenSources.co labels of news sites (2017; no longer updated)',
    credit: 'OpenSources (Melissa Zimdars et al.), via BigMcLargeHuge/opensources (commit 77dad6d); GNU LGPL-3.0',
    licence: 'LGPL-3.0',
    licenceUrl: 'https://www.gnu.org/licenses/lgpl-3.0.html',
    url: 'https://github.com/BigMcLargeHuge/opensources/tree/77dad6d7456b272e06365280d15bb77c7cf5b0ba',
    asOf: '2017-04',
  },
  gdelt: {
    label: 'GDELT',
    title: "The GDELT Project: the countries a site's articles mention most, 2015 to mid-2023",
    credit: 'The GDELT Project (https://www.gdeltproject.org/); per-site figures by FCO-OSU/gdelt-gkg-schema-analysis (commit 821ca49)',
    licence: 'GDELT Terms of Use (free use with citation)',
    licenceUrl: 'https://www.gdeltproject.org/about.html#termsofuse',
    url: 'https://github.com/FCO-OSU/gdelt-gkg-schema-analysis/tree/821ca49ff42cac7bc40560d731d795af668b777c',
    asOf: '2023-07-31',
  },
} satisfies Record<string, DatasetInfo>;

export type DatasetKey = keyof typeof DATASETS;
