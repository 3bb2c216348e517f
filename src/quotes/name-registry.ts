/**
 * The people and bodies a page names, so a later "Kirby", "the spokesman" or "Пескова" resolves to
 * the fullest name the page gives ("John Kirby", "Dmitry Peskov"). Built in one pass over the tokens.
 */
import { nominativeOfName } from './russian-name-case';
import { isGivenName } from './given-names';
import type { Token } from './tokens';
import { keepPersonName, russianRoleIndexBefore, trimToPersonName } from './speaker-phrase';
import { germanRoleBase, russianRoleCase, withoutPlaceOfOrigin, HONORIFICS, NAME_ARTICLES, NAME_PARTICLES, NOT_NAMES, cyrillicStem, isContraction, isOrganisationName, isRoleToken, outletLengthAt, particlesLeadToName } from './speech-lexicon';
import { partitionPoint } from '../text/partition-point';
import { originsAgree, originsOfRole } from './role-origin';

/** German articles and their contractions with a preposition: what stands right after one is a noun. */
const GERMAN_ARTICLES_BEFORE_NOUNS: ReadonlySet<string> = new Set([
  'der', 'des', 'dem', 'das', 'ein', 'eine', 'einer', 'eines', 'einem', 'einen', 'im', 'am', 'zum', 'zur', 'vom', 'beim', 'ins', 'ans',
]);

/** German possessives, which stand before a noun as an article does: „Ihr eigenes Haus“. */
const GERMAN_POSSESSIVES: ReadonlySet<string> = new Set(['ihr', 'ihre', 'ihrem', 'ihren', 'ihres', 'sein', 'seine', 'seinem', 'seinen', 'seines', 'unser', 'unsere', 'kein', 'keine']);
/** Lower-case adjectives between a German determiner and its noun ("eigenes", "anschließenden"). */
const GERMAN_ADJECTIVE = /^\p{Ll}[\p{Ll}-]*(?:e|en|er|es|em)$/u;

/** Whether tokens[t] stands after a German article or possessive, past up to two adjectives: a noun. */
function followsGermanDeterminer(tokens: readonly Token[], t: number): boolean {
  let k = t - 1;
  for (let adjectives = 0; adjectives < 2 && k > 0 && tokens[k]!.isWord && !tokens[k]!.isCapitalised && GERMAN_ADJECTIVE.test(tokens[k]!.lower); adjectives++) k--;
  const determiner = tokens[k]?.lower ?? '';
  return GERMAN_ARTICLES_BEFORE_NOUNS.has(determiner) || GERMAN_POSSESSIVES.has(determiner);
}

/** Tokens, and runs of names, read between two possible pauses. */

interface NameEntry {
  name: string;
  /** Comparable forms of its words. */
  keys: string[];
  pos: number;
  /** Where the page writes the full name, in text order (`pos` first). */
  mentions: number[];
}

interface RoleEntry {
  head: string;
  name: string;
  pos: number;
  /** Whose the role is ("chinese" in "Chinese leader"): see role-origin.ts. */
  origins: string[];
}

