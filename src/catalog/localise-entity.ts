import { TRANSLATION_LANGUAGES, type Entity, type TranslationLanguage, type Translations } from './entity';

/** The watchlist language for a BCP 47 tag (`de-AT` → `de`), or null for English and the rest. */
export function translationLanguageOf(tag: string | null | undefined): TranslationLanguage | null {
  const primary = (tag ?? '').toLowerCase().split(/[-_]/)[0] ?? '';
  return (TRANSLATION_LANGUAGES as readonly string[]).includes(primary) ? (primary as TranslationLanguage) : null;
}

function pick(english: string, translations: Translations | undefined, language: TranslationLanguage | null): string {
  return (language && translations?.[language]) || english;
}

/**
 * The entity as a reader of `lang` sees it: role and notes in their language where the watchlist has
 * a translation, in English where it has none. Sources stay as published.
 */
export function localiseEntity(entity: Entity, lang: string | null | undefined): Entity {
  const language = translationLanguageOf(lang);
  if (language === null) return entity;
  return {
    ...entity,
    role: pick(entity.role, entity.roleTranslations, language),
    notes: entity.notes.map((note) => ({ ...note, text: pick(note.text, note.translations, language) })),
  };
}
