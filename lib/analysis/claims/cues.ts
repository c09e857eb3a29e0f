// The words and shapes that make a sentence a checkable claim, or an opinion/aside instead.
// Each cue has a weight (summed, capped at 1) and the label a reader sees on the card.

export interface Cue {
  code: string;
  weight: number;
  pattern: RegExp;
  /** The reader's words; `m` is the matched text. */
  label: (m: string) => string;
}

const NUMBER_WORDS = 'two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|hundred|dozen|dozens|hundreds|thousands|millions|billions';

export const CLAIM_CUES: Cue[] = [
  {
    code: 'number',
    weight: 0.35,
    // Money, percentages, counts and measures; a bare year is a date, not a quantity.
    pattern: /[$€£¥]\s?\$?\d|\$\$|\b\d+(?:[.,]\d+)*\s?(?:%|percent|per cent|°[CF]|million|billion|trillion|bn\b|m\b)|\b\d{1,3}(?:,\d{3})+\b|\b(?!(?:1[89]|20)\d\d\b)\d+(?:\.\d+)?\b(?!(?:st|nd|rd|th)\b)/i,
    label: () => 'a number with no source link',
  },
  {
    code: 'number',
    weight: 0.3,
    // Spelled-out counts and multiples: "four times as many", "two or three days", "dozens of vendors".
    pattern: new RegExp(`\\b(?:${NUMBER_WORDS})(?:-[a-z]+)?\\s+(?:(?:or|to)\\s+(?:${NUMBER_WORDS})\\s+)?(?:of\\s+(?:the\\s+)?)?(?:[a-z-]+\\s+)?[a-z]+`, 'i'),
    label: () => 'a number with no source link',
  },
  {
    code: 'date-event',
    weight: 0.3,
    // A dated event: "founded in 1865", "closes on 8 March", "take effect on Jan. 1, 2026".
    pattern: /\b(?:in|on|since|by|during|for|until|from|after|before)\s+(?:(?:early|late|mid-?)\s*)?(?:(?:1[89]|20)\d\d\b|\d{1,2}\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)\b|(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Aug|Sept?|Oct|Nov|Dec)\.?\s+\d{1,2}\b)/,
    label: () => 'a dated event with no source link',
  },
  {
    code: 'date-event',
    weight: 0.25,
    // A weekday or a month: "on Tuesday", "in October", "takes effect July 1", "next year".
    pattern: /\b(?:on|last|next|this|by|until|from|since|late|early) (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b|\b(?:in|by|until|since|from|last|next|this|early|late|mid-) ?(?:January|February|March|April|June|July|August|September|October|November|December)\b|\b(?:effect|begin|begins|start|starts|open|opens|close|closes|due|expires?) (?:on )?(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Aug|Sept?|Oct|Nov|Dec)\.? \d{1,2}\b/,
    label: () => 'a dated event with no source link',
  },
  {
    code: 'schedule',
    weight: 0.3,
    pattern: /\b(?:is|are|was|were) (?:scheduled|due|expected|set|slated|planned) (?:to|for)\b|\btakes? effect\b|\bwill (?:take effect|begin|start|open|close|meet|hold|vote|launch|end|expire|cut|raise|invest|spend|close|hire|require|ban|build)\b/i,
    label: () => 'a scheduled event with no source link',
  },
  {
    code: 'superlative',
    weight: 0.45,
    // A fact about a ranking: "Age is the single strongest risk factor", "is the largest in the world".
    pattern: /\b(?:is|are|was|were|remains?|became|becomes|has become|ranks? as) (?:now |still |also )?(?:the|its|their|one of the|among the) (?:single |second |third |world's |country's |nation's )?(?!best\b|worst\b|greatest\b|finest\b|nicest\b|coolest\b|funniest\b|loveliest\b|most (?:beautiful|important|interesting|exciting|amazing|wonderful|boring|annoying|ridiculous)\b)(?:\w+est|most \w+|least \w+|largest|biggest|first|only|last|leading|top)\b/i,
    label: (m) => `a ranking: "${m.toLowerCase()}"`,
  },
  {
    code: 'generalization',
    weight: 0.5,
    // "Most heat deaths happen indoors", "Nearly all of the victims were", "Half of adults".
    pattern: /^(?:Most|Nearly all|Almost all|The majority|Half|A third|A quarter|Few|Dozens|Hundreds|Thousands|Millions|Several)\b(?! of (?:us|you)\b)/,
    label: () => 'a generalisation with no source link',
  },
  {
    code: 'vague-source',
    weight: 0.45,
    pattern: /\b(?:studies|research|surveys|data|records|figures|polls|experts|scientists|researchers|analysts|economists|regulators|critics|officials|residents|bankers|investigators|doctors|observers|diplomats|witnesses|police|authorities)(?: \w+)? (?:say|said|says|show|showed|shows|suggest|suggested|suggests|found|find|finds|estimate|estimated|indicate|indicates|warn|warned|believe|believed|told)\b/i,
    label: () => 'vague source',
  },
  {
    code: 'comparison',
    weight: 0.2,
    // Superlatives and generalisations a reader could check: "the deadliest", "most of", "the majority".
    pattern: /\b(?:the (?:single )?(?:\w+est|most \w+|largest|biggest|worst|best|first|only)|among the (?:most|\w+est)|most of|the majority|more than|fewer than|less than|at least|several times|consistently)\b/i,
    label: (m) => `a comparison: "${m.toLowerCase()}"`,
  },
  {
    code: 'event',
    weight: 0.25,
    pattern: /\b(?:killed|died|arrested|detained|launched|approved|voted|evacuated|attacked|bombed|seized|captured|signed|resigned|fired|sentenced|convicted|charged|fined|banned|closed|collapsed|invaded|liberated|defected|pledged|offered|agreed|rejected|published|recorded|registered|announced|cancelled|canceled|struck down|ruled|passed|raised|cut|hired|reported|rose|fell|jumped|dropped|won|lost|beat|elected|appointed|acquired|merged|recalled|declared)\b/i,
    label: () => 'a reported event with no source link',
  },
  {
    code: 'anonymous-source',
    weight: 0.45,
    pattern: /\b(?:unnamed|anonymous|anonymity|sources? (?:say|said|says|claim|claimed|told|close to)|officials? (?:say|said)|asked not to be (?:named|identified)|people familiar with|(?:diplomatic|intelligence|security|military|government) sources?|insiders? (?:say|said)|it is (?:said|believed|claimed|understood) that|according to (?:a |one )?(?:source|official|person)s?\b)/i,
    label: () => 'anonymous source',
  },
  {
    code: 'attribution',
    weight: 0.3,
    pattern: /\b(?:said|says|say|told|tells|according to|reported|reports that|claimed|claims that|stated|announced|estimated|estimates that|found that|showed that|argued|argue|argues|suggest|suggests|warned|confirmed|denied|alleged|admitted|insisted|testified|wrote|in a statement|documented|concluded)\b/i,
    label: () => 'attributed to someone with no link',
  },
  {
    code: 'hedge',
    weight: 0.25,
    pattern: /\b(?:allegedly|reportedly|purportedly|supposedly|apparently|rumou?red|is said to|are said to|believed to (?:be|have))\b/i,
    label: (m) => `hedged: ${m.toLowerCase()}`,
  },
  {
    code: 'accusation',
    weight: 0.3,
    pattern: /\b(?:accus\w*|funded|funding|financ(?:ed|ing)|smuggl\w*|collu\w+|brib\w*|fraud\w*|corrupt\w*|launder\w*|arming|armed and|trained by|training and arming|cover-?up|complicit|war crimes?|massacre\w*|embezzl\w*|illegal(?:ly)?|in breach|violat\w+|propaganda|designated)\b/i,
    label: () => 'accusation',
  },
  {
    code: 'absolute',
    weight: 0.1,
    pattern: /\b(?:nothing more than|no doubt|undeniabl[ey]|everyone knows|without exception|the only reason|definitive(?:ly)?|proven|never once)\b/i,
    label: (m) => `absolute: "${m.toLowerCase()}"`,
  },
  {
    code: 'quote',
    weight: 0.35,
    pattern: /[“"][^”"]{25,}(?:[”"]|$)|^[^“”"]{25,}[”"]\s*$/,
    label: () => 'direct quote with no source',
  },
];

/** Cues that a sentence is the writer's opinion, an aside to the reader, or a prescription. */
export const NOT_CLAIM_CUES: { pattern: RegExp; weight: number }[] = [
  { pattern: /\b(?:I|we)(?:'m| am| are)? (?:think|believe|suppose|feel|guess|hope|wish|understand|suspect|doubt|usually|would argue|'d argue)\b/i, weight: 0.5 },
  { pattern: /\b(?:in my (?:view|opinion)|it seems to me|I'm (?:not )?(?:sure|convinced|skeptical|sceptical)|you (?:might|may|would|'d|will|'ll|can|could) (?:think|find|be|expect|say))\b/i, weight: 0.5 },
  { pattern: /^(?:I|We)\b(?! (?:counted|found|measured|recorded|surveyed|analy[sz]ed|saw))/i, weight: 0.15 },
  { pattern: /\b(?:should|ought to|must|need to|needs to|let's|let us)\b/i, weight: 0.3 },
  { pattern: /\b(?:of course|what a|surely|frankly|honestly)\b/i, weight: 0.15 },
  // Credits, captions and page furniture: "Originally published by …", "Photo: …", "Read more".
  { pattern: /^(?:originally |first )?(?:published|republished|reprinted|posted) (?:by|in|on|at)\b|^(?:photo|image|picture|credit|source|caption|video|graphic|read more|related|sign up|subscribe|advertisement)\b\s*[:|-]?/i, weight: 1 },
  { pattern: /\b(?:tedious|brilliant|terrible|wonderful|disgraceful|shameful|absurd|ridiculous|pathetic|appalling|missed opportunity|failure of imagination)\b/i, weight: 0.3 },
];
