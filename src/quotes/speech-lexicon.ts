/**
 * Words that attribute speech, name roles and stand for people, in the languages our readers use
 * (English, German, Russian) and the neighbours our test pages bring (French, Czech). All lower case.
 */
import type { Token } from './tokens';

function forms(stems: string, endings: string[]): string[] {
  return stems.split(/\s+/).filter(Boolean).flatMap((stem) => endings.map((ending) => stem + ending));
}

const ENGLISH_VERBS = [
  'say', 'says', 'said', 'saying', 'tell', 'tells', 'told', 'telling', 'write', 'writes', 'wrote', 'written', 'writing',
  'reply', 'replies', 'replied', 'deny', 'denies', 'denied', 'testify', 'testifies', 'testified', 'admit', 'admits',
  'admitted', 'quip', 'quips', 'quipped', 'think', 'thinking', 'thought', 'put', 'puts', 'go', 'goes', 'went',
  ...forms('add stress warn insist ask explain recall tweet post claim remark complain confirm assert respond answer exclaim ' +
    'counter reiterate report recount lament wonder yell shout whisper predict maintain caution call point sum ' +
    'mutter boast vow plead express', ['', 's', 'ed', 'ing']),
  ...forms('urge note declare continue emphasise emphasize argue acknowledge state announce conclude observe ' +
    'suggest agree concede muse joke advise describe characterise characterize pledge promise voice', ['', 's', 'd']),
  'stressing', 'warning', 'noting', 'arguing', 'emphasizing', 'emphasising', 'adding', 'asking', 'recalls',
  // Verbs of manner and of medium that news puts around quotes as often as "said", in the past tense
  // only: their other forms are nouns as often ("the big reveal:", "a text", "protests").
  ...forms('retort scoff sigh gush gripe fume contend posit text email message blog reflect repeat object ' +
    'demand implore interject confess reveal disclose laugh reason', ['ed']),
  ...forms('opine venture reassure assure confide proclaim underscore share tout surmise allege', ['d']),
  'snapped', 'begged', 'bragged', 'clarified', 'echoed', 'offered', 'threatened', 'speculated',
  // "accused the government of “playing chicken”": the words are the accuser's.
  'accuse', 'accuses', 'accused', 'accusing',
];

const GERMAN_VERBS = [
  ...forms('sagt erklärt betont warnt meint ergänzt twittert kritisiert fordert mahnt bekräftigt versichert erinnert ' +
    'antwortet fragt verkündet behauptet argumentiert bemerkt urteilt äußert kommentiert unterstreicht schildert ' +
    'berichtet resümiert beklagt wiederholt räumt stellt fügt teilt erzählt klagt bemängelt appelliert bilanziert ' +
    'lobt bedauert kontert kündigt', ['', 'e', 'en', 'te', 'ten']),
  // Separable verbs of speech, their particle at the clause's end: „warf Washington vor, …“, „wies … zurück“.
  'warf', 'wirft', 'warfen', 'wies', 'weist', 'wiesen',
  'versprach', 'verspricht', 'unterstrich', 'entgegnete', 'entgegnet', 'gestand', 'gesteht', 'verriet', 'verrät',
  'nannte', 'nennt', 'schrieb', 'schreibt', 'schrieben', 'sprach', 'spricht', 'hieß', 'heißt', 'zitiert', 'zitierte', 'zitierten', 'gesagt', 'erklärt', 'betonte',
  // „rief Kranz ins Plenum“, „fasste er zusammen“ (the particle at the clause's end).
  'rief', 'ruft', 'riefen', 'fasste', 'fasst', 'fassten',
];

const RUSSIAN_QUOTING_VERBS = [...forms('цитиру', ['ет', 'ют']), ...forms('цитировал', ['', 'а', 'и'])];

const RUSSIAN_VERBS = [
  ...forms('сказал заявил отметил подчеркнул добавил сообщил написал пояснил признал заметил предупредил уточнил ' +
    'ответил рассказал призвал указал констатировал напомнил резюмировал выразил спросил продолжил объяснил ' +
    'заверил пообещал настаивал уверял утверждал предположил возразил пошутил посетовал согласился назвал ' +
    'парировал прокомментировал вспомнил', ['', 'а', 'и']),
  // Reflexive past forms: «признался», «призналась», «признались».
  ...['признал', 'пожаловал', 'возмутил', 'высказал', 'поделил'].flatMap((stem) => [`${stem}ся`, `${stem}ась`, `${stem}ись`]),
  'вспоминает', 'возмущается', 'возмущаются', 'сетует', 'сетуют', 'жалуется', 'жалуются', 'удивляется', 'недоумевает',
  'рассуждает', 'делится', 'уверяет', 'уверяют',
  'говорит', 'говорят', 'считает', 'считают', 'заявляет', 'заявляют', 'отмечает', 'подчеркивает', 'подчёркивает',
  'пишет', 'пишут', 'добавляет', 'говорится', 'сказано', 'уверен', 'уверена', 'убежден', 'убеждён', 'полагает',
  'поясняет', 'признается', 'признаётся', 'рассказывает', 'уточняет', 'указывает',
  ...forms('сообща отмеча подчеркива поясня уточня добавля утвержда настаива предупрежда напомина объясня констатиру ' +
    'возража заверя', ['ет', 'ют']),
  ...RUSSIAN_QUOTING_VERBS,
];

/**
 * Ukrainian news writes its speech verbs in its own forms: "— заявив Вереський", "зазначила вона",
 * "наголосили в МЗС". Past tense: stem + в (he), ла (she), ли (they).
 */
const UKRAINIAN_VERBS = [
  ...forms('сказа заяви зазначи наголоси дода повідоми написа поясни визна зауважи попереди уточни відпові ' +
    'розпові заклика вказа нагада підкресли вислови запита продовжи запевни пообіця наполяга стверджува припусти ' +
    'заперечи назва', ['в', 'ла', 'ли']),
  'каже', 'кажуть', 'заявляє', 'заявляють', 'зазначає', 'зазначають', 'наголошує', 'пише', 'пишуть', 'вважає',
  'вважають', 'додає', 'повідомляє', 'повідомляють', 'йдеться', 'говорить', 'пояснює', 'підкреслює',
];

/** Verbs whose object is the one quoted, and whose subject only passes the words on: "— цитирует Путина ТАСС". */
export const QUOTING_VERBS: ReadonlySet<string> = new Set([
  ...RUSSIAN_QUOTING_VERBS, 'zitiert', 'zitierte', 'zitierten', 'quoted', 'quotes',
]);

const FRENCH_VERBS = [
  'dit', 'déclare', 'déclaré', 'affirme', 'affirmé', 'explique', 'expliqué', 'ajoute', 'ajouté', 'estime', 'estimé',
  'souligne', 'souligné', 'prévient', 'écrit', 'précise', 'précisé', 'rappelle', 'rappelé', 'indique', 'indiqué',
  'assure', 'assuré', 'insiste', 'martèle', 'juge', 'considère', 'dénonce', 'lance', 'lancé', 'confie', 'confié',
];

const CZECH_VERBS = [
  ...forms('řekl uvedl dodal napsal prohlásil vysvětlil poznamenal zdůraznil upozornil odpověděl doplnil konstatoval ' +
    'míní ocenil', ['', 'a']),
  'říká', 'píše', 'tvrdí', 'zdůrazňuje', 'přidává', 'hodnotí', 'dodává', 'míní', 'vysvětluje', 'upozorňuje', 'uvádí',
  'poznamenává', 'oznámil', 'varuje', 'říkají',
];

