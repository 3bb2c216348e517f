/**
 * `npm run calibrate:quotes -- DIR… [--half A|B]`: fits each attribution rule's confidence to the
 * share of right speakers it gave on the labelled pages under DIR (one half of them, to keep the other
 * for the report), and writes `src/quotes/rule-confidence.json`. Each rule's prior counts for a few
 * cases (`PRIOR_WEIGHT`), so a rule seen a few times stays near it.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { evaluateQuotes } from './eval-quotes';
import { ATTRIBUTION_RULES, fittedConfidence, type AttributionRule } from '../src/quotes/attribution-rules';

const OUTPUT = fileURLToPath(new URL('../src/quotes/rule-confidence.json', import.meta.url));


function main(): void {
  const args = process.argv.slice(2);
  const halfIndex = args.indexOf('--half');
  const half = halfIndex >= 0 ? (args[halfIndex + 1] as 'A' | 'B') : null;
  const targets = args.filter((arg, i) => !arg.startsWith('--') && (halfIndex < 0 || i !== halfIndex + 1));
  if (targets.length === 0) {
    console.error('usage: npm run calibrate:quotes -- DIR… [--half A|B]');
    process.exit(2);
  }
  const { rules } = evaluateQuotes(targets, { half, log: () => {} });
  const fitted: Record<string, number> = {};
  for (const [name, rule] of Object.entries(rules).sort(([a], [b]) => a.localeCompare(b))) {
    if (name === 'no speaker' || !(name in ATTRIBUTION_RULES)) continue;
    fitted[name] = fittedConfidence(name as AttributionRule, rule.correct, rule.count);
    console.log(`${name.padEnd(38)} ${String(rule.correct).padStart(4)}/${String(rule.count).padEnd(4)} → ${fitted[name]}`);
  }
  writeFileSync(OUTPUT, `${JSON.stringify(fitted, null, 2)}\n`);
  console.log(`wrote ${OUTPUT}`);
}

main();
