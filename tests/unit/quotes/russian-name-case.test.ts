import { describe, expect, it } from 'vitest';
import { nominativeOfName } from '../../../src/quotes/russian-name-case';

describe('the nominative of a Russian name met in another case', () => {
  it('undoes the genitive of men’s and women’s names', () => {
    const cases: [string, string][] = [
      ['Дмитрия Пескова', 'Дмитрий Песков'],
      ['Марии Захаровой', 'Мария Захарова'],
      ['Сергея Лаврова', 'Сергей Лавров'],
      ['Владимира Зеленского', 'Владимир Зеленский'],
      ['Олафа Шольца', 'Олаф Шольц'],
      ['Николая Патрушева', 'Николай Патрушев'],
      ['Игоря Семёнова', 'Игорь Семёнов'],
      ['Анны Лебедевой', 'Анна Лебедева'],
      ['Ольги Вербицкой', 'Ольга Вербицкая'],
      ['Си Цзиньпина', 'Си Цзиньпин'],
    ];
    for (const [genitive, nominative] of cases) expect(nominativeOfName(genitive, 'genitive')).toBe(nominative);
  });

  it('undoes the accusative, where a man’s is his genitive', () => {
    expect(nominativeOfName('Марию Захарову', 'accusative')).toBe('Мария Захарова');
    expect(nominativeOfName('Анну Лебедеву', 'accusative')).toBe('Анна Лебедева');
    expect(nominativeOfName('Ирину Белову', 'accusative')).toBe('Ирина Белова');
    expect(nominativeOfName('Дмитрия Пескова', 'accusative')).toBe('Дмитрий Песков');
  });

  it('leaves names that do not decline, acronyms and other scripts alone', () => {
    expect(nominativeOfName('Джона Кирби', 'genitive')).toBe('Джон Кирби');
    expect(nominativeOfName('Сергея Шойгу', 'accusative')).toBe('Сергей Шойгу');
    expect(nominativeOfName('МИД России', 'genitive')).toBe('МИД России');
    expect(nominativeOfName('John Kirby', 'genitive')).toBe('John Kirby');
  });
});

describe('the dative, after a role the words are addressed to', () => {
  it('gives the nominative of given names and surnames', () => {
    expect(nominativeOfName('Елене Сорокиной', 'dative')).toBe('Елена Сорокина');
    expect(nominativeOfName('Ивану Петрову', 'dative')).toBe('Иван Петров');
    expect(nominativeOfName('Игорю Зеленскому', 'dative')).toBe('Игорь Зеленский');
    expect(nominativeOfName('Ольге Вербицкой', 'dative')).toBe('Ольга Вербицкая');
    expect(nominativeOfName('Сергею Лебедеву', 'dative')).toBe('Сергей Лебедев');
  });
});