/** What documents "say": "the bill provides that…", „das Papier sieht vor…“, «законопроект предусматривает…». */
const DOCUMENT_VERBS = [
  'read', 'reads', 'stipulates', 'stipulated', 'provides', 'specifies', 'demands', 'prévoit', 'énonce', 'stipule', 'dispose',
  'fordert', 'verlangt', 'предусматривает', 'гласит', 'требует', 'stanoví',
];

/** German's speech verbs alone: words no other language here writes, so they show German word order. */
export const GERMAN_SPEECH_VERBS: ReadonlySet<string> = new Set(GERMAN_VERBS);

export const SPEECH_VERBS: ReadonlySet<string> = new Set([
  ...DOCUMENT_VERBS,
  ...ENGLISH_VERBS, ...GERMAN_VERBS, ...RUSSIAN_VERBS, ...UKRAINIAN_VERBS, ...FRENCH_VERBS, ...CZECH_VERBS,
]);

/** Verbs that only attribute speech in a fixed phrase ("pointed out", "summed up", "went on", "put it"). */
export const PARTICLE_VERBS: ReadonlyMap<string, string> = new Map([
  ['point', 'out'], ['points', 'out'], ['pointed', 'out'], ['sum', 'up'], ['sums', 'up'], ['summed', 'up'],
  ['go', 'on'], ['goes', 'on'], ['went', 'on'], ['put', 'it'], ['puts', 'it'], ['think', ''], ['thinking', ''],
  ['thought', ''], ['call', ''], ['calls', ''], ['called', ''], ['calling', ''],
  // Retorts in a debate: "Fielding shot back", "she hit back", "another member chimed in".
  ['shot', 'back'], ['shoots', 'back'], ['fired', 'back'], ['fires', 'back'], ['hit', 'back'], ['hits', 'back'],
  ['chimed', 'in'], ['chimes', 'in'],
]);

/** Words that carry speech only before a quote ("called the deal “a disaster”"), never after one. */
export const BEFORE_ONLY_VERBS: ReadonlySet<string> = new Set([
  'call', 'calls', 'called', 'calling', 'describe', 'describes', 'described', 'characterise', 'characterised',
  'characterize', 'characterized', 'think', 'thought', 'go', 'goes', 'went', 'nannte', 'nennt', 'назвал', 'назвала',
  // "voiced “deep concern”", "expressed her “hope for calm”": the words they put into words come after.
  'voice', 'voices', 'voiced', 'express', 'expresses', 'expressed',
  'accuse', 'accuses', 'accused', 'accusing',
]);

/** Cues that take the speaker after them: "according to S", "laut S", "по словам S", "selon S". */
export const ACCORDING_TO: readonly string[][] = [
  ['according', 'to'], ['laut'], ['nach', 'angaben'], ['zufolge'], ['по', 'словам'], ['по', 'мнению'], ['по', 'данным'],
  ['selon'], ['d’après'], ["d'après"], ['podle'], ['as', 'quoted', 'by'], ['in', 'the', 'words', 'of'],
  ['за', 'словами'], ['на', 'думку'],
];

/** "According to him", "по его словам", "nach ihren Worten": the cue names its speaker by a pronoun, which one. */
export const ACCORDING_TO_PRONOUN: readonly [words: string[], pronoun: string][] = [
  [['according', 'to', 'him'], 'he'], [['according', 'to', 'her'], 'she'], [['according', 'to', 'them'], 'they'],
  [['по', 'его', 'словам'], 'он'], [['по', 'её', 'словам'], 'она'], [['по', 'ее', 'словам'], 'она'], [['по', 'их', 'словам'], 'они'],
  [['по', 'его', 'мнению'], 'он'], [['по', 'её', 'мнению'], 'она'], [['по', 'ее', 'мнению'], 'она'],
  [['за', 'його', 'словами'], 'він'], [['за', 'її', 'словами'], 'вона'], [['за', 'їхніми', 'словами'], 'вони'],
  [['nach', 'seinen', 'worten'], 'er'], [['nach', 'ihren', 'worten'], 'sie'], [['seinen', 'worten', 'zufolge'], 'er'], [['ihren', 'worten', 'zufolge'], 'sie'],
];

/** German and Russian "so Peskow", "так считает", French "a-t-il", Czech "tvrdí": a speaker right after. */
export const SO_CUES: ReadonlySet<string> = new Set(['so', 'так']);

// Only the languages Dossier reads: other languages' pronouns are words here too ("said on Monday",
// "my", German "je").
export const PRONOUNS_PERSON: ReadonlySet<string> = new Set([
  'he', 'she', 'er', 'sie', 'он', 'она', 'він', 'вона',
]);
export const PRONOUNS_OTHER: ReadonlySet<string> = new Set([
  'they', 'we', 'i', 'you', 'it', 'wir', 'ich', 'es', 'они', 'мы', 'я', 'вони', 'ми',
]);

/** Honorifics: dropped from a name, never a role. */
export const HONORIFICS: ReadonlySet<string> = new Set([
  'mr', 'mr.', 'mrs', 'mrs.', 'ms', 'ms.', 'miss', 'dr', 'dr.', 'prof', 'prof.', 'sir', 'dame', 'lord', 'lady',
  'rev', 'rev.', 'reverend',
  'herr', 'frau', 'monsieur', 'madame', 'mme', 'm.', 'г-н', 'г-жа', 'господин', 'госпожа', 'pan', 'paní',
]);

/** Honorifics that tell a gender, as the pronoun their bearer takes ("Mrs. Delorme" → she). */
export const HONORIFIC_PRONOUNS: ReadonlyMap<string, string> = new Map([
  ...['mr', 'mr.', 'sir', 'lord', 'herr', 'monsieur', 'm.', 'г-н', 'господин', 'pan'].map((word) => [word, 'he'] as const),
  ...['mrs', 'mrs.', 'ms', 'ms.', 'miss', 'dame', 'lady', 'frau', 'madame', 'mme', 'г-жа', 'госпожа', 'paní'].map((word) => [word, 'she'] as const),
]);

