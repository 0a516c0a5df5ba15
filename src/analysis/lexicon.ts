// Word lists the rules rely on. All entries are lower case with straight apostrophes; look words up
// with `lowerWord` (tokens.ts) so that "Trump’s" and "Trump's" read the same.
import { isWordCode } from './chars';
import type { Token } from './tokens';

const words = (list: string): Set<string> => new Set(list.trim().split(/\s+/));

/** Regular verb forms: base, 3rd person, past, -ing. Handles final e, consonant + y and doubled consonants. */
function inflect(base: string): string[] {
  const doubled = /^(admit|quip|commit|regret|plan|stop|drop|chat|snap|beg|jot|text)$/.test(base);
  if (base.endsWith('e')) return [base, `${base}s`, `${base}d`, `${base.slice(0, -1)}ing`];
  if (/[^aeiou]y$/.test(base)) return [base, `${base.slice(0, -1)}ies`, `${base.slice(0, -1)}ied`, `${base}ing`];
  const last = base.slice(-1);
  const stem = doubled ? base + last : base;
  const third = /(s|sh|ch|x|z)$/.test(base) ? `${base}es` : `${base}s`;
  return [base, third, `${stem}ed`, `${stem}ing`];
}

function verbs(regular: string, irregular = ''): Set<string> {
  const set = new Set<string>();
  for (const base of regular.trim().split(/\s+/)) for (const form of inflect(base)) set.add(form);
  for (const form of irregular.trim().split(/\s+/).filter(Boolean)) set.add(form);
  return set;
}

/** Verbs of saying that can stand right next to a quote and invert ("…,” said Aron). */
export const SPEECH_VERBS = verbs(
  `add ask explain note state declare insist argue warn claim continue recall reply respond answer acknowledge
   admit announce observe remark suggest stress emphasize emphasise comment tweet post joke concede caution
   conclude predict urge quip lament complain boast counter contend maintain reiterate agree estimate testify
   shout exclaim whisper wonder muse assert allege confirm deny vow pledge promise report reveal recount offer
   chime interject murmur mutter sigh laugh scoff snap retort yell scream cry plead beg proclaim opine text
   email message explain recall reason rule caution advise inform acknowledge insist explain chant repeat`,
  `say says said saying write writes wrote writing written`,
);

/** Verbs that report or judge what someone said but do not invert: "told reporters", "praised Putin as “smart”". */
export const JUDGING_VERBS = verbs(
  `describe call dismiss praise hail criticize criticise accuse blast slam mock denounce condemn label brand
   fault thank welcome tout demand propose question challenge dub characterize characterise compare defend
   disagree object protest lambast lambaste attack rebuke applaud credit blame pan remember`,
  `tell tells told telling speak speaks spoke speaking spoken put puts putting sum sums summed summing`,
);

/** Verbs of thinking that introduce reported speech ("expected that …") but rarely a direct quote. */
export const THOUGHT_VERBS = verbs(
  `believe expect hope fear worry reckon forecast speculate theorize theorise doubt`,
  `think thinks thought thinking feel feels felt feeling`,
);

/** Verbs that may take a reported clause ("asserts that …", "hailed Trump for …"). */
export const REPORTING_VERBS = new Set([...SPEECH_VERBS, ...THOUGHT_VERBS, ...verbs('hail warn urge accuse praise blame', 'tell tells told')]);

/** -ing forms after a comma take the subject of the main clause: "…, telling a rally that …". */
export function isParticiple(word: Token): boolean {
  return word.endsWithLower('ing');
}

export const AUXILIARIES = words(`has have had having will would could should can may might must shall did does do is are was were
  be been being 's 'd 'll not n't never also`);

export const ADVERBS = words(`also then later now still once again repeatedly previously recently earlier further nonetheless
  nevertheless however too even just simply already often never always since only first last more most less
  nonetheless meanwhile instead yet soon subsequently ultimately eventually initially finally long separately
  reportedly allegedly apparently reluctantly partly somewhat even rather quite very much well so`);

export const TIME_WORDS = words(`monday tuesday wednesday thursday friday saturday sunday today yesterday tomorrow tonight
  morning afternoon evening night week weekend month year day hour minute time era decade
  january february march april may june july august september october november december jan feb mar apr jun jul
  aug sep sept oct nov dec spring summer autumn fall winter earlier later last this next past recent`);

export const MONTHS_AND_DAYS = words(`monday tuesday wednesday thursday friday saturday sunday january february march april may june
  july august september october november december jan jan. feb feb. mar mar. apr apr. jun jun. jul jul. aug aug. sep
  sep. sept sept. oct oct. nov nov. dec dec. christmas easter ramadan eid thanksgiving`);

export const PREPOSITIONS = words(`of in on at to from by with without into onto upon about above after against along amid amidst
  among around as before behind below beneath beside besides between beyond despite during except inside like near off
  outside over past per since than through throughout till toward towards under underneath unlike until up via within
  for`);

export const DETERMINERS = words(`the a an this that these those his her their its our my your some any each every another no`);

/** Words that join clauses, verbs or names, as the attribution grammar reads them: "and", "but", "then". */
export const CONJUNCTIONS = words(`and but or nor so yet then still also`);

export const SUBJECT_PRONOUNS = words(`he she`);
export const OTHER_PRONOUNS = words(`i we they it you who which that one`);

/** Capitalised words that never begin or continue a person's name. */
export const NOT_NAME_WORDS = words(`the a an and or but nor so yet for of in on at to from by with without into onto upon about
  above after against along amid among around as before behind below beneath beside besides between beyond despite
  during except inside like near off outside over past per since than through throughout till toward towards under
  until up via within i me my we our us you your he him his she her it its they them their this that these those there
  here what which who whom whose when where why how if then else while although though because unless whether all any
  both each every few many more most much no not none some such only own same other another also just even still now
  later today yesterday tomorrow tonight meanwhile however moreover furthermore nevertheless nonetheless instead indeed
  perhaps maybe yes ok please thanks thank ahead based according asked once last next first second third breaking
  update updated read watch source link scroll top share click subscribe advertisement photo photos video image file
  editor note notes reporting writing additional related more sign log menu home search follow comments comment
  section story stories opinion analysis live news latest trending subscribe newsletter getty ap afp reuters
  is are was were be been has have had do does did will would can could should may might must shall
  mr mrs ms dr god covid coronavirus internet web online one two three four five six seven eight nine ten eleven
  twelve dozens hundreds thousands millions several both many people residents officials police critics experts
  analysts authorities others everyone everybody nobody somebody someone anyone anybody children parents families
  voters workers staff students patients citizens locals neighbours neighbors protesters supporters opponents
  investors shoppers fans witnesses survivors victims doctors nurses teachers farmers drivers passengers`);

