/** Article header, from Readability with fallbacks from meta tags and JSON-LD. */
export interface ArticleMetadata {
  title: string | null;
  byline: string | null;
  siteName: string | null;
  /** ISO 8601 where it can be parsed, else as the page gives it. */
  published: string | null;
  lang: string | null;
  excerpt: string | null;
}