/** Role words: a name after them is the person holding the role ("Kremlin spokesman Dmitry Peskov"). */
const ROLE_WORDS = new Set([
  'president', 'vice', 'prime', 'minister', 'chancellor', 'senator', 'sen.', 'rep.', 'representative', 'congressman',
  'congresswoman', 'governor', 'gov.', 'mayor', 'secretary', 'spokesman', 'spokeswoman', 'spokesperson', 'advisor',
  'adviser', 'ambassador', 'envoy', 'general', 'gen.', 'admiral', 'colonel', 'col.', 'lieutenant', 'lt.', 'captain',
  'sergeant', 'sgt.', 'constable', 'const.', 'cst.', 'corporal', 'cpl.', 'det.', 'insp.', 'supt.', 'capt.', 'cmdr.', 'pte.',
  'commander', 'chief', 'head', 'director', 'chairman', 'chairwoman', 'chair', 'ceo', 'cfo', 'coo', 'cto', 'cio', 'founder',
  'co-founder', 'cofounder', 'professor', 'economist', 'analyst', 'expert', 'judge', 'justice', 'king', 'queen',
  'prince', 'princess', 'pope', 'leader', 'official', 'officer', 'deputy', 'attorney', 'lawyer', 'editor',
  'correspondent', 'reporter', 'author', 'historian', 'scientist', 'researcher', 'fellow', 'mp', 'lawmaker',
  'diplomat', 'sheikh', 'archbishop', 'bishop', 'coach', 'manager', 'executive', 'strategist', 'pollster',
  'activist', 'candidate', 'nominee', 'commissioner', 'superintendent', 'constable', 'sheriff', 'marshal', 'warden',
  // Offices of oversight and of the courts: "Ombudsman NAME", "Auditor General NAME", "Crown prosecutor NAME".
  'ombudsman', 'ombudswoman', 'ombudsperson', 'auditor', 'coroner', 'prosecutor', 'registrar', 'treasurer',
  'dean', 'rector', 'provost', 'councillor', 'councilor', 'alderman', 'inspector', 'sergeant', 'detective', 'geophysicist',
  'physicist', 'astronomer', 'meteorologist', 'sociologist', 'politician', 'founder', 'owner', 'partner',
  'premier', 'kanzler', 'bundeskanzler', 'präsident', 'bundespräsident', 'sprecher', 'sprecherin', 'minister',
  'ministerin', 'außenminister', 'außenministerin', 'verteidigungsminister', 'regierungssprecher', 'kremlsprecher',
  'kreml-sprecher', 'stadtrat', 'stadträtin', 'gemeinderat', 'gemeinderätin', 'abgeordnete', 'chef', 'chefin', 'berater', 'beraterin', 'botschafter', 'experte', 'expertin', 'präsidentin', 'mitglied', 'autor', 'autorin',
  // German offices and callings the suffixes above do not reach: „Landrat Stefan Vogel“, „so die Hebamme“.
  'landrat', 'landrätin', 'geschäftsführer', 'geschäftsführerin', 'landwirt', 'landwirtin', 'polizist', 'polizistin',
  'soldat', 'soldatin', 'pfarrer', 'pfarrerin', 'bischof', 'bischöfin', 'intendant', 'intendantin', 'hebamme', 'arzt',
  'ärztin', 'anwalt', 'anwältin', 'rechtsanwalt', 'rechtsanwältin', 'kollege', 'kollegin', 'zeuge', 'zeugin',
  // Owners, founders, trades and sport: „Der Inhaber des Geschäfts, Thomas Reimers, …“, „Trainer Jan Ott“.
  'inhaber', 'inhaberin', 'besitzer', 'besitzerin', 'betreiber', 'betreiberin', 'eigentümer', 'eigentümerin', 'gründer',
  'gründerin', 'mitgründer', 'mitgründerin', 'unternehmer', 'unternehmerin', 'trainer', 'trainerin', 'kapitän',
  'kapitänin', 'spieler', 'spielerin', 'künstler', 'künstlerin', 'winzer', 'winzerin', 'bäuerin', 'mitarbeiter',
  'mitarbeiterin', 'verkäufer', 'verkäuferin', 'ermittler', 'ermittlerin', 'anwohner', 'anwohnerin',
  'владелец', 'владелица', 'основатель', 'основательница', 'тренер', 'фермер', 'предприниматель', 'бизнесмен', 'художник',
  'президент', 'министр', 'пресс-секретарь', 'представитель', 'глава', 'спикер', 'помощник', 'советник', 'эксперт',
  'политолог', 'директор', 'председатель', 'канцлер', 'премьер', 'премьер-министр', 'посол', 'генсек', 'лидер',
  'депутат', 'губернатор', 'мэр', 'руководитель', 'замглавы', 'официальный', 'аналитик', 'генерал', 'командующий',
  'координатор', 'сотрудник', 'замминистра', 'вице-премьер', 'вице-президент', 'генсекретарь', 'спецпредставитель',
  'постпред', 'полпред', 'сенатор', 'мэра', 'советница', 'журналист', 'историк', 'экономист', 'посланник',
  'дипломат', 'парламентарий', 'чиновник', 'политик', 'собеседник', 'собеседница', 'член', 'автор', 'градоначальник',
  // Occupations Russian news quotes: «врач-инфекционист Елена …», «педиатр», «адвокат осужденного».
  'врач', 'педиатр', 'терапевт', 'хирург', 'инфекционист', 'эпидемиолог', 'вирусолог', 'иммунолог', 'кардиолог',
  'адвокат', 'юрист', 'прокурор', 'следователь', 'судья', 'профессор', 'учёный', 'ученый', 'исследователь', 'социолог',
  'учитель', 'учительница', 'инженер', 'юристка', 'невролог', 'онколог', 'психолог', 'биолог', 'химик', 'физик',
  // Ukrainian, where it differs: "речник МЗС", "міністерка", "радниця", "голова".
  'міністр', 'міністерка', 'речник', 'речниця', 'прессекретар', 'прес-секретар', 'представник', 'представниця',
  'радник', 'радниця', 'депутатка', 'експерт', 'експертка', 'політолог', 'аналітик', 'посол', 'посолка', 'голова',
  'керівник', 'очільник', 'очільниця', 'заступник', 'заступниця', 'генерал', 'командувач', 'мер', 'губернатор',
  'developer', 'engineer', 'programmer', 'designer', 'blogger', 'writer', 'journalist', 'student', 'teacher',
  'doctor', 'nurse', 'farmer', 'fisherman', 'skipper', 'resident', 'volunteer', 'worker', 'entrepreneur', 'investor',
  'trader', 'consultant', 'foreman', 'forewoman', 'supervisor', 'priest', 'pastor', 'rabbi', 'imam', 'columnist',
  'commentator', 'scholar', 'ranger', 'elder', 'chemist', 'biologist', 'curator',
  'ministre', 'porte-parole', 'président', 'présidente', 'député', 'sénateur', 'trenér', 'kapitán',
  'ministr', 'prezident', 'mluvčí', 'expert',
  // A party member named before the name: "California Democrat Ro Harlan", "der CDU-Politiker Max Rudolf".
  'democrat', 'republican', 'politiker', 'politikerin',
  // "council member Ira Bloom", "board member".
  'member',
  // German occupations that speak in the news: "der Politologe Jan Ott", "die Historikerin Eva Lind".
  // (Heads the suffix list covers, compounds and all, stand there: -direktor, -vorsitzende, -beauftragte.)
  'ökonom', 'aktivist', 'generalsekretär', 'oberst', 'offizier',
]);

const ROLE_SUFFIXES = ['bürgermeister', 'politiker', 'sprecher', 'sprecherin', 'minister', 'ministerin', 'präsident', 'präsidentin', 'kanzler', 'kanzlerin',
  'chef', 'chefin', 'berater', 'beraterin', 'leiter', 'leiterin', 'experte', 'expertin', 'sekretär', 'botschafter',
  'wissenschaftler', 'forscher', 'analyst', 'historiker', 'ökonom', 'diplomat', 'politologe', 'kommissar',
  'vorständin', 'vorsitzender', 'vorsitzende', 'direktor', 'direktorin', 'beauftragter', 'beauftragte',
  'funktionär', 'funktionärin', 'mitglied', 'senator', 'senatorin', 'richter', 'richterin', 'anwalt', 'anwältin', 'abgeordneter', 'abgeordnete',
  'секретарь', 'министр', 'президент', 'spokesman', 'spokeswoman', 'minister', 'secretary', 'president'];
/** The suffixes as one pattern: one test, not one for each. */
const ROLE_SUFFIX = endingIn(ROLE_SUFFIXES);

