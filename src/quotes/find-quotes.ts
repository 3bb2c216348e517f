/**
 * Every direct quote on a page, with its speaker: quote spans from paired marks, a cue in the
 * quote's own sentence, then page-level resolution (surname → full name, role → person, pronoun →
 * the person last in subject position, quote-only paragraphs → the previous speaker).
 *
 * Quotes under four words are not reported: on news pages they are mostly terms, scare quotes and
 * titles ("bad deal", "borderless partnership"), and the popup lists speech. `minWords` changes it.
 */
import type { Mention } from '../matching/mention';
import type { Span } from '../text/span';
import type { Quote } from './quote';
import type { Catalog } from '../catalog/entity';
import { splitSentences } from '../text/sentences';
import {
  attributionOnlySentence,
  cueBefore,
  pointsBack,
  cueLaterInSentence,
  cueRightAfter,
  groupCueAfter,
  hasUnnamedCue,
  introducesSomeoneNew,
  nameClosingShortClause,
  type Cue,
} from './attribution-cues';
import { NameRegistry, isLeaderRole, nameKey } from './name-registry';
import { confidenceOfRule, type AttributionRule } from './attribution-rules';
import { nominativeOfName } from './russian-name-case';
import { findQuoteSpans, type QuoteSpan } from './quote-spans';
import { hasFewerWords, quoteText } from './quote-words';
import { readSpeakerForward, type SpeakerPhrase } from './speaker-phrase';
import { AUTHORED_TEXT_NOUNS, BODY_PRONOUNS, GROUP_PRONOUNS, INDEFINITE_DETERMINERS, NOT_NAMES, PARTNER_NOUNS, PERSONAL_RELATIONS, POSSESSIVE_PRONOUNS, RUSSIAN_PLURAL_NOUN, SPEECH_VERBS, isBodyNoun, isFurnitureWord, isOrganisationName, isRoleWord, isUnnamedSource } from './speech-lexicon';
import { originsOfRole } from './role-origin';
import { watchlistHolderOfRole } from './watchlist-holder';
import { markPageSurnames } from './page-surnames';
import { tokenize, type Token } from './tokens';
import { entityLinks, type EntityLinks } from './quote-entities';
import { germanArticlePronounBefore } from './german-role-gender';
import { partitionPoint } from '../text/partition-point';
import { groupSubjects, lastSpeakerBetween, lastSubjectBetween, sentenceSubjects, type Subject } from './sentence-subjects';
import { GenderEvidence, RecentNames, RecentPeople, genderOfPronoun, type Gender, pronounOfPersonNoun, pronounOfRussianVerb, pronounOpeningNextSentence } from './speaker-focus';
import { blockIndexOf, blockStarts, onlySpaceBetween, sentenceAt, sentenceIndexAt, tokensIn } from './text-index';

export interface FindQuotesContext {
  sentences: Span[];
  mentions: Mention[];
  catalog: Catalog;
  lang?: string | null;
  /** Shortest quote reported, in words (default 4). */
  minWords?: number;
}

interface Draft {
  span: QuoteSpan;
  sentence: Span;
  speaker: string | null;
  speakerRole: string | null;
  /** Where the speaker's words stand on the page, for entity links. */
  speakerSpan: Span | null;
  cue: string | null;
  rule: AttributionRule;
  isPerson: boolean;
  blockIndex: number;
  /** The quote's sentence attributes it, though perhaps to no one the page names ("he called it", "officials said"). */
  attributed: boolean;
  /** A speaker taken over from another quote is no surer than it was there. */
  ceiling: number;
  /** The cue inside the quote's marks, dash to dash ("— сказал он, —"): not the speaker's words. */
  inner: Span | null;
}

/** How sure a draft's speaker is: its rule's confidence, capped by that of any quote it took the speaker from. */
function confidenceOf(draft: Draft): number {
  return Math.min(confidenceOfRule(draft.rule), draft.ceiling);
}

const MIN_WORDS = 4;
/** How many sentences after the last quote's own one its attribution may read. */
const SENTENCES_READ_AFTER_A_QUOTE = 2;
/** Cues that are only a name and a colon: the name must be one the page gives a person. */
const COLON_RULES: ReadonlySet<AttributionRule> = new Set(['name and colon', 'subject introduces with a colon']);
/** Quoted terms a clause before a quote may hold ("called the “deal” a “betrayal”, adding"). */
const TERMS_IN_A_CLAUSE = 3;

