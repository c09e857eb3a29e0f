/**
 * Blind evaluation set for entity and unlinked-claim detection.
 *
 * Written independently of the analyzer and its tuning data: the passages are
 * invented, realistic English web text, annotated by hand as a careful reader
 * would mark them. Not a test file; a scorer imports BLIND_SET.
 *
 * Conventions (beyond the field docs below):
 * - Spans exclude titles and honorifics (Sen., Gov., Dr., Mr, Pope, Lord,
 *   Sheikh, King, Crown Prince), a leading article ("the Fed", "The Kremlin"
 *   at a sentence start), and a possessive "'s"; they keep company
 *   suffixes (Inc., Corp., AG, plc, Ltd., Co.) and name particles (von der,
 *   van, bin, al-, Ibn, da).
 * - "The Hague" keeps its capital "The" (part of the proper name).
 * - Countries, states and cities are places even when they act as a
 *   government by metonymy ("Washington and Beijing agreed", "Israel rejected",
 *   "Brussels had no right"); seat-of-power buildings are organizations when
 *   they act (White House, Kremlin, Downing Street, Pentagon, Vatican) and
 *   places when they are a location ("across from the White House").
 * - National and club teams are organizations, as are leagues (Premier League,
 *   Allsvenskan, NBA, Indian Premier League) and team nicknames (Springboks).
 *   Tournaments, races, festivals, awards, storms, holidays, laws, products,
 *   indices (S&P 500) and works of art are not entities.
 * - Schools, universities, hospitals, museums, courts, news agencies,
 *   newspapers, stock exchanges and political parties are organizations.
 *   Airports, stadiums, bridges, streets, mountains, shrines, basilicas,
 *   palaces, jails and space stations are places.
 * - Datelines: the city and country are places and the agency ("AP",
 *   "Reuters", "PRNewswire") an organization. A dateline belongs to the first
 *   sentence, so that claim string starts with the dateline. Bylines are not
 *   sentences and not claims, but the bylined names are persons.
 * - A personal name used as a modifier ("the Biden administration", "the
 *   Trump administration") is a person mention.
 * - Q&A: the "A: " label stays with its sentence in a claim string; questions
 *   and bare "A: Yes." are not claims.
 * - Positions: resolve mentions left to right, each searched from the end of
 *   the previous mention. Surname-only mentions ("Ruto") and short names also
 *   occur inside an earlier longer span ("William Ruto"), so a search that
 *   only skips earlier mentions of the same text would land inside it.
 */

export interface BlindPassage {
  text: string;
  /** Every entity mention, as the exact substring (first occurrence after the previous one of the same text) and type. */
  entities: { text: string; type: 'person' | 'organization' | 'place' }[];
  /** Sentences (exact substrings) that are checkable claims with no source link. */
  claims: string[];
}