/** A pattern for words that end in one of `endings` (letters only). */
function endingIn(endings: readonly string[]): RegExp {
  return new RegExp(`(?:${endings.join('|')})$`, 'u');
}

/** The endings of German nouns for people („der Gewerkschafter“, „die Politikerin“, „der Experte“), which some surnames share („Wegener“). */
export const GERMAN_PERSON_NOUN = /^\p{Ll}{3,}(?:er|erin|ist|istin|ent|entin|ant|antin|loge|login|eur|eurin|ierte|ierter)$/u;

/** Russian declines role nouns ("представителя", "министру"): their stems, to know a role in any case. */
const CYRILLIC_ROLE_STEMS = new Set([...ROLE_WORDS].filter((word) => /^[\u0400-\u04ff-]+$/u.test(word) && word.length > 4).map(cyrillicStem));

/**
 * A Russian word without its case ending, so declined forms compare equal: "Пескова", "Пескову" →
 * "песков"; "представителя", "представитель" → "представител". Short and non-Cyrillic words stay.
 */
export function cyrillicStem(lower: string): string {
  if (!/[\u0400-\u04ff]/u.test(lower) || lower.length <= 4) return lower;
  return lower.replace(/(?:ого|ему|ому|ой|ом|ым|им|ая|ую|ей|ью|а|у|е|ы|я|ю|и|ь|й)$/u, '');
}

/** `isRoleWord` of a token's text, kept on the token: the phrase readers ask it of the same tokens again and again. */
export function isRoleToken(token: Token): boolean {
  return (token.isRole ??= isRoleInLowerCase(token.lower));
}

export function isRoleWord(word: string): boolean {
  return isRoleInLowerCase(word.toLowerCase());
}

/**
 * A lexicon test that remembers its answers: a page asks about the same few thousand words again and
 * again, from every rule that reads a phrase. It forgets all past a long page's vocabulary.
 */
function remembered(test: (word: string) => boolean): (word: string) => boolean {
  const answers = new Map<string, boolean>();
  return (word) => {
    let known = answers.get(word);
    if (known === undefined) {
      if (answers.size >= MEMO_LIMIT) answers.clear();
      known = test(word);
      answers.set(word, known);
    }
    return known;
  };
}

/** How many words a lexicon test remembers: more than a long page's vocabulary, little memory. */
const MEMO_LIMIT = 50_000;

/** Whether a word, in lower case, is a role: the answer depends on the lower case alone ("Minister", "minister"). */
const isRoleInLowerCase = remembered(readsAsRoleWord);

function readsAsRoleWord(lower: string): boolean {
  if (ROLE_WORDS.has(lower)) return true;
  // German compounds with a hyphen: "CDU-Abgeordnete", "SPD-Chefin", "Kreml-Sprecher".
  const hyphen = lower.lastIndexOf('-');
  if (hyphen > 0 && hyphen < lower.length - 3 && !/[\u0400-\u04ff]/u.test(lower) && ROLE_WORDS.has(lower.slice(hyphen + 1))) return true;
  // Russian compounds put the head first: «врач-инфекционист», «инженер-конструктор».
  if (hyphen > 0 && /^[\u0400-\u04ff]+-[\u0400-\u04ff]+$/u.test(lower) && ROLE_WORDS.has(lower.slice(0, hyphen))) return true;
  if (lower.length > 6 && ROLE_SUFFIX.test(lower)) return true;
  // German feminine forms: "Bürgermeisterin", "Botschafterin".
  if (lower.length > 6 && lower.endsWith('in') && /[äöüß]|^[a-z-]+$/u.test(lower) && isRoleWord(lower.slice(0, -2)) && !lower.endsWith('inin')) return true;
  if (germanRoleBase(lower) !== null) return true;
  return lower.length > 5 && /^[\u0400-\u04ff-]+$/u.test(lower) && CYRILLIC_ROLE_STEMS.has(cyrillicStem(lower));
}

/**
 * The case a Russian role word is written in, when not the nominative: "политолога" genitive,
 * "министром" instrumental. The name in apposition shares it ("политолога Ивана Соколова").
 */
export function russianRoleCase(lower: string): 'genitive' | 'instrumental' | 'dative' | null {
  if (!/^[\u0400-\u04ff-]+$/u.test(lower) || ROLE_WORDS.has(lower) || !isRoleWord(lower)) return null;
  if (/(?:ом|ем)$/u.test(lower)) return 'instrumental';
  // "направил запрос министру … Елене Сорокиной": the one written to, in the dative.
  if (/[ую]$/u.test(lower)) return 'dative';
  return /[ая]$/u.test(lower) ? 'genitive' : null;
}

/**
 * German declines role nouns as Russian does, if less: "des Präsidenten", "dem Politologen", "der
 * Abgeordneten", "Sprecherinnen". The base form of such a word, or null. (English plurals end in -s,
 * never in -en, so only the -n endings are read.)
 */
export function germanRoleBase(lower: string): string | null {
  if (!/^[a-zäöüß-]{6,}$/u.test(lower) || !lower.endsWith('n')) return null;
  for (const base of [lower.slice(0, -2), lower.slice(0, -1)]) {
    if (base.length < 5) continue;
    if (ROLE_WORDS.has(base) || ROLE_SUFFIX.test(base)) return base;
    // "Sprecherinnen", "Ministerinnen".
    if (base.endsWith('inne') && isRoleWord(base.slice(0, -4))) return base.slice(0, -2);
  }
  return null;
}

/**
 * Nouns for texts: "the document said" gives the words of whoever wrote it, the body the page has in
 * view, or nobody; the bare noun is never the speaker.
 */
export const DOCUMENT_NOUNS: ReadonlySet<string> = new Set([
  'bill', 'law', 'report', 'paper', 'document', 'treaty', 'resolution', 'decree', 'memo',
  'loi', 'projet', 'texte', 'rapport', 'décret',
  'gesetz', 'gesetzentwurf', 'papier', 'bericht', 'dokument', 'erklärung',
  'закон', 'законопроект', 'документ', 'доклад', 'заявление', 'указ',
  'zákon',
]);

/**
 * Texts that speak only as a subject before a speech verb ("“…,” the statement read"): their author
 * is the body in view. Not bodies elsewhere: "said in a statement" names no one.
 */
export const AUTHORED_TEXT_NOUNS: ReadonlySet<string> = new Set([
  ...DOCUMENT_NOUNS, 'statement', 'communiqué', 'release', 'ruling', 'filing', 'letter', 'mitteilung', 'stellungnahme',
  'schreiben', 'коммюнике', 'сообщение', 'письмо',
  // «говорится в пресс-релизе регулятора», «в официальном отзыве кабмина», «в ответе компании на запрос».
  'пресс-релиз', 'релиз', 'отзыв', 'ответ', 'обращение',
]);

/**
 * Lower-case nouns that speak for a body or a text ("the government said", "the bill provides",
 * "le projet de loi prévoit", "das Ministerium erklärte", "законопроект предусматривает").
 */
export const INSTITUTION_NOUNS: ReadonlySet<string> = new Set([
  'government', 'ministry', 'gouvernement', 'ministère', 'regierung', 'ministerium',
  'правительство', 'министерство', 'ведомство', 'vláda', 'ministerstvo',
  ...DOCUMENT_NOUNS,
]);