export function findQuotes(text: string, context: FindQuotesContext): Quote[] {
  let sentences = context.sentences;
  if (sentences.length === 0) sentences = splitSentences(text, context.lang ?? undefined);
  const minWords = context.minWords ?? MIN_WORDS;
  const spans = findQuoteSpans(text);
  // Quote marks that hold only terms ("bad deal", „Friedensplan“) are no speech: a page with nothing
  // longer has no quote to report, and its names and sentences need not be read at all.
  if (spans.every((span) => hasFewerWords(quoteText(text, span), minWords))) return [];
  const allTokens = tokenize(text, 0, text.length);
  markPageSurnames(allTokens);
  const registry = NameRegistry.fromTokens(allTokens, text);
  const blocks = blockStarts(text);
  // Attribution looks back from each quote, and forward no further than the sentence after it: the
  // subjects of the text after that are never asked for.
  const lastQuoteEnd = Math.max(...spans.map((span) => span.close));
  const lastSentence = sentences[partitionPoint(sentences, (sentence) => sentence.end <= lastQuoteEnd) + SENTENCES_READ_AFTER_A_QUOTE];
  const subjects = sentenceSubjects(text, sentences, allTokens, blocks, lastSentence?.end ?? text.length);
  const genders = new GenderEvidence();
  const people = new RecentPeople();
  const bodies = new RecentNames();
  /** People who speak as one ("Lind and Berg said"), for "they". */
  const groups = new RecentNames();
  /** Everyone quoted so far. */
  const speakingPeople = new Set<string>();
  /** People brought in as subjects with a role („Der norwegische Botschafter …, Ola Nurdmann“). */
  const officeHolders = new Set<string>();
  /** The role noun of each unnamed person in focus ("One senior diplomat, who asked not to be named" → diplomat). */
  const unnamedRoles = new Map<string, string>();

  /** "the diplomat said" after "One senior diplomat, who asked not to be named, …": the unnamed person is in view. */
  const namesUnnamedInView = (phrase: SpeakerPhrase): boolean => {
    catchUp(phrase.start);
    const latest = people.latest(phrase.start, null, genders);
    if (latest === null || !isUnnamedPerson(latest)) return false;
    if (unnamedRoles.get(latest) === phrase.head) return true;
    // "One longtime patient, who asked that her name not be used, said …", then "the woman said".
    const pronoun = pronounOfPersonNoun(phrase.head);
    return pronoun !== null && genders.of(latest) === genderOfPronoun(pronoun);
  };
  let subjectIndex = 0;
  /**
   * What each subject's sentence shows of its gender ("Delorme said she …", a Russian verb's ending):
   * on a page naming a Karen and a Ray Delorme, it tells which one the surname means.
   */
  const subjectGenders = new Map<number, Gender>();
  for (const subject of subjects) {
    const gender = genderOfPronoun(subject.verbPronoun ?? subject.rolePronoun ?? subject.reportedPronoun ?? subject.nextPronoun ?? '');
    if (gender) subjectGenders.set(subject.phrase.start, gender);
  }
  let groupsInSubjects: { name: string; pos: number }[] | null = null;
  /** Groups in subject position, read the first time a "they" needs them. */
  const pluralSubjects = (): { name: string; pos: number }[] => (groupsInSubjects ??= groupSubjects(text, sentences, allTokens));

  /** Where the view of `pos` starts: its paragraph, or the one before. */
  const viewStart = (pos: number): number => blocks[Math.max(0, blockIndexOf(blocks, pos) - 1)]!;

  /** The last subject, not a pronoun, before `pos` in its paragraph or the one before. */
  const lastSubjectInView = (pos: number): Subject | null => lastSubjectBetween(subjects, viewStart(pos), pos, true);

  /** The person the paragraph, or the one before it, is about: its last named subject. */
  const personInFocus = (pos: number): string | null => {
    const subject = lastSubjectInView(pos);
    const focus = subject && subject.phrase.kind === 'name' && !subject.phrase.institution ? resolvePhrase(subject.phrase, subject.pos) : null;
    return focus && !focus.isOrganisation && focus.credible ? focus.name : null;
  };

  /**
   * "The association said it regretted … In a statement, it said": a body named by a common noun is no
   * name the page can repeat, so `bodies` does not keep it; "it" still means it while it is the last
   * subject, in this paragraph or the one before.
   */
  const bodySubjectInFocus = (pos: number): string | null => {
    const subject = lastSubjectInView(pos);
    if (!subject?.phrase.institution || !subject.phrase.name) return null;
    const resolved = resolvePhrase(subject.phrase, subject.pos);
    return resolved?.isOrganisation ? resolved.name : null;
  };

  /**
   * Each phrase names one speaker, however often it is asked: a description resolved while taking in
   * subjects ("…, kritisierte die 41-Jährige") moves its person's latest mention to itself, and asked
   * again it would find nobody before it. Two readings of one span («В Минтрансе» as a word and as
   * the body it names) are two phrases.
   */
  const resolutions = new Map<string, Resolved | null>();
  const resolvePhrase = (phrase: SpeakerPhrase, pos: number): Resolved | null => {
    const key = `${phrase.kind}:${phrase.start}:${phrase.end}:${phrase.name ?? ''}`;
    if (resolutions.has(key)) return resolutions.get(key)!;
    // A phrase asked again while it is being resolved (through the subjects it looks back at) names no one.
    resolutions.set(key, null);
    const result = resolveFresh(phrase, pos);
    resolutions.set(key, result);
    return result;
  };

  const resolveFresh = (phrase: SpeakerPhrase, pos: number): Resolved | null => {
    // "residents said": the group speaks, by the page's own phrase; never a person for "he" or "she".
    if (phrase.group && phrase.name) return { name: phrase.name, isOrganisation: true, credible: true };
    if (phrase.institution && phrase.name) {
      // "the agency said" after "The State Department called for…": the body named before.
      if (!/^[\p{Ll}-]+$/u.test(phrase.name)) {
        // „heißt es aus dem Ministerium“ after „Das Innenministerium legte … vor“: a bare noun names that body again.
        const again = isGenericBodyNoun(phrase.name) ? (catchUp(phrase.start), bodies.latest(phrase.start, phrase.name.toLowerCase())) : null;
        return { name: again ?? phrase.name, isOrganisation: true, credible: true };
      }
      catchUp(phrase.start);
      if (AUTHORED_TEXT_NOUNS.has(phrase.name)) {
        // "the document said": its author, the body in view; else nobody, never "document".
        const author = issuerOfText(phrase.name, phrase.start) ?? bodies.latest(phrase.start, null);
        return author ? { name: author, isOrganisation: true, credible: true } : null;
      }
      return { name: bodies.latest(phrase.start, phrase.head) ?? phrase.name, isOrganisation: true, credible: true };
    }
    if (phrase.kind === 'name' && phrase.name) {
      // „ein Sprecher des Ministeriums“ after „Laut Gesundheitsministerium …“: the body in view, named again.
      if (phrase.role !== null && isGenericBodyNoun(phrase.name)) {
        catchUp(phrase.start);
        return { name: bodies.latest(phrase.start, phrase.name.toLowerCase()) ?? phrase.name, isOrganisation: true, credible: true };
      }
      const shown = genderOfPronoun(phrase.pronoun ?? '') ?? subjectGenders.get(phrase.start) ?? null;
      const known = registry.resolveName(phrase.name, pos, (fullName) => fitsGender(fullName, shown));
      // A name the page writes only in this case ("по словам Пескова") is given in the nominative.
      const name = known === phrase.name && phrase.nameCase ? nominativeOfName(known, phrase.nameCase) : known;
      const credible = name !== phrase.name || name.includes(' ') || phrase.role !== null || phrase.honorific;
      // „sagte … im Foyer“: one capitalised word the page also writes after an article is a German noun.
      const isOrganisation = isOrganisationName(name);
      if (!credible && !isOrganisation && registry.writesAsGermanNoun(name)) return null;
      return { name, isOrganisation, credible };
    }
    if (phrase.kind === 'role') {
      if (isUnnamedSource(phrase.head)) return null;
      const partner = partnerNamedBy(phrase);
      if (partner) return { name: partner, isOrganisation: false, credible: true };
      // "The premier said … “…,” said Premier Doug Lawson": within its paragraph a role may be named just after.
      // A headline's role ("“…,” says union leader") is named in the paragraph under it.
      const block = blockIndexOf(blocks, pos);
      const paragraphEnd = blocks[block + (isHeadline(text, blocks, block) ? 2 : 1)] ?? text.length;
      const origins = originsOfPhrase(phrase);
      // "a government spokesman said": an indefinite brings in someone new, not the role's last holder.
      const holder = introducedAsNew(text, phrase) ? null : registry.resolveRole(phrase.head, pos, origins, { from: phrase.end, until: paragraphEnd }, personInFocus(phrase.start));
      // «— добавил эксперт» after «эксперт Наталья Белова»: a man's verb is not hers.
      let name = holder && agreesInGender(holder, phrase) ? holder : null;
      // «— отметил депутат» in a paragraph about Вершин, when the deputy the page named so is paragraphs
      // back: a bare Russian role names the person in view, as it does when no one holds it.
      if (isBareSlavicRole(phrase) && (!name || !surnameWrittenInView(name, phrase.start))) {
        const focus = personInFocus(phrase.start);
        if (focus && agreesInGender(focus, phrase)) name = focus;
      }
      if (name) return { name, isOrganisation: isOrganisationName(name), credible: true };
      // "a Northgate spokesperson wrote": whoever it is, the body speaks through them.
      const body = bodyOfSpokesperson(text, phrase);
      if (body) return { name: body, isOrganisation: true, credible: true };
      // "— подчеркнула дипломат": Russian has no article, and a bare role after the verb names again
      // the person the paragraph (or the one before) is about.
      if (isBareSlavicRole(phrase)) {
        const focus = personInFocus(phrase.start);
        return focus && agreesInGender(focus, phrase) ? { name: focus, isOrganisation: false, credible: true } : null;
      }
      // "the Russian leader" that no Russian on the page was named as is not whoever is in view; it is
      // the watchlist's head of state of that country, where the page names them.
      if (isLeaderRole(phrase.head) && origins.length > 0) {
        const holder = watchlistHolderOfRole(origins, context.mentions, context.catalog, phrase.start);
        return holder ? { name: registry.resolveName(holder.text, holder.start + 1), isOrganisation: false, credible: true } : null;
      }
      if (!phrase.epithet) {
        // „sagte der Diplomat“ after „Der norwegische Botschafter …, Ola Nurdmann“: a role nobody on the page
        // holds, after a German article, names again the office-holder in view of the gender the article
        // shows. English "the" shows none, and "the lawyer said" is as often someone new.
        const pronoun = germanArticlePronounBefore(text, phrase.start);
        if (!pronoun) return null;
        catchUp(phrase.start);
        const focus = people.latest(phrase.start, genderOfPronoun(pronoun), genders);
        const holdsOffice = focus !== null && (registry.holdsARole(focus) || officeHolders.has(focus));
        return focus && !isUnnamedPerson(focus) && holdsOffice ? { name: focus, isOrganisation: false, credible: true } : null;
      }
      // "says the affable proprietor": a description names again the person the page is about.
      catchUp(phrase.start);
      // "the father of two" is a man: the description's noun tells the gender where it can.
      const focus = people.latest(phrase.start, genderOfPronoun(phrase.pronoun ?? pronounOfPersonNoun(phrase.head) ?? ''), genders);
      return focus && !isUnnamedPerson(focus) ? { name: focus, isOrganisation: false, credible: true } : null;
    }
    if (phrase.kind === 'pronoun' && GROUP_PRONOUNS.has(phrase.head)) {
      catchUp(phrase.start);
      const named = groups.latestEntry(phrase.start);
      // "The mayors had responded. … they called the plan “…”": a group in view by its phrase.
      const plural = pluralSubjects();
      const inView = plural[partitionPoint(plural, (entry) => entry.pos < phrase.start) - 1];
      const group = inView && inView.pos >= viewStart(phrase.start) && (!named || inView.pos > named.pos) ? inView : named;
      return group ? { name: group.name, isOrganisation: false, credible: true } : null;
    }
    if (phrase.kind === 'pronoun' && BODY_PRONOUNS.has(phrase.head)) {
      catchUp(phrase.start);
      const body = bodies.latest(phrase.start, null) ?? bodySubjectInFocus(phrase.start);
      return body ? { name: body, isOrganisation: true, credible: true } : null;
    }
    if (phrase.kind === 'pronoun') {
      catchUp(phrase.start);
      const gender = genderOfPronoun(phrase.head);
      // "“Sam was unbelievable,” he said", "“…,” he told Putin": whom the sentence names is not "he".
      const named = namedInSentence(phrase.start);
      const name = people.latest(phrase.start, gender, genders, named);
      // "Her husband joined her on stage. “…,” he said": he is the man the page did not name.
      if (name && isUnnamedPerson(name)) return null;
      // "The award went to Dr. Mary Okafor. “…,” she said": a woman named in view outside subject
      // position, when nobody in focus is a woman, or the woman in focus is paragraphs back.
      const focusInView = name !== null && people.positionOf(name) >= viewStart(phrase.start);
      const outOfFocus = focusInView ? null : onlyFittingNameInView(phrase.start, gender, named);
      if (outOfFocus) return { name: outOfFocus, isOrganisation: false, credible: true, ambiguous: true };
      return name ? { name, isOrganisation: false, credible: true, ambiguous: people.isAmbiguous(phrase.start, gender, genders, named) } : null;
    }
    return null;
  };

  /**
   * "The award went to Dr. Mary Okafor … “…,” she said": the paragraph (or the one before) names,
   * outside subject position, in full or by surname, exactly one person the page shows to be of the
   * pronoun's gender. Two or more would be a guess: then nobody.
   */
  const onlyFittingNameInView = (pos: number, gender: Gender, excluded: ReadonlySet<string>): string | null => {
    if (!gender) return null;
    const from = viewStart(pos);
    const fitting = registry.peopleNamedIn(tokensIn(allTokens, from, pos)).filter(({ name }) =>
      genders.of(name) === gender && !isOrganisationName(name) && !name.split(/\s+/).some((word) => excluded.has(nameKey(word))));
    if (fitting.length !== 1) return null;
    // "Dorsey said … He said the dairy, run by his friend Marc Thibodeau, …": a pronoun of that gender in subject
    // position before the name kept the person in focus in view.
    // Subjects are in the order of their sentences: the view's, found by binary search.
    const named = fitting[0]!;
    const inView = subjects.slice(partitionPoint(subjects, (subject) => subject.sentenceStart < from), partitionPoint(subjects, (subject) => subject.sentenceStart <= named.pos));
    const keptInFocus = inView.some((subject) => subject.phrase.kind === 'pronoun' && subject.pos >= from && subject.pos < named.pos && genderOfPronoun(subject.phrase.head) === gender);
    return keptInFocus ? null : named.name;
  };

  /** Whether the paragraph holding `pos`, or the one before, writes the surname of `name` before `pos`, in any case. */
  const surnameWrittenInView = (name: string, pos: number): boolean => {
    const surname = nameKey(name.split(/\s+/).at(-1)!);
    return tokensIn(allTokens, viewStart(pos), pos).some((token) => token.isCapitalised && nameKey(token.text) === surname);
  };

  /**
   * "In a statement, Riverside Health said …", then "the statement said": whoever the paragraph, or the
   * one before, reported speaking in a text of that kind, named or a body, issued it.
   */
  const issuerOfText = (noun: string, pos: number): string | null => {
    const issuer = lastSpeakerBetween(subjects, viewStart(pos), pos);
    // A text is no issuer of itself: "the bill provides … the bill says".
    if (!issuer || issuer.phrase.kind === 'pronoun' || (issuer.phrase.institution && AUTHORED_TEXT_NOUNS.has(issuer.phrase.name ?? ''))) return null;
    const sentence = sentenceAt(sentences, issuer.pos);
    const words = sentence ? tokensIn(allTokens, sentence.start, sentence.end) : [];
    if (!words.some((word) => word.lower === noun)) return null;
    const resolved = resolvePhrase(issuer.phrase, issuer.pos);
    return resolved?.credible ? resolved.name : null;
  };

  /**
   * "Her husband said …" on a page that named "Daniel and Rhonda Kowalski": the partner of the
   * person the possessive means, when the page named them as a couple and the noun's gender fits.
   */
  const partnerNamedBy = (phrase: SpeakerPhrase): string | null => {
    if (!PARTNER_NOUNS.has(phrase.head)) return null;
    const owner = POSSESSIVE_PRONOUNS.get(text.slice(phrase.start, phrase.end).split(/\s+/)[0]!.toLowerCase());
    if (!owner) return null;
    catchUp(phrase.start);
    const ownerName = people.latest(phrase.start, genderOfPronoun(owner), genders);
    const partner = ownerName ? registry.partnerOf(ownerName) : null;
    return partner && fitsGender(partner, genderOfPronoun(pronounOfPersonNoun(phrase.head) ?? '')) ? partner : null;
  };

  /** Whether what the page knows of a person's gender fits `wanted` (anyone fits when it is not known). */
  const fitsGender = (name: string, wanted: Gender): boolean => {
    const known = wanted ? genders.of(name) : null;
    return !known || known === wanted;
  };

  /** Whether what the page knows of a person's gender fits the gender the phrase's grammar shows, if any. */
  const agreesInGender = (name: string, phrase: SpeakerPhrase): boolean => fitsGender(name, genderOfPronoun(phrase.pronoun ?? ''));

  /** Whose the role of a phrase is: "the Russian leader" → russian. */
  const originsOfPhrase = (phrase: SpeakerPhrase): string[] => {
    const tokens = tokensIn(allTokens, phrase.start, phrase.end);
    let head = tokens.length - 1;
    while (head > 0 && tokens[head]!.lower !== phrase.head) head--;
    return originsOfRole(tokens, head, tokens.length);
  };

  /**
   * The name keys of the capitalised words in the sentence holding `pos` that a pronoun there cannot
   * mean: those in its quotes and those after it ("“Sam was unbelievable,” he told Ann Cole"). A name
   * before it outside the quotes may be its antecedent ("Szabo argued for three years, citing what he
   * called “…”", "Reeves said he thought …"), unless a German pronoun follows its verb: then what
   * stands before that verb is an object or an adverbial put first („Weitere Streiks schloss er nicht aus“).
   */
  const namedInSentence = (pos: number): ReadonlySet<string> => {
    const sentence = sentenceAt(sentences, pos);
    const keys = new Set<string>();
    if (!sentence) return keys;
    // The quotes that overlap the sentence, found by binary search (spans are in text order).
    const quoted = spans.slice(partitionPoint(spans, (span) => span.close <= sentence.start), partitionPoint(spans, (span) => span.open < sentence.end));
    const tokens = tokensIn(allTokens, sentence.start, sentence.end);
    const at = partitionPoint(tokens, (token) => token.start < pos);
    const before = tokens[at - 1];
    const pronoun = tokens[at]?.lower ?? '';
    const afterItsVerb = GERMAN_PRONOUNS.has(pronoun) && before !== undefined && before.isWord && !before.isCapitalised && !GERMAN_CLAUSE_LINKS.has(before.lower);
    for (const token of tokens) {
      if (!token.isWord || !token.isCapitalised || token.start === pos || token.text.length <= 2) continue;
      if (afterItsVerb || token.start > pos || quoted.some((span) => token.start >= span.open && token.start < span.close)) keys.add(nameKey(token.text));
    }
    return keys;
  };


  /** Takes in the subjects of sentences before `pos`: the people a pronoun there may mean. */
  const catchUp = (pos: number): void => {
    while (subjectIndex < subjects.length && subjects[subjectIndex]!.pos < pos) {
      const subject = subjects[subjectIndex]!;
      subjectIndex++;
      if (subject.phrase.kind === 'pronoun') continue;
      // "One of the pharmacists … told reporters she …": someone unnamed, of the gender shown if any.
      const resolved = subject.unnamedPronoun === undefined ? resolvePhrase(subject.phrase, subject.pos) : null;
      // "Her husband joined her": a man the page does not name is in focus now, and "he" after may be
      // him, not whoever was named before. Only where the noun tells the gender: "his doctor … told
      // him" leaves "he" to the patient as often as to the doctor.
      const unnamedPronoun = subject.unnamedPronoun ?? (!resolved && subject.phrase.kind === 'role' ? pronounOfPersonNoun(subject.phrase.head) : null);
      if (unnamedPronoun !== null) {
        const unnamed = unnamedPerson(subject.pos);
        people.add(unnamed, subject.pos);
        unnamedRoles.set(unnamed, subject.phrase.head);
        if (unnamedPronoun) genders.add(unnamed, unnamedPronoun);
        continue;
      }
      if (resolved?.isOrganisation && /^\p{Lu}/u.test(resolved.name)) bodies.add(resolved.name, subject.pos);
      if (subject.group) groups.add(subject.group, subject.pos);
      // "Tom Lee did not respond to a request for comment": whoever speaks next, it is not him.
      // One word is a person once the page has quoted it ("“…,” Colin says" then "Colin says he …").
      if (!resolved || resolved.isOrganisation || !(resolved.credible || subject.person || speakingPeople.has(resolved.name)) || subject.silent) continue;
      people.add(resolved.name, subject.pos);
      if (subject.phrase.role) officeHolders.add(resolved.name);
      if (subject.nextPronoun) genders.add(resolved.name, subject.nextPronoun);
      if (subject.verbPronoun) genders.add(resolved.name, subject.verbPronoun);
      if (subject.rolePronoun) genders.add(resolved.name, subject.rolePronoun);
    }
  };

  const cues: ReturnType<typeof cueOf>[] = [];
  for (let q = 0; q < spans.length; q++) {
    cues.push(cueOf(text, spans, q, sentences, blocks, allTokens));
  }
  const drafts: Draft[] = [];
  let lastCue = null as { start: number; resolved: Resolved | null } | null;
  for (let q = 0; q < spans.length; q++) {
    const span = spans[q]!;
    const { sentence } = cues[q]!;
    let { cue } = cues[q]!;
    const next = spans[q + 1];
    // `"A" and "B," according to S`: a quote without its own cue shares the next one's in the same sentence.
    if (!cue && next && cues[q + 1]!.cue && sentenceAt(sentences, next.open) === sentence) {
      const shared = cues[q + 1]!.cue!;
      cue = { ...shared, rule: 'shared cue' };
    }
    const draft: Draft = {
      span, sentence, speaker: null, speakerRole: null, speakerSpan: null, cue: null, rule: 'no speaker', isPerson: false,
      blockIndex: blockIndexOf(blocks, span.open), attributed: cue !== null || cues[q]!.unnamed, ceiling: 1, inner: cues[q]!.inner,
    };
    if (cue) {
      // One phrase may be the cue of two quotes (a shared cue): it names the same speaker both times.
      const resolved: Resolved | null = cue.phrase.start === lastCue?.start ? lastCue.resolved : resolvePhrase(cue.phrase, cue.phrase.start);
      lastCue = { start: cue.phrase.start, resolved };
      // "Solution: ‘…’", "Update: “…”": one capitalised word before a colon that the page also writes
      // in lower case is a label, not a name ("Grossi: “…”" is).
      if (resolved && !resolved.credible && COLON_RULES.has(cue.rule) && registry.writesInLowerCase(resolved.name)) cue = null;
      else if (resolved) {
        draft.speaker = resolved.name;
        draft.speakerRole = cue.phrase.role;
        draft.speakerSpan = { start: cue.phrase.start, end: cue.phrase.end };
        draft.cue = cue.cue;
        draft.rule = cue.phrase.kind === 'name' || cue.rule === 'shared cue' || cue.rule === 'body pronoun' || cue.rule === 'group pronoun' ? cue.rule : resolutionRule(cue.phrase, resolved);
        draft.isPerson = !resolved.isOrganisation;
        if (cue.phrase.kind === 'pronoun') genders.add(resolved.name, cue.phrase.head);
        else if (draft.isPerson) {
          const pronoun = pronounOpeningNextSentence(cue.phrase.start, sentences, blocks, allTokens);
          if (pronoun) genders.add(resolved.name, pronoun);
        }
        const verbGender = pronounOfRussianVerb(cue.cue ?? '');
        if (verbGender && draft.isPerson) genders.add(resolved.name, verbGender);
      }
    }
    // "a farmer said", "says Cole's father": the cue names someone the page does not name; nobody else's words.
    const namesSomeoneUnnamed = cue !== null && !draft.speaker && cue.phrase.kind === 'role' && (namesSomeoneElse(text, cue.phrase) || namesUnnamedInView(cue.phrase));
    // "“…,” she said" with no woman in view: the pronoun rules out whoever spoke before.
    const pronounUnresolved = cue !== null && !draft.speaker && cue.phrase.kind === 'pronoun' && genderOfPronoun(cue.phrase.head) !== null;
    // "“…,” the memo reads" with no author in view: the words are the text's, not the last person's.
    // After a body's quote ("the port authority said: … “…,” the statement read") the body goes on.
    const previousSpeaker = drafts.at(-1);
    const textUnresolved = cue !== null && !draft.speaker && cue.phrase.institution === true && AUTHORED_TEXT_NOUNS.has(cue.phrase.name ?? '') &&
      !(previousSpeaker?.speaker && !previousSpeaker.isPerson);
    if (!draft.speaker && !cues[q]!.unnamed && !namesSomeoneUnnamed && !pronounUnresolved && !textUnresolved) {
      catchUp(span.open);
      carryOver(draft, drafts, speakingPeople, text, blocks, subjects, resolvePhrase, allTokens, cue !== null);
    }
    if (draft.speaker && draft.isPerson) {
      if (!cue?.byObject) people.add(draft.speaker, draft.speakerSpan?.start ?? span.open);
      speakingPeople.add(draft.speaker);
    }
    drafts.push(draft);
  }
  return finish(text, drafts, context, minWords);
}

