/** A stretch of the page text: UTF-16 offsets into `TextModel.text`, end exclusive. */
export interface Span {
  start: number;
  end: number;
}
