import { describe, expect, it } from 'vitest';
import { countByEntity, defaultMentions } from './count-mentions';

/**
 * Text that names none of the watchlist although it contains one of its names or look-alikes.
 * Each case is a pattern seen on real pages, written in our own words.
 */
const CASES: Array<[pattern: string, text: string]> = [
  // English
  ['word containing a name', 'Cloud computing budgets rose again in the last quarter.'],
  ['a name inside a name', 'Rasputin had the ear of the tsarina; Sputnik circled the Earth.'],
  ['city Xi’an, curly apostrophe', 'Our guide to Xi’an: the Terracotta Army, the old city walls and the Muslim Quarter of China’s former capital.'],
  ['city Xi\'an, straight apostrophe and possessive', 'Xi\'an\'s night market is best visited after eight, when Beijing tourists arrive by the fast train.'],
  ['city Xi´an with an acute accent as apostrophe', 'Flights to Xi´an leave Shanghai every hour.'],
  ['city in caps', 'XI’AN — The ancient capital of China welcomes a record number of visitors.'],
  ['city written as two words', 'Xi An, as some older maps of China spell it, lies on the Wei River.'],
  ['city with hyphen', 'The Xi-an city wall in China is nearly 14 kilometres long.'],
  ['place name with Xi', 'West Lake, or Xi Hu, is the best-known sight of Hangzhou in China.'],
  ['roman numeral', 'Louis XI of France died in 1483; Super Bowl XI was played in Pasadena.'],
  ['Greek letter', 'In the formula, xi stands for the damping ratio.'],
  ['relative with the same surname', 'Xi Mingze, the only daughter of China’s leader, studied at Harvard under a pseudonym.'],
  ['father with the same surname', 'Xi Zhongxun, a Communist Party veteran, was purged in 1962 and rehabilitated after Mao’s death.'],
  ['Xi as a given name', 'Party secretary Li Xi toured Guangdong, China’s export hub, last week.'],
  ['Xi as a given name, opening a sentence', 'China’s provinces compete for investment. Li Xi toured Guangdong last week.'],
  ['another Vladimir', 'Ukraine’s president, Vladimir Zelensky, addressed the summit by video link.'],
  ['another country’s numbered plan', 'Zelensky’s 10-point peace plan calls for the withdrawal of all Russian troops.'],
  ['a peace plan in general', 'Any credible peace plan must start with a ceasefire, the minister said.'],
  ['another leader’s peace plan', 'The Brazilian president floated a peace plan of his own during the visit.'],
  ['a position paper in general', 'The think tank published a position paper on data privacy and cloud storage.'],
  ['a local 12-point plan', 'The council’s new 12-point plan for the bus network adds night routes.'],
  ['Kirby the video game', 'Kirby and the Forgotten Land is the pink puffball’s first fully 3D adventure on Nintendo Switch.'],
  ['Kirby the game, possessive', 'Kirby’s Return to Dream Land Deluxe adds new minigames, and Kirby can still copy enemy abilities.'],
  ['Kirby game in caps', 'REVIEW: KIRBY STAR ALLIES brings four-player co-op to the Switch.'],
  ['another Kirby', 'Jack Kirby co-created the Fantastic Four; the actress Vanessa Kirby starred in The Crown.'],
  ['the lawyer the game is named after', 'Nintendo named Kirby after John Kirby, the lawyer who won the Donkey Kong case for the company.'],
  ['the letter US in lower case', 'Let us know what you think.'],
  // German
  ['German: city Xi’an', 'Xi’an ist die Hauptstadt der Provinz Shaanxi in China und Ausgangspunkt der Seidenstraße.'],
  ['German: another 10-point plan', 'Selenskyjs Zehn-Punkte-Plan sieht einen vollständigen Abzug der russischen Truppen vor.'],
  ['German: a party’s 12-point plan', 'Die Partei legte einen 12-Punkte-Plan zur Rentenreform vor.'],
  ['German: Kirby the game', 'Kirby und das vergessene Land erscheint exklusiv für die Nintendo Switch.'],
  ['German: a position paper in general', 'Der Verband hat ein Positionspapier zur Digitalisierung der Schulen veröffentlicht.'],
  // Russian
  ['Russian: the C programming language', 'Язык Си остаётся основой системного программирования, а Си++ добавил классы.'],
  ['Russian: surname containing Putin', 'Путинцев забил второй гол на сорок пятой минуте.'],
  ['Russian: a vodka brand', 'В магазине стояли бутылки «Путинки» и коньяка.'],
  ['Russian: relative of Xi, with a China cue', 'Си Миндзэ, дочь лидера Китая, окончила Гарвард.'],
  ['Russian: Kirby the game', 'Кирби снова спасает Страну снов в новой игре для Nintendo Switch.'],
  // Ukrainian
  ['Ukrainian: Kirby the game', 'Кірбі повертається у новій грі для Nintendo Switch.'],
  ['Ukrainian: a peace plan in general', 'Будь-який мирний план має починатися з припинення вогню.'],
  // Chinese
  ['Chinese: Le Corbusier contains 柯比', '柯比意是现代主义建筑的先驱，他设计了萨伏伊别墅。'],
  ['Chinese: Kirby the game', '星之卡比是任天堂的经典游戏，卡比可以吸入敌人。'],
  ['Chinese: the city Xi’an', '西安是陕西省的省会，以兵马俑闻名。'],
  ['Chinese: another foreign Kirby, with a cue', '白宫前雇员布莱恩·柯比出版了回忆录。'],
];

describe('findMentions: false positives', () => {
  it.each(CASES)('%s', (_pattern, text) => {
    const mentions = defaultMentions(text);
    expect(mentions.map((m) => `${m.entityId}: ${m.text}`)).toEqual([]);
  });
});

describe('findMentions: pages that look related but name nobody', () => {
  it('a travel guide to Xi’an that names China and Beijing throughout has no Xi Jinping', () => {
    const guide = [
      'Xi’an travel guide: three days in China’s ancient capital',
      'Xi’an was the eastern end of the Silk Road and the capital of China for more than a thousand years. High-speed trains from Beijing take about four and a half hours.',
      'Start at the city wall, which you can cycle in two hours. Xi\'an\'s Muslim Quarter is best in the evening; try the lamb soup with bread.',
      'The Terracotta Army lies an hour east of Xi’an. Go early, before the tour buses from Xi An airport arrive.',
      'XI’AN AT A GLANCE: best season April–May; currency Chinese yuan; Xi’an Xianyang International Airport is 40 km north-west of the centre.',
    ].join('\n\n');
    expect(countByEntity(defaultMentions(guide))).toEqual({});
  });

  it('a review of a Kirby game has no John Kirby', () => {
    const review = [
      'Kirby’s Return to Dream Land Deluxe review: a sweet remake',
      'Nintendo’s pink hero is back. Kirby floats, inhales enemies and copies their powers, and up to four players can join in on the same Switch.',
      'The new Merry Magoland mode is a set of minigames. KIRBY fans will also find a fresh epilogue starring Magolor.',
      'A Nintendo spokesman said the game sold a million copies in the US and Europe in its first month. Verdict: Kirby at his most charming.',
    ].join('\n\n');
    expect(countByEntity(defaultMentions(review))).toEqual({});
  });
});