/** German subject pronouns, which the verb in second place puts after itself. */
const GERMAN_PRONOUNS: ReadonlySet<string> = new Set(['er', 'sie']);
/** Words that open the clause a German pronoun is the subject of („wie er sagte“, „weil sie …“): no verb before it. */
const GERMAN_CLAUSE_LINKS: ReadonlySet<string> = new Set(['was', 'wie', 'dass', 'als', 'wenn', 'weil', 'ob', 'und', 'aber', 'bevor', 'nachdem', 'sondern', 'denn']);

/** A role of one Cyrillic word in the singular and no name ("дипломат", "парламентарий"): the language's definite description. */
function isBareSlavicRole(phrase: SpeakerPhrase): boolean {
  return phrase.name === null && phrase.role !== null && /^\p{Ll}[\p{Script=Cyrillic}-]*$/u.test(phrase.role) && !isSlavicGroup(phrase);
}

/** A person in focus whom the page does not name ("her husband", "a local teacher"), by where they stand. */
function unnamedPerson(pos: number): string {
  return `\u0000${pos}`;
}

function isUnnamedPerson(name: string): boolean {
  return name.startsWith('\u0000');
}

/** A body named by its noun alone, one word ("Ministerium", "Regierung"): no name of its own. */
function isGenericBodyNoun(name: string): boolean {
  return !/\s/u.test(name) && isBodyNoun(name.toLowerCase());
}

