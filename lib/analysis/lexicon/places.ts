// Place names a reader expects to be recognised even when the sentence gives no cue:
// countries, major cities and regions. Kept general (no article-specific names); lower case.

const COUNTRIES = `afghanistan albania algeria andorra angola argentina armenia australia austria azerbaijan
bahamas bahrain bangladesh barbados belarus belgium belize benin bhutan bolivia bosnia botswana brazil
brunei bulgaria burkina burundi cambodia cameroon canada chad chile china colombia comoros congo
croatia cuba cyprus czechia denmark djibouti dominica ecuador egypt eritrea estonia eswatini ethiopia
fiji finland france gabon gambia georgia germany ghana greece grenada guatemala guinea guyana haiti
honduras hungary iceland india indonesia iran iraq ireland israel italy jamaica japan jordan kazakhstan
kenya kiribati kosovo kuwait kyrgyzstan laos latvia lebanon lesotho liberia libya liechtenstein
lithuania luxembourg madagascar malawi malaysia maldives mali malta mauritania mauritius mexico
micronesia moldova monaco mongolia montenegro morocco mozambique myanmar namibia nauru nepal
netherlands nicaragua niger nigeria norway oman pakistan palau palestine panama paraguay peru
philippines poland portugal qatar romania russia rwanda samoa senegal serbia seychelles singapore
slovakia slovenia somalia spain sudan suriname sweden switzerland syria taiwan tajikistan tanzania
thailand togo tonga tunisia turkey turkmenistan tuvalu uganda ukraine uruguay uzbekistan vanuatu
venezuela vietnam yemen zambia zimbabwe england scotland wales britain america earth mars jupiter saturn`;

const MULTI_WORD = `united states|united kingdom|united arab emirates|saudi arabia|south africa|south korea|
north korea|new zealand|sri lanka|costa rica|el salvador|ivory coast|czech republic|dominican republic|
central african republic|south sudan|east timor|papua new guinea|sierra leone|bosnia and herzegovina|
north macedonia|northern ireland|hong kong|new york|los angeles|san francisco|new delhi|tel aviv|
rio de janeiro|sao paulo|buenos aires|mexico city|cape town|abu dhabi|kuala lumpur|st petersburg|
middle east|north africa|west africa|east africa|southeast asia|south asia|central asia|east asia|
north america|south america|latin america|central america|western europe|eastern europe|
west bank|gaza strip|persian gulf|silicon valley|new delhi|sao paulo|são paulo|port talbot|old trafford|
strait of hormuz|puerto rico|tamil nadu|khan yunis|taiwan strait|red sea|black sea|south china sea|horn of africa|wall street|capitol hill|
new jersey|new mexico|new hampshire|north carolina|south carolina|north dakota|south dakota|
west virginia|rhode island|washington dc|las vegas|san diego|new orleans|st louis`;

const CITIES_AND_REGIONS = `london paris berlin madrid rome lisbon dublin brussels amsterdam vienna prague warsaw
budapest bucharest athens istanbul ankara moscow kyiv kiev minsk stockholm oslo copenhagen helsinki
geneva zurich munich frankfurt hamburg milan naples barcelona seville marseille lyon manchester
birmingham liverpool glasgow edinburgh leeds bristol washington chicago boston houston dallas
phoenix philadelphia atlanta miami seattle denver detroit baltimore toronto montreal vancouver ottawa
beijing shanghai tokyo seoul delhi mumbai kolkata chennai karachi lahore islamabad dhaka kabul
tehran baghdad damascus aleppo beirut amman jerusalem gaza cairo riyadh jeddah doha dubai mosul
nairobi lagos abuja johannesburg addis kinshasa khartoum tripoli tunis algiers casablanca dakar
sydney melbourne jakarta manila bangkok hanoi singapore caracas bogota lima santiago havana
europe asia africa oceania antarctica arctic siberia crimea donbas kashmir kurdistan balkans
caucasus scandinavia sahel catalonia bavaria texas california florida arizona ohio michigan
alaska hawaii oregon nevada utah iowa georgia virginia massachusetts pennsylvania illinois
lincolnshire yorkshire kent essex cornwall quebec ontario alberta normandy andalusia
amazon manhattan brooklyn queens bronx malmö malmo gothenburg tbilisi yerevan baku amman riyadh
marrakech rabat accra kampala kigali harare lusaka luanda maputo galway cork belfast cardiff
swansea sheffield newcastle nottingham leicester oxford cambridge brighton york bath cairns brisbane
perth adelaide canberra darwin hobart auckland wellington christchurch bengaluru bangalore hyderabad
pune ahmedabad jaipur lucknow dhaka colombo kathmandu karachi tashkent almaty astana ankara izmir
gdansk krakow kraków lviv kharkiv odesa odessa mariupol bakhmut zaporizhzhia dnipro kherson donetsk
luhansk sevastopol gaza rafah jenin ramallah hebron haifa sinai golan idlib homs latakia
indiana kansas kentucky louisiana maine maryland minnesota mississippi missouri montana nebraska
oklahoma tennessee vermont wisconsin wyoming colorado connecticut delaware idaho alabama arkansas
queensland victoria tasmania greenland hawaii bengal punjab kerala gujarat maharashtra
bihar assam kashmir tibet xinjiang macau okinawa hokkaido sicily sardinia
corsica bavaria saxony lombardy tuscany flanders wallonia provence brittany
rhine danube nile thames mekong ganges yangtze mississippi volga dnipro dnieper euphrates tigris
indus seine elbe zambezi limpopo orinoco himalayas alps andes pyrenees urals sahara`;

