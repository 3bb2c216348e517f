import { describe, expect, it } from 'vitest';
import { quotesIn, speakersAndOpenings, speakersIn } from './quotes-in';
import { nominativeOfGermanNoun } from '../../../src/quotes/german-noun-case';
import { germanRoleBase, isOrganisationName, isRoleWord } from '../../../src/quotes/speech-lexicon';

/**
 * How German news names its sources, in sentences of our own: the impersonal "hieß es aus …", bodies
 * in the genitive, declined role nouns, "von der" before a workplace, and V2 adverbs before the verb.
 */
const who = (paragraphs: string[]) => speakersAndOpenings(paragraphs, 'de');

describe('an impersonal report: „…“, hieß es aus …', () => {
  it('names the body after "aus", the quote before the cue', () => {
    expect(who(['Man wolle reden, „aber nicht zu jedem Preis und nicht unter Druck“, hieß es aus dem Umweltministerium in Graz.'])).toEqual([
      ['Umweltministerium in Graz', 'aber nicht zu'],
    ]);
  });

  it('names the body after "aus", the cue before the quote', () => {
    expect(who(['Aus dem Rathaus hieß es: „Die Brücke bleibt bis zum Sommer für alle Autos gesperrt.“'])).toEqual([
      ['Rathaus', 'Die Brücke bleibt'],
    ]);
  });

  it('names the body of a statement in the nominative ("in einer Mitteilung des Ministeriums")', () => {
    expect(who(['In einer Mitteilung des Landwirtschaftsministeriums hieß es, man werde „die Bauern in dieser Lage nicht allein lassen“.'])).toEqual([
      ['Landwirtschaftsministerium', 'die Bauern in'],
    ]);
  });

  it('reads "verlautete" and "von Seiten der …"', () => {
    expect(who(['Von Seiten des Stadtrates verlautete, man sei „zu allen Gesprächen bereit, wenn es nötig ist“.'])).toEqual([
      ['Stadtrat', 'zu allen Gesprächen'],
    ]);
  });

  it('names again, by its kind („aus der Behörde“), the office last in view („Im Landratsamt …“), not a firm named before', () => {
    expect(
      who([
        'Ein Sprecher der Nordwind Energie GmbH sagte, man sei enttäuscht.',
        'Im Landratsamt zeigte man sich zurückhaltend. „Wir werden die Entscheidung prüfen und dann weitersehen“, hieß es aus der Behörde.',
      ]),
    ).toEqual([['Landratsamt', 'Wir werden die']]);
  });

  it('gives no speaker when the source is an unnamed circle, rather than "es" or a guess', () => {
    expect(
      who([
        'Die Ministerin Lea Brandt schwieg am Freitag.',
        '„Das war ein schwerer Fehler der ganzen Regierung“, hieß es aus Regierungskreisen.',
      ]),
    ).toEqual([[null, 'Das war ein']]);
  });
});

describe('German roles and bodies as written in the news', () => {
  it('stops the name before a party after "von der/den" („von den Grünen“, „von der CDU“), not before „von der Leyen“-like names', () => {
    expect(who(['Gemeinderätin Lea Brandt von den Grünen forderte ein Gutachten. „Wir wollen die Wende, aber nicht um jeden Preis“, sagte sie.'])).toEqual([
      ['Lea Brandt', 'Wir wollen die'],
    ]);
    expect(who(['Jonas Keller von der CDU sagte: „Wir wollen die Wende, aber nicht um jeden Preis.“'])).toEqual([['Jonas Keller', 'Wir wollen die']]);
    expect(who(['Anna von der Heide sagte: „Wir wollen die Wende, aber nicht um jeden Preis.“'])).toEqual([['Anna von der Heide', 'Wir wollen die']]);
  });

  it('takes a capitalised occupation before a given name as the role („Landwirt Georg Seidl“)', () => {
    expect(quotesIn(['Auch Landwirt Georg Hanke meldete sich zu Wort. „Die Preise für Milch sind im Keller, und das schon lange.“'], 'de').map((quote) => [quote.speaker, quote.speakerRole])).toEqual([
      ['Georg Hanke', 'Landwirt'],
    ]);
  });

  it('names a spokesman\'s body in the nominative ("ein Sprecher des Auswärtigen Amtes")', () => {
    expect(who(['„Wir bedauern sehr, dass keine Einigung möglich war“, sagte ein Sprecher des Verkehrsministeriums.'])).toEqual([
      ['Verkehrsministerium', 'Wir bedauern sehr,'],
    ]);
  });

  it('reads a declined role ("laut dem Politologen …") and stops the name before "von der Universität"', () => {
    expect(
      who([
        'Laut dem Politologen Jens-Uwe Brack von der Universität Linz war das Ergebnis absehbar.',
        '„Solche Gipfel sind vor allem Bilder für das heimische Publikum“, so Brack.',
      ]),
    ).toEqual([['Jens-Uwe Brack', 'Solche Gipfel sind']]);
  });

  it('resolves "der Politologe" to the person introduced as one', () => {
    expect(
      who([
        'Der Politologe Jens-Uwe Brack hält das Ergebnis für absehbar.',
        '„Solche Gipfel sind vor allem Bilder für das heimische Publikum“, sagte der Politologe.',
      ]),
    ).toEqual([['Jens-Uwe Brack', 'Solche Gipfel sind']]);
  });

  it('takes the subject after the verb when an adverb opens the sentence ("Später betonte …")', () => {
    expect(
      who([
        'Die Ministerin Lea Brandt besuchte am Morgen die Werft.',
        'Später betonte Brandt: „Diese Werft hat eine Zukunft, und zwar hier in der Stadt.“',
      ]),
    ).toEqual([['Lea Brandt', 'Diese Werft hat']]);
  });
});