interface Resolved {
  name: string;
  isOrganisation: boolean;
  /** A bare capitalised word ("Children", "Kenya") is not taken for a person on its own. */
  credible: boolean;
  /** A pronoun that fits more than one person in focus. */
  ambiguous?: boolean;
}

/** The cue of quote `q` in its own sentence, or in a short attribution-only sentence right after it. */
function cueOf(
  text: string,
  spans: QuoteSpan[],
  q: number,
  sentences: Span[],
  blocks: number[],
  allTokens: Token[],
): { cue: Cue | null; sentence: Span; unnamed: boolean; inner: Span | null } {
  const span = spans[q]!;
  const sentence = sentenceAt(sentences, span.open) ?? { start: span.open, end: span.close };
  const endSentence = sentenceAt(sentences, Math.max(span.open, span.close - 1)) ?? sentence;
  const next = spans[q + 1];
  const beforeFrom = Math.max(sentence.start, clauseStartAfter(text, spans, q));
  const afterTo = Math.min(Math.max(endSentence.end, span.close), clauseEndBefore(text, spans, q));
  const afterTokens = tokensIn(allTokens, span.close, Math.max(span.close, afterTo));
  const beforeTokens = tokensIn(allTokens, beforeFrom, span.open);
  let cue: Cue | null =
    cueRightAfter(afterTokens, text) ?? cueBefore(beforeTokens, text) ??
    // Someone new speaks right after the quote: no later word of the sentence ("…, wrote on Friday") names them.
    (introducesSomeoneNew(afterTokens) ? null : cueLaterInSentence(afterTokens, text)) ??
    nameClosingShortClause(afterTokens, text, /,\s*$/.test(text.slice(span.start, span.end))) ?? groupCueAfter(afterTokens, text);
  if (!cue && afterTokens.every((token) => !token.isWord) && (!next || next.open >= endSentence.end)) {
    const following = sentences[sentenceIndexAt(sentences, endSentence.start) + 1];
    const followingTokens = following ? tokensIn(allTokens, following.start, Math.min(following.end, next ? next.open : following.end)) : [];
    const block = blockIndexOf(blocks, span.close);
    // A paragraph that is only the quote may be attributed by the next one pointing back at it
    // ("That is how Ana Ruiz describes it."); any other sentence must share the quote's paragraph.
    const sameBlock = following !== undefined && blockIndexOf(blocks, following.start) === block;
    const nextBlockPointsBack = following !== undefined && !sameBlock && blockIndexOf(blocks, following.start) === block + 1 &&
      onlySpaceBetween(text, blocks[block]!, span.open) && pointsBack(followingTokens);
    if (sameBlock || nextBlockPointsBack) cue = attributionOnlySentence(followingTokens, text);
  }
  // «Мы готовы, — сказал он, — но не сейчас»: Russian interrupts a quote with its cue between dashes.
  const inner = cue ? null : cueBetweenDashes(tokensIn(allTokens, span.start, span.end), text);
  if (inner) cue = inner.cue;
  const unnamed = !cue && (hasUnnamedCue(afterTokens) || hasUnnamedCueBefore(beforeTokens));
  return { cue, sentence, unnamed, inner: inner?.span ?? null };
}

