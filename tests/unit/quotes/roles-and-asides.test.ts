import { describe, expect, it } from 'vitest';
import { speakersAndOpenings } from './quotes-in';

/**
 * How a page brings a person in and names them again, beyond "Role Name said": a party in brackets,
 * a role then a copula then the holder, a compound office, a body in the genitive. Sentences of our own.
 */
const who = (paragraphs: string[], lang?: string) => speakersAndOpenings(paragraphs, lang);

describe('a party or state in brackets after the subject', () => {
  it('is an aside: the person stays the subject', () => {
    expect(
      who(['Landrat Stefan Vogel (CDU) steht zwischen den Fronten. Zugleich könne der Kreis nicht helfen. „Wir reden hier über vier Millionen Euro im Jahr.“'], 'de'),
    ).toEqual([['Stefan Vogel', 'Wir reden hier']]);
    expect(who(['Sen. Ana Ruiz (D-Ore.) voted against the bill on Tuesday. “This is not the deal we were promised,” she said.'])).toEqual([
      ['Ana Ruiz', 'This is not'],
    ]);
  });
});

describe('a role, a copula, then who holds it', () => {
  it('puts the holder in focus', () => {
    expect(
      who(['Ihre Sprecherin ist Petra Kühn, 52, Hebamme seit drei Jahrzehnten. „Wenn die Station schließt, fahren die Frauen eine Stunde“, sagt sie.'], 'de'),
    ).toEqual([['Petra Kühn', 'Wenn die Station']]);
    expect(who(['The group\'s spokeswoman is Dana Lowe, a retired nurse. “We will keep coming back until they listen,” she said.'])).toEqual([
      ['Dana Lowe', 'We will keep'],
    ]);
  });

  it('not when the name goes on to someone else', () => {
    expect(who(['The group\'s spokeswoman is Dana Lowe\'s sister. “We will keep coming back until they listen,” she said.'])).not.toContainEqual([
      'Dana Lowe', 'We will keep',
    ]);
  });
});

describe('German offices and callings', () => {
  it('a compound office is a role, named again by its kind', () => {
    expect(
      who(['Unterstützung bekommt sie von der Landtagsabgeordneten Ayla Demirel (Grüne). Die Politikerin sagte: „Man darf so etwas nicht im Hinterzimmer entscheiden.“'], 'de'),
    ).toEqual([['Ayla Demirel', 'Man darf so']]);
  });

  it('a calling after the article is no name („so die Hebamme“)', () => {
    expect(
      who(['Petra Kühn arbeitet seit drei Jahrzehnten im Kreißsaal. „Für eine neue Straße ist plötzlich Geld da“, so die Hebamme.'], 'de').map(([speaker]) => speaker),
    ).toEqual(['Petra Kühn']);
  });
});

describe('a spokesperson of a body in the genitive', () => {
  it('gives the body in the nominative, read back from the verb', () => {
    expect(who(['Ein Sprecher des Verteidigungsministeriums sagte: „Wir prüfen die Vorwürfe mit aller Sorgfalt.“'], 'de')).toEqual([
      ['Verteidigungsministerium', 'Wir prüfen die'],
    ]);
  });

  it('gives the body in view for a general noun („des Ministeriums“)', () => {
    expect(
      who(['Laut Gesundheitsministerium fällt die Entscheidung im Herbst. Ein Sprecher des Ministeriums sagte, man nehme „die Bedenken vor Ort sehr ernst“.'], 'de'),
    ).toEqual([['Gesundheitsministerium', 'die Bedenken vor']]);
  });
});

describe('a body named with its owner in the possessive', () => {
  it('keeps the whole name: "Britain\'s Ministry of Defence", and "the ministry" names it again', () => {
    expect(
      who([
        'Norway\'s Ministry of Fisheries says the cod stock is likely to shrink again this year.',
        'In its weekly update, the ministry said: "Catches are likely to fall well below the agreed quota."',
      ]),
    ).toEqual([['Norway\'s Ministry of Fisheries', 'Catches are likely']]);
  });
});

