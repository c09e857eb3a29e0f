// A development set for lib/analysis that is not the fixtures: short news passages written for
// this purpose, in wire, broadsheet, tabloid, Indian and Australian styles, with the entity spans
// and claim sentences a careful reader would mark. Conventions (the same as the gold files):
// - a title is not part of a person's name ("Senator Mark Warner" → "Mark Warner");
// - "the" is not part of a name ("the Pentagon" → "Pentagon"); a possessive ending is not either;
// - the White House, the Kremlin, Downing Street, the Pentagon, the Elysée are organisations;
// - sports teams are organisations; a dateline is a place (and the agency an organisation);
// - party members as a group ("Democrats"), demonyms, job titles, months, days, holidays, God,
//   products, laws and events are not entities; "the Democratic Party" is an organisation.
// - a claim is a sentence that asserts something checkable (a number, an event with an actor, an
//   attribution, a quote, a superlative, a stated finding, a schedule, an "X is Y" fact);
//   opinions, questions, calls to action and first-person asides are not.
import type { EntityType } from '../../lib/analysis/types';

export interface DevSentence {
  text: string;
  claim: boolean;
}

export interface DevItem {
  id: string;
  sentences: DevSentence[];
  entities: { text: string; type: EntityType }[];
}

/** A claim sentence. */
const C = (text: string): DevSentence => ({ text, claim: true });
/** A sentence that is not a claim. */
const N = (text: string): DevSentence => ({ text, claim: false });

const per = (text: string) => ({ text, type: 'person' as const });
const org = (text: string) => ({ text, type: 'organization' as const });
const pla = (text: string) => ({ text, type: 'place' as const });

/** The item's text: its sentences joined by single spaces. */
export function devText(item: DevItem): string {
  return item.sentences.map((s) => s.text).join(' ');
}