/**
 * Where the words before quote `q` begin: after the previous quote, unless that one is a term in
 * quote marks ("She shared her “deep sadness” online, posting “…”"), which is part of the clause.
 */
function clauseStartAfter(text: string, spans: QuoteSpan[], q: number): number {
  let p = q - 1;
  // A few terms at most, so that a list of a thousand quoted words stays linear.
  while (p >= 0 && q - p <= TERMS_IN_A_CLAUSE && spans[p]!.close <= spans[q]!.open && hasFewerWords(quoteText(text, spans[p]!), MIN_WORDS)) p--;
  const previous = spans[p];
  return previous && previous.close <= spans[q]!.open ? previous.close : 0;
}

/**
 * Where the words after quote `q` end: before the next quote, unless that one is a term in quote
 * marks inside the cue ("— сказал «Известиям» депутат …", "said the “godfather” of the plan, …").
 */
function clauseEndBefore(text: string, spans: QuoteSpan[], q: number): number {
  let n = q + 1;
  while (n < spans.length && n - q <= TERMS_IN_A_CLAUSE && hasFewerWords(quoteText(text, spans[n]!), MIN_WORDS)) n++;
  return spans[n]?.open ?? text.length;
}

/** Dashes that open a cue inside a quote, looked at: a quote is interrupted once or twice, near its start. */
const DASHES_LOOKED_AT = 3;