/** Organisation words that are also common surnames or first names: "Bill Fenton", "Jude Law", "Doris Day". */
export const WEAK_ORGANIZATION_WORDS = words(`bill act law day week war post press index report survey poll tour series games cup
  prize award awards plan watch monitor trust capital partners front media records review summit fund bank force guard
  mission command club team studio studios solutions forum project program festival library museum clinic campaign
  movement house`);

/** Common irregular past tenses: verbs, never role words before a name ("met economist …"). */
export const IRREGULAR_PAST = words(`met saw hit led got put let made took gave left won lost beat sent brought bought taught
  fought sought thought told said became began ran came went knew threw drew grew wrote spoke held kept paid heard`);

/** Name particles written in lower case inside a name: "Ursula von der Leyen", "Luiz Inácio Lula da Silva". */
export const PARTICLES = words(`de da das do dos del della der den di du la le van von ter ten bin binti ibn al el st zu y e a/l a/p`);

/** Honorifics that also tell a person's gender. */
export const HONORIFICS = new Map<string, 'm' | 'f' | null>([
  ['mr', 'm'], ['mr.', 'm'], ['mrs', 'f'], ['mrs.', 'f'], ['ms', 'f'], ['ms.', 'f'], ['miss', 'f'], ['mx', null],
  ['mx.', null], ['sir', 'm'], ['dame', 'f'], ['lord', 'm'], ['lady', 'f'], ['king', 'm'], ['queen', 'f'],
  ['prince', 'm'], ['princess', 'f'], ['baroness', 'f'], ['baron', 'm'], ['dr', null], ['dr.', null],
  ['shri', 'm'], ['sri', null], ['smt', 'f'], ['smt.', 'f'], ['shrimati', 'f'], ['datuk', null], ['datin', 'f'], ['seri', null],
  ['madam', 'f'], ['madame', 'f'], ['chaudhry', 'm'], ['mian', 'm'], ['yb', null], ['dato', null], ["dato'", null], ['tun', null], ['puan', 'f'], ['encik', 'm'], ['hon', null], ['hon.', null], ['rt', null], ['rt.', null],
  // Philippine forms of address for a lawyer and an engineer: "Atty. Jose Dimaculangan".
  ['atty', null], ['atty.', null], ['engr', null], ['engr.', null],
  // Of one who made the pilgrimage to Mecca, in West Africa and South-East Asia: "Alhaji Musa Garba".
  ['alhaji', 'm'], ['alhaja', 'f'], ['hajia', 'f'], ['haji', 'm'], ['hajjah', 'f'],
]);

/** Role nouns that tell a person's gender: "His daughter, Celeste …" is a woman. */
export const GENDERED_ROLE_NOUNS = new Map<string, 'm' | 'f'>([
  ...[...words(`mother daughter wife widow sister aunt niece grandmother granddaughter stepmother stepdaughter girlfriend
    woman girl spokeswoman chairwoman congresswoman businesswoman sportswoman actress waitress councilwoman policewoman
    mother-of-two mother-of-three mother-of-four grandmother-of-five`)].map((word) => [word, 'f'] as const),
  ...[...words(`father son husband widower brother uncle nephew grandfather grandson stepfather stepson boyfriend man boy
    spokesman congressman businessman sportsman actor waiter councilman policeman father-of-two father-of-three`)].map((word) => [word, 'm'] as const),
]);

/** Title words written before a name ("President", "Sen.", "Vice", "Secretary"). */
export const TITLES = words(`president vice prime minister secretary sen sen. senator rep rep. representative congressman
  congresswoman gov gov. governor lt lt. lieutenant mayor dr dr. doctor mr mr. mrs mrs. ms ms. miss mx mx. prof prof.
  professor gen gen. general col col. colonel maj maj. major capt capt. captain sgt sgt. sergeant adm adm. admiral cmdr
  cmdr. commander judge justice chancellor king queen prince princess pope sheikh sheik emir ayatollah ambassador
  chairman chairwoman chair commissioner director chief ceo cfo coo speaker leader rabbi rev rev. reverend father
  bishop archbishop cardinal coach detective det det. officer sheriff deputy attorney premier dame sir lord lady
  di dci ds dc pc shri sri smt smt. shrimati madam madame chaudhry mian yb datuk datin seri dato dato' tun puan encik hon hon. rt rt. baroness baron councillor cllr cllr. councilman councilwoman councilmember alderman inspector superintendent supt supt. atty atty. engr engr. alhaji alhaja hajia haji hajjah
  constable pastor imam trooper agent corporal cpl cpl. pfc private spokesman spokeswoman spokesperson
  taoiseach tánaiste tanaiste td brigadier opposition
  attorney-general secretary-general president-elect vice-president first former then-president acting interim
  executive managing supreme crown assemblyman assemblywoman assemblymember delegate mp mep state foreign defense
  defence interior finance health education home treasury labor labour energy transport commerce trade justice
  environment agriculture culture economy economic national security homeland lawmaker`);

/** Title words that name an office but never stand alone before a surname as a person's title. */
export const OFFICE_WORDS = words(`state foreign defense defence interior finance health education home treasury labor labour
  energy transport commerce trade justice environment agriculture culture economy economic national security homeland
  first former acting interim executive managing supreme crown vice prime then-president lawmaker`);

/** Nationality, party and other proper adjectives that may precede a title or role. */
export const PROPER_ADJECTIVES = words(`american us u.s. usa british uk u.k. english scottish welsh irish french german italian spanish
  portuguese dutch belgian swiss austrian swedish norwegian danish finnish polish czech slovak hungarian romanian
  bulgarian greek turkish russian ukrainian belarusian georgian armenian azerbaijani kazakh israeli palestinian lebanese
  syrian iraqi iranian saudi emirati qatari kuwaiti jordanian egyptian libyan tunisian algerian moroccan sudanese
  ethiopian kenyan nigerian ghanaian chinese japanese korean taiwanese indian pakistani afghan bangladeshi nepalese thai
  vietnamese filipino indonesian malaysian singaporean australian canadian mexican brazilian argentine argentinian
  chilean colombian venezuelan peruvian cuban haitian european african asian arab western eastern northern southern
  democratic republican democrat labour conservative tory liberal green socialist communist kremlin soviet catholic
  christian muslim jewish sunni shia shiite hindu buddhist kurdish gop eu un nato serbian croatian bosnian slovenian
  estonian latvian lithuanian moldovan icelandic maltese cypriot yemeni omani bahraini somali ugandan tanzanian
  rwandan congolese zimbabwean zambian angolan senegalese malian cameroonian ivorian south north new former`);