export const DEV_SET: DevItem[] = [
  {
    id: 'wire-cyber-order',
    sentences: [
      C('WASHINGTON (Reuters) - President Joe Biden on Tuesday signed an executive order requiring federal agencies to report cyber attacks within 72 hours, the White House said.'),
      C('Officials said the move follows a series of breaches at the Department of Energy and Microsoft Corp.'),
      C('"This is a critical step," said Senator Mark Warner, a Virginia Democrat.'),
    ],
    entities: [pla('WASHINGTON'), org('Reuters'), per('Joe Biden'), org('White House'), org('Department of Energy'), org('Microsoft Corp.'), per('Mark Warner'), pla('Virginia')],
  },
  {
    id: 'markets-apple',
    sentences: [
      C('Apple shares rose 3% on Wednesday after the company reported record iPhone sales in China.'),
      C('Analysts at Goldman Sachs had expected revenue of $89 billion.'),
    ],
    entities: [org('Apple'), pla('China'), org('Goldman Sachs')],
  },
  {
    id: 'uk-pm-title',
    sentences: [C('The Prime Minister, Rishi Sunak, met Emmanuel Macron in Paris on Friday to discuss migration.')],
    entities: [per('Rishi Sunak'), per('Emmanuel Macron'), pla('Paris')],
  },
  {
    id: 'uk-labour-inquiry',
    sentences: [
      C("LONDON — Britain's opposition Labour Party called on Monday for an inquiry into contracts awarded during the pandemic."),
      C('Sir Keir Starmer told Parliament that ministers had "serious questions to answer" about the deals.'),
    ],
    entities: [pla('LONDON'), pla('Britain'), org('Labour Party'), per('Keir Starmer'), org('Parliament')],
  },
  {
    id: 'court-affirmative-action',
    sentences: [
      C('The Supreme Court on Thursday struck down the affirmative action programs at Harvard University and the University of North Carolina, ruling 6-3 that race-conscious admissions violate the Constitution.'),
      C('Chief Justice John Roberts wrote the majority opinion.'),
    ],
    entities: [org('Supreme Court'), org('Harvard University'), org('University of North Carolina'), per('John Roberts')],
  },
  {
    id: 'markets-siemens',
    sentences: [
      C('Shares of Siemens AG fell 4.2% in Frankfurt after the German engineering group cut its profit forecast.'),
      C('Rival ABB Ltd. said orders rose 11% in the third quarter.'),
    ],
    entities: [org('Siemens AG'), pla('Frankfurt'), org('ABB Ltd.')],
  },
  {
    id: 'business-bp',
    sentences: [C('BP plc will cut 7,700 jobs by the end of 2025, the oil company said on Thursday, as new chief executive Murray Auchincloss seeks to reduce costs.')],
    entities: [org('BP plc'), per('Murray Auchincloss')],
  },
  {
    id: 'fed-rates',
    sentences: [C('The Fed held interest rates steady on Wednesday, and Chair Jerome Powell said officials needed more confidence that inflation was falling toward 2%.')],
    entities: [org('Fed'), per('Jerome Powell')],
  },
  {
    id: 'gaza-strikes',
    sentences: [
      C('Israeli airstrikes killed at least 30 people in the Gaza Strip overnight, according to health officials in the territory run by Hamas.'),
      C('Hezbollah fired dozens of rockets at northern Israel from southern Lebanon on Sunday.'),
    ],
    entities: [pla('Gaza Strip'), org('Hamas'), org('Hezbollah'), pla('Israel'), pla('Lebanon')],
  },
  {
    id: 'taliban-un',
    sentences: [C('The Taliban have barred Afghan women from working for the United Nations in Afghanistan, a UN spokesman said in Kabul.')],
    entities: [org('Taliban'), org('United Nations'), pla('Afghanistan'), org('UN'), pla('Kabul')],
  },
  {
    id: 'ukraine-ap',
    sentences: [
      C('KYIV, Ukraine (AP) — Ukrainian President Volodymyr Zelenskyy urged NATO leaders on Tuesday to speed up deliveries of air defense systems.'),
      C("Russian forces launched 42 drones overnight, Ukraine's air force said."),
    ],
    entities: [pla('KYIV'), pla('Ukraine'), org('AP'), per('Volodymyr Zelenskyy'), org('NATO')],
  },
  {
    id: 'turkey-erdogan',
    sentences: [C("Turkish President Recep Tayyip Erdoğan said Ankara would not approve Sweden's NATO bid until Stockholm acted against Kurdish militants.")],
    entities: [per('Recep Tayyip Erdoğan'), pla('Ankara'), pla('Sweden'), org('NATO'), pla('Stockholm')],
  },
  {
    id: 'brazil-floods',
    sentences: [C('Heavy rain flooded parts of São Paulo on Sunday, killing at least 12 people, the state government said.')],
    entities: [pla('São Paulo')],
  },
  {
    id: 'sweden-shooting',
    sentences: [C('Police in Malmö arrested two men after a shooting near the central station on Friday night.')],
    entities: [pla('Malmö')],
  },
  {
    id: 'imf-forecast',
    sentences: [C('The IMF raised its global growth forecast to 3.2% for this year, citing stronger than expected demand in the United States and India.')],
    entities: [org('IMF'), pla('United States'), pla('India')],
  },
  {
    id: 'opinion-council',
    sentences: [
      N('I think the council has lost sight of what residents actually want.'),
      N('We should demand better from the people we elect.'),
    ],
    entities: [],
  },
  {
    id: 'opinion-memoir',
    sentences: [N("Frankly, Boris Johnson's memoir is a tedious and self-regarding read."), N('Is anyone still surprised?')],
    entities: [per('Boris Johnson')],
  },
  {
    id: 'health-dementia',
    sentences: [
      C('Age is the single strongest risk factor for dementia.'),
      C('Researchers at the University of Oxford found that people who slept fewer than six hours a night in their 50s had a 30% higher risk.'),
    ],
    entities: [org('University of Oxford')],
  },
  {
    id: 'health-heat',
    sentences: [
      C('Heat is the deadliest kind of weather in the United States.'),
      C('Experts say cooling centers save lives, but few of the people most at risk use them.'),
    ],
    entities: [pla('United States')],
  },
  {
    id: 'tech-amazon',
    sentences: [
      C('Amazon said on Tuesday it would invest $11 billion in data centers in Indiana.'),
      C("The company's cloud unit, Amazon Web Services, is the largest in the world."),
    ],
    entities: [org('Amazon'), pla('Indiana'), org('Amazon Web Services')],
  },
  {
    id: 'amazon-river',
    sentences: [C('Drought has pushed water levels on the Amazon to their lowest point in more than a century, stranding riverside communities in Brazil.')],
    entities: [pla('Amazon'), pla('Brazil')],
  },
  {
    id: 'jordan-country',
    sentences: [C("Jordan's King Abdullah met Secretary of State Antony Blinken in Amman on Sunday.")],
    entities: [pla('Jordan'), per('Abdullah'), per('Antony Blinken'), pla('Amman')],
  },
  {
    id: 'jordan-person',
    sentences: [C("A pair of Michael Jordan's sneakers sold for $2.2 million at an auction in New York.")],
    entities: [per('Michael Jordan'), pla('New York')],
  },
  {
    id: 'georgia-state',
    sentences: [C("Voters in Georgia will choose a new senator in a runoff on Dec. 6, the secretary of state's office said.")],
    entities: [pla('Georgia')],
  },
  {
    id: 'georgia-country',
    sentences: [C('Thousands of people protested in Tbilisi, the capital of Georgia, against a law on foreign agents.')],
    entities: [pla('Tbilisi'), pla('Georgia')],
  },
  {
    id: 'months-not-entities',
    sentences: [C('In May, the company hired 200 workers.'), C('By March, it had closed two of its plants.')],
    entities: [],
  },
  {
    id: 'sport-united',
    sentences: [C('Manchester United beat Liverpool 2-1 at Old Trafford on Sunday, with Marcus Rashford scoring the winner in the 84th minute.')],
    entities: [org('Manchester United'), org('Liverpool'), pla('Old Trafford'), per('Marcus Rashford')],
  },
  {
    id: 'sport-lakers',
    sentences: [C('LeBron James scored 32 points as the Lakers beat the Denver Nuggets 114-105 on Monday night.')],
    entities: [per('LeBron James'), org('Lakers'), org('Denver Nuggets')],
  },
  {
    id: 'india-rbi',
    sentences: [
      C('NEW DELHI: The Reserve Bank of India (RBI) on Friday kept the repo rate unchanged at 6.5 per cent, Governor Shaktikanta Das announced.'),
      C('Finance Minister Nirmala Sitharaman welcomed the decision in a statement.'),
    ],
    entities: [pla('NEW DELHI'), org('Reserve Bank of India'), org('RBI'), per('Shaktikanta Das'), per('Nirmala Sitharaman')],
  },
  {
    id: 'india-modi',
    sentences: [C('Mr Modi inaugurated the new parliament building in New Delhi on Sunday, a ceremony boycotted by 20 opposition parties including the Indian National Congress.')],
    entities: [per('Modi'), pla('New Delhi'), org('Indian National Congress')],
  },
  {
    id: 'australia-albanese',
    sentences: [
      C('SYDNEY — Australian Prime Minister Anthony Albanese said on Thursday his government would legislate a ban on social media for children under 16.'),
      C('Opposition leader Peter Dutton backed the plan.'),
    ],
    entities: [pla('SYDNEY'), per('Anthony Albanese'), per('Peter Dutton')],
  },
  {
    id: 'australia-police',
    sentences: [C('Queensland Police said a 34-year-old man from Cairns had been charged with murder.')],
    entities: [org('Queensland Police'), pla('Cairns')],
  },
  {
    id: 'eu-von-der-leyen',
    sentences: [C('Dutch Prime Minister Mark Rutte and European Commission President Ursula von der Leyen met in Brussels on Wednesday.')],
    entities: [per('Mark Rutte'), org('European Commission'), per('Ursula von der Leyen'), pla('Brussels')],
  },
  {
    id: 'france-bin',
    sentences: [C('French prosecutors charged Abdelhamid bin Salem, a 29-year-old Tunisian, over the attack in Marseille.')],
    entities: [per('Abdelhamid bin Salem'), pla('Marseille')],
  },
  {
    id: 'saudi-al',
    sentences: [C('Syrian leader Ahmed al-Sharaa met Saudi Crown Prince Mohammed bin Salman in Riyadh on Tuesday.')],
    entities: [per('Ahmed al-Sharaa'), per('Mohammed bin Salman'), pla('Riyadh')],
  },
  {
    id: 'dutch-van-der',
    sentences: [C('Lawyer Pieter van der Berg said the tax authority had fined his client €40,000.')],
    entities: [per('Pieter van der Berg')],
  },
  {
    id: 'silicon-valley',
    sentences: [
      C('Silicon Valley venture firms poured $12 billion into artificial intelligence start-ups in the first quarter.'),
      C('Investors from the Middle East are increasingly active in the sector, bankers said.'),
    ],
    entities: [pla('Silicon Valley'), pla('Middle East')],
  },
  {
    id: 'west-bank',
    sentences: [C('Settlers attacked a Palestinian village in the West Bank on Saturday, the Palestinian Health Ministry said.')],
    entities: [pla('West Bank'), org('Palestinian Health Ministry')],
  },
  {
    id: 'bundestag',
    sentences: [C("The Bundestag voted 370 to 294 to loosen Germany's debt brake, clearing the way for Chancellor Friedrich Merz's spending plan.")],
    entities: [org('Bundestag'), pla('Germany'), per('Friedrich Merz')],
  },
  {
    id: 'congress-house',
    sentences: [C('The House passed the bill 218-214 on Friday, sending it to the Senate.'), C('Congress has until Sept. 30 to fund the government.')],
    entities: [org('House'), org('Senate'), org('Congress')],
  },
  {
    id: 'democrats-republicans',
    sentences: [C('Democrats said the measure would cut health coverage for millions, while Republicans argued it would reduce the deficit.')],
    entities: [],
  },
  {
    id: 'democratic-party',
    sentences: [C('The Democratic Party raised $48 million in April, according to filings with the Federal Election Commission.')],
    entities: [org('Democratic Party'), org('Federal Election Commission')],
  },
  {
    id: 'gov-newsom',
    sentences: [C('Gov. Gavin Newsom signed the law on Saturday, making California the first state to require such labels.')],
    entities: [per('Gavin Newsom'), pla('California')],
  },
  {
    id: 'sen-warren',
    sentences: [C('Sen. Elizabeth Warren sent a letter to Tesla on Monday demanding answers about the recall.')],
    entities: [per('Elizabeth Warren'), org('Tesla')],
  },
  {
    id: 'dr-mehta',
    sentences: [C('"We are seeing more cases in younger patients," said Dr. Anjali Mehta, an oncologist at Tata Memorial Hospital in Mumbai.')],
    entities: [per('Anjali Mehta'), org('Tata Memorial Hospital'), pla('Mumbai')],
  },
  {
    id: 'obituary-lightfoot',
    sentences: [C('Gordon Lightfoot, the Canadian singer-songwriter whose ballads included "The Wreck of the Edmund Fitzgerald," died on Monday in Toronto at the age of 84.')],
    entities: [per('Gordon Lightfoot'), pla('Toronto')],
  },
  {
    id: 'obituary-galway',
    sentences: [C('Her daughter, Sarah, said she died peacefully at home in Galway.')],
    entities: [per('Sarah'), pla('Galway')],
  },
  {
    id: 'local-council',
    sentences: [
      C('The Springfield City Council voted 5-2 on Tuesday to raise parking fees downtown.'),
      C('Mayor Linda Harris said the money would pay for road repairs.'),
    ],
    entities: [org('Springfield City Council'), per('Linda Harris')],
  },
  {
    id: 'local-fire',
    sentences: [C("Firefighters were called to a house on Elm Street shortly after 3 a.m., the Cook County Sheriff's Office said.")],
    entities: [pla('Elm Street'), org("Cook County Sheriff's Office")],
  },
  {
    id: 'tech-microsoft',
    sentences: [C("Microsoft will spend $80 billion on AI data centers this fiscal year, Brad Smith, the company's president, wrote in a blog post.")],
    entities: [org('Microsoft'), per('Brad Smith')],
  },
  {
    id: 'tech-nvidia',
    sentences: [C('Nvidia became the first company to reach a market value of $4 trillion on Wednesday.')],
    entities: [org('Nvidia')],
  },
  {
    id: 'product-iphone',
    sentences: [C('The new iPhone goes on sale on Friday in more than 40 countries.')],
    entities: [],
  },
  {
    id: 'law-ira',
    sentences: [C('The Inflation Reduction Act has drawn more than $100 billion in clean energy investment since 2022.')],
    entities: [],
  },
  {
    id: 'holiday-god',
    sentences: [N('Happy Thanksgiving, and may God bless you all.')],
    entities: [],
  },
  {
    id: 'event-world-cup',
    sentences: [C('The World Cup final drew 1.5 billion viewers around the world, FIFA said.')],
    entities: [org('FIFA')],
  },
  {
    id: 'anonymous-sale',
    sentences: [C('The company is exploring a sale of its European business, people familiar with the matter said.')],
    entities: [],
  },
  {
    id: 'hedge-fled',
    sentences: [C('The suspect reportedly fled to Mexico before the warrant was issued.')],
    entities: [pla('Mexico')],
  },
  {
    id: 'accusation-wirecard',
    sentences: [C("Prosecutors accused former chief executive Markus Braun of inflating Wirecard's revenue by billions of euros.")],
    entities: [per('Markus Braun'), org('Wirecard')],
  },
  {
    id: 'question-cta',
    sentences: [N('What will the Bank of England do next?'), N('Sign up for our newsletter to find out.')],
    entities: [org('Bank of England')],
  },
  {
    id: 'aside-lagos',
    sentences: [N('I spent a week in Lagos last spring, and I loved every minute of it.')],
    entities: [pla('Lagos')],
  },
  {
    id: 'opinion-budget',
    sentences: [N("The Chancellor's budget was a missed opportunity and a failure of imagination.")],
    entities: [],
  },
  {
    id: 'generalisation-heat',
    sentences: [C('Most heat deaths happen indoors, in homes without air conditioning.')],
    entities: [],
  },
  {
    id: 'schedule-trial',
    sentences: [C('The trial is scheduled to begin on June 3 in federal court in Manhattan.')],
    entities: [pla('Manhattan')],
  },
  {
    id: 'fact-baikal',
    sentences: [C('Lake Baikal is the deepest lake in the world.')],
    entities: [pla('Lake Baikal')],
  },
  {
    id: 'kremlin-putin',
    sentences: [C('The Kremlin said President Vladimir Putin had no plans to attend the summit in Johannesburg.')],
    entities: [org('Kremlin'), per('Vladimir Putin'), pla('Johannesburg')],
  },
  {
    id: 'pentagon-elysee',
    sentences: [C('The Pentagon confirmed the strike, while the Elysée said France had not been consulted.')],
    entities: [org('Pentagon'), org('Elysée'), pla('France')],
  },
  {
    id: 'ampersand-companies',
    sentences: [C('Procter & Gamble Co. and Johnson & Johnson both reported higher quarterly sales on Tuesday.')],
    entities: [org('Procter & Gamble Co.'), org('Johnson & Johnson')],
  },
  {
    id: 'world-bank-imf',
    sentences: [C('Officials from the World Bank and the International Monetary Fund will meet in Marrakech in October.')],
    entities: [org('World Bank'), org('International Monetary Fund'), pla('Marrakech')],
  },
  {
    id: 'sport-bayern',
    sentences: [C('Harry Kane scored twice as Bayern Munich thrashed Borussia Dortmund 4-0 on Saturday.')],
    entities: [per('Harry Kane'), org('Bayern Munich'), org('Borussia Dortmund')],
  },
  {
    id: 'science-greenland',
    sentences: [C('A study published in Nature found that the Greenland ice sheet lost about 270 billion tonnes of ice a year between 2002 and 2023.')],
    entities: [org('Nature'), pla('Greenland')],
  },
  {
    id: 'nhs-waiting',
    sentences: [C('NHS England said waiting lists fell to 7.6 million in March, the lowest level in two years.')],
    entities: [org('NHS England')],
  },
  {
    id: 'opinion-should',
    sentences: [N('Parliament should scrap the two-child benefit cap.')],
    entities: [org('Parliament')],
  },
  {
    id: 'rhetorical',
    sentences: [N('Who could have predicted this?'), N('Nobody, apparently.')],
    entities: [],
  },
  {
    id: 'uk-mr-sunak',
    sentences: [C('Mr Sunak told the BBC that the economy had turned a corner.')],
    entities: [per('Sunak'), org('BBC')],
  },
  {
    id: 'foreign-office',
    sentences: [C('The Foreign Office advised against all travel to the border region on Wednesday.')],
    entities: [org('Foreign Office')],
  },
  {
    id: 'demonyms',
    sentences: [C('French and German officials said they would back the proposal.')],
    entities: [],
  },
  {
    id: 'tata-steel',
    sentences: [C('Tata Steel Ltd. said it would close its two blast furnaces at Port Talbot in Wales.')],
    entities: [org('Tata Steel Ltd.'), pla('Port Talbot'), pla('Wales')],
  },
  {
    id: 'india-reliance',
    sentences: [C('MUMBAI: Reliance Industries reported a 12% rise in quarterly profit on Friday.')],
    entities: [pla('MUMBAI'), org('Reliance Industries')],
  },
  {
    id: 'unknown-speaker',
    sentences: [C('Okonkwo said the clinic had treated 340 patients since January.')],
    entities: [per('Okonkwo')],
  },
  {
    id: 'environment-agency',
    sentences: [
      C('Residents said the water had been brown for weeks.'),
      C('Inspectors from the Environment Agency visited the site on Thursday.'),
    ],
    entities: [org('Environment Agency')],
  },
  {
    id: 'aside-reader',
    sentences: [N('You might think this is all a bit abstract.'), N('Bear with me.')],
    entities: [],
  },
  {
    id: 'eu-sanctions',
    sentences: [
      C('The European Union agreed a 14th package of sanctions against Russia on Thursday, targeting liquefied natural gas shipments.'),
      N('Whether it will change anything is another matter.'),
    ],
    entities: [org('European Union'), pla('Russia')],
  },
  {
    id: 'china-taiwan',
    sentences: [C("China's defence ministry said 21 aircraft crossed the median line of the Taiwan Strait on Monday.")],
    entities: [pla('China'), pla('Taiwan Strait')],
  },
  {
    id: 'iran-irgc',
    sentences: [C('Iranian state media reported that the Revolutionary Guards had seized a tanker in the Strait of Hormuz.')],
    entities: [org('Revolutionary Guards'), pla('Strait of Hormuz')],
  },
  {
    id: 'africa-election',
    sentences: [
      C("Kenya's electoral commission declared William Ruto the winner with 50.5% of the vote."),
      C('His rival, Raila Odinga, rejected the result and said he would challenge it in the Supreme Court.'),
    ],
    entities: [pla('Kenya'), per('William Ruto'), per('Raila Odinga'), org('Supreme Court')],
  },
  {
    id: 'pharma-recall',
    sentences: [C('Pfizer Inc. recalled about 4,000 boxes of its blood pressure drug after tests found elevated levels of an impurity.')],
    entities: [org('Pfizer Inc.')],
  },
  {
    id: 'uk-council-tax',
    sentences: [
      C('Birmingham City Council declared itself effectively bankrupt in September after an equal pay bill of up to £760 million.'),
      N('It is hard to see how residents will not pay the price.'),
    ],
    entities: [org('Birmingham City Council')],
  },
  {
    id: 'climate-cop',
    sentences: [C('Delegates in Dubai agreed to "transition away from fossil fuels", the first time a climate summit has named oil and gas.')],
    entities: [pla('Dubai')],
  },
  // Passages added for the generalisation pass: teams, unfamiliar names, organisation and place
  // heads, context cues ("X said it", "shares in X", "X's chief executive"), and precision traps.
  // The 'f-' passages were scored once before any rule saw them (entity F1 0.84), then tuned on;
  // the 'f2-' passages were scored once (0.84) and not tuned on yet.
  {
    id: 'g-cricket-test',
    sentences: [
      C('Joe Root made 142 as England beat New Zealand by 267 runs in Wellington on Tuesday to clinch the series 2-0.'),
      C('Kane Williamson said his side had been "outplayed in every department".'),
    ],
    entities: [per('Joe Root'), org('England'), org('New Zealand'), pla('Wellington'), per('Kane Williamson')],
  },
  {
    id: 'g-cricket-series',
    sentences: [C('Australia will host India in a five-Test series starting in Perth next month, Cricket Australia said.')],
    entities: [org('Australia'), org('India'), pla('Perth'), org('Cricket Australia')],
  },
  {
    id: 'g-rugby',
    sentences: [C('South Africa defeated Ireland 26-24 at the Stade de France, with Cheslin Kolbe scoring the decisive try.')],
    entities: [org('South Africa'), org('Ireland'), pla('Stade de France'), per('Cheslin Kolbe')],
  },
  {
    id: 'g-afcon',
    sentences: [C('Nigeria drew 1-1 with Ivory Coast in Abidjan, leaving the Super Eagles top of Group A.')],
    entities: [org('Nigeria'), org('Ivory Coast'), pla('Abidjan'), org('Super Eagles')],
  },
  {
    id: 'g-world-cup-morocco',
    sentences: [C('Morocco became the first African side to reach a World Cup semi-final after beating Portugal 1-0 in Doha.')],
    entities: [org('Morocco'), org('Portugal'), pla('Doha')],
  },
  {
    id: 'g-clasico',
    sentences: [
      C('Real Madrid striker Kylian Mbappé scored twice as his side beat Barcelona 3-2 at the Santiago Bernabéu on Saturday.'),
      C('Carlo Ancelotti said the result kept the title race open.'),
    ],
    entities: [org('Real Madrid'), per('Kylian Mbappé'), org('Barcelona'), pla('Santiago Bernabéu'), per('Carlo Ancelotti')],
  },
  {
    id: 'g-soweto-derby',
    sentences: [C('Kaizer Chiefs beat Orlando Pirates 2-0 in front of 80,000 fans at FNB Stadium in Soweto.')],
    entities: [org('Kaizer Chiefs'), org('Orlando Pirates'), pla('FNB Stadium'), pla('Soweto')],
  },
  {
    id: 'g-nba',
    sentences: [C('Stephen Curry scored 38 points as the Golden State Warriors beat the Memphis Grizzlies 121-113.')],
    entities: [per('Stephen Curry'), org('Golden State Warriors'), org('Memphis Grizzlies')],
  },
  {
    id: 'g-nurse-nairobi',
    sentences: [C('Wanjiru Kamau, a nurse at Kenyatta National Hospital in Nairobi, said staff had not been paid since March.')],
    entities: [per('Wanjiru Kamau'), org('Kenyatta National Hospital'), pla('Nairobi')],
  },
  {
    id: 'g-tigray-quote',
    sentences: [C('"We have nowhere else to go," said Meseret Alemu, who fled the fighting in Tigray last year.')],
    entities: [per('Meseret Alemu'), pla('Tigray')],
  },
  {
    id: 'g-dhaka-march',
    sentences: [C('Tanvir Hossain, 34, was among hundreds of garment workers who marched through Dhaka on Sunday demanding higher wages.')],
    entities: [per('Tanvir Hossain'), pla('Dhaka')],
  },
  {
    id: 'g-charity-founder',
    sentences: [
      C('Chioma Eze founded the Lagos-based charity in 2016 after losing her brother to malaria.'),
      N('Her story is one every policymaker should hear.'),
    ],
    entities: [per('Chioma Eze'), pla('Lagos')],
  },
  {
    id: 'g-herat-bakery',
    sentences: [C('Mariam Haidari, who runs a bakery in Herat, said the price of flour had doubled since the spring.')],
    entities: [per('Mariam Haidari'), pla('Herat')],
  },
  {
    id: 'g-bill-drafted',
    sentences: [C('The bill was drafted by Siddharth Menon, a policy adviser to the Karnataka government.')],
    entities: [per('Siddharth Menon'), pla('Karnataka')],
  },
  {
    id: 'g-wto',
    sentences: [C('Ngozi Okonjo-Iweala, the director-general of the World Trade Organization, warned that new tariffs could shrink global trade by 1%.')],
    entities: [per('Ngozi Okonjo-Iweala'), org('World Trade Organization')],
  },
  {
    id: 'g-korea',
    sentences: [C('Samsung Electronics chairman Lee Jae-yong met President Yoon Suk Yeol in Seoul on Monday.')],
    entities: [org('Samsung Electronics'), per('Lee Jae-yong'), per('Yoon Suk Yeol'), pla('Seoul')],
  },
  {
    id: 'g-china-australia',
    sentences: [C('Chinese Foreign Minister Wang Yi told his Australian counterpart Penny Wong that relations were "back on track".')],
    entities: [per('Wang Yi'), per('Penny Wong')],
  },
  {
    id: 'g-argentina',
    sentences: [
      C("Argentina's President Javier Milei said the peso would float freely from January, a move the central bank opposed."),
      C('Inflation in Buenos Aires fell to 2.7% in October, according to the INDEC statistics agency.'),
    ],
    entities: [pla('Argentina'), per('Javier Milei'), pla('Buenos Aires'), org('INDEC')],
  },
  {
    id: 'g-lula-petrobras',
    sentences: [C('Lula said Petrobras would invest $100 billion in new refineries over five years.')],
    entities: [per('Lula'), org('Petrobras')],
  },
  {
    id: 'g-theresa-may',
    sentences: [C('Former Prime Minister Theresa May said the Rwanda Bill was unworkable.')],
    entities: [per('Theresa May')],
  },
  {
    id: 'g-councillor',
    sentences: [
      C('Speaking after the vote, Councillor Ruth Okafor said the budget would cut 300 jobs.'),
      C('Overall, the Green Party gained 12 seats.'),
    ],
    entities: [per('Ruth Okafor'), org('Green Party')],
  },
  {
    id: 'g-high-school',
    sentences: [C('Parents at Roosevelt High School in Tacoma were told on Friday that classes would move online after a burst pipe flooded the gym.')],
    entities: [org('Roosevelt High School'), pla('Tacoma')],
  },
  {
    id: 'g-elementary-fire',
    sentences: [C('A fire broke out at Jefferson Elementary early Tuesday, and no students were hurt, the Fresno Fire Department said.')],
    entities: [org('Jefferson Elementary'), org('Fresno Fire Department')],
  },
  {
    id: 'g-makerere',
    sentences: [C('Researchers from Makerere University and the Uganda Virus Research Institute sequenced the new strain within 48 hours.')],
    entities: [org('Makerere University'), org('Uganda Virus Research Institute')],
  },
  {
    id: 'g-qantas',
    sentences: [C('Qantas Airways cancelled 40 flights out of Melbourne Airport after baggage handlers walked off the job.')],
    entities: [org('Qantas Airways'), pla('Melbourne Airport')],
  },
  {
    id: 'g-gates-foundation',
    sentences: [C('The Bill & Melinda Gates Foundation pledged $1.2 billion to polio eradication, its chief executive Mark Suzman said.')],
    entities: [org('Bill & Melinda Gates Foundation'), per('Mark Suzman')],
  },
  {
    id: 'g-indonesia-ministry',
    sentences: [C("Indonesia's Ministry of Health reported 1,200 new dengue cases in East Java last week.")],
    entities: [pla('Indonesia'), org('Ministry of Health'), pla('East Java')],
  },
  {
    id: 'g-unite-strike',
    sentences: [C('The Unite union said 2,000 bus drivers in Manchester would strike next month, piling pressure on the Labour Party.')],
    entities: [org('Unite'), pla('Manchester'), org('Labour Party')],
  },
  {
    id: 'g-fa-fine',
    sentences: [C('The Football Association fined the club £50,000 for failing to control its players.')],
    entities: [org('Football Association')],
  },
  {
    id: 'g-electoral-commission',
    sentences: [C('The Electoral Commission of South Africa said turnout was 58 per cent, the lowest since 1994.')],
    entities: [org('Electoral Commission of South Africa')],
  },
  {
    id: 'g-japan-quake',
    sentences: [C('The Japan Meteorological Agency issued a tsunami warning for Ishikawa prefecture after the magnitude 7.5 quake.')],
    entities: [org('Japan Meteorological Agency'), pla('Ishikawa')],
  },
  {
    id: 'g-kilimanjaro',
    sentences: [C('Two climbers died on Mount Kilimanjaro this week, according to the Tanzania National Parks Authority.')],
    entities: [pla('Mount Kilimanjaro'), org('Tanzania National Parks Authority')],
  },
  {
    id: 'g-lake-victoria',
    sentences: [C('Fishermen on Lake Victoria say catches have halved as water hyacinth spreads from the Kagera River.')],
    entities: [pla('Lake Victoria'), pla('Kagera River')],
  },
  {
    id: 'g-malacca',
    sentences: [C('Two tankers collided in the Strait of Malacca on Monday, spilling oil near the coast of Johor.')],
    entities: [pla('Strait of Malacca'), pla('Johor')],
  },
  {
    id: 'g-solomon-islands',
    sentences: [C('The Solomon Islands switched diplomatic recognition from Taiwan to Beijing in 2019.')],
    entities: [pla('Solomon Islands'), pla('Taiwan'), pla('Beijing')],
  },
  {
    id: 'g-heathrow-fog',
    sentences: [C('Flights from Heathrow Airport were delayed for up to four hours after fog settled over the Thames Valley.')],
    entities: [pla('Heathrow Airport'), pla('Thames Valley')],
  },
  {
    id: 'g-tahrir',
    sentences: [C('Protesters gathered in Tahrir Square and later marched across the Qasr al-Nil Bridge.')],
    entities: [pla('Tahrir Square'), pla('Qasr al-Nil Bridge')],
  },
  {
    id: 'g-oxford-street',
    sentences: [C('Police closed Oxford Street for three hours on Saturday after a suspicious package was found outside a department store.')],
    entities: [pla('Oxford Street')],
  },
  {
    id: 'g-asteroid-earth',
    sentences: [C('The asteroid will pass within 32,000 kilometres of Earth on Friday, closer than many satellites, NASA said.')],
    entities: [pla('Earth'), org('NASA')],
  },
  {
    id: 'g-opec-plus',
    sentences: [C('Saudi Arabia and Russia, the two largest producers in OPEC+, agreed to keep supply tight until June.')],
    entities: [pla('Saudi Arabia'), pla('Russia'), org('OPEC+')],
  },
  {
    id: 'g-northvolt-ceo',
    sentences: [C("Northvolt's chief executive Peter Carlsson said the battery maker would cut 1,600 jobs in Sweden.")],
    entities: [org('Northvolt'), per('Peter Carlsson'), pla('Sweden')],
  },
  {
    id: 'g-shares-in',
    sentences: [C('Shares in Ocado fell 9% after the online grocer cut its sales forecast.')],
    entities: [org('Ocado')],
  },
  {
    id: 'g-glencore-said-it',
    sentences: [C('Glencore said on Wednesday it would close its copper smelter in the Philippines, putting 600 jobs at risk.')],
    entities: [org('Glencore'), pla('Philippines')],
  },
  {
    id: 'g-invested-in',
    sentences: [C('Sequoia Capital invested in Stripe in 2010, when the payments firm had fewer than 20 staff.')],
    entities: [org('Sequoia Capital'), org('Stripe')],
  },
  {
    id: 'g-msf',
    sentences: [C('Médecins Sans Frontières told reporters its clinic in Khan Younis had been hit twice in a week.')],
    entities: [org('Médecins Sans Frontières'), pla('Khan Younis')],
  },
  {
    id: 'g-chatham-house',
    sentences: [C('The report was funded by the Open Society Foundations and published by Chatham House.')],
    entities: [org('Open Society Foundations'), org('Chatham House')],
  },
  {
    id: 'g-who-mpox',
    sentences: [C('The World Health Organization declared the mpox outbreak in the Democratic Republic of Congo a global emergency.')],
    entities: [org('World Health Organization'), pla('Democratic Republic of Congo')],
  },
  {
    id: 'g-gmp',
    sentences: [C('Officers from Greater Manchester Police arrested a 19-year-old man in Salford on suspicion of murder.')],
    entities: [org('Greater Manchester Police'), pla('Salford')],
  },
  {
    id: 'g-lineker',
    sentences: [C('Presenter Gary Lineker will leave Match of the Day at the end of the season, the BBC confirmed.')],
    entities: [per('Gary Lineker'), org('BBC')],
  },
  {
    id: 'g-antakya-caption',
    sentences: [N('Emergency workers search a collapsed building in Antakya, Turkey. Photograph: Umit Bektas/Reuters')],
    entities: [pla('Antakya'), pla('Turkey'), per('Umit Bektas'), org('Reuters')],
  },
  {
    id: 'g-victoria-police',
    sentences: [C('Victoria Police charged a 27-year-old Werribee man over the crash on the Princes Freeway.')],
    entities: [org('Victoria Police'), pla('Werribee'), pla('Princes Freeway')],
  },
  {
    id: 'g-thwaites',
    sentences: [C('The Thwaites Glacier in West Antarctica is losing ice faster than expected, the British Antarctic Survey said.')],
    entities: [pla('Thwaites Glacier'), pla('West Antarctica'), org('British Antarctic Survey')],
  },
  {
    id: 'g-mistral',
    sentences: [C('Mistral AI, the Paris-based start-up, raised €600 million in a round led by General Catalyst.')],
    entities: [org('Mistral AI'), pla('Paris'), org('General Catalyst')],
  },
  {
    id: 'g-absa-dbsa',
    sentences: [C('Absa Group and the Development Bank of Southern Africa will lend $400 million to the solar project.')],
    entities: [org('Absa Group'), org('Development Bank of Southern Africa')],
  },
  {
    id: 'g-leeds-council',
    sentences: [C('Leeds City Council approved plans for 1,500 homes on the site of the former Kirkstall power station.')],
    entities: [org('Leeds City Council'), pla('Kirkstall')],
  },
  {
    id: 'g-precision-demonyms',
    sentences: [C('Kenyan and Ugandan officials met in May, and the Finance Minister said on Tuesday that talks would resume in June.')],
    entities: [],
  },
  {
    id: 'g-precision-egypt',
    sentences: [C('Palestinian and Israeli negotiators met in Cairo on Thursday, Egyptian state media said.')],
    entities: [pla('Cairo')],
  },
  {
    id: 'g-precision-opinion',
    sentences: [N('Nobody in this government seems willing to say so out loud.'), N('Is it any wonder voters are angry?')],
    entities: [],
  },
  {
    id: 'g-washington-beijing',
    sentences: [C('Washington and Beijing agreed on Wednesday to resume military talks suspended since 2022.')],
    entities: [pla('Washington'), pla('Beijing')],
  },
  {
    id: 'g-kim-jong-un',
    sentences: [C('North Korean leader Kim Jong-un oversaw the launch of a new solid-fuel missile, state news agency KCNA reported.')],
    entities: [per('Kim Jong-un'), org('KCNA')],
  },
  {
    id: 'f-wire-philippines',
    sentences: [
      C('MANILA (AP) — A magnitude 6.8 earthquake struck the southern Philippines on Friday, killing at least nine people, the Philippine Institute of Volcanology and Seismology said.'),
      C('President Ferdinand Marcos Jr. ordered the military to send aircraft to Mindanao.'),
    ],
    entities: [pla('MANILA'), org('AP'), pla('Philippines'), org('Philippine Institute of Volcanology and Seismology'), per('Ferdinand Marcos Jr.'), pla('Mindanao')],
  },
  {
    id: 'f-uk-water',
    sentences: [
      C('Thames Water has been fined £104 million by Ofwat for failing to maintain its sewage works, the regulator said on Tuesday.'),
      C('Chief executive Chris Weston said the company accepted the findings.'),
    ],
    entities: [org('Thames Water'), org('Ofwat'), per('Chris Weston')],
  },
  {
    id: 'f-india-election',
    sentences: [
      C("Rahul Gandhi accused Prime Minister Narendra Modi of weakening India's democratic institutions at a rally in Wayanad on Saturday."),
      C('The Bharatiya Janata Party dismissed the remarks as "desperate".'),
    ],
    entities: [per('Rahul Gandhi'), per('Narendra Modi'), pla('India'), pla('Wayanad'), org('Bharatiya Janata Party')],
  },
  {
    id: 'f-tech-antitrust',
    sentences: [
      C('The European Commission fined Apple €1.8 billion for blocking music-streaming rivals such as Spotify from telling iPhone users about cheaper offers.'),
      C('Apple said it would appeal.'),
    ],
    entities: [org('European Commission'), org('Apple'), org('Spotify')],
  },
  {
    id: 'f-canada-fires',
    sentences: [
      C('More than 25,000 residents of Yellowknife were ordered to leave as wildfires approached the capital of the Northwest Territories.'),
      C('Shane Thompson, the territory\'s environment minister, called it "the most serious fire situation" in its history.'),
    ],
    entities: [pla('Yellowknife'), pla('Northwest Territories'), per('Shane Thompson')],
  },
  {
    id: 'f-tennis',
    sentences: [C('Aryna Sabalenka beat Coco Gauff 6-3, 7-5 in the final of the Australian Open in Melbourne on Saturday.')],
    entities: [per('Aryna Sabalenka'), per('Coco Gauff'), pla('Melbourne')],
  },
  {
    id: 'f-football-league',
    sentences: [
      C('Liverpool manager Arne Slot said Mohamed Salah would miss the trip to Newcastle with a hamstring injury.'),
      C('Newcastle have won four of their last five home games.'),
    ],
    entities: [org('Liverpool'), per('Arne Slot'), per('Mohamed Salah'), org('Newcastle')],
  },
  {
    id: 'f-kenya-finance',
    sentences: [C('Kenyan lawmakers passed a finance bill that raises taxes on bread and fuel, despite protests outside Parliament in Nairobi that left three people dead.')],
    entities: [org('Parliament'), pla('Nairobi')],
  },
  {
    id: 'f-japan-boj',
    sentences: [C('The Bank of Japan raised interest rates for the first time in 17 years, Governor Kazuo Ueda told a news conference in Tokyo.')],
    entities: [org('Bank of Japan'), per('Kazuo Ueda'), pla('Tokyo')],
  },
  {
    id: 'f-us-court',
    sentences: [
      C('A jury in Manhattan found Sam Bankman-Fried guilty of seven counts of fraud and conspiracy.'),
      C('The FTX founder faces up to 110 years in prison, prosecutors said.'),
    ],
    entities: [pla('Manhattan'), per('Sam Bankman-Fried'), org('FTX')],
  },
  {
    id: 'f-health-study',
    sentences: [
      C('People who walked 7,000 steps a day had a 47% lower risk of dying early, according to a study led by researchers at the University of Sydney.'),
      N('It is worth lacing up your shoes.'),
    ],
    entities: [org('University of Sydney')],
  },
  {
    id: 'f-nigeria-kidnap',
    sentences: [C('Gunmen abducted 287 pupils from a school in Kuriga, in Kaduna state, residents told Reuters.')],
    entities: [pla('Kuriga'), pla('Kaduna'), org('Reuters')],
  },
  {
    id: 'f-local-us',
    sentences: [
      C('The Phoenix City Council voted 6-3 on Wednesday to ban camping in public parks.'),
      C('Mayor Kate Gallego said the city had opened 900 new shelter beds since January.'),
    ],
    entities: [org('Phoenix City Council'), per('Kate Gallego')],
  },
  {
    id: 'f-startup',
    sentences: [C('Revolut, the London-based fintech, said its annual profit rose to £438 million as customer numbers passed 38 million.')],
    entities: [org('Revolut'), pla('London')],
  },
  {
    id: 'f-climate-river',
    sentences: [C('Water levels on the Rhine at Kaub fell below 40 centimetres, forcing barges to carry a fraction of their usual loads.')],
    entities: [pla('Rhine'), pla('Kaub')],
  },
  {
    id: 'f-mexico',
    sentences: [C('Claudia Sheinbaum was sworn in as Mexico\'s first female president on Tuesday, promising to continue the policies of Andrés Manuel López Obrador.')],
    entities: [per('Claudia Sheinbaum'), pla('Mexico'), per('Andrés Manuel López Obrador')],
  },
  {
    id: 'f-pakistan',
    sentences: [C('Imran Khan, the former cricket star who led Pakistan from 2018 to 2022, was sentenced to 14 years in prison in a corruption case brought by the National Accountability Bureau.')],
    entities: [per('Imran Khan'), pla('Pakistan'), org('National Accountability Bureau')],
  },
  {
    id: 'f-space',
    sentences: [C('SpaceX launched 22 Starlink satellites from Cape Canaveral on Sunday, its 90th mission of the year.')],
    entities: [org('SpaceX'), pla('Cape Canaveral')],
  },
  {
    id: 'f-opinion-uk',
    sentences: [N('Whatever you think of the Chancellor, this budget is a gamble.'), N('Will it pay off?')],
    entities: [],
  },
  {
    id: 'f-ghana',
    sentences: [C('Ghana\'s cocoa regulator, Cocobod, raised the price paid to farmers by 58%, Finance Minister Mohammed Amin Adam said.')],
    entities: [pla('Ghana'), org('Cocobod'), per('Mohammed Amin Adam')],
  },
  {
    id: 'f-school-shooting',
    sentences: [C('Two students were killed and six others wounded in a shooting at Apalachee High School in Winder, Georgia, the Barrow County Sheriff\'s Office said.')],
    entities: [org('Apalachee High School'), pla('Winder'), pla('Georgia'), org("Barrow County Sheriff's Office")],
  },
  {
    id: 'f-bank-merger',
    sentences: [C('UBS completed its takeover of Credit Suisse, creating a bank with $1.6 trillion in assets, chairman Colm Kelleher said.')],
    entities: [org('UBS'), org('Credit Suisse'), per('Colm Kelleher')],
  },
  {
    id: 'f-olympics',
    sentences: [C('Kenya\'s Faith Kipyegon won the 1,500 metres at the Stade de France, her third Olympic title in the event.')],
    entities: [pla('Kenya'), per('Faith Kipyegon'), pla('Stade de France')],
  },
  {
    id: 'f-vietnam',
    sentences: [C('Typhoon Yagi killed at least 59 people in northern Vietnam after it made landfall near Haiphong, state media reported.')],
    entities: [pla('Vietnam'), pla('Haiphong')],
  },
  {
    id: 'f-nonprofit',
    sentences: [C('Save the Children said 4,000 children had been killed in Gaza since October, a figure the Israeli military disputed.')],
    entities: [org('Save the Children'), pla('Gaza')],
  },
  {
    id: 'f-auto',
    sentences: [C("Volkswagen's supervisory board approved the closure of three plants in Germany, works council chief Daniela Cavallo said.")],
    entities: [org('Volkswagen'), pla('Germany'), per('Daniela Cavallo')],
  },
  {
    id: 'f2-wire-sudan',
    sentences: [C('KHARTOUM (Reuters) - The Rapid Support Forces shelled a camp for displaced people near El Fasher on Sunday, killing at least 30, local activists said.')],
    entities: [pla('KHARTOUM'), org('Reuters'), org('Rapid Support Forces'), pla('El Fasher')],
  },
  {
    id: 'f2-germany-coalition',
    sentences: [C("Friedrich Merz's Christian Democrats won 28.5% of the vote, while the far-right Alternative for Germany came second with 20.8%, the Federal Returning Officer said.")],
    entities: [per('Friedrich Merz'), org('Christian Democrats'), org('Alternative for Germany'), org('Federal Returning Officer')],
  },
  {
    id: 'f2-airline-strike',
    sentences: [C('Lufthansa cancelled about 900 flights at Frankfurt and Munich airports as ground staff represented by the Verdi union walked out.')],
    entities: [org('Lufthansa'), pla('Frankfurt'), pla('Munich'), org('Verdi')],
  },
  {
    id: 'f2-australia-fire',
    sentences: [C('Firefighters in Victoria battled a blaze in the Grampians National Park that has burned through 50,000 hectares, Country Fire Authority chief Jason Heffernan said.')],
    entities: [pla('Victoria'), pla('Grampians National Park'), org('Country Fire Authority'), per('Jason Heffernan')],
  },
  {
    id: 'f2-cricket-odi',
    sentences: [C('Shubman Gill hit 112 as India beat England by 142 runs in Ahmedabad to complete a 3-0 sweep of the one-day series.')],
    entities: [per('Shubman Gill'), org('India'), org('England'), pla('Ahmedabad')],
  },
  {
    id: 'f2-pharma',
    sentences: [C('Novo Nordisk shares fell 20% after a trial of its experimental obesity drug CagriSema showed weight loss of 22.7%, below the 25% the Danish company had forecast.')],
    entities: [org('Novo Nordisk')],
  },
  {
    id: 'f2-brazil-amazon',
    sentences: [C('Deforestation in the Brazilian Amazon fell 30.6% in the 12 months to July, the National Institute for Space Research said.')],
    entities: [pla('Amazon'), org('National Institute for Space Research')],
  },
  {
    id: 'f2-local-school',
    sentences: [C('Students at Westfield Middle School will get free breakfast from September after the district won a $2 million state grant, principal Angela Ruiz said.')],
    entities: [org('Westfield Middle School'), per('Angela Ruiz')],
  },
  {
    id: 'f2-korea-martial',
    sentences: [C('South Korean lawmakers voted to impeach President Yoon Suk Yeol after his brief declaration of martial law, National Assembly Speaker Woo Won-shik announced.')],
    entities: [per('Yoon Suk Yeol'), org('National Assembly'), per('Woo Won-shik')],
  },
  {
    id: 'f2-startup-ai',
    sentences: [C('Anthropic, the San Francisco-based AI company, raised $4 billion from Amazon, bringing the retailer\'s total investment to $8 billion.')],
    entities: [org('Anthropic'), pla('San Francisco'), org('Amazon')],
  },
  {
    id: 'f2-obituary',
    sentences: [C('Maryse Condé, the Guadeloupean novelist whose books traced the legacy of slavery, died in Apt, in southern France, her husband Richard Philcox said.')],
    entities: [per('Maryse Condé'), pla('Apt'), pla('France'), per('Richard Philcox')],
  },
  {
    id: 'f2-opinion',
    sentences: [N('We should stop pretending that another inquiry will change anything.'), N('Who, exactly, is being held to account?')],
    entities: [],
  },
  {
    id: 'f2-lake-ship',
    sentences: [C('A ferry carrying 278 passengers capsized on Lake Kivu near the port of Goma, the provincial governor said.')],
    entities: [pla('Lake Kivu'), pla('Goma')],
  },
  {
    id: 'f2-fed-chair',
    sentences: [C('Federal Reserve Chair Jerome Powell said the central bank was in no hurry to cut rates, sending the S&P 500 down 1.2%.')],
    entities: [org('Federal Reserve'), per('Jerome Powell')],
  },
  {
    id: 'f2-rugby-club',
    sentences: [C('Leinster beat Toulouse 22-19 in Dublin to reach the Champions Cup final, with Jamison Gibson-Park scoring the winning try.')],
    entities: [org('Leinster'), org('Toulouse'), pla('Dublin'), per('Jamison Gibson-Park')],
  },
];