/** The quote's words, without a cue that interrupts them ("Мы готовы, — сказал он, — но …" → "Мы готовы, но …"). */
function wordsOf(text: string, draft: Draft): string {
  const words = quoteText(text, draft.span);
  if (!draft.inner) return words;
  const cue = text.slice(draft.inner.start, draft.inner.end);
  const at = words.indexOf(cue);
  return at < 0 ? words : `${words.slice(0, at).trimEnd()} ${words.slice(at + cue.length).trimStart()}`;
}

/** A cue set between dashes inside a quote's words ("…, — сказал он, — …"), and where it stands from dash to dash. */
function cueBetweenDashes(tokens: Token[], text: string): { cue: Cue; span: Span } | null {
  let dashes = 0;
  for (let k = 0; k < tokens.length - 2 && dashes < DASHES_LOOKED_AT; k++) {
    if (tokens[k]!.text !== '\u2014' && tokens[k]!.text !== '\u2013') continue;
    dashes++;
    if (tokens[k - 1]?.text !== ',') continue;
    let close = k + 1;
    while (close < Math.min(tokens.length, k + 12) && tokens[close]!.text !== '\u2014' && tokens[close]!.text !== '\u2013') close++;
    if (close >= tokens.length || tokens[close - 1]?.text !== ',') continue;
    const cue = cueRightAfter(tokens.slice(k + 1, close), text);
    if (cue) return { cue, span: { start: tokens[k]!.start, end: tokens[close]!.end } };
  }
  return null;
}

/** `One official said: "Q"` — a speech verb ends the words before the quote, but names nobody. */
function hasUnnamedCueBefore(tokens: Token[]): boolean {
  let end = tokens.length;
  while (end > 0 && /^[,:\u2014\u2013-]$/.test(tokens[end - 1]!.text)) end--;
  const last = tokens[end - 1];
  return last !== undefined && end < tokens.length && SPEECH_VERBS.has(last.lower);
}

/**
 * No cue in the quote's sentence. In order: a sentence before it in the paragraph whose subject is
 * a person (`Schultze summed it up. "Q."`); the previous quote of the same paragraph; for a paragraph
 * that is only a quote, an intro ending in ":" or the previous quote within three paragraphs.
 */
function carryOver(
  draft: Draft,
  drafts: Draft[],
  people: ReadonlySet<string>,
  text: string,
  blocks: number[],
  subjects: Subject[],
  resolvePhrase: (phrase: SpeakerPhrase, pos: number) => Resolved | null,
  allTokens: Token[],
  /** The quote's sentence has a cue, though it named nobody the page knows ("— считают эксперты"). */
  hasCue: boolean,
): void {
  const blockStart = blocks[draft.blockIndex]!;
  const previous = drafts.at(-1);
  const previousInBlock = previous && previous.blockIndex === draft.blockIndex ? previous : null;
  const from = previousInBlock ? previousInBlock.span.close : blockStart;
  // The subject of the last sentence between the previous quote (or paragraph start) and this one.
  const startsSentence = onlySpaceBetween(text, draft.sentence.start, draft.span.open);
  const subject = startsSentence ? lastSubjectBetween(subjects, from, draft.sentence.start) : null;
  if (subject) {
    const resolved = resolvePhrase(subject.phrase, subject.pos);
    // "A spokesman for the port said the work was on time. “Q.”": the body speaks through its
    // unnamed spokesperson, as it does when the cue is in the quote's own sentence.
    const spokenForBody = resolved?.isOrganisation && subject.phrase.role !== null && subject.speaks;
    if (resolved && (!resolved.isOrganisation || spokenForBody) && resolved.credible) {
      return assign(draft, 'subject before the quote', resolved.name, subject.phrase, null, !resolved.isOrganisation);
    }
  }
  if (previousInBlock?.speaker) {
    return takeOver(draft, 'previous quote in the paragraph', previousInBlock);
  }
  // "The bill lists the grounds. They include “…”": a text or body that is the paragraph's subject speaks.
  const institution = lastSubjectBetween(subjects, blockStart, draft.sentence.start + 1, true);
  // A text's noun is resolved as anywhere else: its author in view, or nobody, never "report" itself.
  // A body that only acted („Die Hafenbehörde legte Pläne vor“) is no voice for the quote after it.
  const speaksOrIsText = institution !== null && (institution.speaks || AUTHORED_TEXT_NOUNS.has(institution.phrase.name ?? ''));
  const body = institution?.phrase.institution && institution.phrase.name && speaksOrIsText ? resolvePhrase(institution.phrase, institution.pos) : null;
  if (body) return assign(draft, 'body the paragraph is about', body.name, institution!.phrase, null, false);
  const startsBlock = onlySpaceBetween(text, blockStart, draft.span.open);
  if (!startsBlock || draft.blockIndex === 0) return;
  // "He said:" closing the previous paragraph introduces this one.
  const previousBlockEnd = blockStart - 2;
  const intro = /:\s*$/.test(text.slice(Math.max(0, previousBlockEnd - 3), previousBlockEnd + 1));
  if (intro) {
    const introStart = blocks[draft.blockIndex - 1]!;
    const tokens = tokensIn(allTokens, introStart, previousBlockEnd + 1);
    const cue = cueBefore(tokens, text);
    if (cue) {
      const resolved = resolvePhrase(cue.phrase, cue.phrase.start);
      if (resolved) return assign(draft, 'intro paragraph', resolved.name, cue.phrase, cue.phrase.role, !resolved.isOrganisation);
    }
  }
  // "Ruth Okafor said the plan was rushed." then a quote-only paragraph: the paragraph before reported
  // speech, and the quote goes on with it, unless that paragraph's own later quote has another voice.
  const previousBlock = draft.blockIndex - 1;
  const reporter = lastSpeakerBetween(subjects, blocks[previousBlock]!, blockStart);
  const quoteAfterReport = previous && previous.blockIndex === previousBlock && reporter && previous.span.open > reporter.pos;
  if (reporter && !quoteAfterReport) {
    const resolved = resolvePhrase(reporter.phrase, reporter.pos);
    if (resolved && resolved.credible) return assign(draft, 'speech reported the paragraph before', resolved.name, reporter.phrase.kind === 'pronoun' ? null : reporter.phrase, null, !resolved.isOrganisation);
  }
  // "But for Tane and his family it is personal." then a quote-only paragraph: the one earlier
  // speaker the paragraph before names is the likeliest voice.
  if (!previous || previous.blockIndex < previousBlock) {
    const named = speakersNamedIn(allTokens, blocks[previousBlock]!, previousBlockEnd + 1, people, text, resolvePhrase);
    if (named.length === 1) return assign(draft, 'speaker named the paragraph before', named[0]!, null, null, true);
  }
  // "Ana Cruz has run the food bank for ten years." then a quote-only paragraph, with no quote between:
  // the person the paragraph before ended on is the likeliest voice.
  const blockEnd = blocks[draft.blockIndex + 1] ?? text.length;
  const quoteOnlyBlock = /^[\s.,;:!?…]*$/u.test(text.slice(draft.span.close, blockEnd));
  if (!hasCue && quoteOnlyBlock && (!previous || previous.blockIndex < previousBlock)) {
    const subject = lastSubjectBetween(subjects, blocks[previousBlock]!, blockStart, true);
    const resolved = subject && subject.phrase.kind === 'name' ? resolvePhrase(subject.phrase, subject.pos) : null;
    if (resolved && !resolved.isOrganisation && resolved.credible) return assign(draft, 'subject of the paragraph before', resolved.name, subject!.phrase, null, true);
  }
  if (previous?.speaker && draft.blockIndex - previous.blockIndex <= 3) {
    takeOver(draft, 'previous quote nearby', previous);
  }
}