/** Comparable form of a name word: lower case; Cyrillic case endings stripped (Путина → путин). */
export function nameKey(word: string): string {
  const lower = word.toLowerCase().replace(/[’']s$/u, '').replace(/\.$/, '');
  return cyrillicStem(lower);
}

export class NameRegistry {
  /** Each distinct name once, at its first occurrence, indexed by each of its words. */
  private readonly namesByKey = new Map<string, NameEntry[]>();
  private readonly entriesByName = new Map<string, NameEntry>();
  /** Cyrillic single words by stem, with how often each form occurs: Пескова, Пескову → Песков. */
  private readonly cyrillicForms = new Map<string, Map<string, number>>();
  /** Role mentions by role key, in text order. */
  private readonly rolesByKey = new Map<string, RoleEntry[]>();
  /** The surnames of everyone the page names in some role. */
  private readonly roleHolderSurnames = new Set<string>();
  /** Words the page writes in lower case somewhere ("was", "accordingly", "solution"). */
  private readonly lowerWords = new Set<string>();
  /** Capitalised words the page writes right after a German article („im Foyer“, „der Pressekonferenz“): nouns. */
  private readonly nounsAfterArticles = new Set<string>();
  /** Two people named as a couple, each to the other. */
  private readonly partners = new Map<string, string>();

  /**
   * Registers every run of two or more capitalised words (and the role before it, if any). Each step
   * is a method of its own: one long function would be compiled again whole each time a rare rule in
   * it first runs, and pages are read mostly cold.
   */
  static fromTokens(tokens: Token[], text: string): NameRegistry {
    const registry = new NameRegistry();
    registry.takeVocabulary(tokens);
    let i = 0;
    while (i < tokens.length) {
      if (!isNameWord(tokens[i]!)) {
        i++;
        continue;
      }
      const runStart = i;
      i = runEnd(tokens, runStart, text);
      registry.takeRun(tokens, runStart, i, text);
      if (i === runStart) i++;
    }
    registry.addCouples(tokens, text);
    return registry;
  }

  /** The words the page writes in lower case, its nouns after German articles, its Cyrillic word forms. */
  private takeVocabulary(tokens: Token[]): void {
    for (let t = 0; t < tokens.length; t++) {
      const token = tokens[t]!;
      // Words the page also writes in lower case ("was", "accordingly") are not names at a sentence start.
      if (token.isWord && !token.isCapitalised) this.lowerWords.add(token.lower);
      if (token.isCapitalised && t > 0 && followsGermanDeterminer(tokens, t)) this.nounsAfterArticles.add(token.text);
      if (token.isCapitalised && /^[\u0400-\u04ff-]+$/u.test(token.text) && token.text.length > 3) this.addCyrillicForm(token.text);
    }
  }

  /** The name, and the role it holds, in the run of capitalised words `tokens[runStart..i)`. */
  private takeRun(tokens: Token[], runStart: number, i: number, text: string): void {
    let run = tokens.slice(runStart, i);
    let runOffset = runStart;
    // A role word stays: the role is read from the run below ("Президент Бразилии Марко Телес").
    if (run.length > 1 && this.lowerWords.has(run[0]!.lower) && !isRoleToken(run[0]!) && startsSentence(text, tokens, runStart)) {
      run = run.slice(1);
      runOffset++;
    }
    // Roles and honorifics inside the run ("Chancellor Olaf Scholz") are not part of the name.
    let lastRole = -1;
    for (let k = 0; k < run.length; k++) {
      // An honorific counts only before the name ("Mr. Danin"), never as a middle initial ("Robert M. Danin").
      if (isRoleToken(run[k]!) || (HONORIFICS.has(run[k]!.lower) && k === lastRole + 1)) lastRole = k;
    }
    const roleHead = lastRole >= 0 && isRoleToken(run[lastRole]!) ? run[lastRole]!.lower : null;
    const roleInRun = roleHead ? runOffset + lastRole : -1;
    run = run.slice(lastRole + 1);
    while (run.length > 0 && (NAME_PARTICLES.has(run[0]!.lower) || NAME_ARTICLES.has(run[0]!.lower))) run = run.slice(1);
    // "— сказал ТАСС Марков": the outlet spoken to is not part of the name after it.
    const outlet = outletLengthAt(run, 0);
    if (outlet > 0) run = run.slice(outlet);
    run = trimToPersonName(run);
    // "Sprecher des Ministeriums Jan Ott": a run after a role's article starts with the role's complement.
    const previous = tokens[runStart - 1];
    const beforeThat = tokens[runStart - 2];
    // So does "ambassador to China Guy Marchand".
    if (run.length >= 3 && previous && ['des', 'der', 'of', 'the', 'to'].includes(previous.lower) && beforeThat && isRoleToken(beforeThat)) {
      run = keepPersonName(run);
    }
    const adjacent = previous !== undefined && /^[ \u00a0]$/.test(text.slice(previous.end, tokens[runStart]!.start));
    const roleIndex = roleHead ? roleInRun : adjacent && isRoleToken(previous) ? runStart - 1 : roleOfLowerCaseComplement(tokens, runStart) ?? russianRoleIndexBefore(tokens, runStart - 1);
    if (run.length >= 2) this.addName(joinRun(run, text), run[0]!.start);
    if (run.length >= 1 && roleIndex >= 0) this.takeRoleBefore(tokens, run, roleIndex, i, text);
    if (run.length >= 2) this.takeRolesInApposition(tokens, run, i, text);
  }

  /** The role at `roleIndex`, before the name `run` ends with at token `i`, if that name holds it. */
  private takeRoleBefore(tokens: Token[], run: Token[], roleIndex: number, i: number, text: string): void {
    // "Депутаты Госдумы", "представитель Кремля": a body as the role's complement holds no role, and
    // a declined role is not the role of a name in another case (agreesInCase).
    // "представитель правительства КНР": one word in capitals is the body or country the role serves, not its holder.
    const bodyOnly = run.length === 1 && (isOrganisationName(run[0]!.text) || /^\p{Lu}{2,}$/u.test(run[0]!.text));
    if (bodyOnly || !agreesInCase(tokens[roleIndex]!.lower, run[0]!.lower)) return;
    // The role's complement stands between it and the name: "Президент Бразилии Марко Телес".
    let nameIndex = roleIndex + 1;
    while (nameIndex < i && tokens[nameIndex]!.start < run[0]!.start) nameIndex++;
    const origins = originsOfRole(tokens, roleIndex, nameIndex, text);
    this.addRole(tokens[roleIndex]!.lower, joinRun(run, text), run[0]!.start, origins);
  }

  /** The roles of an apposition right after the name ("Ana Ruiz, the council's spokeswoman"): see rolesInApposition. */
  private takeRolesInApposition(tokens: Token[], run: Token[], i: number, text: string): void {
    for (const role of rolesInApposition(tokens, i)) this.addRole(role.token.lower, joinRun(run, text), role.token.start, originsOfRole(tokens, role.index, role.index + 1, text));
  }

  /**
   * "Daniel and Rhonda Kowalski", „Anna und Jonas Keller“: two given names share the surname after
   * the second, so "Daniel" and "Daniel Kowalski" name the first, and each is the other's partner.
   */
  private addCouples(tokens: Token[], text: string): void {
    for (let t = 0; t + 3 < tokens.length; t++) {
      const first = tokens[t]!;
      if (!first.isCapitalised || !COUPLE_LINKS.has(tokens[t + 1]!.lower) || !isGivenName(first.text) || first.isPossessive) continue;
      const second = tokens[t + 2]!;
      const surname = tokens[t + 3]!;
      const after = tokens[t + 4];
      if (!isNameWord(second) || !isNameWord(surname) || isGivenName(surname.text) || isOrganisationName(surname.text)) continue;
      // Exactly two words after the link, each a word apart: "Daniel and Rhonda Kowalski were", not "Tom and Linda Ferris Smith".
      if (after && after.isWord && after.isCapitalised && spacedWords(text, surname, after)) continue;
      if (!spacedWords(text, second, surname)) continue;
      const surnameText = surname.text.replace(/[’']s$/u, '');
      const one = `${first.text} ${surnameText}`;
      const other = `${second.text} ${surnameText}`;
      this.addName(one, first.start);
      this.partners.set(one, other);
      this.partners.set(other, one);
    }
  }

  /**
   * The people `tokens` name, in full or by surname in any case ("Wegener", "Вершина"), each by the
   * fullest name the page gives them with where it last stands, latest last.
   */
  peopleNamedIn(tokens: readonly Token[]): { name: string; pos: number }[] {
    const found = new Map<string, number>();
    for (const token of tokens) {
      if (!token.isWord || !token.isCapitalised) continue;
      const key = nameKey(token.text);
      for (const entry of this.namesByKey.get(key) ?? []) {
        if (entry.keys.at(-1) !== key || entry.pos > token.start) continue;
        found.delete(entry.name);
        found.set(entry.name, token.start);
      }
    }
    return [...found].map(([name, pos]) => ({ name, pos }));
  }


  /** The person named as `name`'s partner in a couple ("Daniel and Rhonda Kowalski"), if any. */
  partnerOf(name: string): string | null {
    return this.partners.get(name) ?? null;
  }

  addName(fullName: string, pos: number): void {
    const name = withoutPlaceOfOrigin(fullName);
    if (!name.includes(' ')) return;
    const seen = this.entriesByName.get(name);
    if (seen) {
      seen.mentions.push(pos);
      return;
    }
    const entry = { name, keys: name.split(/\s+/).map(nameKey), pos, mentions: [pos] };
    this.entriesByName.set(name, entry);
    for (const key of new Set(entry.keys)) {
      const list = this.namesByKey.get(key);
      if (list) list.push(entry);
      else this.namesByKey.set(key, [entry]);
    }
  }

  private addCyrillicForm(form: string): void {
    const key = nameKey(form);
    const forms = this.cyrillicForms.get(key) ?? new Map<string, number>();
    forms.set(form, (forms.get(form) ?? 0) + 1);
    this.cyrillicForms.set(key, forms);
  }

  /** The nominative-looking form of a declined Russian word the page also uses: the shortest, then the most frequent. */
  private baseForm(word: string): string {
    const forms = this.cyrillicForms.get(nameKey(word));
    if (!forms) return word;
    let best = word;
    let bestCount = -1;
    for (const [form, count] of forms) {
      if (form.length < best.length || (form.length === best.length && count > bestCount)) {
        best = form;
        bestCount = count;
      }
    }
    return best;
  }

  addRole(head: string, name: string, pos: number, origins: string[] = []): void {
    const key = roleKey(head);
    const list = this.rolesByKey.get(key);
    const entry = { head, name, pos, origins };
    if (list) list.push(entry);
    else this.rolesByKey.set(key, [entry]);
    this.roleHolderSurnames.add(nameKey(name.split(' ').at(-1)!));
  }

  /** Whether the page writes `word` in lower case somewhere: a common word, not only a name. */
  writesInLowerCase(word: string): boolean {
    return this.lowerWords.has(word.toLowerCase());
  }

  /** Whether the page names `name` (by its surname) in any role: an office-holder, whom a role may name again. */
  /**
   * Whether the page writes this single word right after a German article somewhere („im Foyer“,
   * „auf der Pressekonferenz“): a noun, as German capitalises every noun, not a person's name.
   */
  writesAsGermanNoun(word: string): boolean {
    return !word.includes(' ') && this.nounsAfterArticles.has(word);
  }

  holdsARole(name: string): boolean {
    return this.roleHolderSurnames.has(nameKey(name.split(' ').at(-1)!));
  }

  /**
   * The fullest name for `name` at `pos`: a longer name whose words contain it, first met before
   * `pos` (the person a page introduces first is the one it later calls by surname), else after.
   */
  resolveName(name: string, pos: number, fits: (fullName: string) => boolean = ANYONE): string {
    const keys = name.split(/\s+/).map(nameKey);
    const entries = (this.namesByKey.get(keys.at(-1) ?? '') ?? []).filter((entry) =>
      entry.keys.length > keys.length && containsRun(entry.keys, keys) &&
      // A single word stands for a surname or a first name, not for a word inside a longer name.
      (keys.length > 1 || entry.keys.at(-1) === keys[0] || entry.keys[0] === keys[0]));
    // "Delorme said she …" on a page naming a Karen and a Ray Delorme: the gender the sentence shows
    // tells the family apart; where no bearer fits it, the surname means whom it would mean anyway.
    const fitting = entries.filter((entry) => fits(entry.name));
    let best: NameEntry | null = null;
    let bestAfter: NameEntry | null = null;
    for (const entry of fitting.length > 0 ? fitting : entries) {
      if (entry.pos < pos) {
        if (!best || betterFullName(entry, best, keys, pos)) best = entry;
      } else if (!bestAfter) {
        bestAfter = entry;
      }
    }
    const found = (best ?? bestAfter)?.name;
    if (found) return keys.length === 1 ? inFormOfSurname(found, name) : found;
    // "по словам Пескова", "в Кремле": a declined word becomes the form the page uses as a name. A
    // body named by an acronym keeps its complement's case ("МИД России", not "МИД Россия").
    if (!/[\u0400-\u04ff]/u.test(name) || /(?:^|\s)\p{Lu}{2,}(?:\s|$)/u.test(name)) return name;
    return name.split(' ').map((word) => this.baseForm(word)).join(' ');
  }

  /**
   * The person last named with role `head` before `pos` ("the spokesman" → "Ivo Marten"), whose
   * role agrees with `origins` ("the Russian leader" is not the page's "Chinese leader"); failing
   * that, the first named in it within `later` (the rest of the paragraph).
   */
  resolveRole(head: string, pos: number, origins: readonly string[] = [], later: { from: number; until: number } | null = null, inFocus: string | null = null): string | null {
    const key = roleKey(head);
    // Two coaches, two ministers: "the coach said" after a paragraph about one of them means that one.
    if (inFocus && this.heldBy(key, pos, origins, inFocus)) return inFocus;
    const found = this.latestInRole(key, pos, origins) ?? this.latestInKind(key, pos, origins) ?? (later && this.nextInRole(key, later.from, later.until, origins));
    if (!found) return null;
    const name = this.resolveName(found.name, found.pos + 1);
    // Named only after a declined role ("по словам политолога Ивана Соколова"): the name in its nominative.
    const nameCase = russianRoleCase(found.head.toLowerCase());
    if (!nameCase) return name;
    // Words the page wrote elsewhere in the nominative ("Сорокина" for "министру … Елене Сорокиной") stay
    // as the page wrote them; the others are still in the role's case.
    const asFound = found.name.split(' ');
    return name.split(' ').map((word, k) => (word === asFound[k] ? nominativeOfName(word, nameCase) : word)).join(' ');
  }

  /** Whether `name` (as resolved) was named in role `key` before `pos`, among its latest holders. */
  private heldBy(key: string, pos: number, origins: readonly string[], name: string): boolean {
    const list = this.rolesByKey.get(key) ?? [];
    const last = partitionPoint(list, (role) => role.pos < pos) - 1;
    for (let k = last; k >= Math.max(0, last - ROLE_HOLDERS_SEARCHED); k--) {
      const holder = list[k]!;
      if (originsAgree(origins, holder.origins) && this.resolveName(holder.name, holder.pos + 1) === name) return true;
    }
    return false;
  }

  /** The first person named in role `key` from `from` on and before `until`, when the page names nobody in it before. */
  private nextInRole(key: string, from: number, until: number, origins: readonly string[]): RoleEntry | null {
    const list = this.rolesByKey.get(key) ?? [];
    const first = partitionPoint(list, (role) => role.pos < from);
    for (let k = first; k < Math.min(list.length, first + ROLE_HOLDERS_SEARCHED) && list[k]!.pos < until; k++) {
      if (originsAgree(origins, list[k]!.origins)) return list[k]!;
    }
    return null;
  }

  private latestInRole(key: string, pos: number, origins: readonly string[]): RoleEntry | null {
    const list = this.rolesByKey.get(key) ?? [];
    const last = partitionPoint(list, (role) => role.pos < pos) - 1;
    // Back through the role's holders until one agrees in origin; a bounded walk, so a page of
    // thousands of them stays linear.
    for (let k = last; k >= Math.max(0, last - ROLE_HOLDERS_SEARCHED); k--) {
      if (originsAgree(origins, list[k]!.origins)) return list[k]!;
    }
    return null;
  }

  /** "отметил эксперт" after "по словам политолога Ивана Соколова": the latest person in a role of the same kind. */
  private latestInKind(key: string, pos: number, origins: readonly string[]): RoleEntry | null {
    const kind = ROLE_KINDS.find((keys) => keys.has(key));
    if (!kind) return null;
    let latest: RoleEntry | null = null;
    for (const other of kind) {
      const found = other === key ? null : this.latestInRole(other, pos, origins);
      if (found && (!latest || found.pos > latest.pos)) latest = found;
    }
    return latest;
  }
}

/**
 * A Russian role in the genitive or the instrumental names someone in the same case ("политолога Ивана
 * Соколова"); a name in the nominative after it is the subject, with a role of its own: «Советник главы
 * Офиса президента Игорь Ветров» is no president. A masculine nominative ends in a consonant.
 */
function agreesInCase(roleLower: string, firstNameLower: string): boolean {
  if (russianRoleCase(roleLower) === null || !/^[\u0400-\u04ff]+$/u.test(firstNameLower)) return true;
  return !/[бвгджзклмнпрстфхцчшщйь]$/u.test(firstNameLower);
}

/** How many of a role's holders are looked at, back or forward, for one whose origin agrees. */
const ROLE_HOLDERS_SEARCHED = 32;

const ROLE_HEADS = ['sprecherin', 'sprecher', 'ministerin', 'minister', 'präsidentin', 'präsident', 'kanzler', 'abgeordnete', 'politiker', 'секретарь'];

/**
 * "Director of education Helen Vasquez", "chief of police Tom Ash": a role, "of" and a lower-case
 * complement of one word right before the name. The role's index, or null.
 */
function roleOfLowerCaseComplement(tokens: Token[], nameStart: number): number | null {
  const complement = tokens[nameStart - 1];
  const role = tokens[nameStart - 3];
  if (!complement?.isWord || complement.isCapitalised || tokens[nameStart - 2]?.lower !== 'of' || !role?.isWord || !isRoleToken(role)) return null;
  return nameStart - 3;
}

/** Whether `head` is a head of state's role ("leader", "Staatschef", "президент"): see ROLE_KINDS. */
export function isLeaderRole(head: string): boolean {
  return LEADER_ROLES.has(roleKey(head));
}

/**
 * Roles a page names one person by in turn: the political scientist it introduces is "the expert"
 * or "the analyst" two paragraphs on, in any of the three languages. Kept to kinds where a news page
 * rarely has two such people at once; the latest one is taken.
 */
const ROLE_KINDS: ReadonlySet<string>[] = [
  ['expert', 'analyst', 'economist', 'historian', 'scientist', 'researcher', 'scholar', 'professor', 'political scientist',
    'experte', 'expertin', 'analystin', 'politologe', 'politologin', 'ökonom', 'ökonomin', 'historiker', 'historikerin',
    'wissenschaftler', 'wissenschaftlerin', 'forscher', 'forscherin', 'professorin',
    'эксперт', 'аналитик', 'политолог', 'экономист', 'историк', 'профессор', 'исследователь'],
  // A head of state named again: "Russian President …" is "the Russian leader", „der russische
  // Staatschef“, «российский лидер». Origins keep the two leaders of a summit apart.
  ['president', 'leader', 'chairman', 'präsident', 'präsidentin', 'staatschef', 'staatschefin', 'staatsoberhaupt', 'президент',
    'лидер', 'председатель'],
  // A member of a parliament named again as a politician: „die Landtagsabgeordnete …“ is „die Politikerin“.
  ['politician', 'lawmaker', 'legislator', 'politiker', 'politikerin', 'abgeordnete', 'abgeordneter', 'parlamentarier',
    'parlamentarierin', 'политик', 'депутат', 'парламентарий'],
].map((words) => new Set(words.map(roleKey)));

const LEADER_ROLES = ROLE_KINDS[1]!;

/** "Kreml-Sprecher", "Regierungssprecher" and "Sprecher" share the key "sprecher". */
function roleKey(head: string): string {
  const last = head.toLowerCase().split('-').at(-1) ?? head;
  if (/^[\u0400-\u04ff]+$/u.test(last)) return ROLE_HEADS.find((suffix) => last.endsWith(suffix)) ?? cyrillicStem(last);
  const base = germanRoleBase(last) ?? last;
  return ROLE_HEADS.find((suffix) => base.endsWith(suffix)) ?? base;
}

/** Words that open an apposition naming a role: "John Hale, the … spokesman,", "Jan Ott, ein Sprecher …". */
const APPOSITION_OPENERS = new Set(['the', 'a', 'an', 'der', 'die', 'ein', 'eine', 'its', 'his', 'her', 'their', 'seine', 'ihre']);

/**
 * The role words of an apposition right after a name ("John Hale, the Harbour Board's chief press
 * spokesman, …", "Дмитрий Орлов, пресс-секретарь президента, …"): "the spokesman" later names him.
 * A relative clause ("Ana Ruiz, who met the president") names no role of hers.
 */
function rolesInApposition(tokens: Token[], index: number): { token: Token; index: number }[] {
  if (tokens[index]?.text !== ',') return [];
  const opener = tokens[index + 1];
  if (!opener || !opener.isWord) return [];
  const opensWithRole = isRoleToken(opener);
  if (!APPOSITION_OPENERS.has(opener.lower) && !opensWithRole) return [];
  const roles: { token: Token; index: number }[] = [];
  for (let k = index + 1; k < Math.min(tokens.length, index + 12); k++) {
    const token = tokens[k]!;
    if (!token.isWord) {
      if (token.text === '-') continue;
      break;
    }
    if (isRoleToken(token)) roles.push({ token: token, index: k });
  }
  if (!roles.some((role) => !role.token.isCapitalised) && ENGLISH_ARTICLES.has(opener.lower)) {
    // "Dr. Sarah Lindqvist, an electrophysiologist at Toronto General": a noun for a person the
    // lexicon does not know, by its ending, ending the description; "the electrophysiologist" later.
    for (let k = index + 2; k < Math.min(tokens.length, index + 5); k++) {
      const token = tokens[k]!;
      if (!token.isWord || token.isCapitalised) break;
      const next = tokens[k + 1];
      const endsDescription = !next || !next.isWord || DESCRIPTION_ENDS.has(next.lower);
      if (endsDescription && PERSON_NOUN_ENDING.test(token.lower)) return [...roles, { token, index: k }];
      if (endsDescription) break;
    }
  }
  return roles;
}

const ENGLISH_ARTICLES: ReadonlySet<string> = new Set(['a', 'an', 'the']);
/** Words after which a description of a person ends: "an epidemiologist at …", "a hydrologist who …". */
const DESCRIPTION_ENDS: ReadonlySet<string> = new Set(['at', 'with', 'for', 'in', 'from', 'of', 'who', 'and', 'on', 'based']);
/** English nouns for a person by their ending: "electrophysiologist", "historian", "researcher", "surveyor". */
const PERSON_NOUN_ENDING = /^\p{Ll}{4,}(?:ist|ian|er|or|ant|ent)$/u;


function startsSentence(text: string, tokens: Token[], index: number): boolean {
  const previous = tokens[index - 1];
  if (!previous) return true;
  if (/^[.!?…"“”„«»‘’'\u2014\u2013:]$/.test(previous.text)) return true;
  return text.slice(previous.end, tokens[index]!.start).includes('\n');
}

/** Two words of one name stand a single space apart: no line break, no punctuation between. */
function spacedWords(text: string, left: Token, right: Token): boolean {
  const gap = right.start - left.end;
  return gap === 1 && (text[left.end] === ' ' || text[left.end] === '\u00a0');
}

/** Where the run of name words that starts at `runStart` ends ("Olaf Scholz", "Ursula von der Leyen"): one past its last token. */
function runEnd(tokens: Token[], runStart: number, text: string): number {
  let i = runStart;
  while (
    i < tokens.length &&
    (i === runStart || spacedWords(text, tokens[i - 1]!, tokens[i]!)) &&
    (isNameWord(tokens[i]!) || particlesLeadToName(tokens, i) || (NAME_ARTICLES.has(tokens[i]!.lower) && NAME_PARTICLES.has(tokens[i - 1]!.lower)))
  ) {
    i++;
    if (tokens[i - 1]!.isPossessive) break;
  }
  return i;
}

function isNameWord(token: Token): boolean {
  if (!token.isWord) return false;
  if ((token.text.endsWith('.') && /^\p{Lu}\.$/u.test(token.text)) || token.isPageSurname) return true;
  return token.isCapitalised && !NOT_NAMES.has(token.lower) && !isContraction(token.lower);
}

function joinRun(run: Token[], text: string): string {
  return text.slice(run[0]!.start, run.at(-1)!.end).replace(/[’']s$/u, '').replace(/\s+/g, ' ');
}

const ANYONE = (): boolean => true;

/**
 * The word joining two given names of one family: "Daniel and Rhonda Kowalski". Not Russian's «и»:
 * it puts the shared surname in the plural («Анна и Олег Ивановы»), no one's name as written.
 */
const COUPLE_LINKS: ReadonlySet<string> = new Set(['and', 'und', '&']);

/**
 * Of two full names a word may stand for, the one to take. A surname ("Tane") means the person with
 * that surname the page introduced first, a first name ("Te Aru") the longest name that starts with
 * it, and a surname match comes before a first-name match. Between two people of one surname ("Donna
 * Lind", her son "Kyle Lind"), it is the one the page wrote out last before `pos` (and as often), as a
 * reader takes "Lind said" after "Kyle Lind said".
 */
function betterFullName(candidate: NameEntry, best: NameEntry, keys: string[], pos: number): boolean {
  const candidateSurname = candidate.keys.at(-1) === keys.at(-1);
  const bestSurname = best.keys.at(-1) === keys.at(-1);
  if (candidateSurname !== bestSurname) return candidateSurname;
  // Two forms of one name ("Ivo Marten", "Ivo Pavel Marten") are one person: the first stays.
  // A relative named once in passing does not take the surname from the person the page is about.
  if (candidateSurname) {
    // Only between people a given name tells apart: a run such as "Accordingly Brandt" is no one else.
    return candidate.keys[0] !== best.keys[0] && isGivenName(candidate.keys[0]!) && isGivenName(best.keys[0]!) &&
      lastMentionBefore(candidate, pos) > lastMentionBefore(best, pos) && mentionsBefore(candidate, pos) >= mentionsBefore(best, pos);
  }
  return candidate.keys.length > best.keys.length;
}

function mentionsBefore(entry: NameEntry, pos: number): number {
  return partitionPoint(entry.mentions, (mention) => mention < pos);
}

function lastMentionBefore(entry: NameEntry, pos: number): number {
  return entry.mentions[mentionsBefore(entry, pos) - 1] ?? -1;
}

function containsRun(haystack: string[], needle: string[]): boolean {
  outer: for (let i = 0; i + needle.length <= haystack.length; i++) {
    for (let j = 0; j < needle.length; j++) if (haystack[i + j] !== needle[j]) continue outer;
    return true;
  }
  return false;
}

/**
 * A Russian full name met only in an oblique case ("с Иваном Петровым"), called later by its
 * nominative surname ("Петров сказал"): the name in the surname's case, "Иван Петров".
 */
function inFormOfSurname(fullName: string, surname: string): string {
  const words = fullName.split(' ');
  const last = words.at(-1)!;
  if (!/^[\u0400-\u04ff-]+$/u.test(surname) || last === surname || !last.startsWith(surname)) return fullName;
  const nameCase = INSTRUMENTAL_SUFFIX.test(last) ? 'instrumental' : 'genitive';
  return [...words.slice(0, -1).map((word) => nominativeOfName(word, nameCase)), surname].join(' ');
}

const INSTRUMENTAL_SUFFIX = /(?:ым|им|ой)$/u;
