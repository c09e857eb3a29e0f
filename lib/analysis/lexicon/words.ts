// Small closed lists the tokenizer, sentence splitter and entity rules need.

function words(list: string): string[] {
  return list.split(/\s+/).map((w) => w.trim()).filter(Boolean);
}

/** Abbreviations that end in a period without ending the sentence (lower case, no period). */
export const ABBREVIATIONS: ReadonlySet<string> = new Set(
  words(`mr mrs ms dr prof st gen lt col sgt capt maj adm cmdr gov sen rep rev fr jr sr jan feb mar apr
    jun jul aug sep sept oct nov dec no nos vs etc e.g i.e approx est fig figs dept mt ft ave blvd inc
    corp ltd co vol pp cf al op hon pres univ assn bros messrs mme mlle sec gov't`),
);

/** Abbreviations after which the next capitalised word is never a new sentence. */
export const TITLE_ABBREVIATIONS: ReadonlySet<string> = new Set(
  words('mr mrs ms dr prof st gen lt col sgt capt maj adm cmdr gov sen rep rev fr hon pres messrs mme mlle no nos vs e.g i.e cf'),
);

/** Titles before a name; stripped from the span, and a sign the name is a person. */
export const TITLES: ReadonlySet<string> = new Set(
  words(`mr mrs ms miss dr prof professor sir dame lord lady col gen lt maj capt sgt adm cmdr general
    colonel captain sergeant admiral lieutenant major commander president vice prime minister senator
    sen representative rep governor gov mayor councilmember councillor councilman councilwoman
    alderman judge justice chancellor king queen prince princess pope rev reverend father sheikh emir
    imam rabbi bishop archbishop cardinal chairman chairwoman chair secretary ambassador deputy
    inspector detective officer constable chief marshal field emperor sultan ayatollah speaker
    spokesman spokeswoman spokesperson lawyer attorney coach manager striker midfielder defender
    goalkeeper actor actress singer author writer economist analyst doctor nurse director executive
    founder leader premier taoiseach commissioner superintendent sheriff crown pastor cleric dean
    lawmaker legislator congressman congresswoman assemblyman assemblywoman mp mep dr. mr. mrs. ms.
    minister's president-elect attorney-general secretary-general director-general governor-general
    solicitor-general lieutenant-governor vice-president vice-chancellor`),
);

/** Lower-case name particles that may sit inside a name ("Deir ez Zor", "Ludwig van Beethoven"). */
export const NAME_PARTICLES: ReadonlySet<string> = new Set(
  words('al el ez ad ash az ul bin ibn bint ben abu van von der den de da di du del della dos das la le ter ten'),
);

/** Hyphen prefixes that keep an Arabic-style name in one piece ("al-Shimali", "ez-Zor"). */
export const HYPHEN_PARTICLES: ReadonlySet<string> = new Set(words('al el ez ad as ash at az ul bin ibn abu'));

/** Words that go in front of a title ("Finance Minister", "Crown Prince", "Home Secretary"). */
export const TITLE_MODIFIERS: ReadonlySet<string> = new Set(
  words(`prime vice deputy crown chief first supreme acting former interim finance foreign home defence
    defense interior health education treasury justice trade energy culture transport environment
    economy economic labor labour state opposition shadow junior senior associate assistant executive
    managing general attorney surgeon secretary-general under lord high grand`),
);

/** Groups of people named by role or party: not entities ("Officials said", "Democrats argued"). */
export const GROUP_NOUNS: ReadonlySet<string> = new Set(
  words(`officials official analysts analyst residents resident police experts expert researchers scientists
    investigators prosecutors witnesses critics lawmakers legislators authorities sources doctors nurses
    economists executives employees workers staff voters protesters demonstrators activists campaigners
    militants rebels insurgents troops soldiers forces firefighters paramedics inspectors regulators
    investors traders bankers shoppers consumers parents students teachers scholars historians
    observers diplomats ministers officers detectives agents spokesmen spokespeople leaders members
    supporters opponents fans players coaches judges jurors lawyers attorneys defendants victims
    survivors families relatives neighbours neighbors locals farmers scientists engineers developers
    users customers citizens migrants refugees settlers democrats republicans tories conservatives
    liberals socialists progressives independents greens populists nationalists loyalists
    separatists islamists jihadists americans britons europeans officials organisers organizers
    ambulance emergency medics pilots passengers drivers`),
);

/** Capitalised words that are never names on their own. */
export const NOT_NAMES: ReadonlySet<string> = new Set(
  words(`god allah lord democrat republican tory internet web bible koran quran constitution
    thanksgiving halloween christmas easter ramadan eid diwali hanukkah passover`),
);

/**
 * Last words that make a capitalised phrase a thing, an event or a law, never a person's name:
 * "Sharia Law", "Aurora Shooting", "Marshall Plan", "Nobel Prize". A person is named by given and
 * family names; these head nouns are not family names in news prose.
 */
