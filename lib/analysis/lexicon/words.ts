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
    inspector detective officer constable chief marshal field emperor sultan ayatollah`),
);

/** Lower-case name particles that may sit inside a name ("Deir ez Zor", "Ludwig van Beethoven"). */
export const NAME_PARTICLES: ReadonlySet<string> = new Set(
  words('al el ez ad as ash at az ul bin ibn bint ben abu van von der den de da di du del della dos das la le y'),
);

/** Hyphen prefixes that keep an Arabic-style name in one piece ("al-Shimali", "ez-Zor"). */
export const HYPHEN_PARTICLES: ReadonlySet<string> = new Set(words('al el ez ad as ash at az ul bin ibn abu'));

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
    note source sources photo image editor`),
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
    south-west governorate port island`),
);
