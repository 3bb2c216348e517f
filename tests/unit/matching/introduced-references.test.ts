import { describe, expect, it } from 'vitest';
import { defaultMentions } from './count-mentions';

/** Generic references to the twelve-point paper count once the page has named it, in our own sentences. */
function paperMentions(text: string): string[] {
  return defaultMentions(text).filter((m) => m.entityId === 'twelve-point-paper').map((m) => m.text);
}

describe('generic references to a named document', () => {
  it('EN: "the peace plan" after the paper was named', () => {
    expect(paperMentions('China’s twelve-point position paper came out in February. Kyiv read the peace plan with suspicion.')).toEqual([
      'twelve-point position paper',
      'peace plan',
    ]);
  });

  it('EN: no reference counts on a page that never named the paper', () => {
    expect(paperMentions('The mayor said the peace plan for the two football clubs had failed. Peace proposals were on the table.')).toEqual([]);
  });

  it('EN: a reference before the first named mention does not count', () => {
    expect(paperMentions('The peace plan was debated for weeks. Later, China’s peace plan was published.')).toEqual(['China’s peace plan']);
  });

  it('EN: another owner or any plan at all is not the paper', () => {
    expect(
      paperMentions('Beijing’s peace plan drew criticism. Zelensky’s peace plan asks more. The Brazilian peace plan is new. Nobody knows what a peace plan would need.'),
    ).toEqual(['Beijing’s peace plan']);
  });

  it('DE: „der Friedensplan“ nach dem Zwölf-Punkte-Papier, nicht „Selenskyjs Friedensplan“', () => {
    expect(
      paperMentions('Peking legte sein Zwölf-Punkte-Papier vor. Der Friedensplan fordert einen Waffenstillstand. Selenskyjs Friedensplan fordert den Abzug.'),
    ).toEqual(['Zwölf-Punkte-Papier', 'Friedensplan']);
  });

  it('RU: «мирный план» в любом падеже после названия, но не «мирный план Зеленского»', () => {
    expect(
      paperMentions('Пекин опубликовал мирный план из 12 пунктов. В Киеве мирного плана не приняли. Мирный план Зеленского требует вывода войск.'),
    ).toEqual(['мирный план из 12 пунктов', 'мирного плана']);
  });
});
