/**
 * Our own source: Readability only ever gets a deep clone of a page (it rewrites the DOM it
 * reads), and the lint rules that keep markup, code and network sinks out of src/ and
 * entrypoints/ are on (`npm run lint` runs them over everything).
 */
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';
import { readabilityOnClonesOnly, REPO_ROOT } from './bundle-audit';

describe('our own source', () => {
  it('gives Readability only deep clones of the page', () => {
    const calls = readabilityOnClonesOnly();
    expect(calls.length).toBeGreaterThan(0);
    for (const call of calls) expect(call, `${call.file}: new Readability(${call.argument})`).toMatchObject({ cloned: true });
  });

  it('is linted against page text through markup, code from strings, requests and imports from a higher layer', async () => {
    const eslint = new ESLint({ cwd: REPO_ROOT });
    const code = [
      "import { PageSession } from '../content/page-session';",
      'export function show(card: HTMLElement, label: string): void {',
      '  card.innerHTML = label;',
      "  card.insertAdjacentHTML('beforeend', label);",
      '  eval(label);',
      '  void fetch(label);',
      '  void PageSession;',
      '}',
    ].join('\n');
    const [result] = await eslint.lintText(code, { filePath: `${REPO_ROOT}src/text/example.ts` });
    const rules = new Set(result!.messages.map((message) => message.ruleId));
    expect([...rules].sort()).toEqual(['import-x/no-restricted-paths', 'no-eval', 'no-restricted-globals', 'no-unsanitized/method', 'no-unsanitized/property']);
  }, 60_000);
});
