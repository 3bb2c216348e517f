import { describe, expect, it } from 'vitest';
import { defaultMentions } from './count-mentions';

/**
 * Ways real news names the watchlist. Each case lists the mentions expected, in order, as
 * "entity: text as matched". Written in our own words.
 */
const CASES: Array<[pattern: string, text: string, expected: string[]]> = [
  // English
  ['full names', 'Xi Jinping met Vladimir Putin in the Kremlin on Monday.', ['xi: Xi Jinping', 'putin: Vladimir Putin']],
  ['title before the full name', 'President Xi Jinping landed in Moscow.', ['xi: Xi Jinping']],
  ['titles with and without a dot', 'Mr Xi and Mr. Putin spoke for three hours.', ['xi: Xi', 'putin: Putin']],
  ['possessives, straight and curly', 'Putin’s aides and Putin\'s guards waited while Xi’s motorcade arrived from Beijing.', ['putin: Putin’s', 'putin: Putin\'s', 'xi: Xi’s']],
  ['bare surname supported by a China cue', 'The Chinese leader arrived on Monday. Xi said Beijing wanted peace.', ['xi: Xi']],
  ['bare surname supported by the full name far away', `Xi Jinping arrived in Moscow.${' Filler sentence about the weather.'.repeat(40)}\n\nLater, Xi left.`, ['xi: Xi Jinping', 'xi: Xi']],
  ['hyphenated compound', 'The Putin-led government and the Xi-era crackdown in China.', ['putin: Putin', 'xi: Xi']],
  ['after a place that reads like pinyin', 'In Beijing Xi told party delegates that China would stay the course.', ['xi: Xi']],
  ['title-case headline', 'Xi Says China Will Stay Neutral On Ukraine', ['xi: Xi']],
  ['all-caps headline, long names', 'XI JINPING ARRIVES IN MOSCOW FOR TALKS WITH PUTIN', ['xi: XI JINPING', 'putin: PUTIN']],
  ['spokesman with a cue', 'White House spokesman John Kirby told reporters the talks were a concern.', ['kirby: John Kirby']],
  ['surname after the cue', 'Asked about the visit, the National Security Council’s Kirby said China was no honest broker.', ['kirby: Kirby']],
  ['headline supported by the next paragraph', 'Kirby: China is not neutral\n\nThe White House on Monday criticised Beijing’s proposals.', ['kirby: Kirby']],
  ['rank and name', 'Rear Admiral John Kirby, the Pentagon’s former press secretary, joined the NSC.', ['kirby: John Kirby']],
  ['numbered plan with a peace-plan noun', 'Beijing’s 12-point peace plan was published on the anniversary of the invasion.', ['twelve-point-paper: 12-point peace plan']],
  ['spelled-out number', 'China’s twelve-point position paper drew a cool response in Kyiv.', ['twelve-point-paper: twelve-point position paper']],
  ['non-breaking hyphen', 'Critics of the twelve‑point peace plan said it favoured Moscow.', ['twelve-point-paper: twelve‑point peace plan']],
  ['generic plan supported by a cue', 'The 12-point plan that China put forward on Ukraine calls for a ceasefire.', ['twelve-point-paper: 12-point plan']],
  ['China’s peace plan', 'Zelensky said he was open to parts of China’s peace plan.', ['twelve-point-paper: China’s peace plan']],
  ['position paper supported by a cue', 'The position paper on the Ukraine crisis lists twelve points.', ['twelve-point-paper: position paper']],
  ['the paper’s title', 'The paper, titled China’s Position on the Political Settlement of the Ukraine Crisis, was brief.', ['twelve-point-paper: China’s Position on the Political Settlement of the Ukraine Crisis']],
  // German
  ['German: transliteration and title', 'Präsident Wladimir Putin empfing Chinas Staatschef Xi Jinping.', ['putin: Wladimir Putin', 'xi: Xi Jinping']],
  ['German: genitive s', 'Putins Krieg und Xis Besuch in Moskau beschäftigen Chinas Nachbarn.', ['putin: Putins', 'xi: Xis']],
  ['German: compounds', 'Die Putin-Regierung bereitet den Xi-Besuch vor; Peking bestätigte den Termin.', ['putin: Putin', 'xi: Xi']],
  ['German: a compound opening a sentence', 'Peking schweigt. Die Xi-Reise nach Moskau dauert drei Tage. Eine Xi-Rede ist nicht geplant.', ['xi: Xi', 'xi: Xi']],
  ['German: twelve-point plan', 'Chinas Zwölf-Punkte-Plan und das Zwölf-Punkte-Papier wurden im Westen skeptisch aufgenommen.', ['twelve-point-paper: Chinas Zwölf-Punkte-Plan', 'twelve-point-paper: Zwölf-Punkte-Papier']],
  ['German: position paper of China', 'Das Positionspapier Chinas zum Ukraine-Krieg enthält zwölf Punkte.', ['twelve-point-paper: Positionspapier Chinas']],
  ['German: Kirby with a cue', 'Der Sprecher des Nationalen Sicherheitsrats, John Kirby, äußerte Zweifel.', ['kirby: John Kirby']],
  // Russian
  ['Russian: declined full names', 'Владимир Путин встретился с Си Цзиньпином в Кремле.', ['putin: Владимир Путин', 'xi: Си Цзиньпином']],
  ['Russian: cases of Putin', 'Путина, Путину, Путиным, о Путине.', ['putin: Путина', 'putin: Путину', 'putin: Путиным', 'putin: Путине']],
  ['Russian: genitive of the full name', 'Пресс-секретарь Владимира Путина Дмитрий Песков подтвердил визит Си Цзиньпина.', ['putin: Владимира Путина', 'xi: Си Цзиньпина']],
  ['Russian: bare Xi with a cue', 'Си прибыл в Москву. Визит председателя КНР продлится три дня.', ['xi: Си']],
  ['Russian: Kirby with a cue', 'Джон Кирби, представитель Совета национальной безопасности, заявил о беспокойстве.', ['kirby: Джон Кирби']],
  ['Russian: China’s peace plan, declined', 'Обсуждение мирного плана Китая продолжилось; в Киеве к мирному плану Китая отнеслись сдержанно.', ['twelve-point-paper: мирного плана Китая', 'twelve-point-paper: мирному плану Китая']],
  ['Russian: 12 points with a cue', 'Китай опубликовал план из 12 пунктов по урегулированию на Украине.', ['twelve-point-paper: план из 12 пунктов']],
  ['Russian: the points in words, with a cue', 'Китай опубликовал план из двенадцати пунктов по урегулированию на Украине.', ['twelve-point-paper: план из двенадцати пунктов']],
  ['Russian: the plan and its points are one mention', 'В Киеве отвергли мирный план Китая из 12 пунктов, а Москва его поддержала.', ['twelve-point-paper: мирный план Китая из 12 пунктов']],
  ['Russian: all caps', 'ПУТИН И СИ ЦЗИНЬПИН ПОДПИСАЛИ ЗАЯВЛЕНИЕ', ['putin: ПУТИН', 'xi: СИ ЦЗИНЬПИН']],
  // Ukrainian
  ['Ukrainian: names and cases', 'Сі Цзіньпін зустрівся з Володимиром Путіним; візит Путіна до Китаю тривав три дні.', ['xi: Сі Цзіньпін', 'putin: Володимиром Путіним', 'putin: Путіна']],
  ['Ukrainian: Kirby with a cue', 'Речник Білого дому Кірбі заявив, що Китай не є нейтральним.', ['kirby: Кірбі']],
  ['Ukrainian: China’s peace plan', 'У Києві прокоментували мирний план Китаю.', ['twelve-point-paper: мирний план Китаю']],
  // Chinese
  ['Chinese: names without spaces', '国家主席习近平同俄罗斯总统普京举行会谈。', ['xi: 习近平', 'putin: 普京']],
  ['Chinese: traditional characters and the Taiwanese name for Putin', '習近平與普丁會晤。', ['xi: 習近平', 'putin: 普丁']],
  ['Chinese: full name with a middle dot', '白宫国家安全委员会战略沟通协调员约翰·柯比表示关切。', ['kirby: 约翰·柯比']],
  ['Chinese: full name with patronymic', '弗拉基米尔·弗拉基米罗维奇·普京再次当选。', ['putin: 弗拉基米尔·弗拉基米罗维奇·普京']],
  ['Chinese: bare name with a cue', '白宫发言人柯比说，美方对此表示担忧。', ['kirby: 柯比']],
  ['Chinese: the paper’s title', '外交部发布《关于政治解决乌克兰危机的中国立场》文件。', ['twelve-point-paper: 关于政治解决乌克兰危机的中国立场']],
  ['Chinese: position paper with a cue', '中方就乌克兰危机发表立场文件。', ['twelve-point-paper: 立场文件']],
  // Whitespace and invisible characters
  ['non-breaking space inside a name', 'Xi\u00A0Jinping arrived.', ['xi: Xi\u00A0Jinping']],
  ['line break inside a name', 'talks with Vladimir\nPutin began', ['putin: Vladimir\nPutin']],
  ['tab inside a name', 'Vladimir\tPutin', ['putin: Vladimir\tPutin']],
];

describe('findMentions: true positives', () => {
  it.each(CASES)('%s', (_pattern, text, expected) => {
    const mentions = defaultMentions(text);
    expect(mentions.map((m) => `${m.entityId}: ${m.text}`)).toEqual(expected);
    for (const m of mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
  });
});