export const BLIND_SET: BlindPassage[] = [
  {
    text: "NAIROBI, Kenya (AP) — Kenyan President William Ruto on Tuesday fired his entire cabinet except for the foreign minister, weeks after deadly protests over proposed tax hikes. Ruto said he would form a broad-based government. Opposition leader Raila Odinga welcomed the move.",
    entities: [
      { text: "NAIROBI", type: 'place' },
      { text: "Kenya", type: 'place' },
      { text: "AP", type: 'organization' },
      { text: "William Ruto", type: 'person' },
      { text: "Ruto", type: 'person' },
      { text: "Raila Odinga", type: 'person' },
    ],
    claims: [
      "NAIROBI, Kenya (AP) — Kenyan President William Ruto on Tuesday fired his entire cabinet except for the foreign minister, weeks after deadly protests over proposed tax hikes.",
      "Ruto said he would form a broad-based government.",
      "Opposition leader Raila Odinga welcomed the move.",
    ],
  },
  {
    text: "WASHINGTON (Reuters) — Sen. Elizabeth Warren of Massachusetts urged the Federal Reserve to cut interest rates, arguing that high borrowing costs were squeezing working families. The Fed has held its benchmark rate steady since July. Warren sent the letter to Fed Chair Jerome Powell on Monday.",
    entities: [
      { text: "WASHINGTON", type: 'place' },
      { text: "Reuters", type: 'organization' },
      { text: "Elizabeth Warren", type: 'person' },
      { text: "Massachusetts", type: 'place' },
      { text: "Federal Reserve", type: 'organization' },
      { text: "Fed", type: 'organization' },
      { text: "Warren", type: 'person' },
      { text: "Fed", type: 'organization' },
      { text: "Jerome Powell", type: 'person' },
    ],
    claims: [
      "WASHINGTON (Reuters) — Sen. Elizabeth Warren of Massachusetts urged the Federal Reserve to cut interest rates, arguing that high borrowing costs were squeezing working families.",
      "The Fed has held its benchmark rate steady since July.",
      "Warren sent the letter to Fed Chair Jerome Powell on Monday.",
    ],
  },
  {
    text: "LONDON — Prime Minister Keir Starmer said on Thursday that Britain would recognise a Palestinian state unless Israel agreed to a ceasefire in Gaza. Downing Street said the decision followed talks with France and Canada. Mr Starmer will address the House of Commons next week.",
    entities: [
      { text: "LONDON", type: 'place' },
      { text: "Keir Starmer", type: 'person' },
      { text: "Britain", type: 'place' },
      { text: "Israel", type: 'place' },
      { text: "Gaza", type: 'place' },
      { text: "Downing Street", type: 'organization' },
      { text: "France", type: 'place' },
      { text: "Canada", type: 'place' },
      { text: "Starmer", type: 'person' },
      { text: "House of Commons", type: 'organization' },
    ],
    claims: [
      "LONDON — Prime Minister Keir Starmer said on Thursday that Britain would recognise a Palestinian state unless Israel agreed to a ceasefire in Gaza.",
      "Downing Street said the decision followed talks with France and Canada.",
      "Mr Starmer will address the House of Commons next week.",
    ],
  },
  {
    text: "BRUSSELS — The European Commission on Wednesday proposed a 90 percent cut in net greenhouse gas emissions by 2040, a target that Poland and Hungary have already said they will oppose. Ursula von der Leyen, the commission's president, called the goal “ambitious but achievable.”",
    entities: [
      { text: "BRUSSELS", type: 'place' },
      { text: "European Commission", type: 'organization' },
      { text: "Poland", type: 'place' },
      { text: "Hungary", type: 'place' },
      { text: "Ursula von der Leyen", type: 'person' },
    ],
    claims: [
      "BRUSSELS — The European Commission on Wednesday proposed a 90 percent cut in net greenhouse gas emissions by 2040, a target that Poland and Hungary have already said they will oppose.",
      "Ursula von der Leyen, the commission's president, called the goal “ambitious but achievable.”",
    ],
  },
  {
    text: "NEW DELHI — Prime Minister Narendra Modi's Bharatiya Janata Party lost its outright majority in the Lok Sabha, official results showed, forcing it to rely on coalition partners such as N. Chandrababu Naidu's Telugu Desam Party. The BJP won 240 of the 543 seats.",
    entities: [
      { text: "NEW DELHI", type: 'place' },
      { text: "Narendra Modi", type: 'person' },
      { text: "Bharatiya Janata Party", type: 'organization' },
      { text: "Lok Sabha", type: 'organization' },
      { text: "N. Chandrababu Naidu", type: 'person' },
      { text: "Telugu Desam Party", type: 'organization' },
      { text: "BJP", type: 'organization' },
    ],
    claims: [
      "NEW DELHI — Prime Minister Narendra Modi's Bharatiya Janata Party lost its outright majority in the Lok Sabha, official results showed, forcing it to rely on coalition partners such as N. Chandrababu Naidu's Telugu Desam Party.",
      "The BJP won 240 of the 543 seats.",
    ],
  },
  {
    text: "ABUJA, Nigeria — Nigeria's central bank raised its benchmark interest rate to 27.5 percent on Tuesday, the latest in a series of hikes aimed at taming inflation. Governor Olayemi Cardoso told reporters the Monetary Policy Committee voted unanimously.",
    entities: [
      { text: "ABUJA", type: 'place' },
      { text: "Nigeria", type: 'place' },
      { text: "Nigeria", type: 'place' },
      { text: "Olayemi Cardoso", type: 'person' },
      { text: "Monetary Policy Committee", type: 'organization' },
    ],
    claims: [
      "ABUJA, Nigeria — Nigeria's central bank raised its benchmark interest rate to 27.5 percent on Tuesday, the latest in a series of hikes aimed at taming inflation.",
      "Governor Olayemi Cardoso told reporters the Monetary Policy Committee voted unanimously.",
    ],
  },
  {
    text: "SÃO PAULO (Reuters) — Brazilian President Luiz Inácio Lula da Silva on Friday signed a decree expanding protections for Indigenous lands in the Amazon, a move criticized by the farm lobby. Lula has promised to end illegal deforestation by 2030.",
    entities: [
      { text: "SÃO PAULO", type: 'place' },
      { text: "Reuters", type: 'organization' },
      { text: "Luiz Inácio Lula da Silva", type: 'person' },
      { text: "Amazon", type: 'place' },
      { text: "Lula", type: 'person' },
    ],
    claims: [
      "SÃO PAULO (Reuters) — Brazilian President Luiz Inácio Lula da Silva on Friday signed a decree expanding protections for Indigenous lands in the Amazon, a move criticized by the farm lobby.",
      "Lula has promised to end illegal deforestation by 2030.",
    ],
  },
  {
    text: "ANKARA, Turkey — President Recep Tayyip Erdoğan said Turkey would not approve Sweden's NATO membership until Stockholm cracked down on Kurdish militant groups. Erdoğan made the remarks after Friday prayers in Istanbul.",
    entities: [
      { text: "ANKARA", type: 'place' },
      { text: "Turkey", type: 'place' },
      { text: "Recep Tayyip Erdoğan", type: 'person' },
      { text: "Turkey", type: 'place' },
      { text: "Sweden", type: 'place' },
      { text: "NATO", type: 'organization' },
      { text: "Stockholm", type: 'place' },
      { text: "Erdoğan", type: 'person' },
      { text: "Istanbul", type: 'place' },
    ],
    claims: [
      "ANKARA, Turkey — President Recep Tayyip Erdoğan said Turkey would not approve Sweden's NATO membership until Stockholm cracked down on Kurdish militant groups.",
      "Erdoğan made the remarks after Friday prayers in Istanbul.",
    ],
  },
  {
    text: "TOKYO — Shares of Toyota Motor Corp. fell 4 percent in Tokyo after the automaker cut its full-year profit forecast, citing a stronger yen and weaker demand in China. The Nikkei 225 index closed down 1.2 percent.",
    entities: [
      { text: "TOKYO", type: 'place' },
      { text: "Toyota Motor Corp.", type: 'organization' },
      { text: "Tokyo", type: 'place' },
      { text: "China", type: 'place' },
    ],
    claims: [
      "TOKYO — Shares of Toyota Motor Corp. fell 4 percent in Tokyo after the automaker cut its full-year profit forecast, citing a stronger yen and weaker demand in China.",
      "The Nikkei 225 index closed down 1.2 percent.",
    ],
  },
  {
    text: "ĐÀ NẴNG, Vietnam — Typhoon Yagi forced the evacuation of more than 50,000 residents from coastal districts of Đà Nẵng and Quảng Nam province on Saturday, state media reported. VinFast said it had suspended production at its Hải Phòng plant.",
    entities: [
      { text: "ĐÀ NẴNG", type: 'place' },
      { text: "Vietnam", type: 'place' },
      { text: "Đà Nẵng", type: 'place' },
      { text: "Quảng Nam", type: 'place' },
      { text: "VinFast", type: 'organization' },
      { text: "Hải Phòng", type: 'place' },
    ],
    claims: [
      "ĐÀ NẴNG, Vietnam — Typhoon Yagi forced the evacuation of more than 50,000 residents from coastal districts of Đà Nẵng and Quảng Nam province on Saturday, state media reported.",
      "VinFast said it had suspended production at its Hải Phòng plant.",
    ],
  },
  {
    text: "Apple Inc. reported quarterly revenue of $94.9 billion on Thursday, beating analysts' estimates, as iPhone sales in China recovered. Chief executive Tim Cook said the company returned more than $29 billion to shareholders during the quarter.",
    entities: [
      { text: "Apple Inc.", type: 'organization' },
      { text: "China", type: 'place' },
      { text: "Tim Cook", type: 'person' },
    ],
    claims: [
      "Apple Inc. reported quarterly revenue of $94.9 billion on Thursday, beating analysts' estimates, as iPhone sales in China recovered.",
      "Chief executive Tim Cook said the company returned more than $29 billion to shareholders during the quarter.",
    ],
  },
  {
    text: "Wall Street cheered the jobs report on Friday, sending the S&P 500 to a record close. Employers added 256,000 jobs in December, the Labor Department said, far more than economists had expected.",
    entities: [
      { text: "Wall Street", type: 'organization' },
      { text: "Labor Department", type: 'organization' },
    ],
    claims: [
      "Wall Street cheered the jobs report on Friday, sending the S&P 500 to a record close.",
      "Employers added 256,000 jobs in December, the Labor Department said, far more than economists had expected.",
    ],
  },
  {
    text: "Police closed a stretch of Wall Street near the New York Stock Exchange on Tuesday morning after a suspicious package was found outside a bank branch. The NYPD said the package turned out to be harmless.",
    entities: [
      { text: "Wall Street", type: 'place' },
      { text: "New York Stock Exchange", type: 'organization' },
      { text: "NYPD", type: 'organization' },
    ],
    claims: [
      "Police closed a stretch of Wall Street near the New York Stock Exchange on Tuesday morning after a suspicious package was found outside a bank branch.",
      "The NYPD said the package turned out to be harmless.",
    ],
  },
  {
    text: "Amazon said on Wednesday it would invest $10 billion in data centers in North Carolina, creating about 500 jobs. The announcement came a day after Amazon Web Services suffered an outage that took down services run by Snap Inc. and Coinbase.",
    entities: [
      { text: "Amazon", type: 'organization' },
      { text: "North Carolina", type: 'place' },
      { text: "Amazon Web Services", type: 'organization' },
      { text: "Snap Inc.", type: 'organization' },
      { text: "Coinbase", type: 'organization' },
    ],
    claims: [
      "Amazon said on Wednesday it would invest $10 billion in data centers in North Carolina, creating about 500 jobs.",
      "The announcement came a day after Amazon Web Services suffered an outage that took down services run by Snap Inc. and Coinbase.",
    ],
  },
  {
    text: "Scientists in Manaus recorded the lowest water level on the Rio Negro in 122 years of record-keeping, as a severe drought gripped the Amazon. The river fell to 12.7 meters on Monday, according to the port authority.",
    entities: [
      { text: "Manaus", type: 'place' },
      { text: "Rio Negro", type: 'place' },
      { text: "Amazon", type: 'place' },
    ],
    claims: [
      "Scientists in Manaus recorded the lowest water level on the Rio Negro in 122 years of record-keeping, as a severe drought gripped the Amazon.",
      "The river fell to 12.7 meters on Monday, according to the port authority.",
    ],
  },
  {
    text: "A federal judge in Texas on Friday blocked a Biden administration rule that would have extended overtime pay to some 4 million salaried workers. District Judge Sean Jordan, an appointee of former President Donald Trump, ruled that the Labor Department had exceeded its authority.",
    entities: [
      { text: "Texas", type: 'place' },
      { text: "Biden", type: 'person' },
      { text: "Sean Jordan", type: 'person' },
      { text: "Donald Trump", type: 'person' },
      { text: "Labor Department", type: 'organization' },
    ],
    claims: [
      "A federal judge in Texas on Friday blocked a Biden administration rule that would have extended overtime pay to some 4 million salaried workers.",
      "District Judge Sean Jordan, an appointee of former President Donald Trump, ruled that the Labor Department had exceeded its authority.",
    ],
  },
  {
    text: "AMMAN, Jordan — Jordan's King Abdullah II met Secretary of State Antony Blinken in Amman on Sunday to discuss humanitarian aid for Gaza. The king warned that the conflict risked spreading across the region.",
    entities: [
      { text: "AMMAN", type: 'place' },
      { text: "Jordan", type: 'place' },
      { text: "Jordan", type: 'place' },
      { text: "Abdullah II", type: 'person' },
      { text: "Antony Blinken", type: 'person' },
      { text: "Amman", type: 'place' },
      { text: "Gaza", type: 'place' },
    ],
    claims: [
      "AMMAN, Jordan — Jordan's King Abdullah II met Secretary of State Antony Blinken in Amman on Sunday to discuss humanitarian aid for Gaza.",
      "The king warned that the conflict risked spreading across the region.",
    ],
  },
  {
    text: "ATLANTA — Georgia Gov. Brian Kemp signed a bill on Wednesday suspending the state's gas tax through the end of the month, citing price spikes after Hurricane Helene. Kemp said drivers would save about 33 cents a gallon.",
    entities: [
      { text: "ATLANTA", type: 'place' },
      { text: "Georgia", type: 'place' },
      { text: "Brian Kemp", type: 'person' },
      { text: "Kemp", type: 'person' },
    ],
    claims: [
      "ATLANTA — Georgia Gov. Brian Kemp signed a bill on Wednesday suspending the state's gas tax through the end of the month, citing price spikes after Hurricane Helene.",
      "Kemp said drivers would save about 33 cents a gallon.",
    ],
  },
  {
    text: "TBILISI, Georgia — Tens of thousands of protesters rallied outside parliament in Tbilisi for a fifth straight night after the ruling Georgian Dream party suspended talks on joining the European Union. President Salome Zourabichvili said she would not step down.",
    entities: [
      { text: "TBILISI", type: 'place' },
      { text: "Georgia", type: 'place' },
      { text: "Tbilisi", type: 'place' },
      { text: "Georgian Dream", type: 'organization' },
      { text: "European Union", type: 'organization' },
      { text: "Salome Zourabichvili", type: 'person' },
    ],
    claims: [
      "TBILISI, Georgia — Tens of thousands of protesters rallied outside parliament in Tbilisi for a fifth straight night after the ruling Georgian Dream party suspended talks on joining the European Union.",
      "President Salome Zourabichvili said she would not step down.",
    ],
  },
  {
    text: "Chelsea came from behind to beat Tottenham Hotspur 4-3 at Tottenham Hotspur Stadium on Sunday, with Cole Palmer scoring two penalties. Enzo Maresca's side moved up to second in the Premier League table.",
    entities: [
      { text: "Chelsea", type: 'organization' },
      { text: "Tottenham Hotspur", type: 'organization' },
      { text: "Tottenham Hotspur Stadium", type: 'place' },
      { text: "Cole Palmer", type: 'person' },
      { text: "Enzo Maresca", type: 'person' },
      { text: "Premier League", type: 'organization' },
    ],
    claims: [
      "Chelsea came from behind to beat Tottenham Hotspur 4-3 at Tottenham Hotspur Stadium on Sunday, with Cole Palmer scoring two penalties.",
      "Enzo Maresca's side moved up to second in the Premier League table.",
    ],
  },
  {
    text: "A Georgian townhouse in Chelsea, the west London district beloved of bankers and rock stars, sold for £32 million last week, according to estate agent Knight Frank. It is the most expensive home sold in the borough this year.",
    entities: [
      { text: "Chelsea", type: 'place' },
      { text: "London", type: 'place' },
      { text: "Knight Frank", type: 'organization' },
    ],
    claims: [
      "A Georgian townhouse in Chelsea, the west London district beloved of bankers and rock stars, sold for £32 million last week, according to estate agent Knight Frank.",
      "It is the most expensive home sold in the borough this year.",
    ],
  },
  {
    text: "SEATTLE — Washington Gov. Bob Ferguson on Monday ordered state agencies to freeze hiring, saying the state faces a $12 billion shortfall over four years. The move puts Olympia at odds with public-sector unions.",
    entities: [
      { text: "SEATTLE", type: 'place' },
      { text: "Washington", type: 'place' },
      { text: "Bob Ferguson", type: 'person' },
      { text: "Olympia", type: 'place' },
    ],
    claims: [
      "SEATTLE — Washington Gov. Bob Ferguson on Monday ordered state agencies to freeze hiring, saying the state faces a $12 billion shortfall over four years.",
      "The move puts Olympia at odds with public-sector unions.",
    ],
  },
  {
    text: "GENEVA — Washington and Beijing agreed on Monday to slash reciprocal tariffs for 90 days, Treasury Secretary Scott Bessent told reporters after two days of talks. Chinese Vice Premier He Lifeng called the talks “candid and constructive.”",
    entities: [
      { text: "GENEVA", type: 'place' },
      { text: "Washington", type: 'place' },
      { text: "Beijing", type: 'place' },
      { text: "Scott Bessent", type: 'person' },
      { text: "He Lifeng", type: 'person' },
    ],
    claims: [
      "GENEVA — Washington and Beijing agreed on Monday to slash reciprocal tariffs for 90 days, Treasury Secretary Scott Bessent told reporters after two days of talks.",
      "Chinese Vice Premier He Lifeng called the talks “candid and constructive.”",
    ],
  },
  {
    text: "Denzel Washington will receive an honorary Palme d'Or at the Cannes Film Festival, organizers announced. Washington, 70, has won two Academy Awards.",
    entities: [
      { text: "Denzel Washington", type: 'person' },
      { text: "Washington", type: 'person' },
    ],
    claims: [
      "Denzel Washington will receive an honorary Palme d'Or at the Cannes Film Festival, organizers announced.",
      "Washington, 70, has won two Academy Awards.",
    ],
  },
  {
    text: "The White House on Tuesday rejected a congressional request for documents related to the pardons, calling it a partisan fishing expedition. Press secretary Karoline Leavitt said the administration would not cooperate with “political theater.”",
    entities: [
      { text: "White House", type: 'organization' },
      { text: "Karoline Leavitt", type: 'person' },
    ],
    claims: [
      "The White House on Tuesday rejected a congressional request for documents related to the pardons, calling it a partisan fishing expedition.",
      "Press secretary Karoline Leavitt said the administration would not cooperate with “political theater.”",
    ],
  },
  {
    text: "Hundreds of demonstrators gathered in Lafayette Square across from the White House on Saturday to protest cuts to veterans' health programs. Park Police said the rally was peaceful.",
    entities: [
      { text: "Lafayette Square", type: 'place' },
      { text: "White House", type: 'place' },
      { text: "Park Police", type: 'organization' },
    ],
    claims: [
      "Hundreds of demonstrators gathered in Lafayette Square across from the White House on Saturday to protest cuts to veterans' health programs.",
      "Park Police said the rally was peaceful.",
    ],
  },
  {
    text: "MOSCOW — The Kremlin dismissed the latest round of Western sanctions as illegal, with spokesman Dmitry Peskov saying they would have no effect on Russia's economy. Russian President Vladimir Putin is due to travel to Beijing next month.",
    entities: [
      { text: "MOSCOW", type: 'place' },
      { text: "Kremlin", type: 'organization' },
      { text: "Dmitry Peskov", type: 'person' },
      { text: "Russia", type: 'place' },
      { text: "Vladimir Putin", type: 'person' },
      { text: "Beijing", type: 'place' },
    ],
    claims: [
      "MOSCOW — The Kremlin dismissed the latest round of Western sanctions as illegal, with spokesman Dmitry Peskov saying they would have no effect on Russia's economy.",
      "Russian President Vladimir Putin is due to travel to Beijing next month.",
    ],
  },
  {
    text: "KYIV, Ukraine (AP) — Ukrainian President Volodymyr Zelenskyy said Russian drones struck an energy facility in the Odesa region overnight, leaving 160,000 households without power. Zelenskyy again urged allies to supply more Patriot air defense systems.",
    entities: [
      { text: "KYIV", type: 'place' },
      { text: "Ukraine", type: 'place' },
      { text: "AP", type: 'organization' },
      { text: "Volodymyr Zelenskyy", type: 'person' },
      { text: "Odesa", type: 'place' },
      { text: "Zelenskyy", type: 'person' },
    ],
    claims: [
      "KYIV, Ukraine (AP) — Ukrainian President Volodymyr Zelenskyy said Russian drones struck an energy facility in the Odesa region overnight, leaving 160,000 households without power.",
      "Zelenskyy again urged allies to supply more Patriot air defense systems.",
    ],
  },
  {
    text: "COPENHAGEN — Søren Kierkegaard's former home in Copenhagen will reopen as a museum next spring, the city council announced. The restoration was funded by the Carlsberg Foundation.",
    entities: [
      { text: "COPENHAGEN", type: 'place' },
      { text: "Søren Kierkegaard", type: 'person' },
      { text: "Copenhagen", type: 'place' },
      { text: "Carlsberg Foundation", type: 'organization' },
    ],
    claims: [
      "COPENHAGEN — Søren Kierkegaard's former home in Copenhagen will reopen as a museum next spring, the city council announced.",
      "The restoration was funded by the Carlsberg Foundation.",
    ],
  },
  {
    text: "Malmö FF clinched the Allsvenskan title with a 2-0 win over IFK Göteborg at Eleda Stadion in Malmö on Sunday. Striker Isaac Kiese Thelin scored both goals.",
    entities: [
      { text: "Malmö FF", type: 'organization' },
      { text: "Allsvenskan", type: 'organization' },
      { text: "IFK Göteborg", type: 'organization' },
      { text: "Eleda Stadion", type: 'place' },
      { text: "Malmö", type: 'place' },
      { text: "Isaac Kiese Thelin", type: 'person' },
    ],
    claims: [
      "Malmö FF clinched the Allsvenskan title with a 2-0 win over IFK Göteborg at Eleda Stadion in Malmö on Sunday.",
      "Striker Isaac Kiese Thelin scored both goals.",
    ],
  },
  {
    text: "India beat Pakistan by six runs in a low-scoring T20 World Cup thriller in New York, with Jasprit Bumrah taking three wickets for 14 runs. Pakistan needed 30 off the last three overs but could not get there.",
    entities: [
      { text: "India", type: 'organization' },
      { text: "Pakistan", type: 'organization' },
      { text: "New York", type: 'place' },
      { text: "Jasprit Bumrah", type: 'person' },
      { text: "Pakistan", type: 'organization' },
    ],
    claims: [
      "India beat Pakistan by six runs in a low-scoring T20 World Cup thriller in New York, with Jasprit Bumrah taking three wickets for 14 runs.",
      "Pakistan needed 30 off the last three overs but could not get there.",
    ],
  },
  {
    text: "Argentina defeated Colombia 1-0 in extra time to win a record 16th Copa América title, with Lautaro Martínez scoring the winner at Hard Rock Stadium in Miami Gardens, Florida. Lionel Messi left the field injured in the second half.",
    entities: [
      { text: "Argentina", type: 'organization' },
      { text: "Colombia", type: 'organization' },
      { text: "Lautaro Martínez", type: 'person' },
      { text: "Hard Rock Stadium", type: 'place' },
      { text: "Miami Gardens", type: 'place' },
      { text: "Florida", type: 'place' },
      { text: "Lionel Messi", type: 'person' },
    ],
    claims: [
      "Argentina defeated Colombia 1-0 in extra time to win a record 16th Copa América title, with Lautaro Martínez scoring the winner at Hard Rock Stadium in Miami Gardens, Florida.",
      "Lionel Messi left the field injured in the second half.",
    ],
  },
  {
    text: "The Boston Celtics beat the Dallas Mavericks 106-88 to clinch their 18th NBA championship, with Jayson Tatum scoring 31 points. Jaylen Brown was named Finals MVP.",
    entities: [
      { text: "Boston Celtics", type: 'organization' },
      { text: "Dallas Mavericks", type: 'organization' },
      { text: "NBA", type: 'organization' },
      { text: "Jayson Tatum", type: 'person' },
      { text: "Jaylen Brown", type: 'person' },
    ],
    claims: [
      "The Boston Celtics beat the Dallas Mavericks 106-88 to clinch their 18th NBA championship, with Jayson Tatum scoring 31 points.",
      "Jaylen Brown was named Finals MVP.",
    ],
  },
  {
    text: "Carlos Alcaraz defeated Jannik Sinner in a five-set French Open final that lasted five hours and 29 minutes, the longest in the tournament's history. The Spaniard saved three championship points at Roland Garros.",
    entities: [
      { text: "Carlos Alcaraz", type: 'person' },
      { text: "Jannik Sinner", type: 'person' },
      { text: "Roland Garros", type: 'place' },
    ],
    claims: [
      "Carlos Alcaraz defeated Jannik Sinner in a five-set French Open final that lasted five hours and 29 minutes, the longest in the tournament's history.",
      "The Spaniard saved three championship points at Roland Garros.",
    ],
  },
  {
    text: "Researchers at the University of Oxford reported on Wednesday that a malaria vaccine called R21 cut cases by 75 percent among children in Burkina Faso. The World Health Organization recommended the vaccine in October.",
    entities: [
      { text: "University of Oxford", type: 'organization' },
      { text: "Burkina Faso", type: 'place' },
      { text: "World Health Organization", type: 'organization' },
    ],
    claims: [
      "Researchers at the University of Oxford reported on Wednesday that a malaria vaccine called R21 cut cases by 75 percent among children in Burkina Faso.",
      "The World Health Organization recommended the vaccine in October.",
    ],
  },
  {
    text: "Dr. Anthony Fauci, the former director of the National Institute of Allergy and Infectious Diseases, said in an interview that the country was “not ready” for the next pandemic. Fauci led the institute for 38 years.",
    entities: [
      { text: "Anthony Fauci", type: 'person' },
      { text: "National Institute of Allergy and Infectious Diseases", type: 'organization' },
      { text: "Fauci", type: 'person' },
    ],
    claims: [
      "Dr. Anthony Fauci, the former director of the National Institute of Allergy and Infectious Diseases, said in an interview that the country was “not ready” for the next pandemic.",
      "Fauci led the institute for 38 years.",
    ],
  },
  {
    text: "Nvidia Corp. briefly became the world's most valuable company on Tuesday, with its market capitalization topping $3.3 trillion. Shares of the chipmaker have tripled over the past year, driven by demand for its AI processors from Microsoft, Meta Platforms and Alphabet.",
    entities: [
      { text: "Nvidia Corp.", type: 'organization' },
      { text: "Microsoft", type: 'organization' },
      { text: "Meta Platforms", type: 'organization' },
      { text: "Alphabet", type: 'organization' },
    ],
    claims: [
      "Nvidia Corp. briefly became the world's most valuable company on Tuesday, with its market capitalization topping $3.3 trillion.",
      "Shares of the chipmaker have tripled over the past year, driven by demand for its AI processors from Microsoft, Meta Platforms and Alphabet.",
    ],
  },
  {
    text: "The startup, known as KVX, said it had raised $40 million from Sequoia Capital and Andreessen Horowitz to build software that detects fraud in real-time payments. KVX was founded in 2021 by two former Stripe engineers, Priya Raman and Tomasz Wrona.",
    entities: [
      { text: "KVX", type: 'organization' },
      { text: "Sequoia Capital", type: 'organization' },
      { text: "Andreessen Horowitz", type: 'organization' },
      { text: "KVX", type: 'organization' },
      { text: "Stripe", type: 'organization' },
      { text: "Priya Raman", type: 'person' },
      { text: "Tomasz Wrona", type: 'person' },
    ],
    claims: [
      "The startup, known as KVX, said it had raised $40 million from Sequoia Capital and Andreessen Horowitz to build software that detects fraud in real-time payments.",
      "KVX was founded in 2021 by two former Stripe engineers, Priya Raman and Tomasz Wrona.",
    ],
  },
  {
    text: "Kwame Mensah, a Ghanaian highlife guitarist whose records helped define the sound of Accra's nightclubs in the 1970s, died on Saturday at his home in Kumasi. He was 84. His death was confirmed by his daughter, Abena Mensah.",
    entities: [
      { text: "Kwame Mensah", type: 'person' },
      { text: "Accra", type: 'place' },
      { text: "Kumasi", type: 'place' },
      { text: "Abena Mensah", type: 'person' },
    ],
    claims: [
      "Kwame Mensah, a Ghanaian highlife guitarist whose records helped define the sound of Accra's nightclubs in the 1970s, died on Saturday at his home in Kumasi.",
      "He was 84.",
      "His death was confirmed by his daughter, Abena Mensah.",
    ],
  },
  {
    text: "Mary Ellen Whitcombe, who taught English at Jefferson High School in Roanoke, Va., for 41 years, died March 3 at Carilion Roanoke Memorial Hospital. She was 92.",
    entities: [
      { text: "Mary Ellen Whitcombe", type: 'person' },
      { text: "Jefferson High School", type: 'organization' },
      { text: "Roanoke", type: 'place' },
      { text: "Va.", type: 'place' },
      { text: "Carilion Roanoke Memorial Hospital", type: 'organization' },
    ],
    claims: [
      "Mary Ellen Whitcombe, who taught English at Jefferson High School in Roanoke, Va., for 41 years, died March 3 at Carilion Roanoke Memorial Hospital.",
      "She was 92.",
    ],
  },
  {
    text: "The Metropolitan Museum of Art will return two bronze sculptures to Nigeria after an investigation found they had been looted from the Kingdom of Benin in 1897. Museum director Max Hollein said the works would be handed over at a ceremony in Lagos.",
    entities: [
      { text: "Metropolitan Museum of Art", type: 'organization' },
      { text: "Nigeria", type: 'place' },
      { text: "Kingdom of Benin", type: 'place' },
      { text: "Max Hollein", type: 'person' },
      { text: "Lagos", type: 'place' },
    ],
    claims: [
      "The Metropolitan Museum of Art will return two bronze sculptures to Nigeria after an investigation found they had been looted from the Kingdom of Benin in 1897.",
      "Museum director Max Hollein said the works would be handed over at a ceremony in Lagos.",
    ],
  },
  {
    text: "Vermeer's “Girl with a Pearl Earring” is back on view at the Mauritshuis in The Hague after a three-month conservation project. The painting drew 450,000 visitors last year.",
    entities: [
      { text: "Vermeer", type: 'person' },
      { text: "Mauritshuis", type: 'organization' },
      { text: "The Hague", type: 'place' },
    ],
    claims: [
      "Vermeer's “Girl with a Pearl Earring” is back on view at the Mauritshuis in The Hague after a three-month conservation project.",
      "The painting drew 450,000 visitors last year.",
    ],
  },
  {
    text: "Let's be honest: the city's new bike lanes are the best thing to happen to Portland in a decade. Anyone who drives down Division Street at rush hour should be grateful. Why are we still arguing about this?",
    entities: [
      { text: "Portland", type: 'place' },
      { text: "Division Street", type: 'place' },
    ],
    claims: [],
  },
  {
    text: "I have never trusted polls, and I trust them even less this year. A Gallup survey released Monday found that 38 percent of Americans approve of Congress's handling of the budget. That number tells you nothing about who will show up in November.",
    entities: [
      { text: "Gallup", type: 'organization' },
      { text: "Congress", type: 'organization' },
    ],
    claims: [
      "A Gallup survey released Monday found that 38 percent of Americans approve of Congress's handling of the budget.",
    ],
  },
  {
    text: "So I finally made it to Kyoto last month! We stayed in a tiny guesthouse near Fushimi Inari Taisha and ate way too much matcha ice cream. Honestly, you have to go.",
    entities: [
      { text: "Kyoto", type: 'place' },
      { text: "Fushimi Inari Taisha", type: 'place' },
    ],
    claims: [],
  },
  {
    text: "SAN JOSE, Calif., March 12, 2025 /PRNewswire/ -- Zentrova Systems, Inc. (NASDAQ: ZNTV), a provider of edge-computing platforms, today announced the appointment of Dr. Helena Okonkwo-Brandt as chief technology officer. Okonkwo-Brandt previously led silicon engineering at Qualcomm Technologies.",
    entities: [
      { text: "SAN JOSE", type: 'place' },
      { text: "Calif.", type: 'place' },
      { text: "PRNewswire", type: 'organization' },
      { text: "Zentrova Systems, Inc.", type: 'organization' },
      { text: "NASDAQ", type: 'organization' },
      { text: "Helena Okonkwo-Brandt", type: 'person' },
      { text: "Okonkwo-Brandt", type: 'person' },
      { text: "Qualcomm Technologies", type: 'organization' },
    ],
    claims: [
      "SAN JOSE, Calif., March 12, 2025 /PRNewswire/ -- Zentrova Systems, Inc. (NASDAQ: ZNTV), a provider of edge-computing platforms, today announced the appointment of Dr. Helena Okonkwo-Brandt as chief technology officer.",
      "Okonkwo-Brandt previously led silicon engineering at Qualcomm Technologies.",
    ],
  },
  {
    text: "Q: Can I still get a refund if my flight was cancelled by the airline? A: Yes. Under Department of Transportation rules that took effect in October, airlines must refund cancelled flights automatically within seven business days.",
    entities: [
      { text: "Department of Transportation", type: 'organization' },
    ],
    claims: [
      "Under Department of Transportation rules that took effect in October, airlines must refund cancelled flights automatically within seven business days.",
    ],
  },
  {
    text: "The Springfield City Council voted 5-2 on Monday night to close Maple Avenue Elementary School at the end of the school year, citing declining enrollment. Councilwoman Denise Harlow, who cast one of the no votes, said families had not been consulted.",
    entities: [
      { text: "Springfield City Council", type: 'organization' },
      { text: "Maple Avenue Elementary School", type: 'organization' },
      { text: "Denise Harlow", type: 'person' },
    ],
    claims: [
      "The Springfield City Council voted 5-2 on Monday night to close Maple Avenue Elementary School at the end of the school year, citing declining enrollment.",
      "Councilwoman Denise Harlow, who cast one of the no votes, said families had not been consulted.",
    ],
  },
  {
    text: "A water main break flooded several blocks of Elm Street in Dayton early Saturday, forcing the closure of Miami Valley Hospital's south entrance. Crews from Dayton Water restored service by 9 a.m., a city spokesman said.",
    entities: [
      { text: "Elm Street", type: 'place' },
      { text: "Dayton", type: 'place' },
      { text: "Miami Valley Hospital", type: 'organization' },
      { text: "Dayton Water", type: 'organization' },
    ],
    claims: [
      "A water main break flooded several blocks of Elm Street in Dayton early Saturday, forcing the closure of Miami Valley Hospital's south entrance.",
      "Crews from Dayton Water restored service by 9 a.m., a city spokesman said.",
    ],
  },
  {
    text: "JERUSALEM — Israeli Prime Minister Benjamin Netanyahu said on Sunday that Israel had struck Iran's air defenses in response to a missile barrage earlier this month. Iran's foreign ministry condemned the strikes as a violation of international law.",
    entities: [
      { text: "JERUSALEM", type: 'place' },
      { text: "Benjamin Netanyahu", type: 'person' },
      { text: "Israel", type: 'place' },
      { text: "Iran", type: 'place' },
      { text: "Iran", type: 'place' },
    ],
    claims: [
      "JERUSALEM — Israeli Prime Minister Benjamin Netanyahu said on Sunday that Israel had struck Iran's air defenses in response to a missile barrage earlier this month.",
      "Iran's foreign ministry condemned the strikes as a violation of international law.",
    ],
  },
  {
    text: "RIYADH — Crown Prince Mohammed bin Salman hosted Syrian leader Ahmed al-Sharaa in Riyadh on Thursday, Saudi state media reported. The two discussed reconstruction funding and the return of refugees from Lebanon.",
    entities: [
      { text: "RIYADH", type: 'place' },
      { text: "Mohammed bin Salman", type: 'person' },
      { text: "Ahmed al-Sharaa", type: 'person' },
      { text: "Riyadh", type: 'place' },
      { text: "Lebanon", type: 'place' },
    ],
    claims: [
      "RIYADH — Crown Prince Mohammed bin Salman hosted Syrian leader Ahmed al-Sharaa in Riyadh on Thursday, Saudi state media reported.",
      "The two discussed reconstruction funding and the return of refugees from Lebanon.",
    ],
  },
  {
    text: "A newly restored manuscript of the travels of Ibn Battuta went on display at the Bibliothèque nationale de France in Paris this week. The 14th-century explorer journeyed from Tangier to China over nearly three decades.",
    entities: [
      { text: "Ibn Battuta", type: 'person' },
      { text: "Bibliothèque nationale de France", type: 'organization' },
      { text: "Paris", type: 'place' },
      { text: "Tangier", type: 'place' },
      { text: "China", type: 'place' },
    ],
    claims: [
      "A newly restored manuscript of the travels of Ibn Battuta went on display at the Bibliothèque nationale de France in Paris this week.",
      "The 14th-century explorer journeyed from Tangier to China over nearly three decades.",
    ],
  },
  {
    text: "Dutch defender Virgil van Dijk signed a two-year contract extension with Liverpool, the club said on Sunday. Van Dijk, 33, joined from Southampton in 2018 for a then-record fee of £75 million.",
    entities: [
      { text: "Virgil van Dijk", type: 'person' },
      { text: "Liverpool", type: 'organization' },
      { text: "Van Dijk", type: 'person' },
      { text: "Southampton", type: 'organization' },
    ],
    claims: [
      "Dutch defender Virgil van Dijk signed a two-year contract extension with Liverpool, the club said on Sunday.",
      "Van Dijk, 33, joined from Southampton in 2018 for a then-record fee of £75 million.",
    ],
  },
  {
    text: "THE HAGUE — Farmer-citizen movement leader Caroline van der Plas said her party, BBB, would not join a government led by the Party for Freedom unless nitrogen rules were relaxed. Geert Wilders has been trying to form a coalition since the November election.",
    entities: [
      { text: "THE HAGUE", type: 'place' },
      { text: "Caroline van der Plas", type: 'person' },
      { text: "BBB", type: 'organization' },
      { text: "Party for Freedom", type: 'organization' },
      { text: "Geert Wilders", type: 'person' },
    ],
    claims: [
      "THE HAGUE — Farmer-citizen movement leader Caroline van der Plas said her party, BBB, would not join a government led by the Party for Freedom unless nitrogen rules were relaxed.",
      "Geert Wilders has been trying to form a coalition since the November election.",
    ],
  },
  {
    text: "MEXICO CITY — Mexican President Claudia Sheinbaum said on Monday her government had deployed 10,000 National Guard troops to the northern border, part of a deal with the Trump administration to delay tariffs. Sheinbaum spoke during her daily morning news conference at the National Palace.",
    entities: [
      { text: "MEXICO CITY", type: 'place' },
      { text: "Claudia Sheinbaum", type: 'person' },
      { text: "National Guard", type: 'organization' },
      { text: "Trump", type: 'person' },
      { text: "Sheinbaum", type: 'person' },
      { text: "National Palace", type: 'place' },
    ],
    claims: [
      "MEXICO CITY — Mexican President Claudia Sheinbaum said on Monday her government had deployed 10,000 National Guard troops to the northern border, part of a deal with the Trump administration to delay tariffs.",
      "Sheinbaum spoke during her daily morning news conference at the National Palace.",
    ],
  },
  {
    text: "BUENOS AIRES — Argentina's annual inflation rate slowed to 117.8 percent in November, the national statistics agency INDEC said, the lowest reading in nearly a year. President Javier Milei credited his austerity program.",
    entities: [
      { text: "BUENOS AIRES", type: 'place' },
      { text: "Argentina", type: 'place' },
      { text: "INDEC", type: 'organization' },
      { text: "Javier Milei", type: 'person' },
    ],
    claims: [
      "BUENOS AIRES — Argentina's annual inflation rate slowed to 117.8 percent in November, the national statistics agency INDEC said, the lowest reading in nearly a year.",
      "President Javier Milei credited his austerity program.",
    ],
  },
  {
    text: "BOGOTÁ — Colombian President Gustavo Petro suspended peace talks with the National Liberation Army, known as the ELN, after a wave of attacks in the Catatumbo region killed at least 80 people. The guerrilla group denied targeting civilians.",
    entities: [
      { text: "BOGOTÁ", type: 'place' },
      { text: "Gustavo Petro", type: 'person' },
      { text: "National Liberation Army", type: 'organization' },
      { text: "ELN", type: 'organization' },
      { text: "Catatumbo", type: 'place' },
    ],
    claims: [
      "BOGOTÁ — Colombian President Gustavo Petro suspended peace talks with the National Liberation Army, known as the ELN, after a wave of attacks in the Catatumbo region killed at least 80 people.",
      "The guerrilla group denied targeting civilians.",
    ],
  },
  {
    text: "JOHANNESBURG — The African National Congress lost its parliamentary majority for the first time since the end of apartheid, winning 40 percent of the vote. Former president Jacob Zuma's new uMkhonto weSizwe party came third.",
    entities: [
      { text: "JOHANNESBURG", type: 'place' },
      { text: "African National Congress", type: 'organization' },
      { text: "Jacob Zuma", type: 'person' },
      { text: "uMkhonto weSizwe", type: 'organization' },
    ],
    claims: [
      "JOHANNESBURG — The African National Congress lost its parliamentary majority for the first time since the end of apartheid, winning 40 percent of the vote.",
      "Former president Jacob Zuma's new uMkhonto weSizwe party came third.",
    ],
  },
  {
    text: "ADDIS ABABA, Ethiopia — The African Union suspended Niger's membership following the military coup that ousted President Mohamed Bazoum, the bloc's Peace and Security Council said in a statement. Gen. Abdourahamane Tchiani has since named himself head of a transitional government.",
    entities: [
      { text: "ADDIS ABABA", type: 'place' },
      { text: "Ethiopia", type: 'place' },
      { text: "African Union", type: 'organization' },
      { text: "Niger", type: 'place' },
      { text: "Mohamed Bazoum", type: 'person' },
      { text: "Peace and Security Council", type: 'organization' },
      { text: "Abdourahamane Tchiani", type: 'person' },
    ],
    claims: [
      "ADDIS ABABA, Ethiopia — The African Union suspended Niger's membership following the military coup that ousted President Mohamed Bazoum, the bloc's Peace and Security Council said in a statement.",
      "Gen. Abdourahamane Tchiani has since named himself head of a transitional government.",
    ],
  },
  {
    text: "SEOUL, South Korea — South Korea's Constitutional Court unanimously upheld the impeachment of President Yoon Suk Yeol on Friday, removing him from office over his brief declaration of martial law. A snap election must be held within 60 days.",
    entities: [
      { text: "SEOUL", type: 'place' },
      { text: "South Korea", type: 'place' },
      { text: "South Korea", type: 'place' },
      { text: "Constitutional Court", type: 'organization' },
      { text: "Yoon Suk Yeol", type: 'person' },
    ],
    claims: [
      "SEOUL, South Korea — South Korea's Constitutional Court unanimously upheld the impeachment of President Yoon Suk Yeol on Friday, removing him from office over his brief declaration of martial law.",
      "A snap election must be held within 60 days.",
    ],
  },
  {
    text: "TAIPEI, Taiwan — Taiwan's defense ministry said it detected 45 Chinese military aircraft near the island on Wednesday, a day after Lai Ching-te returned from a trip through Hawaii and Guam. Beijing regards Taiwan as its own territory.",
    entities: [
      { text: "TAIPEI", type: 'place' },
      { text: "Taiwan", type: 'place' },
      { text: "Taiwan", type: 'place' },
      { text: "Lai Ching-te", type: 'person' },
      { text: "Hawaii", type: 'place' },
      { text: "Guam", type: 'place' },
      { text: "Beijing", type: 'place' },
      { text: "Taiwan", type: 'place' },
    ],
    claims: [
      "TAIPEI, Taiwan — Taiwan's defense ministry said it detected 45 Chinese military aircraft near the island on Wednesday, a day after Lai Ching-te returned from a trip through Hawaii and Guam.",
      "Beijing regards Taiwan as its own territory.",
    ],
  },
  {
    text: "Shigeru Ishiba was elected president of Japan's Liberal Democratic Party on Friday, clearing the way for him to become prime minister. Ishiba defeated Sanae Takaichi in a runoff, 215 votes to 194.",
    entities: [
      { text: "Shigeru Ishiba", type: 'person' },
      { text: "Japan", type: 'place' },
      { text: "Liberal Democratic Party", type: 'organization' },
      { text: "Ishiba", type: 'person' },
      { text: "Sanae Takaichi", type: 'person' },
    ],
    claims: [
      "Shigeru Ishiba was elected president of Japan's Liberal Democratic Party on Friday, clearing the way for him to become prime minister.",
      "Ishiba defeated Sanae Takaichi in a runoff, 215 votes to 194.",
    ],
  },
  {
    text: "The Fed's Federal Open Market Committee left rates unchanged at 4.25 to 4.5 percent. Chair Jerome Powell told reporters the FOMC was “well positioned to wait” for more clarity on tariffs.",
    entities: [
      { text: "Fed", type: 'organization' },
      { text: "Federal Open Market Committee", type: 'organization' },
      { text: "Jerome Powell", type: 'person' },
      { text: "FOMC", type: 'organization' },
    ],
    claims: [
      "The Fed's Federal Open Market Committee left rates unchanged at 4.25 to 4.5 percent.",
      "Chair Jerome Powell told reporters the FOMC was “well positioned to wait” for more clarity on tariffs.",
    ],
  },
  {
    text: "The Bank of England cut interest rates to 4.75 percent on Thursday, its second reduction this year. Governor Andrew Bailey said future cuts would be “gradual”, warning that Chancellor Rachel Reeves's budget could push up inflation.",
    entities: [
      { text: "Bank of England", type: 'organization' },
      { text: "Andrew Bailey", type: 'person' },
      { text: "Rachel Reeves", type: 'person' },
    ],
    claims: [
      "The Bank of England cut interest rates to 4.75 percent on Thursday, its second reduction this year.",
      "Governor Andrew Bailey said future cuts would be “gradual”, warning that Chancellor Rachel Reeves's budget could push up inflation.",
    ],
  },
  {
    text: "Flights at Heathrow Airport were suspended for most of Friday after a fire at an electrical substation in Hayes cut power to the terminals. British Airways said more than 600 of its flights had been affected.",
    entities: [
      { text: "Heathrow Airport", type: 'place' },
      { text: "Hayes", type: 'place' },
      { text: "British Airways", type: 'organization' },
    ],
    claims: [
      "Flights at Heathrow Airport were suspended for most of Friday after a fire at an electrical substation in Hayes cut power to the terminals.",
      "British Airways said more than 600 of its flights had been affected.",
    ],
  },
  {
    text: "A record 11 climbers died on Mount Everest during the spring season, Nepal's tourism department said. Authorities issued 478 permits, the most since climbing on the peak began.",
    entities: [
      { text: "Mount Everest", type: 'place' },
      { text: "Nepal", type: 'place' },
    ],
    claims: [
      "A record 11 climbers died on Mount Everest during the spring season, Nepal's tourism department said.",
      "Authorities issued 478 permits, the most since climbing on the peak began.",
    ],
  },
  {
    text: "Caltrans will close two lanes of the Golden Gate Bridge overnight this weekend to install a new suicide-deterrent net, the bridge district said. The $217 million project is expected to be finished by January.",
    entities: [
      { text: "Caltrans", type: 'organization' },
      { text: "Golden Gate Bridge", type: 'place' },
    ],
    claims: [
      "Caltrans will close two lanes of the Golden Gate Bridge overnight this weekend to install a new suicide-deterrent net, the bridge district said.",
      "The $217 million project is expected to be finished by January.",
    ],
  },
  {
    text: "Muslims across Indonesia marked Eid al-Fitr on Wednesday, with millions travelling home from Jakarta in an annual exodus known as mudik. The transport ministry estimated that 193 million people would travel during the holiday.",
    entities: [
      { text: "Indonesia", type: 'place' },
      { text: "Jakarta", type: 'place' },
    ],
    claims: [
      "Muslims across Indonesia marked Eid al-Fitr on Wednesday, with millions travelling home from Jakarta in an annual exodus known as mudik.",
      "The transport ministry estimated that 193 million people would travel during the holiday.",
    ],
  },
  {
    text: "Pope Francis celebrated Christmas Eve Mass in St. Peter's Basilica, opening the Holy Door to launch the Catholic Church's 2025 Jubilee year. The Vatican expects 32 million pilgrims to visit Rome during the Jubilee.",
    entities: [
      { text: "Francis", type: 'person' },
      { text: "St. Peter's Basilica", type: 'place' },
      { text: "Catholic Church", type: 'organization' },
      { text: "Vatican", type: 'organization' },
      { text: "Rome", type: 'place' },
    ],
    claims: [
      "Pope Francis celebrated Christmas Eve Mass in St. Peter's Basilica, opening the Holy Door to launch the Catholic Church's 2025 Jubilee year.",
      "The Vatican expects 32 million pilgrims to visit Rome during the Jubilee.",
    ],
  },
  {
    text: "More than 400 million pilgrims attended the Maha Kumbh Mela in Prayagraj, according to the Uttar Pradesh government, making it the largest religious gathering in history. Chief Minister Yogi Adityanath said the festival had generated 3 trillion rupees in economic activity.",
    entities: [
      { text: "Prayagraj", type: 'place' },
      { text: "Uttar Pradesh", type: 'place' },
      { text: "Yogi Adityanath", type: 'person' },
    ],
    claims: [
      "More than 400 million pilgrims attended the Maha Kumbh Mela in Prayagraj, according to the Uttar Pradesh government, making it the largest religious gathering in history.",
      "Chief Minister Yogi Adityanath said the festival had generated 3 trillion rupees in economic activity.",
    ],
  },
  {
    text: "The Supreme Court ruled on Wednesday that the legal definition of a woman under the Equality Act 2010 is based on biological sex. Lord Hodge, the court's deputy president, said the ruling should not be seen as a triumph of one side over another.",
    entities: [
      { text: "Supreme Court", type: 'organization' },
      { text: "Hodge", type: 'person' },
    ],
    claims: [
      "The Supreme Court ruled on Wednesday that the legal definition of a woman under the Equality Act 2010 is based on biological sex.",
      "Lord Hodge, the court's deputy president, said the ruling should not be seen as a triumph of one side over another.",
    ],
  },
  {
    text: "The Supreme Court of India on Monday asked the Election Commission to explain why it had not published booth-level turnout data within 48 hours of polling. A bench headed by Chief Justice Sanjiv Khanna will hear the case again on July 14.",
    entities: [
      { text: "Supreme Court of India", type: 'organization' },
      { text: "Election Commission", type: 'organization' },
      { text: "Sanjiv Khanna", type: 'person' },
    ],
    claims: [
      "The Supreme Court of India on Monday asked the Election Commission to explain why it had not published booth-level turnout data within 48 hours of polling.",
      "A bench headed by Chief Justice Sanjiv Khanna will hear the case again on July 14.",
    ],
  },
  {
    text: "THE HAGUE, Netherlands (AP) — The International Criminal Court issued arrest warrants on Thursday for Benjamin Netanyahu, his former defense minister Yoav Gallant and Hamas commander Mohammed Deif. Israel rejected the decision as “absurd.”",
    entities: [
      { text: "THE HAGUE", type: 'place' },
      { text: "Netherlands", type: 'place' },
      { text: "AP", type: 'organization' },
      { text: "International Criminal Court", type: 'organization' },
      { text: "Benjamin Netanyahu", type: 'person' },
      { text: "Yoav Gallant", type: 'person' },
      { text: "Hamas", type: 'organization' },
      { text: "Mohammed Deif", type: 'person' },
      { text: "Israel", type: 'place' },
    ],
    claims: [
      "THE HAGUE, Netherlands (AP) — The International Criminal Court issued arrest warrants on Thursday for Benjamin Netanyahu, his former defense minister Yoav Gallant and Hamas commander Mohammed Deif.",
      "Israel rejected the decision as “absurd.”",
    ],
  },
  {
    text: "A Manhattan jury found Sean Combs not guilty of sex trafficking and racketeering conspiracy but convicted him on two lesser prostitution-related counts. Judge Arun Subramanian denied bail, and Combs remains held at the Metropolitan Detention Center in Brooklyn.",
    entities: [
      { text: "Manhattan", type: 'place' },
      { text: "Sean Combs", type: 'person' },
      { text: "Arun Subramanian", type: 'person' },
      { text: "Combs", type: 'person' },
      { text: "Metropolitan Detention Center", type: 'place' },
      { text: "Brooklyn", type: 'place' },
    ],
    claims: [
      "A Manhattan jury found Sean Combs not guilty of sex trafficking and racketeering conspiracy but convicted him on two lesser prostitution-related counts.",
      "Judge Arun Subramanian denied bail, and Combs remains held at the Metropolitan Detention Center in Brooklyn.",
    ],
  },
  {
    text: "Three former employees have accused the charity's founder, Marcus Delacroix, of diverting donor funds to pay for a beach house in Cabo San Lucas. Delacroix reportedly resigned from the board last week. Through his lawyer, he denied any wrongdoing.",
    entities: [
      { text: "Marcus Delacroix", type: 'person' },
      { text: "Cabo San Lucas", type: 'place' },
      { text: "Delacroix", type: 'person' },
    ],
    claims: [
      "Three former employees have accused the charity's founder, Marcus Delacroix, of diverting donor funds to pay for a beach house in Cabo San Lucas.",
      "Delacroix reportedly resigned from the board last week.",
      "Through his lawyer, he denied any wrongdoing.",
    ],
  },
  {
    text: "Sources close to the negotiations claim that Paramount Global is nearing a deal to sell a controlling stake to Skydance Media for about $8 billion. Neither company responded to requests for comment.",
    entities: [
      { text: "Paramount Global", type: 'organization' },
      { text: "Skydance Media", type: 'organization' },
    ],
    claims: [
      "Sources close to the negotiations claim that Paramount Global is nearing a deal to sell a controlling stake to Skydance Media for about $8 billion.",
      "Neither company responded to requests for comment.",
    ],
  },
  {
    text: "Sign the petition today and tell the Senate to protect public broadcasting. Call your representative at (202) 224-3121. Every voice counts!",
    entities: [
      { text: "Senate", type: 'organization' },
    ],
    claims: [],
  },
  {
    text: "REDMOND, Wash. — Microsoft Corp. today announced that it will open a new AI research lab in Nairobi in partnership with Strathmore University. The lab will employ 100 researchers by 2027, said Brad Smith, the company's vice chair and president.",
    entities: [
      { text: "REDMOND", type: 'place' },
      { text: "Wash.", type: 'place' },
      { text: "Microsoft Corp.", type: 'organization' },
      { text: "Nairobi", type: 'place' },
      { text: "Strathmore University", type: 'organization' },
      { text: "Brad Smith", type: 'person' },
    ],
    claims: [
      "REDMOND, Wash. — Microsoft Corp. today announced that it will open a new AI research lab in Nairobi in partnership with Strathmore University.",
      "The lab will employ 100 researchers by 2027, said Brad Smith, the company's vice chair and president.",
    ],
  },
  {
    text: "Siemens AG agreed to buy Altair Engineering Inc. for about $10 billion, its biggest acquisition in years. The German industrial group said the deal would strengthen its industrial software business. Shares of Altair rose 8 percent in New York.",
    entities: [
      { text: "Siemens AG", type: 'organization' },
      { text: "Altair Engineering Inc.", type: 'organization' },
      { text: "Altair", type: 'organization' },
      { text: "New York", type: 'place' },
    ],
    claims: [
      "Siemens AG agreed to buy Altair Engineering Inc. for about $10 billion, its biggest acquisition in years.",
      "The German industrial group said the deal would strengthen its industrial software business.",
      "Shares of Altair rose 8 percent in New York.",
    ],
  },
  {
    text: "BP plc will cut 7,700 jobs as part of a cost-saving drive, chief executive Murray Auchincloss said on Thursday. Separately, Thames Water Utilities Ltd. secured a £3 billion emergency loan from its creditors.",
    entities: [
      { text: "BP plc", type: 'organization' },
      { text: "Murray Auchincloss", type: 'person' },
      { text: "Thames Water Utilities Ltd.", type: 'organization' },
    ],
    claims: [
      "BP plc will cut 7,700 jobs as part of a cost-saving drive, chief executive Murray Auchincloss said on Thursday.",
      "Separately, Thames Water Utilities Ltd. secured a £3 billion emergency loan from its creditors.",
    ],
  },
  {
    text: "Samsung Electronics Co. said its second-quarter operating profit plunged 56 percent to 4.6 trillion won, hurt by U.S. export curbs on advanced chips to China. Chairman Lee Jae-yong has vowed to restore the company's technological edge.",
    entities: [
      { text: "Samsung Electronics Co.", type: 'organization' },
      { text: "U.S.", type: 'place' },
      { text: "China", type: 'place' },
      { text: "Lee Jae-yong", type: 'person' },
    ],
    claims: [
      "Samsung Electronics Co. said its second-quarter operating profit plunged 56 percent to 4.6 trillion won, hurt by U.S. export curbs on advanced chips to China.",
      "Chairman Lee Jae-yong has vowed to restore the company's technological edge.",
    ],
  },
  {
    text: "Researchers at MIT and the Allen Institute for AI released an open-source model called OLMo that matches the performance of much larger systems. The team said training cost less than $2 million.",
    entities: [
      { text: "MIT", type: 'organization' },
      { text: "Allen Institute for AI", type: 'organization' },
    ],
    claims: [
      "Researchers at MIT and the Allen Institute for AI released an open-source model called OLMo that matches the performance of much larger systems.",
      "The team said training cost less than $2 million.",
    ],
  },
  {
    text: "NASA astronauts Butch Wilmore and Suni Williams returned home aboard a SpaceX Dragon capsule on Tuesday after more than nine months on the International Space Station. Their capsule splashed down off the coast of Tallahassee, Florida.",
    entities: [
      { text: "NASA", type: 'organization' },
      { text: "Butch Wilmore", type: 'person' },
      { text: "Suni Williams", type: 'person' },
      { text: "SpaceX", type: 'organization' },
      { text: "International Space Station", type: 'place' },
      { text: "Tallahassee", type: 'place' },
      { text: "Florida", type: 'place' },
    ],
    claims: [
      "NASA astronauts Butch Wilmore and Suni Williams returned home aboard a SpaceX Dragon capsule on Tuesday after more than nine months on the International Space Station.",
      "Their capsule splashed down off the coast of Tallahassee, Florida.",
    ],
  },
  {
    text: "The Centers for Disease Control and Prevention reported 1,046 confirmed measles cases across 30 states so far this year, the highest count since 1992. Most of the cases are linked to an outbreak in Gaines County, Texas, where two unvaccinated children died.",
    entities: [
      { text: "Centers for Disease Control and Prevention", type: 'organization' },
      { text: "Gaines County", type: 'place' },
      { text: "Texas", type: 'place' },
    ],
    claims: [
      "The Centers for Disease Control and Prevention reported 1,046 confirmed measles cases across 30 states so far this year, the highest count since 1992.",
      "Most of the cases are linked to an outbreak in Gaines County, Texas, where two unvaccinated children died.",
    ],
  },
  {
    text: "Surgeons at Massachusetts General Hospital transplanted a genetically edited pig kidney into a 66-year-old man from New Hampshire, the hospital said. The patient, Tim Andrews, was discharged after a week.",
    entities: [
      { text: "Massachusetts General Hospital", type: 'organization' },
      { text: "New Hampshire", type: 'place' },
      { text: "Tim Andrews", type: 'person' },
    ],
    claims: [
      "Surgeons at Massachusetts General Hospital transplanted a genetically edited pig kidney into a 66-year-old man from New Hampshire, the hospital said.",
      "The patient, Tim Andrews, was discharged after a week.",
    ],
  },
  {
    text: "A study led by Dr. Ngozi Adeyemi of the University of Lagos found that air pollution in West African cities has risen by a third since 2010. The findings were published on Tuesday.",
    entities: [
      { text: "Ngozi Adeyemi", type: 'person' },
      { text: "University of Lagos", type: 'organization' },
    ],
    claims: [
      "A study led by Dr. Ngozi Adeyemi of the University of Lagos found that air pollution in West African cities has risen by a third since 2010.",
      "The findings were published on Tuesday.",
    ],
  },
  {
    text: "The allegations were first reported by the Guardian, which said it had reviewed internal emails from Unilever. The company said it was “cooperating fully” with regulators in the European Union.",
    entities: [
      { text: "Guardian", type: 'organization' },
      { text: "Unilever", type: 'organization' },
      { text: "European Union", type: 'organization' },
    ],
    claims: [
      "The allegations were first reported by the Guardian, which said it had reviewed internal emails from Unilever.",
      "The company said it was “cooperating fully” with regulators in the European Union.",
    ],
  },
  {
    text: "By Daniel Okafor and Mei Lin Chua\n\nSINGAPORE (Reuters) - Singapore Airlines will compensate passengers injured during severe turbulence on a London-to-Singapore flight, the carrier said on Tuesday. One passenger, a 73-year-old British man, died of a suspected heart attack.",
    entities: [
      { text: "Daniel Okafor", type: 'person' },
      { text: "Mei Lin Chua", type: 'person' },
      { text: "SINGAPORE", type: 'place' },
      { text: "Reuters", type: 'organization' },
      { text: "Singapore Airlines", type: 'organization' },
      { text: "London", type: 'place' },
      { text: "Singapore", type: 'place' },
    ],
    claims: [
      "SINGAPORE (Reuters) - Singapore Airlines will compensate passengers injured during severe turbulence on a London-to-Singapore flight, the carrier said on Tuesday.",
      "One passenger, a 73-year-old British man, died of a suspected heart attack.",
    ],
  },
  {
    text: "Posted by Jenna Morales | June 3, 2024\n\nI've been running the Chicago Marathon for six years now, and this was my worst finish yet. My knee gave out around Mile 20 near Chinatown.",
    entities: [
      { text: "Jenna Morales", type: 'person' },
      { text: "Chinatown", type: 'place' },
    ],
    claims: [],
  },
  {
    text: "The Inflation Reduction Act offers a tax credit of up to $7,500 for buyers of electric vehicles such as the Tesla Model Y and the Chevrolet Equinox EV. Sales of the Model Y fell 12 percent in the first quarter.",
    entities: [],
    claims: [
      "The Inflation Reduction Act offers a tax credit of up to $7,500 for buyers of electric vehicles such as the Tesla Model Y and the Chevrolet Equinox EV.",
      "Sales of the Model Y fell 12 percent in the first quarter.",
    ],
  },
  {
    text: "Ramadan begins in late February this year, and many offices in Dubai will shorten working hours from Monday to Thursday. Schools will close at 1 p.m.",
    entities: [
      { text: "Dubai", type: 'place' },
    ],
    claims: [
      "Ramadan begins in late February this year, and many offices in Dubai will shorten working hours from Monday to Thursday.",
      "Schools will close at 1 p.m.",
    ],
  },
  {
    text: "French, German and Italian officials met in Rome to coordinate their response to the tariffs. The Europeans agreed to present a joint list of countermeasures to the Americans by Friday.",
    entities: [
      { text: "Rome", type: 'place' },
    ],
    claims: [
      "French, German and Italian officials met in Rome to coordinate their response to the tariffs.",
      "The Europeans agreed to present a joint list of countermeasures to the Americans by Friday.",
    ],
  },
  {
    text: "The Pentagon said on Friday it would send an additional 2,000 troops to the southern border, bringing the total deployment to about 9,000. Defense Secretary Pete Hegseth visited troops in El Paso, Texas, on Thursday.",
    entities: [
      { text: "Pentagon", type: 'organization' },
      { text: "Pete Hegseth", type: 'person' },
      { text: "El Paso", type: 'place' },
      { text: "Texas", type: 'place' },
    ],
    claims: [
      "The Pentagon said on Friday it would send an additional 2,000 troops to the southern border, bringing the total deployment to about 9,000.",
      "Defense Secretary Pete Hegseth visited troops in El Paso, Texas, on Thursday.",
    ],
  },
  {
    text: "Democrats picked up three seats in the Virginia House of Delegates, expanding their majority. The Democratic Party of Virginia said turnout among young voters was the highest in a decade, while Republicans blamed low enthusiasm in rural areas.",
    entities: [
      { text: "Virginia House of Delegates", type: 'organization' },
      { text: "Democratic Party of Virginia", type: 'organization' },
    ],
    claims: [
      "Democrats picked up three seats in the Virginia House of Delegates, expanding their majority.",
      "The Democratic Party of Virginia said turnout among young voters was the highest in a decade, while Republicans blamed low enthusiasm in rural areas.",
    ],
  },
  {
    text: "The House passed the stopgap spending bill 217-212 on Tuesday, sending it to the Senate with three days left before a government shutdown. Speaker Mike Johnson lost only one Republican vote, Rep. Thomas Massie of Kentucky.",
    entities: [
      { text: "House", type: 'organization' },
      { text: "Senate", type: 'organization' },
      { text: "Mike Johnson", type: 'person' },
      { text: "Thomas Massie", type: 'person' },
      { text: "Kentucky", type: 'place' },
    ],
    claims: [
      "The House passed the stopgap spending bill 217-212 on Tuesday, sending it to the Senate with three days left before a government shutdown.",
      "Speaker Mike Johnson lost only one Republican vote, Rep. Thomas Massie of Kentucky.",
    ],
  },
  {
    text: "Gov. Gavin Newsom signed an executive order on Wednesday directing California agencies to clear homeless encampments on state property. Los Angeles Mayor Karen Bass said the city would cooperate.",
    entities: [
      { text: "Gavin Newsom", type: 'person' },
      { text: "California", type: 'place' },
      { text: "Los Angeles", type: 'place' },
      { text: "Karen Bass", type: 'person' },
    ],
    claims: [
      "Gov. Gavin Newsom signed an executive order on Wednesday directing California agencies to clear homeless encampments on state property.",
      "Los Angeles Mayor Karen Bass said the city would cooperate.",
    ],
  },
  {
    text: "Ayesha Siddiqui and Lars Øvergaard will co-chair the festival's programming committee, the organizers said. Björn Halvorsen and Nkechi Obi stepped down last month.",
    entities: [
      { text: "Ayesha Siddiqui", type: 'person' },
      { text: "Lars Øvergaard", type: 'person' },
      { text: "Björn Halvorsen", type: 'person' },
      { text: "Nkechi Obi", type: 'person' },
    ],
    claims: [
      "Ayesha Siddiqui and Lars Øvergaard will co-chair the festival's programming committee, the organizers said.",
      "Björn Halvorsen and Nkechi Obi stepped down last month.",
    ],
  },
  {
    text: "Marisol Quintero opened her bakery on Fifth Street in 2019 with a $15,000 loan from her brother. Today it employs eleven people, including her nephew Diego Ferraz.",
    entities: [
      { text: "Marisol Quintero", type: 'person' },
      { text: "Fifth Street", type: 'place' },
      { text: "Diego Ferraz", type: 'person' },
    ],
    claims: [
      "Marisol Quintero opened her bakery on Fifth Street in 2019 with a $15,000 loan from her brother.",
      "Today it employs eleven people, including her nephew Diego Ferraz.",
    ],
  },
  {
    text: "Royal Challengers Bengaluru won their first Indian Premier League title, beating Punjab Kings by six runs in Ahmedabad. Virat Kohli, who has played for the franchise since 2008, wept on the field at Narendra Modi Stadium.",
    entities: [
      { text: "Royal Challengers Bengaluru", type: 'organization' },
      { text: "Indian Premier League", type: 'organization' },
      { text: "Punjab Kings", type: 'organization' },
      { text: "Ahmedabad", type: 'place' },
      { text: "Virat Kohli", type: 'person' },
      { text: "Narendra Modi Stadium", type: 'place' },
    ],
    claims: [
      "Royal Challengers Bengaluru won their first Indian Premier League title, beating Punjab Kings by six runs in Ahmedabad.",
      "Virat Kohli, who has played for the franchise since 2008, wept on the field at Narendra Modi Stadium.",
    ],
  },
  {
    text: "South Africa beat New Zealand 12-11 at the Stade de France to win the Rugby World Cup for a record fourth time. Springboks captain Siya Kolisi lifted the trophy in front of 80,000 fans.",
    entities: [
      { text: "South Africa", type: 'organization' },
      { text: "New Zealand", type: 'organization' },
      { text: "Stade de France", type: 'place' },
      { text: "Springboks", type: 'organization' },
      { text: "Siya Kolisi", type: 'person' },
    ],
    claims: [
      "South Africa beat New Zealand 12-11 at the Stade de France to win the Rugby World Cup for a record fourth time.",
      "Springboks captain Siya Kolisi lifted the trophy in front of 80,000 fans.",
    ],
  },
  {
    text: "Kenyan runner Faith Kipyegon broke her own world record in the women's 1,500 meters at the Prefontaine Classic in Eugene, Oregon, clocking 3:48.68. Kipyegon, 31, has now won the event at three straight Olympic Games.",
    entities: [
      { text: "Faith Kipyegon", type: 'person' },
      { text: "Eugene", type: 'place' },
      { text: "Oregon", type: 'place' },
      { text: "Kipyegon", type: 'person' },
    ],
    claims: [
      "Kenyan runner Faith Kipyegon broke her own world record in the women's 1,500 meters at the Prefontaine Classic in Eugene, Oregon, clocking 3:48.68.",
      "Kipyegon, 31, has now won the event at three straight Olympic Games.",
    ],
  },
  {
    text: "Q: Mr Adebayo, why did Zenith Logistics move its headquarters out of Lagos? A: Rents in Victoria Island doubled in two years. We moved 300 staff to Ibadan in March.",
    entities: [
      { text: "Adebayo", type: 'person' },
      { text: "Zenith Logistics", type: 'organization' },
      { text: "Lagos", type: 'place' },
      { text: "Victoria Island", type: 'place' },
      { text: "Ibadan", type: 'place' },
    ],
    claims: [
      "A: Rents in Victoria Island doubled in two years.",
      "We moved 300 staff to Ibadan in March.",
    ],
  },
  {
    text: "Shohei Ohtani hit his 50th home run of the season as the Los Angeles Dodgers routed the Miami Marlins 20-4 at loanDepot park. Ohtani also stole two bases, becoming the first player in Major League Baseball history with 50 homers and 50 steals in a season.",
    entities: [
      { text: "Shohei Ohtani", type: 'person' },
      { text: "Los Angeles Dodgers", type: 'organization' },
      { text: "Miami Marlins", type: 'organization' },
      { text: "loanDepot park", type: 'place' },
      { text: "Ohtani", type: 'person' },
      { text: "Major League Baseball", type: 'organization' },
    ],
    claims: [
      "Shohei Ohtani hit his 50th home run of the season as the Los Angeles Dodgers routed the Miami Marlins 20-4 at loanDepot park.",
      "Ohtani also stole two bases, becoming the first player in Major League Baseball history with 50 homers and 50 steals in a season.",
    ],
  },
  {
    text: "Taylor Swift's Eras Tour grossed more than $2 billion, making it the highest-grossing concert tour of all time, according to Pollstar. The tour ended in Vancouver in December after 149 shows.",
    entities: [
      { text: "Taylor Swift", type: 'person' },
      { text: "Pollstar", type: 'organization' },
      { text: "Vancouver", type: 'place' },
    ],
    claims: [
      "Taylor Swift's Eras Tour grossed more than $2 billion, making it the highest-grossing concert tour of all time, according to Pollstar.",
      "The tour ended in Vancouver in December after 149 shows.",
    ],
  },
  {
    text: "Han Kang, the South Korean author of “The Vegetarian,” won the Nobel Prize in Literature, the Swedish Academy announced in Stockholm. She is the first Asian woman to receive the award.",
    entities: [
      { text: "Han Kang", type: 'person' },
      { text: "Swedish Academy", type: 'organization' },
      { text: "Stockholm", type: 'place' },
    ],
    claims: [
      "Han Kang, the South Korean author of “The Vegetarian,” won the Nobel Prize in Literature, the Swedish Academy announced in Stockholm.",
      "She is the first Asian woman to receive the award.",
    ],
  },
  {
    text: "“Anora,” directed by Sean Baker, won best picture at the Academy Awards, and Mikey Madison took home best actress. The film was shot largely in Brighton Beach, Brooklyn, and Las Vegas.",
    entities: [
      { text: "Sean Baker", type: 'person' },
      { text: "Mikey Madison", type: 'person' },
      { text: "Brighton Beach", type: 'place' },
      { text: "Brooklyn", type: 'place' },
      { text: "Las Vegas", type: 'place' },
    ],
    claims: [
      "“Anora,” directed by Sean Baker, won best picture at the Academy Awards, and Mikey Madison took home best actress.",
      "The film was shot largely in Brighton Beach, Brooklyn, and Las Vegas.",
    ],
  },
  {
    text: "Chancellor Rachel Reeves likes to talk about growth, but her first budget raised employers' national insurance contributions by £25 billion a year. That is not a plan for growth; it is a tax on jobs. Ministers should think again.",
    entities: [
      { text: "Rachel Reeves", type: 'person' },
    ],
    claims: [
      "Chancellor Rachel Reeves likes to talk about growth, but her first budget raised employers' national insurance contributions by £25 billion a year.",
    ],
  },
  {
    text: "Is Elon Musk running the government? The billionaire's Department of Government Efficiency says it has cut $160 billion in spending, but independent analysts at the Partnership for Public Service put the savings far lower.",
    entities: [
      { text: "Elon Musk", type: 'person' },
      { text: "Department of Government Efficiency", type: 'organization' },
      { text: "Partnership for Public Service", type: 'organization' },
    ],
    claims: [
      "The billionaire's Department of Government Efficiency says it has cut $160 billion in spending, but independent analysts at the Partnership for Public Service put the savings far lower.",
    ],
  },
  {
    text: "X Corp. sued Media Matters for America in federal court in Fort Worth, alleging the watchdog group manipulated the platform to make ads appear next to extremist content. Media Matters called the lawsuit frivolous.",
    entities: [
      { text: "X Corp.", type: 'organization' },
      { text: "Media Matters for America", type: 'organization' },
      { text: "Fort Worth", type: 'place' },
      { text: "Media Matters", type: 'organization' },
    ],
    claims: [
      "X Corp. sued Media Matters for America in federal court in Fort Worth, alleging the watchdog group manipulated the platform to make ads appear next to extremist content.",
      "Media Matters called the lawsuit frivolous.",
    ],
  },
  {
    text: "Washington state's apple harvest is expected to reach 134 million boxes this year, according to the Washington State Tree Fruit Association. Growers in the Yakima Valley say labor costs are their biggest worry.",
    entities: [
      { text: "Washington", type: 'place' },
      { text: "Washington State Tree Fruit Association", type: 'organization' },
      { text: "Yakima Valley", type: 'place' },
    ],
    claims: [
      "Washington state's apple harvest is expected to reach 134 million boxes this year, according to the Washington State Tree Fruit Association.",
      "Growers in the Yakima Valley say labor costs are their biggest worry.",
    ],
  },
  {
    text: "Apple pulled its Advanced Data Protection feature from the UK after the Home Office demanded a backdoor to encrypted iCloud data. The company said it would never build a backdoor into its products.",
    entities: [
      { text: "Apple", type: 'organization' },
      { text: "UK", type: 'place' },
      { text: "Home Office", type: 'organization' },
    ],
    claims: [
      "Apple pulled its Advanced Data Protection feature from the UK after the Home Office demanded a backdoor to encrypted iCloud data.",
      "The company said it would never build a backdoor into its products.",
    ],
  },
  {
    text: "A magnitude 7.5 earthquake struck the Noto Peninsula on New Year's Day, killing at least 240 people and destroying thousands of homes in Wajima. The Japan Meteorological Agency issued a major tsunami warning for the coast of Ishikawa Prefecture.",
    entities: [
      { text: "Noto Peninsula", type: 'place' },
      { text: "Wajima", type: 'place' },
      { text: "Japan Meteorological Agency", type: 'organization' },
      { text: "Ishikawa Prefecture", type: 'place' },
    ],
    claims: [
      "A magnitude 7.5 earthquake struck the Noto Peninsula on New Year's Day, killing at least 240 people and destroying thousands of homes in Wajima.",
      "The Japan Meteorological Agency issued a major tsunami warning for the coast of Ishikawa Prefecture.",
    ],
  },
  {
    text: "MANILA, Philippines — Former Philippine President Rodrigo Duterte was arrested at Manila's international airport on Tuesday on a warrant from the International Criminal Court over his deadly war on drugs. His daughter, Vice President Sara Duterte, called the arrest “oppression.”",
    entities: [
      { text: "MANILA", type: 'place' },
      { text: "Philippines", type: 'place' },
      { text: "Rodrigo Duterte", type: 'person' },
      { text: "Manila", type: 'place' },
      { text: "International Criminal Court", type: 'organization' },
      { text: "Sara Duterte", type: 'person' },
    ],
    claims: [
      "MANILA, Philippines — Former Philippine President Rodrigo Duterte was arrested at Manila's international airport on Tuesday on a warrant from the International Criminal Court over his deadly war on drugs.",
      "His daughter, Vice President Sara Duterte, called the arrest “oppression.”",
    ],
  },
  {
    text: "ISLAMABAD — A Pakistani court sentenced former prime minister Imran Khan to 14 years in prison in a land corruption case, his party said. Pakistan Tehreek-e-Insaf called the verdict politically motivated and said it would appeal to the Islamabad High Court.",
    entities: [
      { text: "ISLAMABAD", type: 'place' },
      { text: "Imran Khan", type: 'person' },
      { text: "Pakistan Tehreek-e-Insaf", type: 'organization' },
      { text: "Islamabad High Court", type: 'organization' },
    ],
    claims: [
      "ISLAMABAD — A Pakistani court sentenced former prime minister Imran Khan to 14 years in prison in a land corruption case, his party said.",
      "Pakistan Tehreek-e-Insaf called the verdict politically motivated and said it would appeal to the Islamabad High Court.",
    ],
  },
  {
    text: "BAGHDAD — Iraqi Prime Minister Mohammed Shia al-Sudani met leaders of the Popular Mobilization Forces on Saturday to discuss integrating the militias into the armed forces. Al-Sudani's office said the meeting was “positive.”",
    entities: [
      { text: "BAGHDAD", type: 'place' },
      { text: "Mohammed Shia al-Sudani", type: 'person' },
      { text: "Popular Mobilization Forces", type: 'organization' },
      { text: "Al-Sudani", type: 'person' },
    ],
    claims: [
      "BAGHDAD — Iraqi Prime Minister Mohammed Shia al-Sudani met leaders of the Popular Mobilization Forces on Saturday to discuss integrating the militias into the armed forces.",
      "Al-Sudani's office said the meeting was “positive.”",
    ],
  },
  {
    text: "DOHA, Qatar — Egyptian and Qatari mediators presented a new ceasefire proposal to Hamas on Monday, according to two officials briefed on the talks who spoke on condition of anonymity. Sheikh Mohammed bin Abdulrahman Al Thani, Qatar's prime minister, said the gaps were narrowing.",
    entities: [
      { text: "DOHA", type: 'place' },
      { text: "Qatar", type: 'place' },
      { text: "Hamas", type: 'organization' },
      { text: "Mohammed bin Abdulrahman Al Thani", type: 'person' },
      { text: "Qatar", type: 'place' },
    ],
    claims: [
      "DOHA, Qatar — Egyptian and Qatari mediators presented a new ceasefire proposal to Hamas on Monday, according to two officials briefed on the talks who spoke on condition of anonymity.",
      "Sheikh Mohammed bin Abdulrahman Al Thani, Qatar's prime minister, said the gaps were narrowing.",
    ],
  },
  {
    text: "The European Parliament voted 399 to 172 to condemn Hungary's new law restricting foreign funding of NGOs. Hungarian Prime Minister Viktor Orbán dismissed the vote, saying Brussels had no right to interfere.",
    entities: [
      { text: "European Parliament", type: 'organization' },
      { text: "Hungary", type: 'place' },
      { text: "Viktor Orbán", type: 'person' },
      { text: "Brussels", type: 'place' },
    ],
    claims: [
      "The European Parliament voted 399 to 172 to condemn Hungary's new law restricting foreign funding of NGOs.",
      "Hungarian Prime Minister Viktor Orbán dismissed the vote, saying Brussels had no right to interfere.",
    ],
  },
  {
    text: "PORT SUDAN, Sudan — The Rapid Support Forces shelled a displacement camp near El Fasher for a third day, killing at least 30 people, according to the Sudan Doctors Network. The paramilitary group has besieged the city since May.",
    entities: [
      { text: "PORT SUDAN", type: 'place' },
      { text: "Sudan", type: 'place' },
      { text: "Rapid Support Forces", type: 'organization' },
      { text: "El Fasher", type: 'place' },
      { text: "Sudan Doctors Network", type: 'organization' },
    ],
    claims: [
      "PORT SUDAN, Sudan — The Rapid Support Forces shelled a displacement camp near El Fasher for a third day, killing at least 30 people, according to the Sudan Doctors Network.",
      "The paramilitary group has besieged the city since May.",
    ],
  },
  {
    text: "Judge Amit Mehta ruled that Google had illegally maintained a monopoly in online search, in part by paying Apple and Samsung billions of dollars to be the default search engine on their devices. Alphabet Inc. said it would appeal.",
    entities: [
      { text: "Amit Mehta", type: 'person' },
      { text: "Google", type: 'organization' },
      { text: "Apple", type: 'organization' },
      { text: "Samsung", type: 'organization' },
      { text: "Alphabet Inc.", type: 'organization' },
    ],
    claims: [
      "Judge Amit Mehta ruled that Google had illegally maintained a monopoly in online search, in part by paying Apple and Samsung billions of dollars to be the default search engine on their devices.",
      "Alphabet Inc. said it would appeal.",
    ],
  },
  {
    text: "Everyone at Lumenfold is buzzing about what's coming next! Huge thanks to everyone in the Berlin community who tested early builds. Try it out and let us know what you think.",
    entities: [
      { text: "Lumenfold", type: 'organization' },
      { text: "Berlin", type: 'place' },
    ],
    claims: [],
  },
];
