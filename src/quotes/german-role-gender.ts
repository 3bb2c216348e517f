/**
 * German roles show their holder's gender: the feminine ending („Verkehrsministerin Lea Brandt“,
 * „SPD-Politikerin“), and the article of a role in the nominative („Der Fraktionschef Ole Marten“).
 * Evidence of gender for the pronouns and descriptions that name the person again.
 */
import type { SpeakerPhrase } from './speaker-phrase';
import { isRoleWord } from './speech-lexicon';

/**
 * The subject of „sagte die …“ is in the nominative, where a singular's article shows its gender:
 * „die Politikerin“, „die 41-Jährige“ is a woman, „der Gewerkschafter“ a man.
 */
export function pronounOfGermanArticle(article: string): 'er' | 'sie' | null {
  const lower = article.toLowerCase();
  return lower === 'der' ? 'er' : lower === 'die' ? 'sie' : null;
}

/** The pronoun a German definite article right before `pos` shows for a singular subject („der Diplomat“ → „er“), or null. */
export function germanArticlePronounBefore(text: string, pos: number): 'er' | 'sie' | null {
  const match = /(?:^|[^\p{L}])(der|die)\s+$/iu.exec(text.slice(Math.max(0, pos - 8), pos));
  return match ? pronounOfGermanArticle(match[1]!) : null;
}

/** The pronoun a German role shows its holder takes, or null where it shows none. */
export function pronounOfGermanRole(phrase: SpeakerPhrase, text: string): 'er' | 'sie' | null {
  if (!phrase.role) return null;
  const role = phrase.role.trim().split(/\s+/).at(-1)!.toLowerCase();
  if (!/^[\p{Script=Latin}-]+$/u.test(role) || role.endsWith('innen')) return null;
  if (role.length > 4 && role.endsWith('in') && isRoleWord(role) && isRoleWord(role.slice(0, -2))) return 'sie';
  // The article right before the role: only German writes „der“ and „die“ so.
  const roleStart = text.lastIndexOf(phrase.role, phrase.start);
  return roleStart >= 0 && isRoleWord(role) ? germanArticlePronounBefore(text, roleStart) : null;
}