/** The page's earlier speakers (people) that a stretch of text names. */
function speakersNamedIn(
  allTokens: Token[],
  from: number,
  to: number,
  speakers: ReadonlySet<string>,
  text: string,
  resolvePhrase: (phrase: SpeakerPhrase, pos: number) => Resolved | null,
): string[] {
  const tokens = tokensIn(allTokens, from, to);
  const found = new Set<string>();
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (!token.isCapitalised || (i > 0 && tokens[i - 1]!.isCapitalised)) continue;
    const phrase = readSpeakerForward(tokens, i, text);
    if (!phrase || phrase.kind !== 'name') continue;
    const resolved = resolvePhrase(phrase, phrase.start);
    if (resolved && speakers.has(resolved.name)) found.add(resolved.name);
  }
  return [...found];
}

function assign(draft: Draft, rule: AttributionRule, speaker: string, phrase: SpeakerPhrase | null, role: string | null, isPerson: boolean): void {
  draft.rule = rule;
  draft.speaker = speaker;
  draft.speakerRole = role ?? phrase?.role ?? null;
  draft.speakerSpan = phrase ? { start: phrase.start, end: phrase.end } : null;
  draft.cue = null;
  draft.isPerson = isPerson;
}

/** The speaker of another quote, taken over: no surer here than it was there. */
function takeOver(draft: Draft, rule: AttributionRule, source: Draft): void {
  assign(draft, rule, source.speaker!, null, source.speakerRole, source.isPerson);
  draft.ceiling = confidenceOf(source);
}

function finish(text: string, drafts: Draft[], context: FindQuotesContext, minWords: number): Quote[] {
  const quotes: Quote[] = [];
  const links = entityLinks(context.mentions, context.catalog);
  const seen = new Map<string, number>();
  const allWords = drafts.map((draft) => wordsOf(text, draft));
  const normalised = allWords.map(normalise);
  for (let d = 0; d < drafts.length; d++) {
    const draft = drafts[d]!;
    const words = allWords[d]!;
    if (hasFewerWords(words, minWords) || inLinkToOtherArticle(text, draft.span.open)) continue;
    const key = normalised[d]!;
    // A pull quote repeats a body quote: report it once, and let a repeated fragment take the speaker.
    const earlier = seen.get(key);
    if (earlier !== undefined) {
      const kept = quotes[earlier]!;
      if (!kept.speaker && draft.speaker) quotes[earlier] = toQuote(draft, words, links);
      continue;
    }
    if (!draft.speaker) {
      const source = nearbyQuoteContaining(drafts, d, key, normalised);
      if (source) {
        takeOver(draft, 'pull quote', source);
        draft.speakerSpan = source.speakerSpan;
      } else if (looksLikeTitle(words) || (!draft.attributed && isScareQuote(words))) {
        continue;
      }
    } else if (draft.cue === null && confidenceOfRule(draft.rule) <= 0.5 && looksLikeTitle(words)) {
      continue;
    }
    seen.set(key, quotes.length);
    quotes.push(toQuote(draft, words, links));
  }
  return quotes;
}

/** An attributed quote near `index` whose words contain `key` (a pull quote's source); bounded, so linear. */
function nearbyQuoteContaining(drafts: Draft[], index: number, key: string, normalised: string[]): Draft | null {
  for (let k = Math.max(0, index - 30); k < Math.min(drafts.length, index + 30); k++) {
    const other = drafts[k]!;
    if (k !== index && other.speaker && normalised[k]!.includes(key)) return other;
  }
  return null;
}

function toQuote(draft: Draft, words: string, links: EntityLinks): Quote {
  const speakerEntityId = draft.speaker ? links.speakerEntityIdOf(draft.speaker, draft.speakerSpan) : null;
  return {
    start: draft.span.start,
    end: draft.span.end,
    text: words,
    speaker: draft.speaker,
    speakerRole: draft.speakerRole,
    speakerEntityId,
    cue: draft.cue,
    confidence: draft.speaker ? confidenceOf(draft) : 0,
    rule: draft.speaker ? draft.rule : 'no speaker',
    sentence: draft.sentence,
    aboutEntityIds: links.aboutEntityIdsOf(draft.span, draft.sentence, draft.speakerSpan),
  };
}

/** Roles that speak for a body, whose holder's words are the body's when the page does not name them. */
const SPOKESPERSON_ROLES = new Set(['spokesperson', 'spokesman', 'spokeswoman', 'representative', 'sprecher', 'sprecherin', 'представитель', 'пресс-секретарь', 'пресс-служба']);

/** Capitalised words of nationality ("Chinese", "Russian", "Israeli"): a country's, not a body's. */
const NATIONALITY = /^\p{Lu}\p{Ll}+(?:ese|ian|an|ish|i|ic)$/u;

