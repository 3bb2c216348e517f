/** A quote as the popup shows and cites it: the same text as the card and the CLI (src/text/quote-display.ts). */
export { displayQuote, quoted } from '../../text/quote-display';
