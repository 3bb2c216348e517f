/**
 * The nominative of a Russian name met only in another case, where the grammar says which: "по
 * словам Пескова" (genitive), "цитирует Марию Захарову" (accusative). Used only when the page never
 * writes the name in another form; the page's own forms win (see NameRegistry). Foreign names that
 * do not decline ("Кирби", "Шойгу") are left as they are.
 */
export type NameCase = 'genitive' | 'accusative' | 'instrumental' | 'prepositional' | 'dative';

/** Endings and their nominatives, longest first; the first that fits a word is used. */
const GENITIVE_ENDINGS: readonly [ending: RegExp, nominative: string][] = [
  [/(ск|цк)ого$/u, '$1ий'], // Зеленского → Зеленский
  [/(ськ|цьк)ого$/u, '$1ий'], // Ukrainian: Вереського → Вереський
  [/(ськ|цьк)ої$/u, '$1а'], // Ukrainian: Вереської → Вереська
  [/(ов|ев|єв|ин|ін)ої$/u, '$1а'], // Ukrainian: Іванової → Іванова
  [/(ск|цк)ой$/u, '$1ая'], // Вербицкой → Вербицкая
  [/(ов|ев|ёв|ин|ын)ой$/u, '$1а'], // Захаровой → Захарова
  [/(ов|ев|ёв|ин|ын)а$/u, '$1'], // Пескова → Песков, Путина → Путин
  [/ии$/u, 'ия'], // Марии → Мария
  [/ия$/u, 'ий'], // Дмитрия → Дмитрий
  [/ія$/u, 'ій'], // Ukrainian: Андрія → Андрій
  [/ея$/u, 'ей'], // Сергея → Сергей
  [/ая$/u, 'ай'], // Николая → Николай
  [/([бвдзлмнпрстф])я$/u, '$1ь'], // Игоря → Игорь
  [/ы$/u, 'а'], // Анны → Анна
  [/([гкхжшчщ])и$/u, '$1а'], // Ольги → Ольга
  [/([бвгджзклмнпрстфхцчшщ])а$/u, '$1'], // Шольца → Шольц, Байдена → Байден
];

/** Feminine accusatives; masculine ones are the genitive ("цитирует Пескова"). */
const ACCUSATIVE_ENDINGS: readonly [ending: RegExp, nominative: string][] = [
  [/(ск|цк)ую$/u, '$1ая'], // Вербицкую → Вербицкая
  [/(ов|ев|ёв|ин|ын)у$/u, '$1а'], // Захарову → Захарова, Ирину → Ирина
  [/ию$/u, 'ия'], // Марию → Мария
  [/(нн|[рлтднсм])у$/u, '$1а'], // Анну → Анна, Веру → Вера
];

/** Instrumentals, as after "с" or a role ("встретился с Иваном Петровым", "премьер-министром Анной Ивановой"). */
const INSTRUMENTAL_ENDINGS: readonly [ending: RegExp, nominative: string][] = [
  [/(ск|цк)им$/u, '$1ий'], // Зеленским → Зеленский
  [/(ск|цк)ой$/u, '$1ая'], // Вербицкой → Вербицкая
  [/(ов|ев|ёв|ин|ын)ым$/u, '$1'], // Петровым → Петров
  [/(ов|ев|ёв|ин|ын)ой$/u, '$1а'], // Ивановой → Иванова
  [/ией$/u, 'ия'], // Марией → Мария
  [/ием$/u, 'ий'], // Дмитрием → Дмитрий
  [/еем$/u, 'ей'], // Сергеем → Сергей
  [/([бвгджзклмнпрстфхцчшщ])ой$/u, '$1а'], // Анной → Анна
  [/([бвгджзклмнпрстфхцчшщ])ом$/u, '$1'], // Иваном → Иван
];

/** Datives, as after a role the words are addressed to ("министру здравоохранения Елене Сорокиной"). */
const DATIVE_ENDINGS: readonly [ending: RegExp, nominative: string][] = [
  [/(ск|цк)ому$/u, '$1ий'], // Зеленскому → Зеленский
  [/(ск|цк)ой$/u, '$1ая'], // Вербицкой → Вербицкая
  [/(ов|ев|ёв|ин|ын)ой$/u, '$1а'], // Сорокиной → Сорокина
  [/(ов|ев|ёв|ин|ын)у$/u, '$1'], // Петрову → Петров
  [/ии$/u, 'ия'], // Марии → Мария
  [/ию$/u, 'ий'], // Дмитрию → Дмитрий
  [/ею$/u, 'ей'], // Сергею → Сергей
  [/аю$/u, 'ай'], // Николаю → Николай
  [/([бвдзлмнпрстф])ю$/u, '$1ь'], // Игорю → Игорь
  [/([бвгджзклмнпрстфхцчшщ])е$/u, '$1а'], // Елене → Елена, Ольге → Ольга
  [/([бвгджзклмнпрстфхцчшщ])у$/u, '$1'], // Ивану → Иван
];

/** Places and bodies after "в", "на" ("сказали в Кремле", "заявили в Совете Федерации"): masculine nouns. */
const PREPOSITIONAL_ENDINGS: readonly [ending: RegExp, nominative: string][] = [
  [/ле$/u, 'ль'], // Кремле → Кремль
  [/([бвгджзкмнпрстфхцчшщ])е$/u, '$1'], // Совете → Совет, Пентагоне → Пентагон
];

const ENDINGS_OF_CASE: Record<NameCase, readonly [RegExp, string][]> = {
  prepositional: PREPOSITIONAL_ENDINGS,
  genitive: GENITIVE_ENDINGS,
  accusative: [...ACCUSATIVE_ENDINGS, ...GENITIVE_ENDINGS],
  instrumental: INSTRUMENTAL_ENDINGS,
  dative: DATIVE_ENDINGS,
};

/**
 * Ukrainian feminine names in -а take -и in the genitive after any consonant ("Олени", "Ірини"),
 * where in Russian an -и ending after most consonants is a foreign name that does not decline
 * ("Кирби"). Read only in a name that shows Ukrainian letters.
 */
const UKRAINIAN_GENITIVE_ENDINGS: readonly [ending: RegExp, nominative: string][] = [
  [/([бвдзлмнпрстф])и$/u, '$1а'], // Олени → Олена, Ірини → Ірина
];

function nominativeOfWord(word: string, nameCase: NameCase, ukrainian = false): string {
  // Acronyms, initials and short particles ("МИД", "В.", "фон") do not decline.
  if (word.length <= 3 || !/^\p{Lu}[\p{Ll}-]+$/u.test(word) || !/[\u0400-\u04ff]/u.test(word)) return word;
  const endings = ukrainian && nameCase === 'genitive' ? [...ENDINGS_OF_CASE[nameCase], ...UKRAINIAN_GENITIVE_ENDINGS] : ENDINGS_OF_CASE[nameCase];
  for (const [ending, nominative] of endings) {
    if (ending.test(word)) return word.replace(ending, nominative);
  }
  return word;
}

/** "Дмитрия Пескова" → "Дмитрий Песков", "Марию Захарову" → "Мария Захарова". */
export function nominativeOfName(name: string, nameCase: NameCase): string {
  const words = name.split(' ');
  // A body named by an acronym keeps its complement's case ("МИД России").
  if (words.some((word) => /^\p{Lu}{2,}$/u.test(word))) return name;
  const ukrainian = /[іїєґІЇЄҐ]/u.test(name);
  return words.map((word) => nominativeOfWord(word, nameCase, ukrainian)).join(' ');
}
