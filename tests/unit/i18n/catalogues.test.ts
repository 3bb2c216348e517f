/**
 * The English and German catalogues in `public/_locales` against each other and against the code:
 * the same keys, the same placeholders, nothing empty, every key the code asks for present and every
 * key present asked for somewhere.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { setMessageLookup, substitute, t } from '../../../src/i18n/strings';

const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));
const LOCALES = ['en', 'de'] as const;

type Catalogue = Record<string, { message: string; description?: string; placeholders?: Record<string, { content: string }> }>;
const catalogues = Object.fromEntries(
  LOCALES.map((locale) => [locale, JSON.parse(readFileSync(path.join(repoRoot, 'public/_locales', locale, 'messages.json'), 'utf8')) as Catalogue]),
) as Record<(typeof LOCALES)[number], Catalogue>;
const english = catalogues.en;
const german = catalogues.de;

/** `$1`…`$9` the code fills, `$name$` placeholders, and `%s` the browser fills for context menus. */
function placeholdersOf(message: string): string[] {
  return [...new Set(message.match(/\$[1-9]|\$[A-Za-z_][A-Za-z0-9_@]*\$|%s/g) ?? [])].sort();
}

function sourceFiles(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const full = path.join(folder, name);
    if (statSync(full).isDirectory()) return sourceFiles(full);
    return /\.(ts|tsx|html)$/.test(name) ? [full] : [];
  });
}
const UI_SOURCES = ['src/ui', 'entrypoints'].flatMap((folder) => sourceFiles(path.join(repoRoot, folder)));
const CONFIG = path.join(repoRoot, 'wxt.config.ts');
const sourceText = [...UI_SOURCES, CONFIG].map((file) => readFileSync(file, 'utf8')).join('\n');

describe('message catalogues', () => {
  it('have the same keys in English and German', () => {
    expect(Object.keys(german).sort()).toEqual(Object.keys(english).sort());
    expect(Object.keys(english).length).toBeGreaterThan(100);
  });

  it('use key names the browser i18n API accepts', () => {
    for (const locale of LOCALES) for (const key of Object.keys(catalogues[locale])) expect(key).toMatch(/^[A-Za-z0-9_]+$/);
  });

  it('have no empty message', () => {
    for (const locale of LOCALES) {
      for (const [key, entry] of Object.entries(catalogues[locale])) expect(entry.message.trim(), `${locale}:${key}`).not.toBe('');
    }
  });

  it('have the same placeholders in both languages, numbered from $1 without gaps', () => {
    for (const [key, entry] of Object.entries(english)) {
      const placeholders = placeholdersOf(entry.message);
      expect(placeholdersOf(german[key]?.message ?? ''), key).toEqual(placeholders);
      const numbers = placeholders.filter((p) => /^\$\d$/.test(p)).map((p) => Number(p.slice(1)));
      expect(numbers, key).toEqual(numbers.map((_, index) => index + 1));
    }
  });

  it('state their own language, which the pages set as lang', () => {
    for (const locale of LOCALES) expect(catalogues[locale].lang?.message).toBe(locale);
  });

  it('write quotation marks as each language does: „…“ in German, “…” in English', () => {
    const count = (text: string, mark: string) => text.split(mark).length - 1;
    for (const [key, entry] of Object.entries(german)) {
      expect(entry.message, key).not.toMatch(/["”]/);
      expect(count(entry.message, '“'), key).toBe(count(entry.message, '„'));
    }
    for (const [key, entry] of Object.entries(english)) {
      expect(entry.message, key).not.toMatch(/["„]/);
      expect(count(entry.message, '”'), key).toBe(count(entry.message, '“'));
    }
  });

  it('hold every key the code asks for', () => {
    const asked = new Set<string>();
    for (const match of sourceText.matchAll(/\bt\(\s*'([A-Za-z0-9_]+)'/g)) asked.add(match[1]!);
    for (const match of sourceText.matchAll(/__MSG_([A-Za-z0-9_]+)__/g)) asked.add(match[1]!);
    expect(asked.size).toBeGreaterThan(50);
    for (const key of asked) {
      expect(english, key).toHaveProperty(key);
      expect(german, key).toHaveProperty(key);
    }
  });

  it('hold no key that nothing asks for', () => {
    for (const key of Object.keys(english)) expect(sourceText.includes(`'${key}'`) || sourceText.includes(`__MSG_${key}__`), key).toBe(true);
  });

  it('name and describe the extension in the manifest through __MSG_ references', () => {
    const config = readFileSync(CONFIG, 'utf8');
    expect(config).toContain("name: '__MSG_extName__'");
    expect(config).toContain("description: '__MSG_extDescription__'");
    expect(config).toContain("default_locale: 'en'");
    // Chrome's limit for a manifest description.
    for (const locale of LOCALES) expect(catalogues[locale].extDescription!.message.length).toBeLessThanOrEqual(132);
  });
});

describe('t', () => {
  afterEach(() => setMessageLookup(undefined));

  it('falls back to the English catalogue, filling placeholders and leaving missing ones visible', () => {
    expect(t('highlightOnHost', 'example.com')).toBe('Highlight on example.com');
    expect(t('highlightOnHost')).toBe('Highlight on $1');
    expect(t('importDone', 3)).toBe('Entities imported: 3.');
  });

  it('asks the injected lookup first, with the substitutions as strings', () => {
    const asked: unknown[] = [];
    setMessageLookup((key, substitutions) => {
      asked.push([key, substitutions]);
      return substitute(german[key]!.message, substitutions ?? []);
    });
    expect(t('readingTime', 4)).toBe('4 Min. Lesezeit');
    expect(asked).toEqual([['readingTime', ['4']]]);
  });

  it('uses English when the lookup does not know a key (the browser answers with an empty string)', () => {
    setMessageLookup(() => '');
    expect(t('save')).toBe('Save');
  });

  it('substitutes as the browser does: $$ is a dollar sign', () => {
    expect(substitute('$1 costs $$5', ['It'])).toBe('It costs $5');
  });
});