const INSTITUTION_SUFFIXES = [
  'ministerium', 'regierung', 'министерство',
  // German bodies by their compound's head: „Staatskanzlei“, „Bundesbehörde“, „Landgericht“ („-amt“ in isBodyCompound).
  'kanzlei', 'rathaus', 'behörde', 'gericht', 'verband', 'ausschuss', 'kommission', 'polizei', 'botschaft',
];
/** The suffixes as one pattern: one test, not one for each. */
const INSTITUTION_SUFFIX = endingIn(INSTITUTION_SUFFIXES);


/** A body's or a text's noun, German compounds included ("Außenministerium", "Bundesregierung"). */
export function isInstitutionNoun(lower: string): boolean {
  return INSTITUTION_NOUNS.has(lower) || isBodyCompound(lower);
}

/**
 * A body's noun, never a text's: "Bill" and "Law" are names too, so a name is a body's by this test
 * only ("Innenministerium", "Bundesregierung", "Kanzleramt").
 */
export function isBodyNoun(lower: string): boolean {
  return (INSTITUTION_NOUNS.has(lower) && !DOCUMENT_NOUNS.has(lower)) || isBodyCompound(lower);
}

/** German words ending in "-amt" that are no office. */
const NOT_OFFICES: ReadonlySet<string> = new Set(['insgesamt', 'gesamt', 'allesamt', 'mitsamt', 'samt', 'ehrenamt']);

function isBodyCompound(lower: string): boolean {
  // „Landratsamt“, „Hauptzollamt“, „Bezirksamt“: an office by its compound's head.
  if (lower.length > 5 && lower.endsWith('amt') && !NOT_OFFICES.has(lower)) return true;
  return INSTITUTION_SUFFIX.test(lower);
}

/** Words that make a name an organisation or a publication: never "he" or "she". */
const ORGANISATION_WORDS = new Set([
  'ministry', 'department', 'chamber', 'alliance', 'coalition', 'church', 'tribunal', 'caucus', 'house', 'kremlin',
  'council', 'party', 'company', 'inc', 'inc.', 'corp', 'times', 'post',
  'news', 'agency', 'government', 'institute', 'university', 'bank', 'committee', 'commission', 'office', 'court',
  'union', 'assembly', 'senate', 'congress', 'parliament', 'administration', 'association', 'center', 'centre',
  'foundation', 'group', 'corporation', 'reuters', 'ap', 'afp', 'pentagon', 'journal', 'standard', 'guardian',
  'tass', 'xinhua', 'foods', 'service', 'police', 'army', 'navy', 'nato', 'un', 'eu', 'cnn', 'bbc', 'command',
  'ministerium', 'regierung', 'kreml', 'amt', 'partei', 'kommission', 'zeitung', 'министерство', 'мид', 'кремль',
  'правительство', 'ведомство', 'агентство', 'минобороны', 'госдума', 'ministère', 'gouvernement', 'loi',
  'press', 'media', 'studio', 'studios', 'publishing', 'publishers', 'books', 'records', 'ltd', 'llc', 'gmbh', 'ag',
  'authority', 'board', 'network', 'organization', 'organisation', 'firm', 'club', 'team', 'league', 'federation',
  'society', 'hospital', 'school', 'college', 'airline', 'airlines', 'railway', 'railways', 'hydro', 'municipality',
  'city', 'province', 'state', 'embassy', 'consulate', 'secretariat', 'directorate', 'bureau', 'unit', 'force',
  'forces', 'verband', 'behörde', 'gericht', 'stadt', 'konzern', 'unternehmen', 'посольство', 'компания', 'суд',
  'служба', 'комитет', 'совет', 'партия', 'офис',
  // Russian banks, ministries by their short names, prosecutors and city halls: «Банк России», «Минфин».
  'банк', 'центробанк', 'цб', 'минфин', 'минздрав', 'минтранс', 'минэнерго', 'минюст', 'мвд', 'фсб', 'мчс', 'оон', 'мвф',
  'прокуратура', 'администрация', 'мэрия', 'фракция', 'корпорация', 'госкорпорация', 'университет', 'институт', 'фонд',
  'zentralbank', 'bundesbank',
  'universität', 'hochschule', 'stiftung', 'institut', 'akademie', 'bundeswehr', 'polizei', 'armee', 'botschaft',
  // The last word of a firm's name: "Harbourline Properties", "Northgate Holdings".
  'properties', 'holdings', 'partners', 'ventures', 'industries', 'enterprises', 'technologies', 'systems', 'resources',
  'energy', 'motors', 'pharmaceuticals', 'laboratories', 'labs', 'logistics', 'airways', 'developments',
]);

/** "Mitch McConnell of Kentucky" → "Mitch McConnell"; "Department of Conservation" stays whole. */
export function withoutPlaceOfOrigin(name: string): string {
  const match = /^(.+?) (?:of|from|aus|из) (.+)$/u.exec(name);
  if (!match) return name;
  const head = match[1]!;
  if (isOrganisationName(head) || head.split(' ').some((word) => isRoleWord(word))) return name;
  return head;
}

/** A body's word ("police", "office", "ministry"): what a description or a relation names when it is no person. */
export function isOrganisationWord(lower: string): boolean {
  return ORGANISATION_WORDS.has(lower) || isInstitutionNoun(lower);
}

/** Russian declines a body's noun as any other: "Госдумы", "в Кремле", "Совете" are still bodies. */
const CYRILLIC_ORGANISATION_STEMS: ReadonlySet<string> = new Set(
  [...ORGANISATION_WORDS].filter((word) => /^[\u0400-\u04ff]{4,}$/u.test(word)).map(cyrillicStem),
);

function isOrganisationWordOfName(lower: string): boolean {
  if (ORGANISATION_WORDS.has(lower) || isBodyNoun(lower)) return true;
  return lower.length > 4 && /^[\u0400-\u04ff]+$/u.test(lower) && CYRILLIC_ORGANISATION_STEMS.has(cyrillicStem(lower));
}

export function isOrganisationName(name: string): boolean {
  return isOrganisationNameRemembered(name);
}

