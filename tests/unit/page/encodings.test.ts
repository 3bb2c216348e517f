import { describe, expect, it } from 'vitest';
import { decodePage } from '../../../src/page/decode-page';
import { loadPage } from '../../../src/page/load-page';

/** Encodes text in a single-byte encoding by inverting Node's own decoder for it (test data only). */
function encodeSingleByte(text: string, encoding: string): Uint8Array {
  const decoder = new TextDecoder(encoding);
  const byteOf = new Map<string, number>();
  for (let byte = 0; byte < 256; byte++) byteOf.set(decoder.decode(Uint8Array.of(byte)), byte);
  return Uint8Array.from([...text].map((char) => {
    const byte = byteOf.get(char);
    if (byte === undefined) throw new Error(`${char} is not in ${encoding}`);
    return byte;
  }));
}

const RUSSIAN_BODY = '<p>Председатель КНР Си Цзиньпин прибыл в Москву на переговоры с Владимиром Путиным.</p>';

function russianPage(head: string): string {
  return `<!doctype html><html lang="ru"><head>${head}<title>Визит в Москву</title></head><body>${RUSSIAN_BODY}</body></html>`;
}

function bodyText(bytes: Uint8Array): string {
  return loadPage('page.html', bytes).document.body.textContent!;
}

describe('saved pages in the encoding they declare', () => {
  it('reads windows-1251 declared by <meta charset>', () => {
    const bytes = encodeSingleByte(russianPage('<meta charset="windows-1251">'), 'windows-1251');
    expect(decodePage(bytes, 'html').encoding).toBe('windows-1251');
    expect(bodyText(bytes)).toContain('Председатель КНР Си Цзиньпин');
  });

  it('reads KOI8-R declared by <meta http-equiv="Content-Type">', () => {
    const bytes = encodeSingleByte(russianPage('<meta http-equiv="Content-Type" content="text/html; charset=koi8-r">'), 'koi8-r');
    const decoded = decodePage(bytes, 'html');
    expect(decoded.encoding).toBe('KOI8-R');
    expect(decoded.text).toContain('Владимиром Путиным');
    expect(decoded.warnings).toEqual([]);
  });

  it('lets a UTF-8 byte order mark win over a contradicting <meta charset>', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(russianPage('<meta charset="windows-1251">'))]);
    const decoded = decodePage(bytes, 'html');
    expect(decoded.encoding).toBe('UTF-8');
    expect(decoded.text).toContain('Си Цзиньпин');
    expect(decoded.text.startsWith('\uFEFF')).toBe(false);
  });

  it('reads a .txt file with a byte order mark, its TITLE: line first', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('TITLE: Визит\n\nСи Цзиньпин в Москве.')]);
    const page = loadPage('visit.txt', bytes);
    expect(page.document.title).toBe('Визит');
    expect(page.warnings).toEqual([]);
  });

  it('reads UTF-8 without any declaration, and warns about bytes that are not UTF-8', () => {
    const clean = new TextEncoder().encode(russianPage(''));
    expect(loadPage('page.html', clean).warnings).toEqual([]);
    const broken = new Uint8Array([...clean.subarray(0, 200), 0xff, 0xfe, ...clean.subarray(200)]);
    const page = loadPage('page.html', broken);
    expect(page.warnings).toHaveLength(1);
    expect(page.warnings[0]).toMatch(/not valid UTF-8/);
    expect(page.document.body.textContent).toContain('Си Цзиньпин');
  });
});
