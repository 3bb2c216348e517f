import { describe, expect, it } from 'vitest';
import { t, UI_STRINGS } from '../../../src/ui/shared/strings';

describe('UI strings', () => {
  it('have names the browser i18n API accepts, so they can move to messages.json as they are', () => {
    for (const key of Object.keys(UI_STRINGS)) expect(key).toMatch(/^[A-Za-z0-9_@]+$/);
  });

  it('number their placeholders from $1 without gaps', () => {
    for (const [key, text] of Object.entries(UI_STRINGS)) {
      const numbers = [...new Set([...text.matchAll(/\$(\d)/g)].map((match) => Number(match[1])))].sort();
      expect(numbers, key).toEqual(numbers.map((_, index) => index + 1));
    }
  });

  it('fill placeholders and leave missing ones visible', () => {
    expect(t('highlightOnHost', 'example.com')).toBe('Highlight on example.com');
    expect(t('highlightOnHost')).toBe('Highlight on $1');
  });
});
