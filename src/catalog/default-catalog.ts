import type { Catalog } from './entity';

/**
 * The watchlist Dossier starts with. Aliases follow how English, German, Russian, Ukrainian and
 * Chinese news write the names; the matcher adds the variants every name has (possessives, German
 * genitive "s", Russian and Ukrainian case endings, hyphen and space variants, "Mr." with or
 * without a dot, all-caps headlines for names of four letters or more), so they are not listed.
 *
 * Colours: the Okabe–Ito palette, told apart with every common colour-vision deficiency, each
 * with at least 4.5:1 contrast against black text.
 */

/**
 * Sources a reader can open: official publications and encyclopaedia entries, each with the date its
 * note was true (the event, or the fact's latest change) rather than the day Dossier shipped.
 */
const SOURCES = {
  britannicaXi: { source: 'Encyclopaedia Britannica, “Xi Jinping”', url: 'https://www.britannica.com/biography/Xi-Jinping' },
  britannicaPutin: { source: 'Encyclopaedia Britannica, “Vladimir Putin”', url: 'https://www.britannica.com/biography/Vladimir-Putin' },
  britannicaInvasion: {
    source: 'Encyclopaedia Britannica, “Russia-Ukraine War”',
    url: 'https://www.britannica.com/event/2022-Russian-invasion-of-Ukraine',
  },
  visit2023: {
    source: 'Wikipedia, “2023 visit by Xi Jinping to Russia”',
    url: 'https://en.wikipedia.org/wiki/2023_visit_by_Xi_Jinping_to_Russia',
  },
  jointStatement2022: {
    source: 'President of Russia (kremlin.ru), “Joint Statement of the Russian Federation and the People’s Republic of China on the International Relations Entering a New Era and the Global Sustainable Development”',
    url: 'http://en.kremlin.ru/supplement/5770',
  },
  nscCoordinator: {
    source: 'Wikipedia, “National Security Council coordinator for strategic communications”',
    url: 'https://en.wikipedia.org/wiki/National_Security_Council_coordinator_for_strategic_communications',
  },
  kirbyOnCeasefire: {
    source: 'The Independent, “China’s Ukraine ceasefire plan would ratify ‘Russian conquest’, White House says”',
    url: 'https://the-independent.com/news/world/americas/us-politics/china-ukraine-russia-plan-biden-b2303062.html',
  },
  positionPaper: {
    source: 'Ministry of Foreign Affairs of the People’s Republic of China, “China’s Position on the Political Settlement of the Ukraine Crisis”',
    url: 'https://www.fmprc.gov.cn/mfa_eng/zxxx_662805/202302/t20230224_11030713.html',
  },
} as const;

/** Words that place a bare "Xi" in Chinese politics rather than in a city name or a Greek letter. */
const CHINA_CUES = [
  'China*', 'Chinese', 'Beijing*', 'Peking*', 'chinesisch*', 'Volksrepublik', 'People’s Republic',
  'Communist Party', 'Kommunistische Partei', 'Kommunistischen Partei', 'CCP', 'CPC', 'KPCh', 'Zhongnanhai',
  'Кита*', 'КНР', 'Пекин*', 'Пекін*', 'КПК', 'Компарти*', 'Компартії',
  '中国', '中共', '北京', '国家主席',
];

