// Organisation names and name patterns: well-known acronyms, a few single-word names that are
// used without an organisation word ("the Pentagon"), and the head words that make a
// capitalised run an organisation ("... Ministry", "Department of ...").

function words(list: string): string[] {
  return list.split(/\s+/).map((w) => w.trim()).filter(Boolean);
}

/** Well-known organisation acronyms (upper case, dots removed). */
export const ORG_ACRONYMS: ReadonlySet<string> = new Set(
  words(`ISIS ISIL CIA FBI NSA NASA NATO UN EU WHO IMF OPEC ITU UNESCO UNICEF UNHCR UNRWA ICC ICJ WTO
    OECD ASEAN BBC CNN NPR AP AFP NHS CDC FDA EPA IRS DEA DHS DOJ DOD MI5 MI6 KGB FSB GRU SVR IAEA IPCC
    IRGC PKK YPG SDF FSA HTS PLO IDF RAF NYPD LAPD ECB IMF BRICS G7 G20 AU WFP ICRC MSF FIFA UEFA IOC
    NBA NFL MLB NHL BBC ITV ABC CBS NBC PBS FEC SEC FTC FCC NTSB FAA ATF ICE TSA RBI SEBI ISRO BJP ANC
    OPCW UNDP UNEP WWF IEA OPEC NATO ECHR CPS MOD FCDO HMRC DWP ONS TUC CBI IFS BOE BOJ PBOC SNB RBA
    AFL NRL ACCC ASIO ABS RSPCA`),
);

/** Acronyms that are not organisations even though they look like one. */
export const NON_ENTITY_ACRONYMS: ReadonlySet<string> = new Set(
  words(`CEO CFO CTO COO PDF GDP GDPR COVID TV GP DNA HIV AIDS FAQ URL PM AM OK ID IT PC UTC GMT USB API
    HTML CSS JSON XML SUV IQ VAT MP DIY ASAP FYI CCTV LGBT LGBTQ UFO ISBN README RSS SMS PIN ATM CV PR
    HR QA AKA RIP TBD ETA BC AD CE BCE UV CO2 PHD MBA USD EUR GBP KM MPH ICU ER PPE NB PS VS TCF
    AI EV EVS GPS IPO IPOS ETF ETFS NFT NFTS LNG LPG OS VR AR ESG SUVS CEOS MPS GCSE GCSES SAT NBA2K
    MRI CT PTSD ADHD ALS COPD IVF STEM MVP NFL2 RPG GIF JPG PNG MP3 MP4 WIFI SIM APP APPS TV4 HD
    EPS PE YOY QOQ BPS NOTE UPDATE WATCH LIVE BREAKING READ MORE NEW AP2 ET PT CT EST EDT BST CET IST AEST
    OMG LOL TBA WW1 WW2 WWII KG MG ML LB LBS OZ FT SQ HQ`),
);

/** Names used alone for an organisation (lower case). */
export const ORG_NAMES: ReadonlySet<string> = new Set([
  ...words(`pentagon kremlin congress parliament senate interpol hamas hezbollah hizbollah hizballah
    taliban reuters google facebook apple microsoft amazon twitter meta tesla nvidia samsung
    al-qaeda al-qaida al-shabaab daesh wagner europol frontex mossad bloomberg elysée elysee élysée
    whitehall bundestag bundesrat knesset duma politburo houthis hamas fatah likud taliban
    nvidia openai alphabet netflix disney uber airbnb spotify paypal visa mastercard walmart costco
    exxon exxonmobil chevron shell aramco boeing airbus toyota honda volkswagen bmw ford stellantis
    pfizer moderna astrazeneca novartis roche bayer siemens unilever nestlé nestle ikea huawei xiaomi
    tencent alibaba baidu bytedance tiktok infosys wipro reliance wirecard blackrock citigroup jpmorgan
    barclays hsbc lloyds natwest santander deutsche ubs nomura sony nintendo intel amd qualcomm ibm oracle
    salesforce adobe linkedin youtube instagram whatsapp snapchat anthropic deepmind spacex starlink
    fifa uefa interpol unesco greenpeace amnesty oxfam`),
  'goldman sachs', 'morgan stanley', 'wells fargo', 'bank of america', 'berkshire hathaway', 'general motors',
  'general electric', 'general mills', 'procter & gamble', 'johnson & johnson', 'marks & spencer', 'marks and spencer',
  'deutsche bank', 'credit suisse', 'amnesty international', 'human rights watch', 'european commission',
  'european parliament', 'european council', 'security council', 'federal reserve', 'bank of england',
  'national guard', 'conservative party', 'labour party', 'democratic party', 'republican party', 'tata steel',
  'muslim brotherhood', 'revolutionary guards', 'human rights council', 'lok sabha', 'rajya sabha',
  'white house', 'downing street', 'european union', 'united nations', 'red cross', 'al qaeda',
  'islamic state', 'associated press', 'world bank', 'supreme court', 'state department',
]);