/** Nouns naming a person's role: the head of "the Russian leader", "a senior fellow at …". */
export const ROLE_NOUNS = words(`seismologist volcanologist glaciologist astrophysicist forecaster screenwriter composer choreographer cinematographer skipper fly-half scrum-half full-back all-rounder
  debutant umpire youngster teenager rookie newcomer servant passer-by usher attendee onlooker bystander diner tourist
  visitor pilgrim fisherwoman monk nun fan patron counsel co-author coauthor aunt uncle niece nephew cousin grandson granddaughter stepfather stepmother fiance fiancee girlfriend boyfriend president leader minister secretary senator representative congressman congresswoman lawmaker
  legislator governor mayor official spokesman spokeswoman spokesperson director chief head chairman chairwoman chair ceo
  cfo coo founder co-founder cofounder manager coach player analyst expert economist professor researcher scientist
  fellow scholar historian author writer journalist reporter correspondent editor columnist commentator lawyer attorney
  judge justice prosecutor officer commander general soldier ambassador diplomat envoy adviser advisor aide strategist
  consultant pollster candidate nominee challenger incumbent opponent rival ally mate partner member activist organizer
  organiser campaigner advocate resident student teacher nurse doctor physician surgeon worker farmer owner businessman
  businesswoman tycoon billionaire mogul entrepreneur investor banker trader star actor actress singer musician artist
  rapper producer athlete striker midfielder defender goalkeeper captain referee pilot driver veteran survivor victim
  witness mother father son daughter wife husband brother sister friend neighbor neighbour parent grandmother
  grandfather pastor priest bishop rabbi imam cleric monarch king queen prince princess emperor dictator strongman
  premier chancellor speaker whip deputy secretary-general commissioner regulator inspector detective sheriff
  superintendent principal dean provost lecturer delegate negotiator mediator observer monitor specialist engineer
  designer architect developer programmer agent trooper firefighter paramedic staffer employee administrator
  coordinator supervisor president-elect vice-president treasurer auditor comptroller attorney-general solicitor
  barrister magistrate councillor councilor councilman councilwoman alderman assemblyman assemblywoman mp mep
  democrat republican conservative liberal socialist communist progressive moderate populist nationalist
  executive chairperson boss owner proprietor landlord tenant citizen voter supporter critic opponent protester
  demonstrator official officials clerk secretary-treasurer minister-president vice-chancellor pm governor-general
  physicist chemist biologist epidemiologist virologist psychologist psychiatrist sociologist anthropologist
  archaeologist lecturer researcher academic pundit blogger influencer podcaster host anchor presenter broadcaster
  filmmaker novelist poet playwright photographer comedian dancer model designer chef farmer fisherman miner
  mechanic electrician plumber carpenter contractor developer investor shareholder lender borrower homeowner
  pensioner retiree widow widower orphan refugee migrant immigrant asylum-seeker prisoner inmate detainee suspect
  defendant plaintiff complainant accuser victim hostage survivor eyewitness volunteer donor patient physician
  mother-of-two father-of-three grandmother-of-five businessperson sportsman sportswoman cricketer footballer
  boxer wrestler swimmer runner cyclist golfer tennis skier sprinter champion olympian medallist medalist
  substitute winger forward playmaker quarterback pitcher batter bowler batsman jockey trainer
  schoolteacher headteacher headmaster headmistress tutor accountant rapporteur counterpart vlogger youtuber
  songstress singer-songwriter waiter waitress cashier bartender barista hairdresser barber librarian
  pharmacist dentist veterinarian midwife carer caregiver nanny housekeeper janitor caretaker gardener
  labourer laborer builder bricklayer welder technician trucker courier postman postwoman shopkeeper
  storekeeper grocer baker butcher tailor vendor salesman saleswoman realtor broker lobbyist publicist
  publisher translator interpreter curator archivist astronomer geologist oceanographer climatologist
  meteorologist ecologist botanist zoologist neuroscientist neurologist cardiologist oncologist
  paediatrician pediatrician obstetrician radiologist anaesthetist anesthesiologist dermatologist
  pathologist geneticist immunologist nutritionist dietitian therapist counsellor counselor statistician
  mathematician demographer criminologist philosopher theologian linguist surveyor investigator ombudsman
  consul undersecretary under-secretary registrar coroner juror paralegal intern apprentice trainee pupil
  undergraduate postgraduate colleague teammate classmate roommate flatmate housemate spouse stepson
  stepdaughter sibling grandparent conman fraudster smuggler trafficker gunman assailant motorist
  pedestrian commuter passenger shopper customer spectator villager landlady herder shepherd rancher
  grower winemaker brewer beekeeper
  year-old`);

/** Nouns that make an appositive describe an organisation: "Lumora, a chip startup, …". */
export const ORGANIZATION_NOUNS = words(`company firm startup start-up group maker manufacturer carmaker automaker airline bank lender
  insurer retailer chain platform network broadcaster publisher newspaper agency organization organisation charity
  nonprofit non-profit union party team club university school college hospital app service website fund brand label
  conglomerate subsidiary unit division producer supplier distributor operator utility developer exchange regulator
  ministry department council committee commission government administration coalition alliance movement outlet
  magazine channel studio`);

/** Lower-case modifiers that may stand in a role before a name ("the investigative reporter Bob Woodward"). */
export const ROLE_MODIFIERS = words(`former senior junior chief deputy top acting interim vice executive political investigative
  economic foreign military independent leading prominent longtime long-time veteran retired local national state
  federal general assistant associate managing lead principal founding regional international global visiting adjunct
  emeritus distinguished special outgoing incoming incumbent current then first second third new young old elderly
  wealthy famous renowned celebrated noted well-known conservative liberal progressive democratic republican
  running presidential vice-presidential prime defence defense foreign finance health interior justice
  education energy environment trade labor labour home security intelligence press communications campaign
  research policy public legal medical scientific financial technology tech business sports football soccer
  basketball baseball hockey tennis film music business radio television tv news investment hedge fund
  conservative opposition government party city county district regional provincial parliamentary
  congressional gubernatorial mayoral senatorial legislative judicial diplomatic wartime longtime one-time
  self-described self-proclaimed so-called key main head co- british american russian ukrainian`);