export const DEFAULT_CATALOG: Catalog = [
  {
    id: 'xi',
    label: 'Xi Jinping',
    kind: 'person',
    role: 'President of the People’s Republic of China and General Secretary of the Chinese Communist Party',
    roleTranslations: {
      de: 'Staatspräsident der Volksrepublik China und Generalsekretär der Kommunistischen Partei Chinas',
      ru: 'Председатель КНР и генеральный секретарь ЦК Коммунистической партии Китая',
    },
    colour: '#E69F00',
    aliases: [
      'Xi Jinping', 'Xi Jingping', 'Xi Jin Ping', 'Jinping Xi',
      'President Xi', 'Mr. Xi', 'Chairman Xi', 'General Secretary Xi', 'Chinese leader Xi',
      'Präsident Xi', 'Staatschef Xi', 'Staatspräsident Xi', 'Parteichef Xi',
      'Си Цзиньпин', 'Си Цзинпин', 'председатель Си', 'Председатель КНР Си',
      'Сі Цзіньпін', 'Сі Цзінпін', 'Сі Цзиньпін', 'голова КНР Сі',
      '习近平', '習近平', '习主席', '習主席', '习总书记', '習總書記',
    ],
    contextualAliases: ['Xi', 'Си', 'Сі'],
    cues: CHINA_CUES,
    notes: [
      {
        text: 'General Secretary of the Chinese Communist Party since November 2012 and President of China since March 2013; on 10 March 2023 the National People’s Congress gave him a third term as president.',
        translations: {
          de: 'Generalsekretär der Kommunistischen Partei Chinas seit November 2012 und Staatspräsident seit März 2013; am 10. März 2023 wählte ihn der Nationale Volkskongress für eine dritte Amtszeit.',
          ru: 'Генеральный секретарь ЦК КПК с ноября 2012 года и председатель КНР с марта 2013 года; 10 марта 2023 года Всекитайское собрание народных представителей избрало его на третий срок.',
        },
        ...SOURCES.britannicaXi,
        date: '2023-03-10',
      },
      {
        text: 'On 4 February 2022, three weeks before Russia’s full-scale invasion of Ukraine, he and Putin declared in a joint statement that the friendship between their states “has no limits”.',
        translations: {
          de: 'Am 4. Februar 2022, drei Wochen vor Russlands großangelegtem Einmarsch in die Ukraine, erklärten er und Putin in einer gemeinsamen Erklärung, die Freundschaft ihrer Staaten kenne „keine Grenzen“.',
          ru: '4 февраля 2022 года, за три недели до полномасштабного вторжения России в Украину, он и Путин заявили в совместном заявлении, что дружба между их государствами «не имеет границ».',
        },
        ...SOURCES.jointStatement2022,
        date: '2022-02-04',
      },
      {
        text: 'Paid a state visit to Moscow from 20 to 22 March 2023, his first trip abroad after his re-election; he and Putin signed a joint statement on deepening their partnership.',
        translations: {
          de: 'Besuchte Moskau vom 20. bis 22. März 2023 zu einem Staatsbesuch, seiner ersten Auslandsreise nach der Wiederwahl; er und Putin unterzeichneten eine gemeinsame Erklärung über die Vertiefung ihrer Partnerschaft.',
          ru: 'Совершил государственный визит в Москву 20–22 марта 2023 года — первую зарубежную поездку после переизбрания; он и Путин подписали совместное заявление об углублении партнёрства.',
        },
        ...SOURCES.visit2023,
        date: '2023-03-22',
      },
    ],
  },
  {
    id: 'putin',
    label: 'Vladimir Putin',
    kind: 'person',
    role: 'President of Russia',
    roleTranslations: { de: 'Präsident Russlands', ru: 'Президент России' },
    colour: '#56B4E9',
    aliases: [
      'Putin', 'Vladimir Putin', 'Wladimir Putin', 'Vladimir Vladimirovich Putin', 'Wladimir Wladimirowitsch Putin',
      'President Putin', 'Mr. Putin', 'Präsident Putin', 'Kremlchef Putin',
      'Путин', 'Владимир Путин', 'Владимир Владимирович Путин', 'президент Путин',
      'Путін', 'Володимир Путін', 'президент Путін',
      '普京', '普丁', '弗拉基米尔·普京', '弗拉基米尔·弗拉基米罗维奇·普京',
    ],
    contextualAliases: [],
    cues: [],
    notes: [
      {
        text: 'President of Russia since 2012, and before that from 2000 to 2008, with four years as prime minister in between; sworn in for a fifth term on 7 May 2024.',
        translations: {
          de: 'Präsident Russlands seit 2012 und davor von 2000 bis 2008, dazwischen vier Jahre Ministerpräsident; am 7. Mai 2024 für eine fünfte Amtszeit vereidigt.',
          ru: 'Президент России с 2012 года, а до этого с 2000 по 2008 год, в промежутке четыре года был премьер-министром; 7 мая 2024 года вступил в должность на пятый срок.',
        },
        ...SOURCES.britannicaPutin,
        date: '2024-05-07',
      },
      {
        text: 'Ordered the full-scale invasion of Ukraine, which began on 24 February 2022.',
        translations: {
          de: 'Befahl den großangelegten Einmarsch in die Ukraine, der am 24. Februar 2022 begann.',
          ru: 'Отдал приказ о полномасштабном вторжении в Украину, начавшемся 24 февраля 2022 года.',
        },
        ...SOURCES.britannicaInvasion,
        date: '2022-02-24',
      },
      {
        text: 'Hosted Xi Jinping for a state visit to Moscow from 20 to 22 March 2023.',
        translations: {
          de: 'Empfing Xi Jinping vom 20. bis 22. März 2023 zu einem Staatsbesuch in Moskau.',
          ru: 'Принимал Си Цзиньпина с государственным визитом в Москве 20–22 марта 2023 года.',
        },
        ...SOURCES.visit2023,
        date: '2023-03-22',
      },
    ],
  },
  {
    id: 'kirby',
    label: 'John Kirby',
    kind: 'person',
    role: 'Former US National Security Council spokesman (2022–2025); retired US Navy rear admiral',
    roleTranslations: {
      de: 'Ehemaliger Sprecher des Nationalen Sicherheitsrats der USA (2022–2025); Konteradmiral a. D. der US-Marine',
      ru: 'Бывший представитель Совета национальной безопасности США (2022–2025); контр-адмирал ВМС США в отставке',
    },
    colour: '#009E73',
    aliases: [
      'John F. Kirby', 'Admiral John Kirby', 'Rear Admiral John Kirby', 'Admiral Kirby',
      'Konteradmiral John Kirby', 'Konteradmiral Kirby',
      'адмирал Кирби', 'адмірал Кірбі',
      '约翰·柯比', '約翰·柯比',
    ],
    // "Kirby" is also Nintendo's pink hero, and "John Kirby" the lawyer he is named after: on their
    // own they count only where the page places them in Washington.
    // Cues leave out "US" and "spokesman": game reviews have US release dates and Nintendo spokesmen.
    contextualAliases: ['Kirby', 'John Kirby', 'Mr. Kirby', 'Кирби', 'Джон Кирби', 'Кірбі', 'Джон Кірбі', '柯比'],
    cues: [
      'national security', 'strategic communications', 'NSC', 'rear admiral', 'Konteradmiral',
      'Sicherheitsrat*', 'Sicherheitsberater*', 'US-Regierung*',
      'White House', 'Weißes Haus', 'Weißen Haus*', 'Weiße Haus', 'Pentagon*', 'State Department', 'Außenministerium der USA',
      'Biden*', 'Blinken', 'Jake Sullivan', 'Jean-Pierre', 'Defense Department', 'Department of Defense',
      'национальной безопасности', 'СНБ', 'Совбез*', 'Белый дом', 'Пентагон', 'Госдеп', 'Байден',
      'національної безпеки', 'Білий дім', 'Білого дому', 'Білому домі',
      '白宫', '白宮', '五角大楼', '五角大廈', '国家安全委员会', '國家安全委員會', '国安会', '國安會', '拜登',
    ],
    // Le Corbusier is 柯比意 in Chinese.
    excludedPhrases: ['柯比意'],
    notes: [
      {
        text: 'Retired US Navy rear admiral and former spokesman of the Pentagon and the State Department; the National Security Council’s first coordinator for strategic communications, from May 2022 to 20 January 2025.',
        translations: {
          de: 'Konteradmiral a. D. der US-Marine und früherer Sprecher des Pentagons und des Außenministeriums; von Mai 2022 bis zum 20. Januar 2025 erster Koordinator für strategische Kommunikation im Nationalen Sicherheitsrat.',
          ru: 'Контр-адмирал ВМС США в отставке, бывший представитель Пентагона и Госдепартамента; с мая 2022 года по 20 января 2025 года — первый координатор стратегических коммуникаций Совета национальной безопасности.',
        },
        ...SOURCES.nscCoordinator,
        date: '2025-01-20',
      },
      {
        text: 'On 17 March 2023, days before Xi Jinping’s visit to Moscow, he said that a ceasefire as China’s twelve-point paper proposed would in effect recognise Russia’s gains in Ukraine.',
        translations: {
          de: 'Am 17. März 2023, wenige Tage vor Xi Jinpings Besuch in Moskau, sagte er, eine Waffenruhe, wie sie Chinas Zwölf-Punkte-Papier vorschlug, würde Russlands Eroberungen in der Ukraine faktisch anerkennen.',
          ru: '17 марта 2023 года, за несколько дней до визита Си Цзиньпина в Москву, он заявил, что прекращение огня, предложенное в китайском плане из 12 пунктов, фактически признало бы захваты России в Украине.',
        },
        ...SOURCES.kirbyOnCeasefire,
        date: '2023-03-17',
      },
    ],
  },
  {
    id: 'twelve-point-paper',
    label: 'China’s twelve-point paper on Ukraine',
    kind: 'document',
    role: 'China’s position paper of 24 February 2023 on a political settlement of the Ukraine crisis',
    roleTranslations: {
      de: 'Chinas Positionspapier vom 24. Februar 2023 zur politischen Beilegung der Ukraine-Krise',
      ru: 'Позиция Китая от 24 февраля 2023 года по политическому урегулированию украинского кризиса',
    },
    colour: '#CC79A7',
    aliases: [
      'Twelve-point paper', '12-point paper', 'twelve-point peace plan', '12-point peace plan',
      'twelve-point position paper', '12-point position paper', 'twelve-point peace proposal', '12-point peace proposal',
      'twelve-point proposal', '12-point proposal', 'twelve-point document', '12-point document',
      'twelve-point blueprint', '12-point blueprint', 'twelve-point roadmap', '12-point roadmap',
      'China’s twelve points', 'China’s 12 points', 'Beijing’s twelve points', 'Beijing’s 12 points',
      'China’s peace proposal', 'Chinese peace proposal', 'Beijing’s peace proposal',
      'China’s peace plan', 'Chinese peace plan', 'Beijing’s peace plan', 'China’s twelve-point plan', 'China’s 12-point plan',
      'China’s Position on the Political Settlement of the Ukraine Crisis',
      'Zwölf-Punkte-Papier', '12-Punkte-Papier', 'Zwölf-Punkte-Friedensplan', '12-Punkte-Friedensplan',
      'Chinas Zwölf-Punkte-Plan', 'Chinas 12-Punkte-Plan', 'Chinas Friedensplan', 'Pekings Friedensplan', 'Friedensplan Chinas',
      'chinesische Friedensplan', 'chinesischen Friedensplan', 'chinesischer Friedensplan', 'Chinas Positionspapier', 'Positionspapier Chinas',
      // Case endings come from the matcher: 'мирный план Китая' also finds 'мирного плана Китая'.
      'мирный план Китая', 'китайский мирный план', 'Позиция Китая по политическому урегулированию украинского кризиса', 'мирный план из 12 пунктов', 'китайский план из 12 пунктов', 'план Китая из 12 пунктов',
      'мирный план из двенадцати пунктов', 'китайский план из двенадцати пунктов', 'план Китая из двенадцати пунктов',
      'мирний план Китаю', 'китайський мирний план', 'Позиція Китаю щодо політичного врегулювання української кризи', 'мирний план із 12 пунктів', 'план Китаю з 12 пунктів',
      '关于政治解决乌克兰危机的中国立场', '關於政治解決烏克蘭危機的中國立場', '十二点和平计划', '12点和平计划',
      '十二点立场文件', '12点立场文件', '中国和平计划', '中方和平计划',
    ],
    // Generic on their own: many bodies publish position papers and 12-point plans.
    contextualAliases: [
      'position paper', 'twelve-point plan', '12-point plan', 'Positionspapier', 'Zwölf-Punkte-Plan', '12-Punkte-Plan',
      'план из 12 пунктов', '12 пунктов', 'план из двенадцати пунктов', 'двенадцати пунктов', 'план із 12 пунктів', '12 пунктів', 'дванадцяти пунктів', '立场文件',
    ],
    // Once the page has named the paper, these are the paper too ("the peace plan", "der Friedensplan").
    references: [
      'peace plan', 'peace proposal', 'peace proposals', 'Beijing’s proposals', 'China’s proposals',
      'Friedensplan', 'Friedensplans', 'Friedensvorschlag', 'Friedensvorschlags', 'Friedensvorschläge', 'Vorschläge Pekings', 'Vorschläge Chinas',
      'мирный план', 'мирные предложения', 'мирная инициатива', 'китайские предложения', 'предложения Пекина', 'предложения Китая',
      'мирний план', 'мирні пропозиції',
    ],
    cues: [
      'Ukrain*', 'China*', 'Chinese', 'Beijing*', 'Peking*', 'chinesisch*',
      'Украин*', 'Україн*', 'Кита*', 'Пекин*', 'Пекін*', 'КНР',
      '乌克兰', '烏克蘭', '中国', '中國', '中方',
    ],
    notes: [
      {
        text: 'Published by China’s Ministry of Foreign Affairs on 24 February 2023, the first anniversary of Russia’s full-scale invasion, in twelve points: among them respect for the sovereignty of all countries, a ceasefire and peace talks, and an end to unilateral sanctions.',
        translations: {
          de: 'Am 24. Februar 2023, dem ersten Jahrestag des russischen Einmarschs, vom chinesischen Außenministerium veröffentlicht, in zwölf Punkten: darunter die Achtung der Souveränität aller Staaten, Waffenruhe und Friedensgespräche sowie ein Ende einseitiger Sanktionen.',
          ru: 'Опубликована МИД КНР 24 февраля 2023 года, в первую годовщину полномасштабного вторжения России, и состоит из двенадцати пунктов: среди них уважение суверенитета всех стран, прекращение огня и мирные переговоры, отказ от односторонних санкций.',
        },
        ...SOURCES.positionPaper,
        date: '2023-02-24',
      },
      {
        text: 'Washington rejected its call for a ceasefire: on 17 March 2023 the White House said a ceasefire then would in effect recognise Russia’s gains.',
        translations: {
          de: 'Washington lehnte seinen Ruf nach einer Waffenruhe ab: Am 17. März 2023 erklärte das Weiße Haus, eine Waffenruhe zu diesem Zeitpunkt würde Russlands Eroberungen faktisch anerkennen.',
          ru: 'Вашингтон отверг содержащийся в нём призыв к прекращению огня: 17 марта 2023 года Белый дом заявил, что перемирие в тот момент фактически закрепило бы захваты России.',
        },
        ...SOURCES.kirbyOnCeasefire,
        date: '2023-03-17',
      },
    ],
  },
];
