import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runSteps, type Steps } from '../../../src/live/steps';
import { buildTextModel } from '../../../src/text/text-model';
import { loadHtmlPage } from '../../../src/page/load-page';
import { tokenize, tokenSteps } from '../../../src/quotes/tokens';
import { CORPUS_DIR } from '../../support/shared-data';

function countYields<T>(steps: Steps<T>): { value: T; yields: number } {
  let yields = 0;
  for (;;) {
    const step = steps.next();
    if (step.done) return { value: step.value, yields };
    yields++;
  }
}

describe('tokens in steps', () => {
  it('are exactly the tokens of the whole text, and a long text takes several steps', () => {
    const page = loadHtmlPage(readFileSync(join(CORPUS_DIR, 'wikipedia-2', 'source.html'), 'utf8'));
    const text = buildTextModel(page.document.querySelector('body')!).text;
    const { value, yields } = countYields(tokenSteps(text));
    expect(value).toEqual(tokenize(text, 0, text.length));
    expect(yields).toBeGreaterThan(3);
  });

  it('end a step only at a space, however long the run without one', () => {
    const text = `${'x'.repeat(40_000)} Mr. Putin’s ${'y'.repeat(20_000)}. “U.S. aid,” he said`;
    expect(runSteps(tokenSteps(text))).toEqual(tokenize(text, 0, text.length));
  });
});
