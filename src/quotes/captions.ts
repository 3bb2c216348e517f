/**
 * Photo captions inside an article's text. A scraped page keeps them as paragraphs of their own
 * ("Trucker Dale Hines checks the ice near the lake. ( Bill Braden / The Canadian Press )"): the
 * person a caption names is in the picture, not in the story's flow, so "he said" after it means
 * whoever the story was about.
 */

/** A credit that closes a caption: "( Bill Braden / The Canadian Press )", "(Photo: Reuters)", „(Foto: dpa)“, «(Фото: ТАСС)». */
const CLOSING_CREDIT = /\(\s*(?:(?:photo|image|credit|foto|bild|фото)(?![\p{L}])[^()]{0,80}|\s*\p{L}[^()/\n]{1,60}\/\s*\p{L}[^()/\n]{1,60})\)\s*$/iu;

/** Whether the paragraph from `start` to `end` is a photo caption. */
export function isCaption(text: string, start: number, end: number): boolean {
  // Only the paragraph's end matters; a credit is short.
  return CLOSING_CREDIT.test(text.slice(Math.max(start, end - 160), end));
}