/** Words that mark a capitalised run as an organisation, not a person. */
export const ORGANIZATION_WORDS = words(`trains railway railways buses airline brands networks resources properties telecom ferries transit utilities
  partnership reddit linkedin bluesky snapchat
  energy water institute institution university college school academy party ministry department council
  agency house congress parliament senate assembly committee commission court office bureau board bank fund foundation
  association society union league federation organization organisation corporation company group inc inc. corp corp.
  ltd ltd. llc plc co co. news times post journal tribune herald press network radio television tv magazine review
  service services force forces army navy guard police administration government cabinet centre center program
  programme project church mosque temple hospital clinic laboratory lab labs museum library festival airlines airways
  motors systems technologies pharmaceuticals capital partners holdings reserve exchange authority tribunal campaign
  movement front alliance coalition brigade battalion division regiment command club team fc nations forum summit
  conference convention treaty act bill law award awards prize cup championship olympics games series tour index report
  survey poll war day week agreement accord plan initiative fund trust studio studios records media group solutions
  international global industries enterprises consulting research watch monitor observatory initiative council
  caucus directorate secretariat embassy consulate mission bureau inc limited gmbh ag sa nv spa
  united rovers athletic wanderers albion rangers dynamo sporting olympique hotspur
  kremlin pentagon whitehall downing hamas hezbollah taliban isis reuters bloomberg cnn bbc nbc abc cbs fox msnbc
  npr pbs afp ap nasa fbi cia nsa who nato un eu opec imf google apple microsoft amazon meta facebook twitter x
  nation relief aid rescue rights affairs pictures films productions publishing logistics polymers chemicals plastics foods shipping freight mining insurance bancorp securities ventures robotics
  therapeutics biosciences semiconductor semiconductors software entertainment
  tesla spacex openai nvidia samsung toyota boeing airbus telegram tiktok instagram youtube whatsapp`);

/** Place words that are also surnames: "Jane Park", "Ricki Lake", "Michael Bay", "Lauryn Hill". */
export const SURNAME_PLACE_WORDS = words(`park lake bay hill hills beach springs heights town village`);

/** First words of place names: "Kampung Batu Lintang", "Wadi Kharsa", "Mount Elgon". */
export const PLACE_PREFIXES = words(`kampung kg wadi jalan taman bukit sungai mount mt lake cape fort`);

/** Words that make a capitalised run a storm, not a person: "Hurricane Katrina", "Tropical Cyclone Orla". */
export const STORM_WORDS = words(`hurricane cyclone typhoon tornado`);

/** Words that make a capitalised run a place. */
export const PLACE_WORDS = words(`street st avenue ave road rd boulevard blvd lane drive highway county city town village
  island islands mountain mountains river lake valley bay beach park square bridge airport station province region
  oblast state republic kingdom strait sea ocean gulf coast peninsula desert district territory territories hills
  heights falls harbor harbour port canal border basin plateau forest canyon springs creek`);

/**
 * US states and Canadian provinces as news agencies abbreviate them after a town ("Lindgren, Sask.,"), without
 * their full stop; dotted ones ("N.Y.", "B.C.") are one word each, and are read as such.
 */
export const REGION_ABBREVIATIONS = words(`ala ariz ark calif colo conn del fla ga ill ind kan kans ky la md mass mich minn miss mo
  mont neb nev okla ore pa penn tenn tex vt va wash wis wisc wyo n.h. n.j. n.m. n.y. n.c. n.d. r.i. s.c. s.d. w.va. d.c.
  alta b.c. man n.b. n.l. n.s. n.w.t. ont p.e.i. que sask`);

/** Countries, states, cities and regions, single words or whole multi-word names. */
export const PLACES = new Set([
  ...words(`afghanistan albania algeria andorra angola argentina armenia australia austria azerbaijan bahamas bahrain bangladesh
  barbados belarus belgium belize benin bhutan bolivia bosnia botswana brazil brunei bulgaria burkina burundi cambodia
  cameroon canada chad chile china colombia comoros congo croatia cuba cyprus czechia denmark djibouti dominica ecuador
  egypt eritrea estonia eswatini ethiopia fiji finland france gabon gambia georgia germany ghana greece grenada guatemala
  guinea guyana haiti honduras hungary iceland india indonesia iran iraq ireland israel italy jamaica japan jordan
  kazakhstan kenya kiribati kosovo kuwait kyrgyzstan laos latvia lebanon lesotho liberia libya liechtenstein lithuania
  luxembourg madagascar malawi malaysia maldives mali malta mauritania mauritius mexico micronesia moldova monaco
  mongolia montenegro morocco mozambique myanmar burma namibia nauru nepal netherlands nicaragua niger nigeria norway oman
  pakistan palau palestine panama paraguay peru philippines poland portugal qatar romania russia rwanda samoa senegal
  serbia seychelles singapore slovakia slovenia somalia spain sudan suriname sweden switzerland syria taiwan tajikistan
  tanzania thailand togo tonga tunisia turkey turkiye türkiye turkmenistan tuvalu uganda ukraine uruguay uzbekistan
  vanuatu vatican venezuela vietnam yemen zambia zimbabwe britain england scotland wales europe asia africa america
  americas antarctica arctic gaza crimea donbas donetsk luhansk kharkiv kherson zaporizhzhia odesa odessa mariupol
  bakhmut kyiv kiev moscow washington london paris berlin rome madrid lisbon brussels amsterdam vienna warsaw prague
  budapest athens ankara istanbul tehran baghdad damascus beirut cairo riyadh jerusalem doha dubai kabul islamabad
  delhi mumbai beijing shanghai tokyo seoul pyongyang taipei manila jakarta bangkok hanoi sydney melbourne canberra
  ottawa toronto montreal vancouver havana caracas bogota lima santiago brasilia nairobi lagos abuja johannesburg
  pretoria addis minsk tbilisi yerevan baku chisinau vilnius riga tallinn helsinki stockholm oslo copenhagen dublin
  edinburgh geneva zurich munich frankfurt hamburg milan naples barcelona marseille lyon chicago boston houston dallas
  atlanta miami seattle denver phoenix detroit philadelphia baltimore manhattan brooklyn california texas florida
  ohio michigan pennsylvania arizona nevada wisconsin minnesota iowa illinois indiana kentucky tennessee alabama
  mississippi louisiana arkansas missouri kansas nebraska oklahoma colorado utah idaho montana wyoming oregon alaska
  hawaii maine vermont massachusetts connecticut delaware maryland virginia carolina dakota brussels strasbourg`),
  ...`new york|los angeles|san francisco|san diego|san antonio|san jose|las vegas|new orleans|new jersey|new mexico|
  new hampshire|north carolina|south carolina|north dakota|south dakota|west virginia|rhode island|hong kong|tel aviv|
  buenos aires|rio de janeiro|sao paulo|são paulo|sri lanka|saudi arabia|south africa|north korea|south korea|
  new zealand|united kingdom|united states|united arab emirates|costa rica|puerto rico|el salvador|czech republic|
  gaza strip|west bank|middle east|latin america|wall street|capitol hill|silicon valley|new delhi|kuala lumpur|
  abu dhabi|st louis|st. louis|ivory coast|sierra leone|burkina faso|east timor|north macedonia|south sudan|
  dominican republic|central african republic|papua new guinea|cape verde|trinidad and tobago|hong kong|
  great britain|northern ireland|european union|soviet union|white house|downing street|red sea|black sea|
  mexico city|kansas city|salt lake city|oklahoma city|quebec city|panama city|vatican city|gulf coast|east coast|
  west coast|new england|south asia|southeast asia|east asia|central asia|north america|south america|
  west africa|east africa|north africa|sub-saharan africa|the hague|eastern europe|western europe`
    .split('|')
    .map((entry) => entry.trim().replace(/\s+/g, ' '))
    .filter(Boolean),
]);

