import { describe, expect, it } from 'vitest';
import { speakersAndOpenings } from './quotes-in';

/**
 * German puts its finite verb second and builds compounds; sentences of our own. An opening adverbial
 * puts the subject after the verb, and a party's compound („SPD-Politikerin“) names again the person
 * in view, of the gender its article shows.
 */
const who = (paragraphs: string[]) => speakersAndOpenings(paragraphs, 'de');

describe('the subject after the verb in second place', () => {
  it('after a prepositional opener', () => {
    expect(
      who(['Im Streit um den Ausbau des Hafens hat Verkehrsministerin Lea Brandt die Pläne verteidigt. „Wir können nicht länger warten, die Schiffe fahren sonst vorbei“, sagte sie.']),
    ).toEqual([['Lea Brandt', 'Wir können nicht']]);
    expect(
      who(['Nach dem Treffen mit den Anwohnern will Bürgermeister Jan Ott nun nachbessern. „Wir haben zugehört und nehmen die Sorgen sehr ernst“, sagte er.']),
    ).toEqual([['Jan Ott', 'Wir haben zugehört']]);
  });

  it('after an opening adverb', () => {
    expect(
      who(['Zuvor hatte Umweltministerin Karla Wendt die Kritik zurückgewiesen. „Das Gutachten ist eindeutig, und wir halten uns daran“, sagte sie.']),
    ).toEqual([['Karla Wendt', 'Das Gutachten ist']]);
  });

  it('not where the opener is no German preposition: "In" before an English article', () => {
    expect(who(['In the end the minister was overruled. “We did what we could for the town,” said Ivo Marten.'])).toEqual([['Ivo Marten', 'We did what']]);
  });
});

describe('a compound description names again the person in view', () => {
  it('a party compound, of the gender the article shows', () => {
    expect(
      who([
        'Der Grünen-Fraktionschef Ole Sievers warf dem Senat Versäumnisse vor. Verkehrsministerin Lea Brandt widersprach.',
        '„Wir haben jede Frage beantwortet, die uns gestellt wurde“, sagte die SPD-Politikerin am Dienstag im Rathaus.',
      ]),
    ).toEqual([['Lea Brandt', 'Wir haben jede']]);
    expect(
      who([
        'Verkehrsministerin Lea Brandt verteidigte den Plan. Der Grünen-Fraktionschef Ole Marten widersprach ihr.',
        '„Niemand hat uns erklärt, woher das Geld kommen soll“, sagte der Grünen-Politiker.',
      ]),
    ).toEqual([['Ole Marten', 'Niemand hat uns']]);
  });

  it('a woman\'s description never names a man, though he was named last', () => {
    expect(
      who([
        'Verkehrsministerin Lea Brandt verteidigte den Plan. Der Grünen-Fraktionschef Ole Marten widersprach ihr.',
        '„Wir haben jede Frage beantwortet, die uns gestellt wurde“, sagte die SPD-Politikerin.',
      ]),
    ).toEqual([['Lea Brandt', 'Wir haben jede']]);
  });
});

describe('a role, then a full name, then the verb', () => {
  it('ends the subject at the name: the words after are the verb, not a description', () => {
    expect(
      who(['Die Grünen-Vorsitzende Mira Hansen hielt dagegen. „Jeder andere Staat in Europa hat längst ein Tempolimit“, sagte sie gegenüber dem NDR.']),
    ).toEqual([['Mira Hansen', 'Jeder andere Staat']]);
  });
});

describe('an outlet that quotes someone („zitierte die Zeitung …“)', () => {
  it('is not the speaker: whom it quotes is', () => {
    expect(who(['„Wir sehen bei allen Mitgliedern eine wachsende Zustimmung“, zitiert die Nachrichtenagentur dpa den Vorsitzenden Jan Ott.'])).toEqual([
      ['Jan Ott', 'Wir sehen bei'],
    ]);
    expect(who(['„Wir sehen bei vielen Mitgliedern eine wachsende Zustimmung“, zitierte die „Süddeutsche Zeitung“ einen Sprecher des ADAC.'])).toEqual([
      ['ADAC', 'Wir sehen bei'],
    ]);
  });
});

