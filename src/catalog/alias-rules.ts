/**
 * Phrases with fewer letters than this are case-sensitive: "Xi" must not match the roman numeral
 * "XI", nor "US" the word "us". Longer ones also match in all-caps headlines. A watchlist rule the
 * matcher applies and the entity validation explains, so it lives with the watchlist.
 */
export const MIN_LETTERS_FOR_CASELESS = 4;