/** Plural or unnamed nouns whose speech the article cannot pin on a named person. */
export const UNNAMED_SPEAKER_NOUNS = words(`official officials spokesman spokeswoman spokesperson spokespeople statement police
  authorities analysts experts observers residents witnesses people ministry government company firm agency department
  office campaign source sources aide aides critics supporters protesters lawyers prosecutors investigators
  researchers scientists study report survey poll data documents court judge military army team group party
  organisation organization statement letter post message tweet website representatives leaders lawmakers members`);

// First names with their usual gender: evidence that a capitalised pair is a person, and a hint for pronouns.
const MALE_NAMES = `dean bernard harold gareth desmond tobias augustin wendell frankie jamal hamzah faizal anand rashid khalil harlan
  arkady tiago piet eitan leon viktor grant graham rupert nigel clive trevor derek keith colin barry gordon neil
  malcolm alistair alasdair hamish angus callum euan fraser ewan rhys gethin dafydd owain emrys ifan cormac cillian
  fergus padraig ruairi eoin oisin niall declan ronan seamus diarmuid hugh giles jasper barnaby crispin
  hector ignatius felix rufus otto horst dieter jurgen jürgen klaus wolfgang helmut gunther günther lothar rainer
  matthias tobias lukas jonas niklas henrik anders lars nils sven bjorn björn erik johan mikael magnus torsten
  pieter joris bram sander thijs koen wouter jeroen ruben hendrik willem maarten
  jean-luc jean-pierre jean-paul jean-marc francois françois pierre jacques philippe thierry olivier didier
  laurent mathieu matthieu sebastien sébastien benoit benoît guillaume etienne étienne yves alain bertrand
  giuseppe giovanni luigi marco matteo lorenzo alessandro francesco andrea stefano massimo paolo enrico
  sergei sergey dmitri dmitry vladimir boris igor oleg yuri yury mikhail nikolai alexei aleksei andrei ivan
  pavel anatoly viktor volodymyr oleksandr taras bohdan mykola petro
  tomasz piotr marek jakub wojciech lukasz łukasz krzysztof andrzej dariusz zbigniew grzegorz
  mohammed muhammad mohamed ahmed ahmad ali hassan hussein omar youssef yusuf ibrahim khaled khalid tariq
  karim samir nabil walid faisal hamid abdullah abdul mahmoud mustafa nasser salim saleh rami ziad bilal imran
  rahul rajesh suresh ramesh vikram arjun sanjay sunil anil ashok vijay ravi amit deepak manoj naveen pradeep
  rohan karan aditya nikhil harish ganesh krishna srinivas venkat prakash rakesh mukesh dinesh
  chinedu emeka obinna chukwuemeka ikenna tunde babatunde olumide femi segun kwame kofi kwabena yaw kojo
  thabo sipho themba mandla bongani jabu tendai tafadzwa wanjiru kamau otieno mwangi ochieng baraka juma
  hiroshi takashi kenji kazuo haruto kaito ichiro shinzo taro jiro koji
  wei jun ming hao jie yang chen lei feng tao qiang bo hui min-ho ji-hoon seung-hoon dong-hyun
  carlos juan jose josé luis luís miguel jorge pedro pablo diego alejandro fernando ricardo eduardo raul raúl
  javier manuel antonio francisco rafael sergio andres andrés hector héctor ramon ramón enrique arturo
  joao joão paulo tiago thiago lucas gabriel rafael bruno felipe gustavo marcelo rodrigo leonardo
  james john robert michael william david richard joseph thomas charles christopher daniel matthew anthony
  mark donald steven paul andrew joshua kenneth kevin brian george timothy ronald edward jason jeffrey ryan jacob gary
  nicholas eric jonathan stephen larry justin scott brandon benjamin samuel gregory alexander frank patrick raymond jack
  dennis jerry tyler aaron jose adam nathan henry douglas zachary peter kyle ethan walter noah jeremy christian keith
  roger terry gerald harold sean austin carl arthur lawrence dylan jesse bryan billy joe bruce gabriel logan albert
  willie alan juan wayne elijah randy roy vincent ralph eugene russell bobby mason philip louis harry hugh ian neil
  nigel colin graham martin simon stuart tony rishi keir boris rupert liam owen connor declan callum jamie leon ted
  mitch chuck bernie mike jim tom bill bob dick dan ben sam nick steve chris matt jeff greg pete rick ron ed jd vladimir
  dmitry dmitri sergei sergey alexei alexey aleksandr mikhail nikolai ivan yuri igor oleg andrei andriy volodymyr petro
  viktor vitali vitaly maxim pavel konstantin leonid valery anatoly gennady yevgeny evgeny ramzan ali ahmed ahmad
  mohammed muhammad mohammad mohamed mahmoud hassan hussein omar khalid abdul abdullah ibrahim youssef yusuf mustafa
  recep tayyip yair naftali itamar bezalel benny yoav isaac moshe ariel avi yitzhak ehud shimon xi jinping narendra
  rahul amit arvind emmanuel francois françois jean pierre jacques michel nicolas olaf friedrich helmut gerhard
  wolfgang hans klaus jurgen jürgen markus lars sven erik jens anders matteo silvio sergio mario giuseppe luigi marco
  carlos luis miguel jorge javier pedro andres andrés manuel alejandro fernando diego pablo ricardo eduardo jair luiz
  inacio inácio gustavo nayib evo hugo felipe shinzo fumio yoshihide taro kenji hiroshi akira takeshi jae suk yeol
  joko prabowo rodrigo ferdinand cyril thabo nelson uhuru abiy yoweri bola muhammadu goodluck olusegun kofi nana
  mahamat emmerson jacob julius kwame volodymir anwar imran nawaz shehbaz asif hamid ashraf mahathir
  lee hun sen min wei ming jun hao jong
  elon jeff mark tim sundar satya bill warren rupert larry sergey jensen sam reid marc travis kanye drake snoop
  lebron kobe tiger roger rafael novak cristiano lionel kylian erling harry lewis max charles kevin antony
  chuck kevin hakeem mike lindsey ted marco rand josh mitt tim gavin ron greg brian andy phil jay jared eric
  hunter beau barron jd j.d. dick rudy rudolph steve newt paul pete hakeem adam jamie jerome alistair
  ed jeremy nick gordon tony david dominic michael sadiq andy nigel jacob kwasi grant oliver
  wes angus humza jean-luc jean-marie jean-pierre jean-claude jean-yves emmanuel gabriel
  edouard édouard bruno gerald gérald manuel francois-xavier olivier thierry laurent sebastien sébastien
  alain frederic frédéric stephane stéphane vincent yannick xavier benoit benoît mathieu matthieu antoine
  christophe guillaume julien romain raphael raphaël theo théo hugo lucas louis arthur jules nathan
  chidi chinedu emeka obinna ikenna uche tunde femi segun babajide adebayo yemi oluwaseun kwabena kwame kofi yaw kojo
  thabo sipho themba bongani mandla kagiso musa aliyu ibrahima moussa mamadou ousmane abdoulaye cheikh amadou seydou
  arjun vikram rohan sanjay deepak anil sunil rajesh suresh ramesh aditya ravi vijay ajay manoj prakash ashok nitin
  hiroshi haruki kenta daisuke shota yuto sho ryo takumi jun-ho min-jun seo-jun ji-ho hyun woo wen jian hao bo lei
  tao gang qiang ernesto julián julian rodrigo joaquín joaquin santiago mateo sebastián sebastian emilio gonzalo
  ignacio álvaro alvaro tomás tomas andrés elliot tomasz piotr krzysztof pawel paweł marek jakub wojciech`;

