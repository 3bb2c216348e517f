/** What a row costs on disk, roughly: its JSON in UTF-8 (IndexedDB's own encoding is close to it). */
const encoder = new TextEncoder();

export function rowBytes(row: unknown): number {
  return encoder.encode(JSON.stringify(row)).length;
}