describe('German word forms', () => {
  it('an office by its compound’s head is a body („Landratsamt“, „Bezirksamt“), „insgesamt“ is not', () => {
    expect(who(['„Wir prüfen die Pläne noch einmal sehr genau“, teilte das Bezirksamt mit.'])).toEqual([['Bezirksamt', 'Wir prüfen die']]);
    expect(isOrganisationName('Landratsamt')).toBe(true);
    expect(isOrganisationName('Insgesamt')).toBe(false);
  });

  it('a firm’s whole name after a spokesperson’s role („Sprecher der Nordwind Energie GmbH“)', () => {
    expect(who(['„Wir sind von diesem Ergebnis sehr enttäuscht“, sagte ein Sprecher der Nordwind Energie GmbH.'])).toEqual([['Nordwind Energie GmbH', 'Wir sind von']]);
    expect(who(['Ein Sprecher der Nordwind Energie GmbH sagte: „Wir sind von diesem Ergebnis sehr enttäuscht.“'])).toEqual([['Nordwind Energie GmbH', 'Wir sind von']]);
  });

  it('turns genitive nouns back into the nominative, feminine ones untouched', () => {
    expect(['Ministeriums', 'Amtes', 'Kremls', 'Bundestages', 'Regierung', 'Hauses'].map(nominativeOfGermanNoun)).toEqual([
      'Ministerium', 'Amt', 'Kreml', 'Bundestag', 'Regierung', 'Haus',
    ]);
  });

  it('knows declined role nouns, and no English plural', () => {
    expect(['präsidenten', 'politologen', 'abgeordneten', 'sprecherinnen'].map(germanRoleBase)).toEqual([
      'präsident', 'politologe', 'abgeordnete', 'sprecherin',
    ]);
    expect(['women', 'citizen', 'ministers', 'chairmen'].map(germanRoleBase)).toEqual([null, null, null, null]);
    expect(isRoleWord('Politologen')).toBe(true);
  });
});

describe('a quote passed on by a paper: the one quoted speaks', () => {
  it('DE: „… zitiert den Minister Jan Ott mit den Worten: …“ and „…“, wird Ott zitiert', () => {
    expect(who(['Das Blatt zitiert den Minister Jens Brack mit den Worten: „Das Werk wird nicht geschlossen, solange ich im Amt bin.“'])).toEqual([
      ['Jens Brack', 'Das Werk wird'],
    ]);
    expect(who(['„Das Werk wird nicht geschlossen, solange ich im Amt bin“, wird Brack in dem Blatt zitiert.'])).toEqual([['Brack', 'Das Werk wird']]);
  });

  it('EN: "quoted Ott as saying" and "Ott was quoted as saying"', () => {
    const en = (paragraphs: string[]) => speakersIn(paragraphs);
    expect(en(['The paper quoted Ivo Marten as saying: "The plant will not close while I am in office."'])).toEqual(['Ivo Marten']);
    expect(en(['Ivo Marten, the minister, was quoted as saying: "The plant will not close while I am in office."'])).toEqual(['Ivo Marten']);
    expect(en(['"The plant will not close while I am in office," Marten was quoted as saying.'])).toEqual(['Marten']);
  });
});