describe('a text named again: "the statement said"', () => {
  it('gives whoever the paragraph before reported speaking in such a text', () => {
    expect(
      who([
        'In a statement, Harbourline Care said it could not discuss individual patients because of privacy laws.',
        '"We encourage any family with concerns about their care to contact our patient relations office," the statement said.',
      ]),
    ).toEqual([['Harbourline Care', 'We encourage any']]);
  });

  it('names no one when nobody in view issued one', () => {
    expect(
      who(['The clinic was busy all week.', '"We encourage any family with concerns about their care to contact our patient relations office," the statement said.']),
    ).toEqual([[null, 'We encourage any']]);
  });
});

describe('the verb of a subject named with an age', () => {
  it('is the subject\'s: the person after it is what she says about, not who speaks', () => {
    expect(
      who([
        'Sandhu, 34, says her father, Baldev, 71, went to the emergency department twice in one week.',
        '"Nobody ran a scan. Nobody took us seriously," said the mother of two.',
      ]),
    ).toEqual([['Sandhu', 'Nobody ran a']]);
  });

  it('while a sentence that opens with a word, a comma and a clause still ends with its speaker', () => {
    expect(
      who(['Mira Lind has lived on the street for years.', 'Somehow, the family will find a way, adds Tove Berg. "We can borrow the money if we must," she says.']),
    ).toEqual([['Tove Berg', 'We can borrow']]);
  });
});

describe('someone who asked not to be named', () => {
  it('is whom "the diplomat said" means: no speaker, and not the one quoted before', () => {
    expect(
      who([
        'Envoy Ana Ruiz wrapped up her tour on Friday, telling diplomats that her country "will not add fuel to the fire."',
        'One senior EU diplomat, who asked not to be named because the talks were private, said Ruiz had offered "nothing new."',
        '"She listened politely, but she did not move an inch on the question of troops," the diplomat said.',
      ]),
    ).toEqual([
      ['Ana Ruiz', 'will not add'],
      [null, 'She listened politely,'],
    ]);
  });

  it('in German too', () => {
    expect(
      who([
        'Ministerin Lea Brandt reiste am Freitag ab. Ein Diplomat, der anonym bleiben wollte, sagte, Brandt habe „nichts Neues“ angeboten.',
        '„Sie hat höflich zugehört, aber in der Sache keinen Millimeter nachgegeben“, sagte der Diplomat.',
      ], 'de'),
    ).toEqual([[null, 'Sie hat höflich']]);
  });
});

describe('a name right after a speech verb', () => {
  it('is the subject of what is reported, not the speaker of the words after it', () => {
    expect(who(['Tom Hale, the union\'s lawyer, said Marten had promised "a fair deal for every worker on the dock."']).map(([speaker]) => speaker)).toEqual([
      'Tom Hale',
    ]);
  });
});

describe('people who speak for someone, unnamed', () => {
  it('"Her spokesman said": no speaker, and never "Her"', () => {
    expect(who(['Ms Hume told the Commons the increase was fair. Her spokesman said: "The chancellor has been clear that choices are needed."'])).toEqual([
      [null, 'The chancellor has'],
    ]);
  });

  it('"the source said" after "a source close to …": the source, unnamed, not the last person quoted', () => {
    expect(
      who([
        'Sir Graham Pell said the plan was unfair. "People here have no choice but to drive," he said.',
        'A source close to the chancellor said she was relaxed. "She has the numbers, and everyone knows it," the source said.',
      ]),
    ).toEqual([
      ['Graham Pell', 'People here have'],
      [null, 'She has the'],
    ]);
  });
});

describe('a party and state abbreviated in apposition ("D-N.Y.")', () => {
  it('is read past to the name before it', () => {
    expect(who(['"Tonight\'s vote shows the world that we will not walk away from our friends," Senate Majority Leader Ana Ruiz, D-N.Y., said on the floor.'])).toEqual([
      ['Ana Ruiz', 'Tonight\'s vote shows'],
    ]);
    expect(who(['"If we do not help now, we will be paying a much higher price later," said Sen. Tom Hale, R-N.C., after the vote.'])).toEqual([
      ['Tom Hale', 'If we do'],
    ]);
  });
});