export const NON_PERSON_HEADS: ReadonlySet<string> = new Set(
  words(`law laws act bill doctrine code treaty accord accords agreement pact plan programme program
    project initiative strategy policy rule rules principle theorem hypothesis effect paradox index
    prize award awards medal cup trophy championship league tournament festival summit conference
    shooting shootings attack attacks bombing bombings massacre killings murders riot riots uprising
    revolution war wars crisis scandal affair disaster incident raid siege invasion
    disease syndrome disorder virus flu fever`),
);

/** Nouns after a possessive name that make it an eponym, not a mention of the person: "Parkinson's disease". */
export const EPONYM_NOUNS: ReadonlySet<string> = new Set(
  words('disease syndrome law theorem principle constant paradox razor effect sign test scale'),
);

/** Plural event words: "the Oscars", "the Olympics" are events, not organisations. */
export const EVENT_PLURALS: ReadonlySet<string> = new Set(
  words('olympics paralympics oscars emmys grammys baftas games championships awards elections talks riots protests bombings attacks wars troubles'),
);

/** Nouns for people in a role, before "at/of/from X" where X is an employer ("analysts at Goldman Sachs"). */
export const ROLE_NOUNS: ReadonlySet<string> = new Set(
  words(`analyst analysts economist economists researcher researchers scientist scientists professor
    professors engineer engineers executive executives employee employees staff worker workers official
    officials spokesman spokeswoman spokesperson director head chief founder chairman chairwoman
    president ceo cfo manager managers partner partners strategist strategists trader traders banker
    bankers lawyer lawyers lobbyist adviser advisers advisor consultant consultants investor investors
    shareholder shareholders board member members editor editors reporter reporters correspondent
    journalist journalists doctor doctors physician physicians fellow fellows lecturer student students
    colleagues team owner owners leader leaders representative representatives`),
);

/** Months and weekdays: capitalised but never entities. */
export const CALENDAR: ReadonlySet<string> = new Set(
  words(`january february march april may june july august september october november december
    jan feb mar apr jun jul aug sep sept oct nov dec monday tuesday wednesday thursday friday saturday
    sunday christmas easter ramadan`),
);

/** Function words and frequent sentence openers: capitalised only because they start a sentence. */
export const COMMON_WORDS: ReadonlySet<string> = new Set(
  words(`a an the this that these those there here it its i we you he she they me us him her them my our
    your his their what which who whom whose when where why how if then than but and or nor so yet for
    of in on at by to from with without about after before during since until while as into onto over
    under between among across through against along around behind beyond despite except inside
    outside toward towards upon within not no none nothing all any both each every few many more most
    much other some such only own same too very just also even still already again once now today
    yesterday tomorrow however therefore meanwhile instead although though because unless whether
    once perhaps maybe indeed obviously of course yes well back last next first second third new old
    several one two three four five six seven eight nine ten dozens hundreds thousands millions
    according among amid while whereas once whatever whoever wherever let let's is are was were be
    been being do does did have has had will would shall should can could may might must
    up down out off above below near far later earlier recently finally eventually overall update
    note source sources photo image editor read watch listen share subscribe advertisement related
    click follow comment comments sign copyright credit caption image images video`),
);

/** Verbs of saying that follow a person's name ("Montoya said"). */
export const SPEECH_VERBS: ReadonlySet<string> = new Set(
  words(`said says told tells added adds wrote writes reported reports argued argues warned warns
    explained explains noted notes recalled recalls insisted insists claimed claims stated states
    asked asks replied replies announced announces testified testifies acknowledged acknowledges
    admitted admits`),
);

/** Prepositions that make an otherwise unknown capitalised word likely a place ("toward Palmyra"). */
export const PLACE_PREPOSITIONS: ReadonlySet<string> = new Set(
  words('in near toward towards across throughout outside inside around from into via'),
);

/** Words before "of X" that make X a place ("the city of X", "southwest of X"). */
export const PLACE_OF_CUES: ReadonlySet<string> = new Set(
  words(`city town village province region district county state capital outskirts suburbs streets
    north south east west northeast northwest southeast southwest north-east north-west south-east
    south-west governorate port island residents citizens inhabitants mayor governor capital heart
    centre center people`),
);

/** Nouns for a person in apposition after a name ("Wanjiru Kamau, a nurse at …"). */
export const PERSON_NOUNS: ReadonlySet<string> = new Set(
  words(`nurse teacher doctor farmer student mother father son daughter wife husband widow resident
    pensioner worker engineer lawyer activist campaigner researcher scientist professor lecturer
    economist analyst journalist reporter photographer writer author novelist poet artist actor
    actress singer musician rapper comedian presenter broadcaster politician lawmaker senator
    minister adviser advisor aide spokesman spokeswoman spokesperson official director executive
    founder co-founder chairman chairwoman chair president leader candidate veteran survivor victim
    witness suspect defendant owner shopkeeper driver pilot soldier officer detective footballer
    cricketer player striker midfielder goalkeeper coach manager captain athlete runner swimmer
    boxer grandmother grandfather mother-of-two father-of-two volunteer priest imam pastor rabbi
    nun monk judge diplomat ambassador general colonel commander entrepreneur investor billionaire
    businessman businesswoman banker trader developer designer architect surgeon physician
    paramedic midwife carer refugee migrant teenager girl boy man woman mp mep director-general
    secretary-general head chief`),
);
