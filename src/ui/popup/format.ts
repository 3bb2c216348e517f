/** Display formats for the article header, in the reader's own locale. */
export { formatPublished } from '../../article/human-date';