const FEMALE_NAMES = `eleanor cordelia miriam caroline amira maureen nurul noraini constance imogen ottilie margriet lorraine patience
  yumiko yuko leona helena mira rosa delphine annika emma harriet beatrix matilda florence edith ethel agnes mabel
  imelda bernadette colette josephine genevieve georgina philippa penelope araminta clementine arabella
  gwen gwendolyn bronwen rhiannon cerys eira nia seren angharad siân sian megan ffion
  aisling clodagh gráinne grainne muireann orlaith ailbhe caoimhe
  heidi hilde helga brigitte ursula gisela renate monika jutta ilse gudrun sigrid ingeborg liesel
  astrid solveig liv ingrid maja elin ebba freja linnea sanne femke anouk lotte marieke
  amelie amélie camille chantal claudine dominique elodie élodie francoise françoise genevieve isabelle margaux
  nathalie sandrine sylvie veronique véronique helene hélène odile
  alessia chiara elena federica francesca giorgia ilaria lucia serena valentina vittoria
  svetlana tatiana natalia olga irina yelena ekaterina anna maria oksana olena iryna yulia
  agnieszka katarzyna malgorzata małgorzata ewa joanna aleksandra zofia dorota beata
  fatima aisha ayesha khadija mariam maryam zainab layla leila noor nour rania yasmin yasmine hana huda salma samira
  nadia dina rasha lina reem sara sahar farah amal iman
  priya anjali sunita lakshmi kavita meera deepika aishwarya pooja neha shreya divya ananya kiran sangeeta
  rekha usha asha geeta nandini radhika sneha swati
  ngozi chioma adaeze amaka ifeoma nneka funmilayo folake yetunde bisi abimbola akosua abena efua ama adwoa
  thandiwe nomsa zanele lindiwe busisiwe wanjiku njeri achieng akinyi wambui
  yoko akiko keiko yumi emi naomi haruka aiko sakura mei xiu ling ying jing hua yan li-na seo-yeon ji-woo min-ji
  maria carmen ana lucia lucía isabel sofia sofía valentina camila gabriela daniela mariana paula patricia
  beatriz ines inés marta pilar rocio rocío elena adriana fernanda luciana juliana
  mary patricia jennifer linda elizabeth barbara susan jessica sarah karen nancy lisa betty margaret
  sandra ashley kimberly emily donna michelle dorothy carol amanda melissa deborah stephanie rebecca sharon laura cynthia
  kathleen amy shirley angela helen anna brenda pamela nicole emma samantha katherine christine debra rachel catherine
  carolyn janet ruth maria heather diane virginia julie joyce victoria olivia kelly christina lauren joan evelyn judith
  megan cheryl andrea hannah martha jacqueline frances gloria ann teresa kathryn sara janice alice madison doris
  abigail julia judy grace denise amber marilyn beverly danielle theresa sophia marie diana brittany natalie isabella
  charlotte rose alexis kayla kamala hillary alexandria ilhan rashida ayanna marjorie kristi nikki liz tulsi gretchen
  kathy karine jill melania ivanka ursula annalena giorgia ségolène segolene kaja yulia olena svetlana natalia natalya
  tatiana tatyana irina olga elena anastasia ekaterina yekaterina valentina lyudmila marina galina larisa oksana iryna
  jacinda penny priti suella yvette sanna mette magdalena roberta claudia dilma cristina beatriz carmen lucia ana
  isabel sofia paula fatima aisha amina leila layla noor mariam zainab yuki akiko yoko mei ling hui priya sunita indira
  sonia benazir malala greta taylor beyonce oprah serena simone meghan kate camilla anne sophie jane claire louise
  rosie ellie chloe lucy holly zoe jess jo sue beth pat kemi nicola marine janet angela kristen kirsten kristin
  tina gina dana erin kara kari keri kerry shannon tiffany vanessa veronica monica jasmine alicia ariana selena
  miley katy adele rihanna shakira dua billie olivia gwyneth jennifer scarlett margot natalie emma kristen meryl
  viola cate nicole reese anne halle zendaya hailey kendall kylie kim khloe kourtney paris hilary nancy elise
  marsha susan lisa lisa joni tammy maxine cori pramila ayanna katie shontel stacey kyrsten debbie
  tammy jeanne jeanine jeannette kellyanne sarah kristi kari gretchen letitia tish
  bridget brigitte brigid mairead siobhan aoife niamh saoirse sinead orla deirdre roisin ciara
  ingrid ingeborg greta birgit heike sabine ulrike petra katrin anke silke karin annika frida astrid
  giulia francesca chiara valentina alessandra elisabetta paola silvia federica martina sara simona
  mercedes pilar rocio rocío lucia lucía elena isabel ines inés marta nuria montserrat yolanda dolores
  fernanda gabriela daniela valeria camila mariana juliana luciana adriana carolina natalia andrea
  ngozi chiamaka nkechi amara adaeze chioma funmi folake yetunde abena akua ama efua adwoa zanele lerato thandiwe
  nomvula wanjiru njeri wangari achieng akinyi fatou aminata awa mariama aisatou priya anika anjali pooja neha shreya
  kavita sunita lakshmi deepa meena rekha divya aarti mei ling xiu ying hua jing yan fang lan hui yuki aiko haruka sakura
  yoko naomi keiko hana minji jiwoo seoyeon soo-jin lucía lucia inés`;