describe('an auxiliary after a noun', () => {
  it('is the verb of what is reported, not a word of a description: "said the plan would “…”" names no plan and no person in view', () => {
    // The officials speak, as a group, by the page's phrase.
    expect(who(['Ana Ruiz runs the shelter. Officials said the plan would "create more problems than it solves in the long run."'])).toEqual([
      ['Officials', 'create more problems'],
    ]);
  });
});

describe('people who speak as a group, unnamed', () => {
  it('speak by the page\'s own phrase, never as the person named before', () => {
    expect(
      who([
        'Ana Ruiz runs the shelter. "We are tired of waiting for the city to act," residents said.',
        'Coach Ivo Marten is sick. "Help us help our coach," team members dressed for a game say in unison in the video.',
      ]).map(([speaker]) => speaker),
    ).toEqual(['residents', 'team members']);
  });

  it('in German after a plural verb, with or without the article', () => {
    expect(
      who(['Anna Keller leitet die Initiative. „Wir warten seit Jahren auf eine Lösung“, sagten Anwohner. „Es passiert einfach nichts mehr“, kritisierten die Experten.'], 'de').map(
        ([speaker]) => speaker,
      ),
    ).toEqual(['Anwohner', 'Experten']);
  });
});

describe('a bare relation after someone in view', () => {
  it('is their relative, unnamed: not the last man named', () => {
    expect(
      who([
        'Mayor Ken Osaki wants the province to pay for the sewers. “We are against housing with no water,” Osaki said.',
        'Tara Quinn, who runs a shelter, recalled meeting a young family last winter. The father told her: “We both work and still cannot find a place.”',
      ]),
    ).toEqual([
      ['Ken Osaki', 'We are against'],
      [null, 'We both work'],
    ]);
  });

  it('a described parent is still the person in view', () => {
    expect(who(['Omar Haddad has coached the team for a decade. “Every kid plays, every game,” said the proud father of two.'])).toEqual([
      ['Omar Haddad', 'Every kid plays,'],
    ]);
  });
});

describe('a person introduced outside subject position', () => {
  it('with a description in apposition, is whom "she" names next', () => {
    expect(
      who([
        'For Linda Park, the fight is personal. “We waited two years for a diagnosis and another two for therapy,” she says.',
        'The decision came after a complaint by Rhea Mistry, a nurse at the hospital. “Nobody in the ward wanted to hear it,” she said.',
      ]),
    ).toEqual([
      ['Linda Park', 'We waited two'],
      ['Rhea Mistry', 'Nobody in the'],
    ]);
  });
});

describe('a retort in a debate', () => {
  it('"shot back", "hit back", "chimed in" attribute like "said"', () => {
    const adler = 'Finance Minister Ruth Adler defended the numbers. “We invested in people and I make no apology,” Adler said.';
    expect(who([adler, 'The exchange grew heated. “You are cutting nurses right now,” Grant Fielding shot back.'])).toEqual([
      ['Ruth Adler', 'We invested in'],
      ['Grant Fielding', 'You are cutting'],
    ]);
    expect(who([adler, '“Not one of those nurses was hired this year,” Fielding hit back.'])).toEqual([
      ['Ruth Adler', 'We invested in'],
      ['Fielding', 'Not one of'],
    ]);
  });
});

describe('someone recalled saying the words', () => {
  it('the participle\'s own subject speaks, not whoever recalls it', () => {
    const tull = 'Frank Tull worked the same line for twenty years. “We ran three shifts back then,” Tull said.';
    expect(who([tull, 'He recalled Tom Ash telling the crew, “Boys, this is the very last shift.”'])).toEqual([
      ['Frank Tull', 'We ran three'],
      ['Tom Ash', 'Boys, this is'],
    ]);
    // Someone known only by their relation is unnamed; never the one who remembers.
    expect(who([tull, 'He recalled his foreman telling the crew, “Boys, this is the very last shift.”'])).toEqual([
      ['Frank Tull', 'We ran three'],
      [null, 'Boys, this is'],
    ]);
  });

  it('a participle after one\'s own thing is one\'s own words', () => {
    expect(who(['Frank Tull worked the same line for twenty years. He spent his career saying “the mill will outlast us all.”'])).toEqual([
      ['Frank Tull', 'the mill will'],
    ]);
  });
});

