import { describe, expect, it } from 'vitest';
import { countByEntity, defaultMentions } from './count-mentions';

/**
 * Whole short articles, in the shape the text model gives (blocks separated by blank lines), in
 * the languages Dossier's readers use. Written for these tests; counts checked by hand.
 */
const ARTICLES: Array<[name: string, paragraphs: string[], counts: Record<string, number>]> = [
  [
    'English wire report',
    [
      'Xi heads to Moscow as Washington warns of one-sided peace push',
      'BEIJING — Chinese President Xi Jinping will fly to Moscow on Monday for talks with Vladimir Putin, the foreign ministry in Beijing said, in Xi’s first trip abroad since securing a third term.',
      'Mr. Xi and Mr. Putin are expected to discuss China’s 12-point plan for Ukraine, which calls for a ceasefire but says nothing about a Russian withdrawal. Kyiv has treated the position paper with caution.',
      '“A ceasefire now would simply freeze Russia’s gains,” John Kirby, the National Security Council spokesman, told reporters at the White House. Kirby added that Washington would watch the visit closely.',
      'Analysts in Xi’an and Shanghai said the trip was mainly about trade. XI’AN, the old imperial capital, has become a hub for freight trains to Europe.',
    ],
    { xi: 4, putin: 2, 'twelve-point-paper': 2, kirby: 2 },
  ],
  [
    'German newspaper report',
    [
      'Xi in Moskau: Was Chinas Staatschef von Putin will',
      'Chinas Staats- und Parteichef Xi Jinping ist zu einem dreitägigen Besuch in Moskau eingetroffen. Präsident Wladimir Putin empfing ihn im Kreml zu einem Gespräch unter vier Augen.',
      'Peking präsentiert sich als neutraler Vermittler. Der Zwölf-Punkte-Plan, den China zum Jahrestag des Angriffs vorgelegt hat, fordert einen Waffenstillstand. In Washington stößt das Positionspapier auf Skepsis: Der Sprecher des Nationalen Sicherheitsrats, John Kirby, warnte, ein Waffenstillstand jetzt würde Putins Eroberungen festschreiben.',
      'Für die Putin-Regierung ist der Xi-Besuch ein Prestigeerfolg.',
    ],
    { xi: 3, putin: 4, 'twelve-point-paper': 2, kirby: 1 },
  ],
  [
    'Russian news report',
    [
      'Си Цзиньпин прибыл в Москву',
      'Председатель КНР Си Цзиньпин прилетел в Москву с трёхдневным государственным визитом. В аэропорту его встретили представители правительства; переговоры с Владимиром Путиным пройдут в Кремле.',
      'Путин назвал Си «дорогим другом». Стороны обсудят мирный план Китая по Украине. Пресс-секретарь Путина Дмитрий Песков сказал, что подписание документов запланировано на вторник.',
      'Координатор Совета национальной безопасности Белого дома Джон Кирби заявил, что Вашингтон не поддерживает призывы к прекращению огня.',
    ],
    { xi: 3, putin: 3, 'twelve-point-paper': 1, kirby: 1 },
  ],
  [
    'Ukrainian news report',
    [
      'Сі Цзіньпін їде до Москви',
      'Голова КНР Сі Цзіньпін зустрінеться з Володимиром Путіним. У Києві нагадали, що мирний план Китаю не вимагає виведення російських військ.',
      'Речник Білого дому Джон Кірбі заявив, що Сі варто поговорити і з президентом України.',
    ],
    { xi: 3, putin: 1, 'twelve-point-paper': 1, kirby: 1 },
  ],
  [
    'Chinese news report',
    [
      '习近平抵达莫斯科开始对俄罗斯进行国事访问',
      '国家主席习近平当地时间20日抵达莫斯科。俄罗斯总统普京在克里姆林宫同习近平举行非正式会晤。',
      '美国白宫国家安全委员会战略沟通协调员约翰·柯比表示，停火将使俄罗斯的占领合法化。柯比还说，美方将密切关注此次访问。',
      '中方此前发布了《关于政治解决乌克兰危机的中国立场》文件。',
    ],
    { xi: 3, putin: 1, kirby: 2, 'twelve-point-paper': 1 },
  ],
];

describe('whole articles', () => {
  it.each(ARTICLES)('%s', (_name, paragraphs, counts) => {
    expect(countByEntity(defaultMentions(paragraphs.join('\n\n')))).toEqual(counts);
  });
});