/**
 * Family names written first ("Zhou Meiling", "Moon Jae-in", "Aung San Suu Kyi"): a name's first word, like a
 * first name, but telling no gender.
 */
const FAMILY_NAMES_WRITTEN_FIRST = `aung hu jiang deng mao zhou li wang zhang liu chen yang moon yoon`;

function nameGenders(): Map<string, 'm' | 'f' | null> {
  const genders = new Map<string, 'm' | 'f' | null>();
  for (const name of MALE_NAMES.split(/\s+/)) if (name) genders.set(name, 'm');
  for (const name of FEMALE_NAMES.split(/\s+/)) if (name && !genders.has(name)) genders.set(name, 'f');
  for (const name of FAMILY_NAMES_WRITTEN_FIRST.split(/\s+/)) genders.set(name, null);
  return genders;
}

/** Known first names and their usual gender (null: a family name written first). */
export const FIRST_NAMES = nameGenders();

/**
 * Nouns written right before a work's title: "the film Northern Lights". Not "show" or "campaign", which
 * come before a name as often ("the campaign Jane Roe ran").
 */
const TITLED_WORKS = words(`film movie book novel memoir album ep lp song documentary podcast newspaper magazine musical series`);

/** Words before a quote that make it a term talked about: "the term “bomb”", "so-called “zombie” firms". */
const TERM_NOUNS = words(`term word phrase label expression nickname moniker acronym so-called`);

/** Letters after a name that are not part of it: "Eamon Quilty TD", "Jane Roe KC", as written (in capitals). */
export const POST_NOMINALS = new Set(['KC', 'QC', 'SC', 'MP', 'MSP', 'MEP', 'MLA', 'TD', 'OBE', 'MBE', 'CBE', 'PhD']);

/** Abbreviations whose full stop belongs to the word. */
export const ABBREVIATIONS = words(`mr mrs ms dr sen rep gov gen lt col capt sgt maj adm prof st jr sr rev hon inc corp co ltd jan feb
  mar apr jun jul aug sep sept oct nov dec mt ft ave blvd det supt insp cmdr pres messrs mx cpl pvt gov vs rt atty engr`);

/** Verbs that say something only with the word after them: "shot back", "hit back", "points out", "found that". */
export const PHRASAL_CUES = new Map<string, string>([
  ...['shot', 'shoots', 'shoot', 'fired', 'fires', 'fire', 'hit', 'hits'].map((verb) => [verb, 'back'] as const),
  ...['point', 'points', 'pointed', 'pointing'].map((verb) => [verb, 'out'] as const),
  // A judge or a report "found that …" (the police "found a body").
  ...['found', 'finds'].map((verb) => [verb, 'that'] as const),
]);

/** Word classes as bits, so that a token is looked up once and every test after that is a bit test. */
export const WordClass = {
  Speech: 1 << 0,
  Judging: 1 << 1,
  Thought: 1 << 2,
  Auxiliary: 1 << 3,
  Adverb: 1 << 4,
  Time: 1 << 5,
  MonthOrDay: 1 << 6,
  Preposition: 1 << 7,
  Determiner: 1 << 8,
  Title: 1 << 9,
  RoleNoun: 1 << 10,
  RoleModifier: 1 << 11,
  ProperAdjective: 1 << 12,
  NotName: 1 << 13,
  Particle: 1 << 14,
  Organization: 1 << 15,
  PlaceWord: 1 << 16,
  FirstName: 1 << 17,
  /** Set by the tokenizer, not by a word list: the word has an inner hyphen ("al-Sisi", "co-founder"). */
  Hyphenated: 1 << 18,
  /** Takes a full stop: "Mr.", "Jan.", "Inc." (ABBREVIATIONS). */
  Abbreviation: 1 << 19,
  /** Says something only with its particle: "shot back", "points out" (PHRASAL_CUES). */
  PhrasalCue: 1 << 20,
  Conjunction: 1 << 21,
  /** "according", of "according to": with the verbs of saying, what makes a paragraph worth reading for attribution. */
  According: 1 << 22,
  /** Written right before a work's title: "the film Northern Lights" (TITLED_WORKS). */
  TitledWork: 1 << 23,
  /** Makes the quote after it a word talked about: "the term “bomb”" (TERM_NOUNS). */
  TermNoun: 1 << 24,
  /** Set by the tokenizer, not by a list: a word that ends in a digit ("Sh1.2", "F1") or a contraction ("We’ve"), never a name. */
  NoNameShape: 1 << 25,
} as const;

export const CUE_VERB = WordClass.Speech | WordClass.Judging | WordClass.Thought;

/** A word outside quotes with one of these makes pass 2 read its paragraph (index.ts `hasCue`). */
export const CUE_WORD = CUE_VERB | WordClass.According;