/**
 * Passages written after the rules were tuned on DEV_SET, scored once and never tuned on: the
 * honest estimate of how the analysis does on news it has not seen.
 */
export const DEV_HELDOUT: DevItem[] = [
  {
    id: 'h-wire-trade',
    sentences: [
      C('BEIJING (Reuters) - China\'s commerce ministry on Friday announced export curbs on two rare metals used in chipmaking, days after Washington tightened its own restrictions.'),
      C('Shares of Nippon Steel Corp. fell 2.8% in Tokyo.'),
    ],
    entities: [pla('BEIJING'), org('Reuters'), pla('China'), pla('Washington'), org('Nippon Steel Corp.'), pla('Tokyo')],
  },
  {
    id: 'h-uk-health',
    sentences: [
      C('Health Secretary Wes Streeting told MPs that 1.2 million patients had waited more than a year for treatment.'),
      N('It is a scandal that should shame every one of us.'),
    ],
    entities: [per('Wes Streeting')],
  },
  {
    id: 'h-court-uk',
    sentences: [C("A man who attacked a pensioner in Leeds was jailed for nine years at Leeds Crown Court on Wednesday, West Yorkshire Police said.")],
    entities: [pla('Leeds'), org('Leeds Crown Court'), org('West Yorkshire Police')],
  },
  {
    id: 'h-india-cricket',
    sentences: [C('Virat Kohli scored an unbeaten 82 as India beat Pakistan by four wickets in Melbourne on Sunday.')],
    entities: [per('Virat Kohli'), org('India'), org('Pakistan'), pla('Melbourne')],
  },
  {
    id: 'h-au-rates',
    sentences: [
      C('The Reserve Bank of Australia left its cash rate at 4.35 per cent, Governor Michele Bullock said after the board meeting.'),
      N('Borrowers will be hoping for better news before Christmas.'),
    ],
    entities: [org('Reserve Bank of Australia'), per('Michele Bullock')],
  },
  {
    id: 'h-tech-layoffs',
    sentences: [
      C('Meta Platforms Inc. will lay off about 3,600 employees, or 5% of its workforce, chief executive Mark Zuckerberg wrote in a memo.'),
    ],
    entities: [org('Meta Platforms Inc.'), per('Mark Zuckerberg')],
  },
  {
    id: 'h-middle-east',
    sentences: [
      C('The Houthis claimed responsibility for an attack on a cargo ship in the Red Sea, the group\'s spokesman Yahya Saree said in a televised statement.'),
    ],
    entities: [org('Houthis'), pla('Red Sea'), per('Yahya Saree')],
  },
  {
    id: 'h-science',
    sentences: [
      C('Researchers at the Max Planck Institute for Astronomy found water vapour in the atmosphere of a planet 97 light-years away.'),
      N('Could life exist there?'),
    ],
    entities: [org('Max Planck Institute for Astronomy')],
  },
  {
    id: 'h-obit',
    sentences: [C('Desmond Tutu, the Nobel peace laureate who helped end apartheid in South Africa, died in Cape Town on Sunday aged 90, the Archbishop Desmond Tutu IP Trust said.')],
    entities: [per('Desmond Tutu'), pla('South Africa'), pla('Cape Town'), org('Archbishop Desmond Tutu IP Trust')],
  },
  {
    id: 'h-local',
    sentences: [
      C('The Maple Grove School Board voted unanimously on Monday to close Lincoln Elementary at the end of the school year.'),
      C('Superintendent Karen Olsen said enrolment had fallen by a third since 2015.'),
    ],
    entities: [org('Maple Grove School Board'), org('Lincoln Elementary'), per('Karen Olsen')],
  },
  {
    id: 'h-opinion',
    sentences: [N('I have never understood why we tolerate such a broken system.'), N('Surely we can do better than this?')],
    entities: [],
  },
  {
    id: 'h-eu',
    sentences: [C('German Chancellor Olaf Scholz and Polish Prime Minister Donald Tusk met in Warsaw to discuss border controls, a government spokesman said.')],
    entities: [per('Olaf Scholz'), per('Donald Tusk'), pla('Warsaw')],
  },
  {
    id: 'h-markets-oil',
    sentences: [C('Brent crude rose 1.4% to $82.10 a barrel after OPEC+ said it would extend output cuts into next year.')],
    entities: [org('OPEC+')],
  },
  {
    id: 'h-africa',
    sentences: [C("Nigeria's President Bola Tinubu removed fuel subsidies in May, and petrol prices in Lagos have since tripled.")],
    entities: [pla('Nigeria'), per('Bola Tinubu'), pla('Lagos')],
  },
  {
    id: 'h-fact',
    sentences: [C('Mount Everest is the highest mountain on Earth, at 8,849 metres.')],
    entities: [pla('Mount Everest'), pla('Earth')],
  },
  {
    id: 'h-football',
    sentences: [C('Arsenal moved top of the Premier League after a 3-1 win over Chelsea at the Emirates Stadium.')],
    entities: [org('Arsenal'), org('Premier League'), org('Chelsea'), pla('Emirates Stadium')],
  },
];