/** Names of companies: known, but when written "the X" they are usually something else ("the Amazon"). */
export const THE_NOT_COMPANY: ReadonlySet<string> = new Set(words('amazon apple shell'));

/** Single words that are an organisation right after "the" ("the House passed", "the Fed"). */
export const THE_INSTITUTIONS: ReadonlySet<string> = new Set(words('house senate fed commons lords treasury knesset duma bundestag assembly'));

/** Newspaper names that are one word after "The" ("The Ledger has reported"). */
export const MASTHEAD_WORDS: ReadonlySet<string> = new Set(words('times post herald journal gazette tribune ledger courier chronicle guardian telegraph observer independent economist mirror sun star globe examiner inquirer'));

/** Last words that make a run a company: "Microsoft Corp.", "BP plc", "Siemens AG". */
export const COMPANY_SUFFIXES: ReadonlySet<string> = new Set(
  words('inc inc. corp corp. co co. ltd ltd. llc plc ag sa s.a. nv n.v. gmbh llp lp se spa s.p.a. bv ab asa oyj pty pty. limited incorporated'),
);

/** Last words of sports club names ("Manchester United", "Blackburn Rovers"). */
export const TEAM_SUFFIXES: ReadonlySet<string> = new Set(words('united fc afc cf rovers wanderers athletic albion hotspur'));

/** Acronyms and names that are one organisation: key → canonical lower-case name. */
export const ORG_ALIASES: Readonly<Record<string, string>> = {
  un: 'united nations',
  eu: 'european union',
  isis: 'islamic state',
  isil: 'islamic state',
  daesh: 'islamic state',
  'al qaida': 'al qaeda',
  hizbollah: 'hezbollah',
  hizballah: 'hezbollah',
};

/** Capitalised words that make a run an organisation wherever they sit in it. */
export const ORG_HEADS: ReadonlySet<string> = new Set(
  words(`ministry department dept dept. army navy force forces agency council university institute
    institution association foundation bureau organization organisation union party service services
    office commission committee trust bank company corporation corp corp. inc inc. ltd ltd. llc group
    network court parliament congress assembly police guard coalition alliance front movement brigade
    brigades regiment fund authority administration centre center school college hospital airlines
    airways times post herald journal gazette tribune ledger courier chronicle wire broadcasting
    federation league society secretariat directorate command corps militia
    conference board cabinet government club academy laboratory laboratories observatory
    programme program commissioner's museum library church mosque industries holdings enterprises
    partners motors technologies pharmaceuticals systems studios laboratories labs airline railways
    communications telecom energy petroleum steel bancorp insurance transit elementary survey`),
);

/** Words that make a run an organisation only as its last word ("Sequoia Capital", not "Capital Investment Grants"). */
export const ORG_LAST_HEADS: ReadonlySet<string> = new Set(
  words(`capital ventures investments securities brands foods resources mining media entertainment
    pharma logistics chemicals software semiconductor electronics water power electric rail`),
);

/** Lower-case nouns for a kind of organisation: "the Unite union", "Glencore, the miner". */
export const ORG_NOUNS: ReadonlySet<string> = new Set(
  words(`union party group firm company companies corporation conglomerate start-up startup maker
    manufacturer carmaker automaker airline carrier lender bank insurer retailer grocer chain brand
    broadcaster newspaper outlet publisher charity agency regulator club side team franchise giant
    operator developer provider supplier producer miner exporter fund militia organisation
    organization network platform marketplace distributor utility consortium fintech watchdog
    nonprofit non-profit think-tank`),
);

/** What an organisation has, after its possessive ("Ocado's shares", "Rivian's board"). */
export const ORG_POSSESSIONS: ReadonlySet<string> = new Set(
  words(`ceo cfo shares share shareholders stock board headquarters profit profits revenue revenues
    subsidiary subsidiaries employees workforce chairman chairwoman founder investors customers
    products factory factories plant plants stores earnings valuation sales`),
);

/** Words that, starting a run and followed by "of", make an organisation ("Department of State"). */
export const ORG_OF_HEADS: ReadonlySet<string> = new Set(
  words(`ministry department university institute bureau office commission committee council bank
    court house board school college academy federation league union organization organisation
    secretary`),
);