const classesByWord = new Map<string, number>();
const classify = (list: Iterable<string>, bit: number) => {
  for (const word of list) classesByWord.set(word, (classesByWord.get(word) ?? 0) | bit);
};
classify(SPEECH_VERBS, WordClass.Speech);
classify(JUDGING_VERBS, WordClass.Judging);
classify(THOUGHT_VERBS, WordClass.Thought);
classify(AUXILIARIES, WordClass.Auxiliary);
classify(ADVERBS, WordClass.Adverb);
classify(TIME_WORDS, WordClass.Time);
classify(MONTHS_AND_DAYS, WordClass.MonthOrDay);
classify(PREPOSITIONS, WordClass.Preposition);
classify(DETERMINERS, WordClass.Determiner);
classify(CONJUNCTIONS, WordClass.Conjunction);
classify(TITLES, WordClass.Title);
classify(ROLE_NOUNS, WordClass.RoleNoun);
classify(ROLE_MODIFIERS, WordClass.RoleModifier);
classify(PROPER_ADJECTIVES, WordClass.ProperAdjective);
classify(NOT_NAME_WORDS, WordClass.NotName);
classify(PARTICLES, WordClass.Particle);
classify(ORGANIZATION_WORDS, WordClass.Organization);
classify(PLACE_WORDS, WordClass.PlaceWord);
classify(FIRST_NAMES.keys(), WordClass.FirstName);
classify(ABBREVIATIONS, WordClass.Abbreviation);
classify(PHRASAL_CUES.keys(), WordClass.PhrasalCue);
classify(['according'], WordClass.According);
classify(TITLED_WORKS, WordClass.TitledWork);
classify(TERM_NOUNS, WordClass.TermNoun);
// "Democrats", "Russians", "Senators": plurals of proper adjectives and roles are groups, never a name.
for (const word of [...PROPER_ADJECTIVES, ...ROLE_NOUNS]) {
  if (FIRST_NAMES.has(word)) continue;
  classify([`${word}s`, `${word}es`], WordClass.NotName);
}

/** The word classes of a lower-case word (0 for words on no list). */
export function classesOf(lower: string): number {
  return classesByWord.get(lower) ?? 0;
}

// The same look-up straight from the characters of the text, with no string made: a hash of the
// lower-cased code units (typographic apostrophes read as straight ones), then a check of the candidates.
const lowerCodes = new Uint16Array(0x10000);
/** Lower case of the ASCII codes, and of those that are letters or digits (0 for the others). */
const ASCII_LOWER = Uint8Array.from({ length: 128 }, (_, code) => (code >= 65 && code <= 90 ? code + 32 : code));
const ASCII_WORD_LOWER = ASCII_LOWER.map((lower) => (isWordCode(lower) ? lower : 0));

/** The code unit as the word lists have it: lower case, with a straight apostrophe for ’. */
export function lowerCode(code: number): number {
  if (code < 128) return ASCII_LOWER[code];
  if (code === 0x2019) return 0x27;
  let lower = lowerCodes[code];
  if (lower === 0) {
    const folded = String.fromCharCode(code).toLowerCase();
    lower = folded.length === 1 ? folded.charCodeAt(0) : code;
    lowerCodes[code] = lower;
  }
  return lower;
}

/** The lower case of a letter, mark or digit, 0 for any other code: the tokenizer's test and lower case in one. */
export function wordLowerCode(code: number): number {
  if (code < 128) return ASCII_WORD_LOWER[code];
  return isWordCode(code) ? lowerCode(code) : 0;
}

const LONGEST_WORD = Math.max(...[...classesByWord.keys()].map((word) => word.length));

/**
 * The lower-cased code units of the word to look up with `classesOfLowered`, which the tokenizer writes as
 * it reads the word, so that the look-up need not read the text again. A word longer than this is on no list.
 */
export const loweredWord = new Uint16Array(LONGEST_WORD);

/** The look-up hash (FNV-1a) of the first `length` code units of `loweredWord`. */
function loweredHash(length: number): number {
  let hash = 0x811c9dc5 | 0;
  for (let index = 0; index < length; index++) hash = Math.imul(hash ^ loweredWord[index], 0x01000193);
  return hash;
}

// An open-addressing table of the words' hashes in one typed array (a look-up allocates nothing, compares
// small integers and reads one cache line for a slot): per slot the hash, the word's classes, and where
// its code units are in `wordCodes` and how many (0 for an empty slot).
const SLOT = 4;
const slotCount = 1 << Math.ceil(Math.log2(classesByWord.size * 2 + 1));
const slots = new Int32Array(slotCount * SLOT);
const wordCodes = new Uint16Array([...classesByWord.keys()].reduce((total, word) => total + word.length, 0));
let codesUsed = 0;
for (const [word, classes] of classesByWord) {
  for (let index = 0; index < word.length; index++) loweredWord[index] = lowerCode(word.charCodeAt(index));
  const hash = loweredHash(word.length);
  let slot = hash & (slotCount - 1);
  while (slots[slot * SLOT + 3] !== 0) slot = (slot + 1) & (slotCount - 1);
  slots.set([hash, classes, codesUsed, word.length], slot * SLOT);
  for (let index = 0; index < word.length; index++) wordCodes[codesUsed++] = word.charCodeAt(index);
}

/** The word classes of the word whose `length` code units are in `loweredWord` (the first LONGEST_WORD of them). */
export function classesOfLowered(length: number): number {
  if (length > LONGEST_WORD) return 0;
  const hash = loweredHash(length);
  for (let slot = (hash & (slotCount - 1)) * SLOT; slots[slot + 3] !== 0; slot = (slot + SLOT) & (slotCount * SLOT - 1)) {
    if (slots[slot] !== hash || slots[slot + 3] !== length) continue;
    const codes = slots[slot + 2];
    let index = 0;
    while (index < length && wordCodes[codes + index] === loweredWord[index]) index++;
    if (index === length) return slots[slot + 1];
  }
  return 0;
}

/** Whether loweredWord[from, end), the end of a word after its apostrophe, is a contraction's: "ve", "re", "ll", "d", "m" or "t" ("we've", "don't"). */
export function isContraction(from: number, end: number): boolean {
  if (end > LONGEST_WORD) return false;
  const first = loweredWord[from];
  if (end - from === 1) return first === 0x64 || first === 0x6d || first === 0x74;
  if (end - from !== 2) return false;
  const second = loweredWord[from + 1];
  return (second === 0x65 && (first === 0x76 || first === 0x72)) || (first === 0x6c && second === 0x6c);
}

/** The word classes of text[start, end), compared without regard to case. */
export function classesAt(text: string, start: number, end: number): number {
  const length = end - start;
  if (length > LONGEST_WORD) return 0;
  for (let index = 0; index < length; index++) loweredWord[index] = lowerCode(text.charCodeAt(start + index));
  return classesOfLowered(length);
}
