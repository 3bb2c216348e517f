import { describe, expect, it, vi } from 'vitest';
import { DEFAULT_CATALOG } from '../../../src/catalog/default-catalog';
import type { Catalog, Entity } from '../../../src/catalog/entity';
import { compileMatcher } from '../../../src/matching/compile-matcher';
import { CUE_REACH, PARAGRAPH_REACH } from '../../../src/matching/contextual-evidence';
import { defaultMentions } from './count-mentions';

function entity(id: string, fields: Partial<Entity>): Entity {
  return { id, label: id, kind: 'person', aliases: [], contextualAliases: [], cues: [], role: '', colour: '#000000', notes: [], ...fields };
}

const filler = (chars: number) => 'Lorem ipsum dolor sit amet. '.repeat(Math.ceil(chars / 28)).slice(0, chars);

describe('compileMatcher', () => {
  it('returns sorted, non-overlapping mentions whose offsets point at their text', () => {
    const text = 'Putin and Xi Jinping met. Mr. Putin’s aide, Kirby of the White House, and 习近平 and 普京.';
    const mentions = defaultMentions(text);
    expect(mentions.length).toBe(6);
    for (let i = 0; i < mentions.length; i++) {
      const m = mentions[i]!;
      expect(text.slice(m.start, m.end)).toBe(m.text);
      if (i > 0) expect(m.start).toBeGreaterThanOrEqual(mentions[i - 1]!.end);
    }
  });

  it('tolerates soft hyphens and zero-width characters and keeps the original offsets', () => {
    const text = 'Talks with Vla\u00ADdimir Pu\u200Btin ended.';
    const [mention, ...rest] = defaultMentions(text);
    expect(rest).toEqual([]);
    expect(mention).toMatchObject({ entityId: 'putin', text: 'Vladimir Putin', start: 11 });
    expect(text.slice(mention!.start, mention!.end)).toBe('Vla\u00ADdimir Pu\u200Btin');
  });

  it('never joins a name across two blocks of text', () => {
    const mentions = defaultMentions('He thanked Vladimir\n\nPutin replied.');
    expect(mentions.map((m) => m.text)).toEqual(['Putin']);
  });

  it('compiles once per catalogue, also for an equal copy', () => {
    expect(compileMatcher(DEFAULT_CATALOG)).toBe(compileMatcher(DEFAULT_CATALOG));
    const copy = JSON.parse(JSON.stringify(DEFAULT_CATALOG)) as Catalog;
    expect(compileMatcher(copy)).toBe(compileMatcher(DEFAULT_CATALOG));
  });

  it('skips disabled entities', () => {
    const catalog = DEFAULT_CATALOG.map((e) => (e.id === 'putin' ? { ...e, enabled: false } : e));
    expect(compileMatcher(catalog).findMentions('Putin met Xi Jinping.').map((m) => m.entityId)).toEqual(['xi']);
  });

  it('lets the longest phrase win, across entities', () => {
    const catalog = [
      entity('putin', { aliases: ['Putin'] }),
      entity('doctrine', { kind: 'document', aliases: ['Putin doctrine'] }),
    ];
    const mentions = compileMatcher(catalog).findMentions('The Putin doctrine, said Putin.');
    expect(mentions.map((m) => `${m.entityId}: ${m.text}`)).toEqual(['doctrine: Putin doctrine', 'putin: Putin']);
  });

  it('lets an excluded phrase silence an alias inside it', () => {
    const catalog = [entity('lee', { aliases: ['Lee'], excludedPhrases: ['Lee Enfield'] })];
    expect(compileMatcher(catalog).findMentions('A Lee Enfield rifle; Lee said so.').map((m) => m.start)).toEqual([21]);
  });

  it('treats odd characters in aliases as literal text', () => {
    const catalog = [
      entity('meta', { aliases: ['C++ (v2.0) [beta] a|b $x^*?'] }),
      entity('rtl', { aliases: ['بوتين', 'פוטין'] }),
      entity('emoji', { kind: 'organisation', aliases: ['🇨🇳 team'] }),
    ];
    const matcher = compileMatcher(catalog);
    const text = 'Using C++ (v2.0) [beta] a|b $x^*? today. قال بوتين. אמר פוטין. Go 🇨🇳 team! Not C+ (v2x0).';
    expect(matcher.findMentions(text).map((m) => `${m.entityId}: ${m.text}`)).toEqual([
      'meta: C++ (v2.0) [beta] a|b $x^*?',
      'rtl: بوتين',
      'rtl: פוטין',
      'emoji: 🇨🇳 team',
    ]);
  });

  describe('contextual aliases', () => {
    const catalog = [entity('kirby', { aliases: ['John Kirby'], contextualAliases: ['Kirby'], cues: ['White House'] })];
    const find = (text: string) => compileMatcher(catalog).findMentions(text).map((m) => m.text);

    it('count with a cue in the same paragraph', () => {
      expect(find(`Kirby spoke. ${filler(600)} The White House agreed.`)).toEqual(['Kirby']);
    });

    it(`count with a cue within ${CUE_REACH} characters in the next block`, () => {
      expect(find(`Kirby spoke.\n\n${filler(CUE_REACH - 50)} The White House agreed.`)).toEqual(['Kirby']);
    });

    it(`reach at most ${PARAGRAPH_REACH} characters into a long paragraph`, () => {
      expect(find(`Kirby spoke. ${filler(PARAGRAPH_REACH - 100)} The White House agreed.`)).toEqual(['Kirby']);
      expect(find(`Kirby spoke. ${filler(PARAGRAPH_REACH + 100)} The White House agreed.`)).toEqual([]);
    });

    it('do not count with the cue two blocks and far away', () => {
      expect(find(`Kirby spoke.\n\n${filler(800)}\n\n${filler(800)} The White House agreed.`)).toEqual([]);
    });

    it('all count once one of them is supported on the page', () => {
      expect(find(`The White House’s Kirby spoke.\n\n${filler(3000)}\n\nKirby left.`)).toEqual(['Kirby', 'Kirby']);
    });

    it('all count when the full alias is anywhere on the page', () => {
      expect(find(`Kirby spoke.\n\n${filler(3000)}\n\nJohn Kirby left.`)).toEqual(['Kirby', 'John Kirby']);
    });
  });

  it('stays linear on long runs of spaces after the start of a name', () => {
    const spaces = ' \u00A0\t'.repeat(70_000);
    const started = performance.now();
    for (const start of ['Vladimir', '约翰', 'twelve-', 'Mr.']) defaultMentions(`${start}${spaces}X ${start}${spaces}Putin`);
    // Quadratic backtracking took over a minute on these runs; linear takes milliseconds.
    expect(performance.now() - started).toBeLessThan(5000);
  });

  it('stays fast with 10,000 aliases', () => {
    const syllables = ['ka', 'lo', 'mi', 'ren', 'tos', 'va', 'dri', 'gel', 'han', 'mur', 'pet', 'sor', 'ul', 've', 'zan', 'bro'];
    let seed = 7;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    const name = () => {
      const parts = Array.from({ length: 3 }, () => syllables[Math.floor(random() * syllables.length)]!).join('');
      return parts[0]!.toUpperCase() + parts.slice(1);
    };
    const catalog: Entity[] = [];
    for (let i = 0; i < 5000; i++) {
      const [given, family] = [name(), name()];
      // Every entity shares the cue, as many real ones would share "China" or "Parliament".
      catalog.push(entity(`e${i}`, { aliases: [`${given} ${family}`, `Minister ${family}`], cues: ['Parliament'] }));
    }
    const named = catalog.slice(0, 50).map((e) => e.aliases[0]!);
    let text = '';
    let inserted = 0;
    for (; text.length < 1_000_000; inserted++) {
      text += `${filler(1000)} Parliament met. ${filler(1000)} ${named[inserted % named.length]} said.\n\n`;
    }

    const started = performance.now();
    const mentions = compileMatcher(catalog).findMentions(text);
    const elapsed = performance.now() - started;
    expect(mentions.length).toBe(inserted);
    // Generous, for a busy shared machine: 0.5–4 s here, most of it compiling. A pass per alias
    // (10,000 scans of a megabyte) would take minutes.
    expect(elapsed).toBeLessThan(20_000);
  }, 60_000);
});

describe('compileMatcherInSlices', () => {
  it('compiles the same matcher, giving the page its turn whenever the slice is used up', async () => {
    vi.resetModules();
    const fresh = await import('../../../src/matching/compile-matcher');
    let pauses = 0;
    const alwaysDue = {
      yieldIfDue: async () => {
        pauses++;
      },
    };
    const sliced = await fresh.compileMatcherInSlices(DEFAULT_CATALOG, alwaysDue);
    expect(pauses).toBeGreaterThan(100);
    const text = 'Xi Jinping met Vladimir Putin. Путину и Си Цзиньпину; John Kirby of the National Security Council on the twelve-point paper.';
    vi.resetModules();
    const other = await import('../../../src/matching/compile-matcher');
    expect(sliced.findMentions(text)).toEqual(other.compileMatcher(DEFAULT_CATALOG).findMentions(text));
    expect(sliced.findMentions(text).length).toBeGreaterThanOrEqual(6);
  });
});
