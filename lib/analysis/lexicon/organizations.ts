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
    IRGC PKK YPG SDF FSA HTS PLO IDF RAF NYPD LAPD ECB IMF BRICS G7 G20 AU WFP ICRC MSF`),
);

/** Acronyms that are not organisations even though they look like one. */
export const NON_ENTITY_ACRONYMS: ReadonlySet<string> = new Set(
  words(`CEO CFO CTO COO PDF GDP GDPR COVID TV GP DNA HIV AIDS FAQ URL PM AM OK ID IT PC UTC GMT USB API
    HTML CSS JSON XML SUV IQ VAT MP DIY ASAP FYI CCTV LGBT LGBTQ UFO ISBN README RSS SMS PIN ATM CV PR
    HR QA AKA RIP TBD ETA BC AD CE BCE UV CO2 PHD MBA USD EUR GBP KM MPH ICU ER PPE NB PS VS TCF`),
);

/** Names used alone for an organisation (lower case). */
export const ORG_NAMES: ReadonlySet<string> = new Set([
  ...words(`pentagon kremlin congress parliament senate interpol hamas hezbollah hizbollah hizballah
    taliban reuters google facebook apple microsoft amazon twitter meta tesla nvidia samsung
    al-qaeda al-qaida al-shabaab daesh wagner europol frontex mossad bloomberg`),
  'white house', 'downing street', 'european union', 'united nations', 'red cross', 'al qaeda',
  'islamic state', 'associated press', 'world bank', 'supreme court', 'state department',
]);

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
    programme program commissioner's museum library church mosque`),
);

/** Words that, starting a run and followed by "of", make an organisation ("Department of State"). */
export const ORG_OF_HEADS: ReadonlySet<string> = new Set(
  words(`ministry department university institute bureau office commission committee council bank
    court house board school college academy federation league union organization organisation
    secretary`),
);
