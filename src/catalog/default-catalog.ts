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

const SEED = 'Seed report on Xi Jinping’s visit to Moscow, March 2023';
const PUBLIC_RECORD = 'Public record';

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
        text: 'Head of state and party leader of China; General Secretary of the Communist Party since 2012 and President since 2013.',
        source: PUBLIC_RECORD,
      },
      {
        text: 'Went to Moscow for a three-day state visit in March 2023, beginning on Monday the 20th, with one-on-one talks and an informal dinner with Putin on the first day.',
        source: SEED,
      },
      {
        text: 'Beijing presented the trip as work for peace without naming Ukraine; Moscow said military-technical cooperation was also on the agenda.',
        source: SEED,
      },
      {
        text: 'Shortly before Russia’s full-scale invasion of Ukraine he and Putin declared a partnership without limits, which Beijing kept to after the invasion.',
        source: SEED,
      },
      {
        text: 'By March 2023 he had spoken with Putin four times since the war began but never with Zelensky; Washington urged him to call the Ukrainian president.',
        source: SEED,
      },
    ],
  },
  {
    id: 'putin',
    label: 'Vladimir Putin',
    kind: 'person',
    role: 'President of Russia',
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
        text: 'President of Russia since 2012, and before that from 2000 to 2008; prime minister in between. Ordered the full-scale invasion of Ukraine on 24 February 2022.',
        source: PUBLIC_RECORD,
      },
      {
        text: 'Hosted Xi Jinping in Moscow in March 2023; the Kremlin said they would discuss deepening their comprehensive partnership and strategic cooperation and sign bilateral agreements.',
        source: SEED,
      },
      {
        text: 'Talks in a wider circle on the second day of the visit included Defence Minister Sergei Shoigu.',
        source: SEED,
      },
      {
        text: 'Shares with Xi the stated aim of a “multipolar” world order and of ending US dominance.',
        source: SEED,
      },
    ],
  },
  {
    id: 'kirby',
    label: 'John Kirby',
    kind: 'person',
    role: 'US National Security Council spokesman',
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
        text: 'Retired US Navy rear admiral; spokesman at the Pentagon and the State Department before joining the National Security Council as coordinator for strategic communications in 2022.',
        source: PUBLIC_RECORD,
      },
      {
        text: 'In March 2023 he warned that China’s proposals on the war were one-sided and reflected only Russia’s view.',
        source: SEED,
      },
      {
        text: 'Argued that a ceasefire at that point would amount to accepting Russia’s conquests in Ukraine.',
        source: SEED,
      },
    ],
  },
  {
    id: 'twelve-point-paper',
    label: 'China’s twelve-point paper on Ukraine',
    kind: 'document',
    role: 'China’s position paper of 24 February 2023 on a political settlement of the Ukraine crisis',
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
      'мирний план Китаю', 'китайський мирний план', 'Позиція Китаю щодо політичного врегулювання української кризи', 'мирний план із 12 пунктів', 'план Китаю з 12 пунктів',
      '关于政治解决乌克兰危机的中国立场', '關於政治解決烏克蘭危機的中國立場', '十二点和平计划', '12点和平计划',
      '十二点立场文件', '12点立场文件', '中国和平计划', '中方和平计划',
    ],
    // Generic on their own: many bodies publish position papers and 12-point plans.
    contextualAliases: [
      'position paper', 'twelve-point plan', '12-point plan', 'Positionspapier', 'Zwölf-Punkte-Plan', '12-Punkte-Plan',
      'план из 12 пунктов', '12 пунктов', 'план із 12 пунктів', '12 пунктів', '立场文件',
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
        text: 'Published by China’s Foreign Ministry on 24 February 2023, the first anniversary of Russia’s full-scale invasion, under the title “China’s Position on the Political Settlement of the Ukraine Crisis”, in twelve points.',
        source: PUBLIC_RECORD,
      },
      {
        text: 'Calls for a ceasefire and peace talks but gives no concrete proposal for what a settlement would look like.',
        source: SEED,
      },
      {
        text: 'Specific on two points: ending Western sanctions against Russia and keeping grain exports going, which won approval in much of the Global South.',
        source: SEED,
      },
      {
        text: 'Met with scepticism in the West; Washington argued a ceasefire then would lock in Russia’s gains. It indirectly calls for a European security order without the United States as protecting power.',
        source: SEED,
      },
    ],
  },
];