describe('a role nobody on the page holds, after a German article', () => {
  it('names again the office-holder in view of the article\'s gender', () => {
    expect(
      who([
        'Der norwegische Botschafter in Berlin, Ola Nurdmann, wies die Vorwürfe zurück. Norwegen liefere keine Waffen, sagte der Diplomat der Nachrichtenagentur Reuters. „Wir stehen auf der Seite des Friedens.“',
      ]),
    ).toEqual([['Ola Nurdmann', 'Wir stehen auf']]);
  });
});

describe('owners, trades and an outlet told in the plural dative', () => {
  it('„Der Inhaber des Geschäfts, Thomas Reimers“ is a person in a role; „sagte der 61-Jährige den „Lübecker Nachrichten““ names him again', () => {
    expect(
      who([
        'Der Inhaber des Geschäfts, Thomas Reimers, zeigte sich erschüttert. „So etwas habe ich in 30 Jahren nicht erlebt“, sagte der 61-Jährige den „Kieler Nachrichten“.',
      ]),
    ).toEqual([['Thomas Reimers', 'So etwas habe']]);
  });
});

describe('a sentence opening with a subordinate clause', () => {
  it('„Ob …, ließ er offen“: the conjunction is no name; the paragraph stays with its speaker', () => {
    expect(
      speakersAndOpenings(
        [
          'Gewerkschaftschef Klaus Brenner verteidigte den Ausstand.',
          'Brenner kündigte an, der Streik werde bis Mittwoch dauern. Ob es danach weitere Ausstände gebe, ließ er offen. „Das hängt allein von der Bahn ab.“',
        ],
        'de',
      ),
    ).toEqual([['Klaus Brenner', 'Das hängt allein']]);
  });
});

describe('a parent by their children\'s number', () => {
  it('„die Mutter zweier Kinder“ describes the woman in view; „Kinder“ is no name', () => {
    expect(
      speakersAndOpenings(
        [
          'Die Vorsitzende des Elternbeirats, Miriam Schulte, sprach von einer Schieflage.',
          '„Familien mit kleinen Einkommen trifft das am härtesten“, sagte die Mutter zweier Kinder.',
        ],
        'de',
      ),
    ).toEqual([['Miriam Schulte', 'Familien mit kleinen']]);
  });
});

describe('a separable verb of speech', () => {
  it('„warf Washington vor, „…““: its particle at the clause end, the verb still attributes', () => {
    expect(
      speakersAndOpenings(['Peking wies die Kritik zurück. Ein Sprecher des Außenministeriums warf Washington vor, „Öl ins Feuer zu gießen, wo es nur geht“.'], 'de'),
    ).toEqual([['Außenministerium', 'Öl ins Feuer']]);
  });
});


describe('a pronoun after the verb, before the quote', () => {
  it('is the subject, not the noun that ends the adverbial before the verb', () => {
    expect(
      who(['Außenminister Taras Hrynko kritisierte das Papier. Nach einem Treffen mit Paul Dumas am Rande der Konferenz sagte er: „Wir danken Ihnen für die Hilfe, aber wir brauchen mehr.“']),
    ).toEqual([['Taras Hrynko', 'Wir danken Ihnen']]);
  });
});

