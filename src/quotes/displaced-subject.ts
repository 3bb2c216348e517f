/**
 * People a sentence puts in focus outside subject position, where it has no person as its subject:
 * a reader takes "she" after "Among the residents who spoke was Ana Ruiz" to be Ana Ruiz.
 */
import type { Token } from './tokens';
import { readSpeakerForward, type SpeakerPhrase } from './speaker-phrase';
import { isRoleToken, russianRoleCase } from './speech-lexicon';

/** Openers of a sentence that names its subject after a copula: "Among…", „Unter…“, «Среди…». */
const COPULA_INVERSION_OPENERS: ReadonlySet<string> = new Set(['among', 'unter', 'среди']);
const COPULAS: ReadonlySet<string> = new Set(['was', 'were', 'is', 'are', 'war', 'waren', 'ist', 'sind', 'был', 'была', 'были']);
/** The auxiliaries of a passive whose agent follows "by" / „von“: "was first noticed by", „wurde von … eingebracht“. */
const PASSIVE_AUXILIARIES: ReadonlySet<string> = new Set(['was', 'were', 'is', 'are', 'been', 'wurde', 'wurden']);
const AGENT_MARKERS: ReadonlySet<string> = new Set(['by', 'von']);
/** How far into a sentence its copula or passive is looked for. */
const REACH = 14;

export function displacedSubject(tokens: Token[], text: string): SpeakerPhrase | null {
  return afterCopula(tokens, text) ?? cleft(tokens, text) ?? passiveAgent(tokens, text) ?? russianSubjectLast(tokens, text) ?? introducedInApposition(tokens, text);
}

/** Russian prepositions: a role after one is no subject («встретился с министром …»). */
const RUSSIAN_PREPOSITIONS: ReadonlySet<string> = new Set([
  'в', 'во', 'на', 'с', 'со', 'к', 'ко', 'по', 'о', 'об', 'от', 'до', 'из', 'за', 'для', 'при', 'у', 'над', 'под', 'перед', 'между', 'про', 'через',
]);

/**
 * Russian puts the subject last as often as first: «Китайскую делегацию возглавлял вице-премьер Лю
 * Вэнь», «С ней не согласен директор института Сергей Ковалёв». A role in the nominative and its
 * holder's name that end the sentence, after its verb, are its subject.
 */
function russianSubjectLast(tokens: Token[], text: string): SpeakerPhrase | null {
  for (let k = 2; k < tokens.length - 1; k++) {
    const role = tokens[k]!;
    const before = tokens[k - 1]!;
    // Every Cyrillic letter stands at U+0400 or above: most words need no test of their script.
    if (!role.isWord || role.isCapitalised || role.text.charCodeAt(0) < 0x400 || !/^\p{Script=Cyrillic}/u.test(role.text)) continue;
    if (!before.isWord || before.isCapitalised || RUSSIAN_PREPOSITIONS.has(before.lower) || !isRoleToken(role) || russianRoleCase(role.lower) !== null) continue;
    const named = person(readSpeakerForward(tokens, k, text));
    const end = named ? tokens[named.next] : undefined;
    if (named && named.role !== null && (!end || /^[.!?]$/.test(end.text))) return named;
  }
  return null;
}

/**
 * Words that open an apposition introducing a person: "…, a nurse at the hospital", "…, the group's
 * founder", or a relative clause about them: "I'm talking about Rhea Mistry, who moved here in 2004".
 */
const APPOSITION_OPENERS: ReadonlySet<string> = new Set(['a', 'an', 'the', 'ein', 'eine', 'der', 'die', 'who', 'который', 'которая']);

/**
 * "The decision came after a complaint by Rhea Mistry, a nurse at the hospital": a person brought into
 * the story with a description in apposition, wherever the sentence puts them.
 */
function introducedInApposition(tokens: Token[], text: string): SpeakerPhrase | null {
  // Most sentences have no such apposition at all: the phrases are read only where one may be.
  if (!tokens.some((token, k) => token.text === ',' && opensApposition(tokens[k + 1]))) return null;
  for (let k = 1; k < tokens.length - 3; k++) {
    const before = tokens[k - 1]!;
    if (!tokens[k]!.isCapitalised || !before.isWord || before.isCapitalised) continue;
    const named = person(readSpeakerForward(tokens, k, text));
    if (!named || named.role !== null || !/\s/u.test(named.name ?? '')) continue;
    const comma = tokens[named.next];
    const opener = tokens[named.next + 1];
    if (comma?.text === ',' && opensApposition(opener)) return named;
    k = named.next;
  }
  return null;
}

/** ", a nurse", ", who", ", 34,": what may open a description in apposition to a name. */
function opensApposition(opener: Token | undefined): boolean {
  return opener !== undefined && (APPOSITION_OPENERS.has(opener.lower) || /^\d{1,2}$/u.test(opener.text));
}

function person(phrase: SpeakerPhrase | null): SpeakerPhrase | null {
  return phrase && phrase.kind === 'name' && !phrase.institution ? phrase : null;
}

/** "Among the residents who spoke was Ana Ruiz", „Unter den Rednern war Lea Brandt“, «Среди выступавших была Анна Келлер». */
function afterCopula(tokens: Token[], text: string): SpeakerPhrase | null {
  if (!tokens[0] || !COPULA_INVERSION_OPENERS.has(tokens[0].lower)) return null;
  for (let k = 1; k < Math.min(tokens.length, REACH); k++) {
    if (!tokens[k]!.isWord) return null;
    if (COPULAS.has(tokens[k]!.lower)) return person(readSpeakerForward(tokens, k + 1, text));
  }
  return null;
}

/**
 * "Her spokeswoman is Petra Kühn, a midwife", „Ihre Sprecherin ist Petra Kühn“: a role as the subject,
 * a copula at `index`, then who holds the role, in focus as if named with it.
 */
export function holderAfterCopula(tokens: Token[], index: number, role: SpeakerPhrase, text: string): SpeakerPhrase | null {
  if (role.kind !== 'role' || !COPULAS.has(tokens[index]?.lower ?? '')) return null;
  const named = person(readSpeakerForward(tokens, index + 1, text));
  const after = named ? tokens[named.next] : undefined;
  // The name ends the clause: "… is Petra Kühn's sister" names someone else.
  if (!named || (after && after.isWord) || named.role !== null) return null;
  return { ...named, role: role.role };
}

/** "It was Ana Ruiz who first noticed the smell": the name the cleft puts first. */
function cleft(tokens: Token[], text: string): SpeakerPhrase | null {
  if (tokens[0]?.lower !== 'it' || !COPULAS.has(tokens[1]?.lower ?? '')) return null;
  const named = person(readSpeakerForward(tokens, 2, text));
  return named && ['who', 'that'].includes(tokens[named.next]?.lower ?? '') ? named : null;
}

/** "The smell was first noticed by Ana Ruiz", "The motion was moved by Coun. Ana Ruiz": the passive's agent. */
function passiveAgent(tokens: Token[], text: string): SpeakerPhrase | null {
  let auxiliary = false;
  for (let k = 0; k < Math.min(tokens.length, REACH); k++) {
    const token = tokens[k]!;
    if (!token.isWord) {
      if (token.text !== ',') return null;
      continue;
    }
    if (PASSIVE_AUXILIARIES.has(token.lower)) auxiliary = true;
    else if (auxiliary && AGENT_MARKERS.has(token.lower)) return person(readSpeakerForward(tokens, k + 1, text));
  }
  return null;
}