function words(list: string, sep: RegExp): string[] {
  return list.split(sep).map((w) => w.trim()).filter(Boolean);
}

/** Lower-case single- and multi-word place names. */
export const PLACE_NAMES: ReadonlySet<string> = new Set([
  ...words(COUNTRIES, /\s+/),
  ...words(CITIES_AND_REGIONS, /\s+/),
  ...words(MULTI_WORD, /\|/),
]);

/** Acronyms that name places (upper case, dots removed). */
export const PLACE_ACRONYMS: ReadonlySet<string> = new Set(['US', 'USA', 'UK', 'UAE', 'DRC', 'PRC', 'DC']);

/** Different names for one place, so mentions merge: key → canonical lower-case name. */
export const PLACE_ALIASES: Readonly<Record<string, string>> = {
  us: 'united states',
  usa: 'united states',
  america: 'united states',
  uk: 'united kingdom',
  britain: 'united kingdom',
  uae: 'united arab emirates',
  kiev: 'kyiv',
};

/** Words after a capitalised run that make it a place ("Maricopa County", "Carr Lane"). */
export const PLACE_HEADS: ReadonlySet<string> = new Set(
  words(
    `county city province region district island islands mountains mountain river lake valley sea ocean
     gulf bay street avenue road lane square strait peninsula desert coast heights hills state oblast
     governorate prefecture borough village town mall airport station stadium arena bridge plaza park
     beach harbour harbor canal glacier freeway highway motorway expressway boulevard canyon falls
     reservoir forest volcano peninsula archipelago atoll plateau delta basin creek estuary lagoon
     fjord reef wetlands straits gorge territory territories`,
    /\s+/,
  ),
);

/** First words that make a run a place ("Mount Everest", "Lake Victoria", "Cape Horn"). */
export const PLACE_PREFIXES: ReadonlySet<string> = new Set(words('mount mt mt. lake cape isle isla port fort loch', /\s+/));

/** Words that turn a place into a part of it ("East Java", "Greater Manchester", "Central London"). */
export const GEO_MODIFIERS: ReadonlySet<string> = new Set(
  words(
    `north south east west northern southern eastern western central greater upper lower inner outer
     new old downtown rural coastal metropolitan northeast northwest southeast southwest north-east
     north-west south-east south-west mid far`,
    /\s+/,
  ),
);

/** Lower-case words right after a name that say the name is a place ("Riverside city council"). */
export const PLACE_RIGHT_CUES: ReadonlySet<string> = new Set(
  words('city county council province region airport borough municipality residents district governorate', /\s+/),
);

/**
 * Adjectives of nationality or region. Alone they are not entities ("Russian forces"); followed by
 * an organisation word they can start one ("Syrian Arab Army").
 */
export const DEMONYMS: ReadonlySet<string> = new Set(
  words(
    `american russian syrian iraqi iranian saudi afghan turkish kurdish israeli palestinian lebanese
     jordanian egyptian libyan yemeni qatari emirati british english scottish welsh irish french german
     italian spanish portuguese dutch belgian swiss austrian polish czech hungarian romanian greek
     ukrainian belarusian georgian armenian chinese japanese korean indian pakistani bangladeshi
     tajik uzbek kazakh kyrgyz turkmen chechen african nigerian kenyan ethiopian somali sudanese
     senegalese south canadian mexican brazilian argentine venezuelan colombian cuban australian
     european asian arab arabic western eastern northern southern islamic islamist jihadi muslim christian jewish
     sunni shia shiite norwegian swedish danish finnish andalusian catalan basque
     kurds arabs americans russians syrians europeans`,
    /\s+/,
  ),
);