/** Every run of capitalised words on a page is asked about, most of them many times. */
const isOrganisationNameRemembered = remembered((name) =>
  // German compounds end in the body's noun: "Innenministerium", "Bundesregierung".
  name.split(/\s+/).some((word) => isOrganisationWordOfName(word.toLowerCase().replace(/[’']s$/, ''))),
);

/** "Don't", "We'll", "I'm": a contraction, never a name, though capitalised at a sentence's start. */
export function isContraction(lower: string): boolean {
  return (lower.includes("'") || lower.includes('’')) && CONTRACTION.test(lower);
}

const CONTRACTION = /(?:n[’']t|[’'](?:ll|re|ve|m|d))$/u;

/** Capitalised words that open sentences or clauses but are never names. */
export const NOT_NAMES: ReadonlySet<string> = new Set([
  'the', 'a', 'an', 'but', 'and', 'or', 'so', 'yet', 'in', 'on', 'at', 'for', 'if', 'as', 'this', 'that', 'these',
  'those', 'there', 'then', 'what', 'when', 'while', 'after', 'before', 'his', 'her', 'its', 'their', 'our', 'my',
  'however', 'meanwhile', 'still', 'regardless', 'nevertheless', 'nonetheless', 'instead', 'indeed', 'now', 'some',
  'many', 'one', 'two', 'it', 'he', 'she', 'they', 'we', 'i', 'you',
  'ihr', 'ihre', 'ihrer', 'ihren', 'ihrem', 'sein', 'seine', 'seiner', 'seinen', 'seinem', 'unser', 'unsere',
  'outside', 'inside', 'near', 'behind', 'beyond', 'around', 'against', 'toward', 'towards', 'beside', 'between', 'along',
  'across', 'upon', 'about', 'during', 'despite', 'amid', 'among', 'under', 'over', 'without', 'within', 'through', 'via',
  // Holidays head lines and sections ("CHRISTMAS DAY: …") and are never anyone's name.
  'christmas', 'easter', 'thanksgiving', 'halloween', 'hanukkah', 'ramadan', 'diwali', 'weihnachten', 'ostern',
  'silvester', 'pfingsten', 'рождество', 'пасха',
  'with', 'by', 'from', 'to', 'of', 'no', 'not', 'all', 'both', 'each', 'every', 'other', 'another', 'such', 'also',
  'although', 'though', 'because', 'since', 'until', 'unless', 'where', 'which', 'who', 'whom', 'whose', 'how', 'why',
  'here', 'today', 'yesterday', 'tomorrow', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday',
  'sunday', 'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october',
  'november', 'december',
  // Months as datelines shorten them ("on Aug. 29"); not "Jan" or "Jun", which are given names too.
  'feb', 'apr', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'montag', 'dienstag', 'mittwoch', 'donnerstag', 'freitag', 'samstag', 'sonnabend',
  'sonntag', 'januar', 'jänner', 'februar', 'märz', 'mai', 'juni', 'juli', 'oktober', 'dezember', 'heute', 'gestern',
  'morgen', 'abend', 'vormittag', 'nachmittag', 'wochenende', 'last', 'next', 'earlier', 'later', 'once', 'again',
  'even', 'just', 'only', 'already',
  'asked', 'speaking', 'writing', 'according', 'despite', 'during', 'among', 'about', 'over', 'under', 'like',
  'der', 'die', 'das', 'den', 'dem', 'des', 'ein', 'eine', 'einer', 'und', 'aber', 'doch', 'auch', 'dann', 'im', 'am',
  'zum', 'zur', 'nach', 'vor', 'bei', 'mit', 'von', 'für', 'wie', 'als', 'es', 'wir', 'ich', 'man', 'dazu', 'dies',
  'er', 'sie', 'so', 'laut', 'на', 'в', 'во', 'и', 'но', 'а', 'по', 'как', 'это', 'он', 'она', 'они', 'мы', 'я', 'при',
  'однако', 'также', 'ещё', 'еще', 'там', 'здесь', 'тут', 'сейчас', 'завтра', 'впрочем', 'поэтому', 'кроме', 'кстати',
  'le', 'la', 'les', 'un', 'une', 'des', 'du', 'et', 'mais', 'selon', 'il', 'elle',
  'podle', 'ale', 'jak', 'když', 'to', 'ten', 'ta',
  // Prepositions that open a German or Russian sentence, capitalised there: „Unter den Rednern war …“, «Среди них …».
  'unter', 'über', 'trotz', 'während', 'wegen', 'ohne', 'seit', 'gegen', 'среди', 'после', 'до', 'из', 'за', 'под',
  'над', 'без', 'для', 'от', 'у', 'к', 'об', 'о', 'обо', 'с', 'со', 'про', 'перед', 'через', 'ко',
  // Adverbs that open a German or Russian sentence before its verb, the subject after: "Später sagte Ott:".
  'später', 'danach', 'zuvor', 'zudem', 'außerdem', 'anschließend', 'daraufhin', 'darauf', 'zugleich', 'gleichzeitig',
  'allerdings', 'jedoch', 'trotzdem', 'deshalb', 'daher', 'damals', 'bereits', 'schon', 'nun', 'jetzt', 'zuletzt',
  'schließlich', 'inzwischen', 'dabei', 'ebenfalls', 'erneut', 'hier', 'dort', 'weiter', 'ferner', 'zunächst',
  'kürzlich', 'jüngst', 'vorher', 'позже', 'затем', 'ранее', 'потом', 'сегодня', 'вчера', 'теперь', 'тогда',
  // Generic plural subjects: "Officials said", "Experten warnen", "Эксперты считают" name nobody.
  'officials', 'analysts', 'experts', 'critics', 'diplomats', 'sources', 'residents', 'witnesses', 'observers',
  'authorities', 'protesters', 'lawmakers', 'economists', 'scientists', 'researchers', 'investors', 'traders',
  'people', 'others', 'several', 'most', 'few', 'experten', 'beobachter', 'kritiker', 'diplomaten', 'kreise',
  'эксперты', 'аналитики', 'источники', 'наблюдатели', 'власти', 'критики',
]);

/** Lower-case words that may sit inside a name ("Department of Conservation", "Ursula von der Leyen"). */
export const NAME_PARTICLES: ReadonlySet<string> = new Set([
  'of', 'for', 'de', 'du', 'la', 'le', 'von', 'van', 'bin', 'al', 'el', 'da', 'di', 'dos', 'ibn', 'ter', 'zu',
]);

const BODY_LINKS = new Set(['on', 'and', '&', 'und']);

/** Articles inside a name only right after a particle: "von der Leyen", "van den Berg", "de la Cruz". */
export const NAME_ARTICLES: ReadonlySet<string> = new Set(['der', 'den', 'la', 'le', 'los', 'las', 'del']);

/** Whether tokens from `index` form particles leading into a name word ("von der Leyen"). */
export function particlesLeadToName(words: { lower: string; text?: string; isCapitalised: boolean; isWord: boolean }[], index: number): boolean {
  const first = words[index];
  if (!first) return false;
  // "Committee on Intelligence and Security", "Council on Foreign Relations": only inside a body's name.
  if (BODY_LINKS.has(first.lower)) {
    const next = words[index + 1];
    if (!next || !next.isCapitalised || NOT_NAMES.has(next.lower)) return false;
    for (let k = index - 1; k >= Math.max(0, index - 4); k--) {
      if (!words[k]!.isCapitalised && !NAME_PARTICLES.has(words[k]!.lower) && !BODY_LINKS.has(words[k]!.lower)) return false;
      if (ORGANISATION_WORDS.has(words[k]!.lower)) return true;
    }
    return false;
  }
  if (!NAME_PARTICLES.has(first.lower)) return false;
  // „Karl zu Guttenberg“ after a name; „sagte der Präsident zu Beginn“ is an adverbial after a role.
  const before = words[index - 1];
  if (first.lower === 'zu' && (!before || !before.isCapitalised || isRoleWord(before.text ?? before.lower))) return false;
  let k = index + 1;
  if (words[k] && NAME_ARTICLES.has(words[k]!.lower)) k++;
  const next = words[k];
  // "Jan Ott von der Universität Wien": a body after the particles is where the person works, not their name;
  // so is a party („Lea Brandt von den Grünen“, „von der CDU“).
  return next !== undefined && next.isWord && next.isCapitalised && !isOrganisationWord(next.lower) && !(first.lower === 'von' && isPartyWord(next));
}

/** Words that name a German party after "von der/den": the plural nouns, and acronyms ("CDU", "AfD"). */
const GERMAN_PARTY_NOUNS: ReadonlySet<string> = new Set(['grünen', 'linken', 'liberalen', 'freien', 'sozialdemokraten', 'christdemokraten', 'piraten']);

function isPartyWord(word: { lower: string; text?: string }): boolean {
  return GERMAN_PARTY_NOUNS.has(word.lower) || (word.text !== undefined && /^\p{Lu}[\p{Lu}\p{Ll}]?\p{Lu}+$/u.test(word.text));
}

/** Nouns for words said or written, after a possessive speaker ("Arment’s insistence that “…”"). */
export const SPEECH_NOUNS: ReadonlySet<string> = new Set([
  'statement', 'statements', 'insistence', 'words', 'remarks', 'remark', 'comments', 'comment', 'claim', 'claims',
  'argument', 'message', 'post', 'tweet', 'letter', 'memo', 'email', 'e-mail', 'promise', 'warning', 'assertion',
  'view', 'speech', 'address', 'answer', 'reply', 'response', 'testimony', 'announcement', 'declaration', 'verdict',
  'release', 'bulletin', 'notice',
  'erklärung', 'mitteilung', 'worte', 'aussage', 'äußerung', 'заявление', 'слова', 'сообщение', 'déclaration', 'propos',
]);

/** Determiners and adverbs allowed around a speaker ("the spokesman", "also said", "later told"). */
export const DETERMINERS: ReadonlySet<string> = new Set([
  'the', 'a', 'an', 'der', 'die', 'das', 'den', 'dem', 'des', 'ein', 'eine', 'einer', 'le', 'la', 'les', 'l’', 'un',
  'une', 'its', 'his', 'her', 'their', 'our',
]);

export const ADVERBS: ReadonlySet<string> = new Set([
  'also', 'then', 'later', 'once', 'again', 'now', 'previously', 'recently', 'has', 'had', 'have', 'was', 'is', 'were',
  'would', 'will', 'repeatedly', 'further', 'firmly', 'often', 'always', 'never', 'still', 'just', 'already',
  'reportedly', 'allegedly', 'apparently', 'simply', 'finally', 'earlier', 'ещё', 'также', 'тогда', 'auch', 'dann',
  'noch', 'bereits', 'zudem', 'außerdem', 'weiter', 'hat', 'habe', 'hatte', 'ist', 'war', 'a', 'avait', 'také',
]);

/**
 * News outlets a speaker talks to, named between the verb and the speaker in Russian news ("— заявил
 * РИА Новости Песков", "— сказал ТАСС Ушаков"), in the dative, lower case.
 */
const OUTLETS_SPOKEN_TO: readonly string[][] = [
  ['риа', 'новости'], ['тасс'], ['интерфаксу'], ['известиям'], ['рбк'], ['коммерсанту'], ['ведомостям'], ['рейтер'], ['rt'],
];

/**
 * Russian nouns of where or how words were said ("в интервью", "в своём телеграм-канале", "на
 * брифинге", "в эфире"): an adverbial between the verb and the speaker, never part of a role.
 */
export const SPEECH_SETTING_NOUNS: ReadonlySet<string> = new Set([
  'интервью', 'эфире', 'беседе', 'программе', 'телеграм-канале', 'телеграме', 'telegram-канале', 'канале', 'соцсетях', 'блоге',
  'брифинге', 'пресс-конференции', 'конференции', 'заседании', 'выступлении', 'комментарии', 'обращении', 'посте', 'видеообращении',
]);

/** How many tokens an outlet spoken to takes at `index` (0 when there is none). */
export function outletLengthAt(tokens: Token[], index: number): number {
  const length = outletNamedAt(tokens, index);
  // Only when a speaker follows: "— сообщает ТАСС." names the agency itself; "— сообщил ТАСС
  // источник" names a source the agency does not.
  const next = tokens[index + length];
  if (length === 0 || next === undefined || !next.isWord) return 0;
  return next.isCapitalised || isRoleToken(next) || UNNAMED_SOURCES.has(next.lower) || nameSoonAfter(tokens, index + length) ? length : 0;
}

/** How far past an outlet a speaker's name may stand: «— сказал РИА Новости невролог, доктор наук Андрей …». */
const OUTLET_TO_NAME_TOKENS = 8;

/** Whether a capitalised word follows within a few tokens, before the sentence ends. */
function nameSoonAfter(tokens: Token[], from: number): boolean {
  for (let k = from; k < Math.min(tokens.length, from + OUTLET_TO_NAME_TOKENS); k++) {
    if (/^[.!?;:]$/u.test(tokens[k]!.text)) return false;
    if (tokens[k]!.isWord && tokens[k]!.isCapitalised) return true;
  }
  return false;
}

/** A bare Russian noun in the plural ("эксперты", "жители"): a group, never one person. */
export const RUSSIAN_PLURAL_NOUN = /^\p{Ll}[\p{Script=Cyrillic}-]*[ыи]$/u;

/** Sources a page keeps unnamed: "— сообщил РИА Новости источник в правительстве", "a source close to the minister". */
const UNNAMED_SOURCES = new Set([
  'источник', 'источники', 'собеседник', 'собеседники', 'собеседница',
  'source', 'sources', 'insider', 'insiders', 'quelle', 'quellen', 'insiderin',
]);

/** «источник», «собеседник агентства»: a source the page keeps unnamed, whose words are no one else's. */
export function isUnnamedSource(head: string): boolean {
  return UNNAMED_SOURCES.has(head);
}

/** How many tokens an outlet's name takes at `index`, whatever follows (0 when there is none). */
export function outletNamedAt(tokens: Token[], index: number): number {
  const known = OUTLETS_SPOKEN_TO.find((outlet) => outlet.every((word, k) => tokens[index + k]?.lower === word))?.length ?? 0;
  return known > 0 ? known : outletInGuillemetsAt(tokens, index);
}

/** Words an outlet's name in guillemets may have: «Интерфаксу», «Российской газете». */
const OUTLET_NAME_WORDS = 3;

/** "— сообщил «Интерфаксу» …", "— рассказал «Известиям» …": Russian writes an outlet's name in guillemets. */
function outletInGuillemetsAt(tokens: readonly Token[], index: number): number {
  const close = nameInGuillemetsEnd(tokens, index, OUTLET_NAME_WORDS);
  return close < 0 ? 0 : close + 1 - index;
}

/**
 * «Интерфаксу», «Северный Путь»: a name Russian sets in guillemets at tokens[open], one to `maxWords`
 * words, the first capitalised. The index of the closing '»', or -1.
 */
export function nameInGuillemetsEnd(tokens: readonly Token[], open: number, maxWords: number): number {
  return quotedNameEnd(tokens, open, maxWords, GUILLEMETS);
}

const GUILLEMETS: ReadonlyMap<string, string> = new Map([['«', '»']]);
/** Quote marks around a name in any of our languages: «Интерфакс», „Spiegel“, “Globe”. */
export const NAME_QUOTE_MARKS: ReadonlyMap<string, string> = new Map([['«', '»'], ['„', '“'], ['“', '”'], ['"', '"']]);

/** A name of one to `maxWords` words set in quote marks of `marks` at tokens[open], the first capitalised: the closing mark's index, or -1. */
export function quotedNameEnd(tokens: readonly Token[], open: number, maxWords: number, marks: ReadonlyMap<string, string> = NAME_QUOTE_MARKS): number {
  const close = marks.get(tokens[open]?.text ?? '');
  if (close === undefined || !tokens[open + 1]?.isCapitalised) return -1;
  for (let k = open + 1; k <= open + maxWords + 1 && k < tokens.length; k++) {
    if (tokens[k]!.text === close) return k > open + 1 ? k : -1;
    if (!tokens[k]!.isWord) return -1;
  }
  return -1;
}

/**
 * Page furniture that heads a line ("WATCH: …", "READ MORE: …", "Related", "Lesen Sie auch",
 * "Читайте также"): labels of a layout, never a speaker. In capitals always; written normally only
 * where the word is never a name.
 */
const FURNITURE_IN_CAPITALS = new Set([
  'watch', 'read', 'more', 'related', 'video', 'videos', 'listen', 'advertisement', 'update', 'updated', 'breaking',
  'exclusive', 'photos', 'photo', 'gallery', 'opinion', 'analysis', 'sponsored', 'subscribe', 'live', 'latest',
  'also', 'see', 'editor’s', "editor's", 'note', 'lesen', 'mehr', 'zum', 'thema', 'anzeige', 'читайте', 'также',
  'смотрите', 'подробнее', 'реклама', 'фото', 'видео', 'новости',
]);
const FURNITURE_ALWAYS = new Set([
  'related', 'advertisement', 'überschrift', 'anzeige', 'читайте', 'смотрите', 'подробнее', 'реклама',
  // Labels over a quote ("Putin Quote:", "Zitat:", "Цитата дня:", "Example:", "Kommentar:") name no speaker.
  'quote', 'quotes', 'zitat', 'zitate', 'цитата', 'цитаты', 'example', 'examples', 'beispiel', 'пример', 'comment',
  'kommentar', 'комментарий',
]);

export function isFurnitureWord(token: Token): boolean {
  if (FURNITURE_ALWAYS.has(token.lower)) return true;
  return token.text.length > 1 && FURNITURE_IN_CAPITALS.has(token.lower) && token.text === token.text.toUpperCase();
}

/** Possessive pronouns and the person they stand for: "her statement read" is hers. */
export const POSSESSIVE_PRONOUNS: ReadonlyMap<string, string> = new Map([
  ['his', 'he'], ['her', 'she'], ['sein', 'er'], ['seine', 'er'], ['seiner', 'er'], ['ihr', 'sie'], ['ihre', 'sie'], ['ihrer', 'sie'],
  ['его', 'он'], ['её', 'она'], ['ее', 'она'], ['його', 'він'], ['її', 'вона'],
]);

/** Relations that name one of a couple: "her husband" is the man named with her ("Daniel and Rhonda Kowalski"). */
export const PARTNER_NOUNS: ReadonlySet<string> = new Set([
  'husband', 'wife', 'partner', 'spouse', 'mann', 'ehemann', 'frau', 'ehefrau', 'partnerin', 'муж', 'жена', 'супруг', 'супруга',
]);

/**
 * Relations a possessive names a person by ("her son", "Cole's partner", "die Frau des Ministers"):
 * someone other than the owner. Any other relation ("Cole's campaign", "Putin's office") is the
 * owner's side speaking.
 */
export const PERSONAL_RELATIONS: ReadonlySet<string> = new Set([
  'dad', 'father', 'mother', 'mom', 'mum', 'son', 'daughter', 'wife', 'husband', 'brother', 'sister', 'partner',
  'friend', 'uncle', 'aunt', 'grandmother', 'grandfather', 'grandson', 'granddaughter', 'cousin', 'girlfriend',
  'boyfriend', 'fiancé', 'fiancée', 'fiance', 'fiancee', 'widow', 'widower', 'niece', 'nephew', 'parent', 'child',
  'neighbour', 'neighbor', 'colleague', 'boss', 'teammate', 'roommate', 'stepfather', 'stepmother', 'mentor',
  'vater', 'mutter', 'sohn', 'tochter', 'frau', 'mann', 'bruder', 'schwester', 'freund', 'freundin',
  'отец', 'мать', 'сын', 'дочь', 'жена', 'муж', 'брат', 'сестра', 'друг',
]);

/** Nouns for several people at once: a description with one of them is no single person named again. */
export const GROUP_NOUNS: ReadonlySet<string> = new Set([
  'family', 'couple', 'crowd', 'group', 'pair', 'duo', 'trio', 'band', 'crew', 'staff', 'public', 'audience', 'panel',
  'jury', 'majority', 'minority', 'opposition', 'familie', 'paar', 'семья', 'пара',
]);

/** Pronouns for a body or a text: "it said", "es hieß", "оно сообщило". */
export const BODY_PRONOUNS: ReadonlySet<string> = new Set(['it', 'es', 'оно']);

/** Pronouns for several people who speak as one: "they said", "они заявили" (German "sie" is also "she"). */
export const GROUP_PRONOUNS: ReadonlySet<string> = new Set(['they', 'они']);

/**
 * Nouns by which a page names again a body it has named ("the agency said", "das Ministerium
 * erklärte"): any body, when the noun is this general; otherwise the last body with that noun.
 */
export const GENERAL_BODY_NOUNS: ReadonlySet<string> = new Set([
  'agency', 'organization', 'organisation', 'body', 'company', 'firm', 'group', 'institution', 'office', 'department',
  'behörde', 'organisation', 'unternehmen', 'ведомство', 'организация', 'компания',
]);

/** Indefinite determiners: "a farmer", "one official", "ein Anwohner", "один из": someone the page has not named. */
export const INDEFINITE_DETERMINERS: ReadonlySet<string> = new Set([
  'a', 'an', 'one', 'another', 'ein', 'eine', 'einer', 'einen', 'einem', 'eines', 'один', 'одна', 'некий', 'некая',
]);

/**
 * Predicates that say a person did not speak ("declined to comment", „war nicht erreichbar“, «отказался
 * от комментариев»). Their subject is in the story but not the voice a pronoun after them means.
 */
const SILENCE_PREDICATES: readonly RegExp[] = [
  /\b(?:declined|refused) (?:to comment|comment|to be interviewed|an interview|requests?)\b/u,
  /\b(?:did not|didn[’']t|has not|hasn[’']t|had not|have not|haven[’']t|did not immediately|didn[’']t immediately) (?:respond|return|reply|answer)\b/u,
  /\b(?:could not|couldn[’']t) be reached\b/u,
  /\b(?:was|were|is|are)(?: not|n[’']t) (?:immediately )?available\b/u,
  /\b(?:would not|wouldn[’']t) (?:comment|say|speak)\b/u,
  /\bnicht erreichbar\b/u,
  /\bwollten? sich (?:dazu |zunächst |bislang )?nicht äußern\b/u,
  /\b(?:äußerte|äußerten) sich (?:dazu |zunächst |bislang )?nicht\b/u,
  /\bunbeantwortet\b/u,
  /\blehnten? (?:eine|jede) stellungnahme ab\b/u,
  /(?:^|\s)не (?:ответил|ответила|ответили|стал|стала|стали)(?:\s|$)/u,
  /(?:^|\s)(?:отказался|отказалась|отказались) от комментари/u,
  /(?:^|\s)не удалось связаться(?:\s|$)/u,
];

/** Whether a stretch of a sentence says its subject did not speak. */
export function saysSilent(clause: string): boolean {
  return ANY_SILENCE_PREDICATE.test(clause.toLowerCase());
}

/** The predicates as one pattern: one scan of the clause, not one for each. */
const ANY_SILENCE_PREDICATE = new RegExp(SILENCE_PREDICATES.map((pattern) => `(?:${pattern.source})`).join('|'), 'u');