describe('German word order around the cue', () => {
  it('after a fronted clause the verb comes second and its subject follows („Auf die Frage, ob …, antwortete Keller:“)', () => {
    expect(who(['Auf die Frage, ob die Initiative klagen werde, antwortete Keller: „Wir prüfen alle rechtlichen Schritte, und wir haben gute Anwälte.“'])).toEqual([
      ['Keller', 'Wir prüfen alle'],
    ]);
  });

  it('a sentence after the quote that points back at it attributes it („Das sagte …“, «Об этом заявил …»)', () => {
    expect(
      who(['Die Ministerin Lea Brandt sprach zuerst. „Das ist ein Schlag ins Gesicht aller Familien, die hier wohnen.“ Das sagte der Sprecher der Bürgerinitiative, Jonas Keller, am Dienstag in Nordstadt.']),
    ).toEqual([['Jonas Keller', 'Das ist ein']]);
    expect(
      speakersAndOpenings(['Борис Панов выступил в Думе. «Мы не позволим никому диктовать нам условия мира». Об этом заявил глава комитета Игорь Семёнов на заседании во вторник.'], 'ru'),
    ).toEqual([['Игорь Семёнов', 'Мы не позволим']]);
    expect(who(['„Wir lassen uns die Bedingungen von niemandem diktieren.“ Das ist der Kern des Streits.'])).toEqual([[null, 'Wir lassen uns']]);
  });

  it('an adverbial after an unnamed spokesperson is no part of the body („ein Sprecher des Umweltamts auf Anfrage“)', () => {
    expect(who(['Die Behörde prüft den Plan. „Die Lärmbelastung wird sich mehr als verdoppeln“, erklärte ein Sprecher des Umweltamts auf Anfrage.'])).toEqual([
      ['Umweltamt', 'Die Lärmbelastung wird'],
    ]);
  });
});

describe('German descriptions of the person in view', () => {
  it('„der Gewerkschafter“, „die Politikerin im Landtag“, „die 47-Jährige am Abend“ name the person the page is about', () => {
    expect(who(['Tobias Lehnert sprach zuerst. „Wir werden nicht nachgeben, egal wie lange es dauert“, sagte der Gewerkschafter.'])).toEqual([
      ['Tobias Lehnert', 'Wir werden nicht'],
    ]);
    expect(who(['Lea Brandt sprach zuerst. „Wir werden nicht nachgeben, egal wie lange es dauert“, sagte die Politikerin im Landtag.'])).toEqual([
      ['Lea Brandt', 'Wir werden nicht'],
    ]);
    expect(who(['Lea Brandt führt das Ministerium seit 2021. „Wir werden nicht nachgeben, egal wie lange es dauert“, sagte die 47-Jährige am Abend.'])).toEqual([
      ['Lea Brandt', 'Wir werden nicht'],
    ]);
  });
});

describe('a body as the place the words came from', () => {
  it('„Im Kanzleramt hieß es“, „hieß es im Innenministerium“ name the body; a city there names no one', () => {
    expect(who(['Im Kanzleramt hieß es: „Wir prüfen den Vorschlag sorgfältig und ohne Zeitdruck.“'])).toEqual([['Kanzleramt', 'Wir prüfen den']]);
    expect(who(['„Wir prüfen den Vorschlag sorgfältig und ohne Zeitdruck“, hieß es im Innenministerium.'])).toEqual([['Innenministerium', 'Wir prüfen den']]);
    expect(who(['In Berlin hieß es: „Wir prüfen den Vorschlag sorgfältig und ohne Zeitdruck.“'])).toEqual([[null, 'Wir prüfen den']]);
  });
});

describe('German news wire phrasing', () => {
  it('an outlet told in the dative is no part of the speaker („sagte eine Bahnsprecherin der Deutschen Presse-Agentur“)', () => {
    expect(who(['„Wir bedauern die Ausfälle für unsere Fahrgäste sehr“, sagte eine Bahnsprecherin der Deutschen Presse-Agentur.'])).toEqual([
      ['Bahn', 'Wir bedauern die'],
    ]);
  });

  it('a spokesperson’s compound names the body („ein Regierungssprecher“ → Regierung), never the last Sprecher named', () => {
    expect(
      who(['„Zwölf Stunden reichen nicht, um sich umzustellen“, so Verbandssprecher Tim Berger. „Die Gespräche laufen weiter, ein Ergebnis gibt es nicht“, sagte ein Regierungssprecher.']),
    ).toEqual([
      ['Tim Berger', 'Zwölf Stunden reichen'],
      ['Regierung', 'Die Gespräche laufen'],
    ]);
  });

  it('„in Berlin“ after a description is where it was said, not a name', () => {
    expect(
      who(['Verkehrsminister Frank Horn rief beide Seiten zur Einigung auf. „Dieser Streit darf nicht auf dem Rücken der Pendler ausgetragen werden“, erklärte der FDP-Politiker in Berlin.']),
    ).toEqual([['Frank Horn', 'Dieser Streit darf']]);
  });

  it('an object before the verb and a pronoun after it: „Weitere Streiks schloss er nicht aus: …“', () => {
    expect(
      who(['Gewerkschaftschef Klaus Weber wies das zurück. Weitere Streiks schloss er nicht aus: „Wenn sich nichts bewegt, legen wir nach.“']),
    ).toEqual([['Klaus Weber', 'Wenn sich nichts']]);
  });
});