describe('a capitalised description after its article', () => {
  const study = '„Wir sehen einen klaren Zusammenhang“, sagte Studienleiterin Miriam Ode.';

  it('in subject position names again the person in view („Die Epidemiologin fügte hinzu:“)', () => {
    expect(who([`${study} Die Epidemiologin fügte hinzu: „Das Risiko steigt ab etwa 30 Grad sprunghaft an.“`])).toEqual([
      ['Miriam Ode', 'Wir sehen einen'],
      ['Miriam Ode', 'Das Risiko steigt'],
    ]);
  });

  it('after the verb, with an adverbial after it („sagte die Rentnerin mit leiser Stimme“)', () => {
    expect(
      who(['Gisela Brenner, 71 Jahre alt, hatte ihr Erspartes in den Fonds gesteckt. „Ich habe ihm vertraut, weil er so seriös auftrat“, sagte die Rentnerin mit leiser Stimme.']),
    ).toEqual([['Gisela Brenner', 'Ich habe ihm']]);
  });
});

describe('the subject after an opening adverb of manner, and separable verbs', () => {
  it('„Ganz anders sieht das Lena Hoffmeister.“ puts her in focus for „die 41-Jährige“, whose article shows her gender', () => {
    expect(
      who([
        'Friedrich Albers warf der Regierung Zögerlichkeit vor. „Das ist ein Gesetz mit angezogener Handbremse“, sagte der CDU-Politiker.',
        'Ganz anders sieht das Lena Hoffmeister. Die Grünen-Abgeordnete hält den Fragebogen für zu weit. Die 41-Jährige warnte: „Wir dürfen junge Menschen nicht verplanen.“',
      ]).at(-1),
    ).toEqual(['Lena Hoffmeister', 'Wir dürfen junge']);
  });

  it('„rief Kranz ins Plenum“, „fasste er zusammen:“', () => {
    expect(who(['„Die Regierung schickt Geld in alle Welt, aber unsere Truppe verrottet“, rief Kranz ins Plenum.'])).toEqual([['Kranz', 'Die Regierung schickt']]);
    expect(
      who(['Staatsanwalt Oliver Brandt brauchte zwei Stunden für die Anklage. Am Ende fasste er zusammen: „Der Angeklagte hat ein System der Täuschung geschaffen.“']),
    ).toEqual([['Oliver Brandt', 'Der Angeklagte hat']]);
  });
});

describe('German nouns are not names', () => {
  it('a capitalised word the page writes after an article is a noun, never a speaker („in der Pressekonferenz“)', () => {
    expect(
      who([
        'Die Zentralbank senkte den Leitzins. In der anschließenden Pressekonferenz gab sich Direktoriumsmitglied Pieter van Damme vorsichtig optimistisch. „Wir sind noch nicht am Ziel, aber wir sehen es“, sagte der Niederländer.',
      ]),
    ).toEqual([['Pieter van Damme', 'Wir sind noch']]);
  });

  it('a description with its adjective names again the person in view („Der 34-jährige Kfz-Mechaniker hat …“)', () => {
    expect(
      who(['Marco Heinicke kann darüber nur lachen. Der 34-jährige Kfz-Mechaniker hat seine Werkstatt verloren. „Von der Warn-App habe ich nichts mitbekommen“, sagt er.']),
    ).toEqual([['Marco Heinicke', 'Von der Warn-App']]);
  });

  it('a party in brackets inside the apposition („Bernd Vogelsang (CDU),“)', () => {
    expect(
      who([
        'Der Landrat des Erzgebirgskreises, Bernd Vogelsang (CDU), wies Vorwürfe zurück. „Die Warnungen sind rechtzeitig rausgegangen, über Sirenen und Radio“, sagte der CDU-Politiker am Sonntag.',
      ]),
    ).toEqual([['Bernd Vogelsang', 'Die Warnungen sind']]);
  });
});

describe('a contraction opening the sentence', () => {
  it('„Ans Wegziehen denkt sie nicht.“ opens with an adverbial, so she stays in focus', () => {
    expect(who(['Renate Kühnel trägt den nächsten Eimer nach draußen. Ans Wegziehen denkt sie nicht. „Ich bleibe hier, wo soll ich denn sonst hin?“'])).toEqual([
      ['Renate Kühnel', 'Ich bleibe hier,'],
    ]);
  });
});
