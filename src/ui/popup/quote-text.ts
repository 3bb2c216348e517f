/**
 * A quote as the popup shows and cites it: page line breaks and indentation folded to single
 * spaces, and a trailing comma dropped — it only says the sentence went on ("…,” he said).
 */
export function displayQuote(text: string): string {
  return text.replace(/\s+/g, ' ').trim().replace(/\s*,$/, '');
}