describe('bodies by their whole name', () => {
  it('"the Chamber of Commerce" is not "Chamber" of a place', () => {
    expect(who(['According to a statement from the Chamber of Commerce, the exemption “does not go nearly far enough for shops.”'])).toEqual([
      ['Chamber of Commerce', 'does not go'],
    ]);
  });
});

describe('what "calling" names', () => {
  it('the words after it are the thing named, never an inverted speaker', () => {
    expect(
      who([
        'Senator Alice Cho backed the bill. “Read the bill before you judge it,” Cho said.',
        'Two other senators issued a joint statement calling the vote “a good day for every worker.”',
      ]),
    ).not.toContainEqual(['Alice Cho', 'a good day']);
  });
});

describe('a name and a colon', () => {
  it('one capitalised word before a colon that the page writes in lower case is a label ("Solution: ‘…’")', () => {
    expect(
      who(['The puzzle had no easy solution this week.', 'Solution: ‘The Bulldogs That Bulldogs Fight Every Night’']),
    ).not.toContainEqual(['Solution', 'The Bulldogs That']);
  });

  it('a title in title case holds no speaker, unless a person is named in it', () => {
    expect(who(['Oncology Nurse Diagnosed with Cancer Writes Letter to Patients: ‘I’m Sorry, I Didn’t Get It Done’'])).toEqual([
      [null, 'I’m Sorry, I'],
    ]);
    expect(who(['Veteran Fact-Checker David Emery: ‘Are There Any Calm Voters Left?’'])).toEqual([['Veteran Fact-Checker David Emery', 'Are There Any']]);
  });

  it('a name and a number before a colon are a headline, not a subject and its verb', () => {
    expect(who(['Northern Air Flight 370, one year later: “Nothing is certain, as everything is possible”'])).toEqual([
      [null, 'Nothing is certain,'],
    ]);
  });

  it('a sentence adverb is no name ("Regardless of …, the report’s advice: “…”")', () => {
    expect(
      who(['Regardless of how much weight you give the survey, the report’s advice is sound: “Consider learning the tools that employers want most.”']),
    ).not.toContainEqual(['Regardless', 'Consider learning the']);
  });
});

describe('a reporter who closes the sentence', () => {
  it('", she added." puts the reporter in view, not the subject of what she reported', () => {
    expect(
      who([
        'Sandra Kowal has used all her vacation days. “I support the teachers, but I am running out of options,” she said.',
        'Her husband, Marc, works nights, she added. “He is sleeping when the kids are home. It cannot go on.”',
      ]),
    ).toEqual([
      ['Sandra Kowal', 'I support the'],
      ['Sandra Kowal', 'He is sleeping'],
    ]);
  });
});

describe('a body named by the people it is made of', () => {
  it('"the teachers\' union", "the nurses’ association" speak as bodies, not as "the teachers"', () => {
    const reid = 'Education Minister Colin Reid defended the offer. “It is fair and it is on the table,” Reid said.';
    expect(who([reid, '“The offer does nothing about class sizes, and the minister knows it,” the teachers\' union said in a statement.'])).toEqual([
      ['Colin Reid', 'It is fair'],
      ['teachers\' union', 'The offer does'],
    ]);
    expect(who([reid, 'The nurses’ association said the bonus was “a gesture, not a plan for the next ten years.”'])).toEqual([
      ['Colin Reid', 'It is fair'],
      ['nurses’ association', 'a gesture, not'],
    ]);
  });
});

describe('clergy and their churches', () => {
  it('"Rev. Ellen Sato of St. Andrew\'s Lutheran Church said" puts her in focus: "Rev." is an honorific, the saint\'s name part of the church\'s', () => {
    expect(
      who([
        'Cpl. Dana Whitford said thieves took a sound system. “Losing it is a big deal for a small church,” Whitford said.',
        'Rev. Ellen Sato of St. Andrew\'s Lutheran Church said her congregation held a potluck. “People brought casseroles and cheques,” she said.',
      ]),
    ).toEqual([
      ['Dana Whitford', 'Losing it is'],
      ['Ellen Sato', 'People brought casseroles'],
    ]);
  });
});

