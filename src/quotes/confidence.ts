/**
 * What a quote's confidence promises. At or above `SURE_CONFIDENCE` an attribution is shown as
 * sure; below it, as a guess for the reader to check. `npm run eval:quotes` prints the calibration
 * table that holds the threshold to its promise (the share of sure speakers that are right).
 */
export const SURE_CONFIDENCE = 0.95;

export function isSureAttribution(quote: { confidence: number; speaker: string | null }): boolean {
  return quote.speaker !== null && quote.confidence >= SURE_CONFIDENCE;
}
