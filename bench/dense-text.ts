/**
 * Pages dense with mentions, in the project's own words: short sentences about the watchlist, one
 * mention every ~50 characters, in paragraphs of a live blog. Used by the bench's `dense` section.
 */
const SUBJECTS = ['Xi Jinping', 'Vladimir Putin', 'John Kirby', 'Putin', 'President Xi', 'Kirby', 'Xi', 'Mr Putin'];
const PREDICATES = [
  'met the delegation at noon', 'spoke about grain and trade', 'left the hall without a word',
  'signed two short agreements', 'answered questions on energy', 'thanked the hosts at dinner',
];

/** Names the National Security Council once, as a real page would: the evidence that "Kirby" is the spokesman. */
const INTRO = 'Live coverage of the talks, with briefings by the spokesman of the US National Security Council at the White House.';

/** Sentence `n`: about 50 characters, one mention. */
export function denseSentence(n: number): string {
  return `${SUBJECTS[n % SUBJECTS.length]} ${PREDICATES[Math.floor(n / SUBJECTS.length) % PREDICATES.length]}, item ${n}.`;
}

/** The HTML of a page of about `bytes` characters of text, in paragraphs of `sentencesPerParagraph` sentences. */
export function densePageHtml(bytes: number, sentencesPerParagraph = 20): string {
  const paragraphs: string[] = [];
  let length = 0;
  let n = 0;
  while (length < bytes) {
    const sentences: string[] = [];
    for (let i = 0; i < sentencesPerParagraph; i++) sentences.push(denseSentence(n++));
    const text = sentences.join(' ');
    length += text.length + 1;
    paragraphs.push(`<p>${text}</p>`);
  }
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Live: talks, day by day</title></head>`
    + `<body><main><h1>Live: talks, day by day</h1>\n<p>${INTRO}</p>\n${paragraphs.join('\n')}\n</main></body></html>`;
}