describe('a nationality as a description', () => {
  it('"the Swede said" names again the player in view, never "Swede"', () => {
    expect(
      who([
        'McLeod was hurt when he collided with defenceman Rasmus Andersson. Andersson said after the game he had not meant it. “It is a fast game and I feel bad for him,” the Swede said.',
      ]),
    ).toEqual([['Rasmus Andersson', 'It is a']]);
  });
});

describe('where a role’s holder comes from', () => {
  it('is a place, not the speaker', () => {
    const march = ['Thousands marched through the city on Saturday.', 'A teacher from Laval said she was afraid for her job.', '“I have been teaching for eleven years,” she said.'];
    expect(who(march)).not.toContainEqual(['Laval', 'I have been']);
    expect(who(['Vor dem Rathaus standen am Samstag Hunderte.', 'Ein Lehrer aus Kassel sagte, er habe Angst um seine Stelle.', '„Ich unterrichte seit elf Jahren“, sagte er.'], 'de')).not.toContainEqual([
      'Kassel', 'Ich unterrichte seit',
    ]);
    expect(who(['В субботу по городу прошли тысячи людей.', 'Учитель из Твери сказал, что боится за свою работу.', '«Я преподаю уже одиннадцать лет», — сказал он.'], 'ru')).not.toContainEqual([
      'Твери', 'Я преподаю уже',
    ]);
  });
});

describe('an opening phrase inverted before its subject', () => {
  it('puts the person after the copula in focus', () => {
    const march = [
      'Thousands marched through the city on Saturday.',
      'Among those at the march was Amira Haddad, a teacher from Laval who wears a hijab.',
      '“I have been teaching for eleven years,” she said.',
    ];
    expect(who(march)).toEqual([['Amira Haddad', 'I have been']]);
  });
});

describe('a body attached to the name before the verb', () => {
  it('is passed over to the verb after the quote', () => {
    expect(who(['Police have identified the man.', '“This was not a random act at all,” Cpl. Tom Yee of the Integrated Homicide Investigation Team told reporters Wednesday.'])).toEqual([
      ['Tom Yee', 'This was not'],
    ]);
    expect(who(['“The numbers simply do not add up,” Rachel Moss of the University of Guelph said.'])).toEqual([['Rachel Moss', 'The numbers simply']]);
  });
});

describe('words someone is blamed for', () => {
  it('are theirs, and the one who blames them stays in focus', () => {
    const story = [
      'Prime Minister Dan Corbeil says the pipeline is on track.',
      'Opposition Leader Ray Holt mocked the prime minister for saying last month that “good things take time.”',
      '“Good things take time, he says. Meanwhile, workers are losing their homes,” he said.',
    ];
    expect(who(story)).toEqual([
      ['Dan Corbeil', 'good things take'],
      ['Ray Holt', 'Good things take'],
    ]);
    expect(who(['Senator Ana Ruiz accused Tom Ash of saying “the workers can wait another year.”'])).toEqual([['Tom Ash', 'the workers can']]);
  });
});

describe('a body and its place', () => {
  it('"The Chinese embassy in Ottawa said" is the embassy speaking, not a nationality', () => {
    expect(who(['Canada has detained a telecom executive.', 'The Chinese embassy in Ottawa said in a statement that Canada should “stop making irresponsible remarks about this.”'])).toEqual([
      ['Chinese embassy', 'stop making irresponsible'],
    ]);
  });

  it('"ambassador to Japan Guy Marchand": the country is the role’s, not part of the name', () => {
    expect(who(['Former Canadian ambassador to Japan Guy Marchand said the detentions were linked.', '“This is retaliation, plain and simple,” he said.'])).toEqual([
      ['Guy Marchand', 'This is retaliation,'],
    ]);
  });
});