/**
 * "a Northgate spokesperson", "a Pentagon spokeswoman", "ein Northgate-Sprecher": the body named before
 * a spokesperson's role, when nobody holds the role on the page. Null for a country's adjective ("a
 * Chinese spokesman" names no body) and for any other role.
 */
function bodyOfSpokesperson(text: string, phrase: SpeakerPhrase): string | null {
  const compound = bodyOfGermanSpokesperson(phrase.head);
  if (compound) return compound;
  const head = phrase.head.split('-').at(-1) ?? phrase.head;
  if (!SPOKESPERSON_ROLES.has(head) && !SPOKESPERSON_ROLES.has(phrase.head)) return null;
  const words = text.slice(phrase.start, phrase.end).split(/[\s-]+/u).filter(Boolean);
  let first = 0;
  while (first < words.length - 1 && INDEFINITE_DETERMINERS.has(words[first]!.toLowerCase())) first++;
  const body = words.slice(first, -1);
  if (body.length === 0 || !body.every((word) => /^\p{Lu}/u.test(word) && !isRoleWord(word) && !NOT_NAMES.has(word.toLowerCase()))) return null;
  if (body.length === 1 && NATIONALITY.test(body[0]!)) return null;
  return body.join(' ');
}

/** German compounds of a body and its spokesperson: „Regierungssprecher“, „Bahnsprecherin“, „Polizeisprecher“. */
const GERMAN_SPOKESPERSON = /^(\p{Ll}{3,}?)(?:(?<=ung|heit|keit|tion|tät)s)?sprecher(?:in)?$/u;

/** The body a German spokesperson's compound names ("regierungssprecher" → "Regierung"), or null. */
function bodyOfGermanSpokesperson(head: string): string | null {
  const body = GERMAN_SPOKESPERSON.exec(head)?.[1];
  return body ? body[0]!.toUpperCase() + body.slice(1) : null;
}

/** The longest block read as a headline. */
const HEADLINE_LENGTH = 200;

/** Whether block `index` reads as a headline: short, and ending without a full stop. */
function isHeadline(text: string, blocks: number[], index: number): boolean {
  const end = blocks[index + 1] ?? text.length;
  const block = text.slice(blocks[index]!, end).trim();
  return block.length > 0 && block.length < HEADLINE_LENGTH && !/[.!?…]["”»“']?$/u.test(block);
}

/** A role phrase that is someone the page does not name: indefinite ("a farmer said") or a relative ("his father said"). */
function namesSomeoneElse(text: string, phrase: SpeakerPhrase): boolean {
  return introducedAsNew(text, phrase) || PERSONAL_RELATIONS.has(phrase.head) || isUnnamedSource(phrase.head) || isSlavicGroup(phrase) || POSSESSED_ROLE.test(phrase.role ?? '');
}

/** "Her spokesman said", „Sein Anwalt sagte“: someone who works for a person, unnamed; never that person, never "Her". */
const POSSESSED_ROLE = /^(?:her|his|their|ihr|ihre|sein|seine)\s/iu;

/** "— считают эксперты", "— говорят жители": a bare plural names a group the page does not name. */
function isSlavicGroup(phrase: SpeakerPhrase): boolean {
  return phrase.name === null && phrase.role !== null && RUSSIAN_PLURAL_NOUN.test(phrase.role);
}

/** A role phrase after an indefinite ("a farmer", "ein Regierungssprecher"): someone the page brings in now. */
function introducedAsNew(text: string, phrase: SpeakerPhrase): boolean {
  const wordBefore = /(\p{L}+)\s+$/u.exec(text.slice(Math.max(0, phrase.start - 16), phrase.start))?.[1]?.toLowerCase() ?? '';
  return INDEFINITE_DETERMINERS.has(wordBefore);
}

/** The rule of a cue whose phrase is no name: how the page resolved it. */
function resolutionRule(phrase: SpeakerPhrase, resolved: Resolved): AttributionRule {
  if (phrase.kind === 'pronoun') return resolved.ambiguous ? 'pronoun resolved' : 'pronoun, one person in focus';
  if (phrase.epithet) return 'description resolved';
  return 'role resolved';
}

function normalise(words: string): string {
  return words.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

/**
 * "READ MORE: ‘…’", "Lesen Sie auch: „…“", "Читайте также: «…»": a line that links to another article
 * quotes that article's headline, not anyone on this page. Its label is furniture, then a colon.
 */
function inLinkToOtherArticle(text: string, open: number): boolean {
  // Only a short label can precede the quote on its line: look back that far, never further.
  const from = Math.max(0, open - LINK_LABEL_REACH);
  const newline = text.slice(from, open).lastIndexOf('\n');
  if (newline < 0 && from > 0) return false;
  const lineStart = from + newline + 1;
  const colon = text.slice(lineStart, open).lastIndexOf(':');
  if (colon < 0) return false;
  return isLinkLabel(text, lineStart, lineStart + colon);
}

/** How far before a quote a link's label may start on its line. */
const LINK_LABEL_REACH = 60;

function isLinkLabel(text: string, lineStart: number, colon: number): boolean {
  const label = tokenize(text, lineStart, colon).filter((token) => token.isWord);
  if (label.length === 0 || label.length > 4 || label.some((token) => QUOTE_LABELS.has(token.lower))) return false;
  return label.every(isFurnitureWord) || LINK_LABELS.has(label.map((token) => token.lower).join(' '));
}

/** "Zitat:", "Quote:": a label over a quote of this page, not a link away from it. */
const QUOTE_LABELS: ReadonlySet<string> = new Set(['quote', 'quotes', 'zitat', 'zitate', 'цитата', 'цитаты']);

/** Labels of links to other articles, as pages write them in sentence case. */
const LINK_LABELS: ReadonlySet<string> = new Set([
  'read more', 'read also', 'see also', 'more on this', 'related', 'watch', 'lesen sie auch', 'lesen sie mehr',
  'mehr zum thema', 'auch interessant', 'das könnte sie auch interessieren', 'читайте также', 'смотрите также', 'по теме',
]);

/**
 * Boats of “all colours and all sizes” joined the parade: a few words in lower case inside a
 * sentence, quoted by the writer for their tone, with nobody's name to them. A fragment that ends
 * its sentence (“…safer for every crew.”) is someone's words even when the page does not say whose,
 * and a fragment with its speaker stays.
 */
function isScareQuote(words: string): boolean {
  return hasFewerWords(words, SCARE_QUOTE_MAX_WORDS + 1) && /^\p{Ll}/u.test(words) && !/[.!?…]/u.test(words);
}

const SCARE_QUOTE_MAX_WORDS = 6;

/** "Deterministic Nonperiodic Flow", "The Great Big Lie": capitalised words, no sentence punctuation inside. */
function looksLikeTitle(quoted: string): boolean {
  const words = quoted.replace(/[.,;:!?]+$/u, '');
  if (/[.!?,;:]/.test(words)) return false;
  const tokens = words.split(/\s+/).filter(Boolean);
  const capitalised = tokens.filter((word) => /^\p{Lu}/u.test(word)).length;
  return capitalised / tokens.length >= 0.6;
}

