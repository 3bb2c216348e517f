import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { readArticleMetadata } from '../../../src/article/read-article-metadata';

function pageOf(html: string): Document {
  return parseHTML(html).document as unknown as Document;
}

const BODY = `
  <article>
    <h1>Beijing's envoy lands in Moscow</h1>
    <p>China's top diplomat arrived in the Russian capital on Tuesday for two days of talks, the first such
    visit since the war in Ukraine began, according to officials on both sides.</p>
    <p>The trip follows the publication of a twelve-point position paper in which Beijing set out its view
    of a political settlement, a document Western governments received coolly.</p>
  </article>`;

describe('readArticleMetadata', () => {
  it('reads a page that has only meta tags', () => {
    const doc = pageOf(`<!doctype html><html lang="en"><head>
      <title>Beijing's envoy lands in Moscow | The Example Herald</title>
      <meta property="og:title" content="Beijing's envoy lands in Moscow">
      <meta property="og:site_name" content="The Example Herald">
      <meta name="author" content="Dana Fieldwriter">
      <meta property="article:published_time" content="2023-02-21T09:30:00+03:00">
      <meta name="description" content="A two-day visit ahead of a planned summit.">
    </head><body>${BODY}</body></html>`);

    expect(readArticleMetadata(doc, 'https://www.example-herald.test/world/envoy')).toEqual({
      title: "Beijing's envoy lands in Moscow",
      byline: 'Dana Fieldwriter',
      siteName: 'The Example Herald',
      published: '2023-02-21T09:30:00+03:00',
      lang: 'en',
      excerpt: 'A two-day visit ahead of a planned summit.',
    });
  });

  it('reads a page that has only JSON-LD, with several authors and a publisher', () => {
    const doc = pageOf(`<html><head><title>Untitled</title>
      <script type="application/ld+json">{
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": "Kremlin welcomes Chinese peace proposal",
        "description": "Moscow says it studied the plan carefully.",
        "datePublished": "2023-02-24T12:00:00Z",
        "inLanguage": {"@type": "Language", "name": "English", "alternateName": "en-GB"},
        "author": [{"@type": "Person", "name": "Ira Nowak"}, {"@type": "Person", "name": "Tomas Berg"}],
        "publisher": {"@type": "Organization", "name": "Example Wire"}
      }</script></head><body>${BODY}</body></html>`);

    expect(readArticleMetadata(doc)).toEqual({
      title: 'Kremlin welcomes Chinese peace proposal',
      byline: 'Ira Nowak, Tomas Berg',
      siteName: 'Example Wire',
      published: '2023-02-24T12:00:00Z',
      lang: 'en-GB',
      excerpt: 'Moscow says it studied the plan carefully.',
    });
  });

  it('follows an @graph, array @types and @id references to the author and publisher', () => {
    const doc = pageOf(`<html lang="en"><head><title>State visit ends | Example Times</title>
      <script type="application/ld+json">{
        "@context": "https://schema.org",
        "@graph": [
          {"@type": "WebSite", "@id": "https://example-times.test/#site", "name": "Example Times"},
          {"@type": "Organization", "@id": "https://example-times.test/#org", "name": "Example Times Group"},
          {"@type": "Person", "@id": "https://example-times.test/#writer", "name": "Lena Ostrova"},
          {"@type": ["NewsArticle", "Article"], "@id": "https://example-times.test/a#article",
           "headline": "State visit ends with a joint statement",
           "author": {"@id": "https://example-times.test/#writer"},
           "publisher": {"@id": "https://example-times.test/#org"},
           "datePublished": "2023-03-22"}
        ]
      }</script></head><body>${BODY}</body></html>`);

    const metadata = readArticleMetadata(doc);
    expect(metadata.title).toBe('State visit ends with a joint statement');
    expect(metadata.byline).toBe('Lena Ostrova');
    expect(metadata.siteName).toBe('Example Times Group');
    expect(metadata.published).toBe('2023-03-22');
  });

  it('skips broken JSON-LD without throwing and falls back to the next script and the meta tags', () => {
    const doc = pageOf(`<html lang="en"><head><title>Spokesman doubts the plan</title>
      <script type="application/ld+json">{"@type": "NewsArticle", "headline": "Broken", }</script>
      <script type="application/ld+json">[1, null, "x", {"@type": 42}, {"@graph": "nothing"}]</script>
      <script type="application/ld+json">{"@type": "Article", "author": 7, "publisher": [null, {"name": "  "}]}</script>
      <meta property="og:title" content="White House spokesman doubts China's plan">
      <meta name="author" content="Sam Reporter">
    </head><body>${BODY}</body></html>`);

    const metadata = readArticleMetadata(doc);
    expect(metadata.title).toBe("White House spokesman doubts China's plan");
    expect(metadata.byline).toBe('Sam Reporter');
    expect(metadata.siteName).toBeNull();
  });

  it('still gives a title, an excerpt and the host as site name on a page with no metadata at all', () => {
    const doc = pageOf(`<html><head><title>Envoy arrives for talks on the war – Example Daily</title></head>
      <body>${BODY}</body></html>`);

    expect(readArticleMetadata(doc, 'https://news.example-daily.test/2023/02/envoy')).toEqual({
      title: 'Envoy arrives for talks on the war',
      byline: null,
      siteName: 'news.example-daily.test',
      published: null,
      lang: null,
      excerpt: expect.stringMatching(/^China's top diplomat arrived in the Russian capital on Tuesday/),
    });
  });

  it('reads a German page and keeps its quotation marks and umlauts', () => {
    const doc = pageOf(`<html lang="de"><head>
      <title>„Ein Plan mit Lücken“: Berlin prüft Chinas Papier – Beispielzeitung</title>
      <meta name="author" content="Jana Müller &amp;amp; Karl Schröder">
      <meta property="og:locale" content="de_DE">
    </head><body><article><h1>Berlin prüft Chinas Papier</h1>
      <p>Die Bundesregierung will das Positionspapier aus Peking genau lesen, bevor sie es bewertet, hieß es am Freitag
      aus dem Auswärtigen Amt. Die Putin-Regierung hatte den Vorschlag zuvor begrüßt.</p></article></body></html>`);

    const metadata = readArticleMetadata(doc);
    expect(metadata.title).toBe('„Ein Plan mit Lücken“: Berlin prüft Chinas Papier');
    expect(metadata.byline).toBe('Jana Müller & Karl Schröder');
    expect(metadata.lang).toBe('de');
    expect(metadata.excerpt).toMatch(/^Die Bundesregierung will das Positionspapier/);
  });

  it('takes the language from og:locale when a Russian page does not declare one on <html>', () => {
    const doc = pageOf(`<html><head><title>Путин встретился с Си Цзиньпином в Кремле</title>
      <meta property="og:locale" content="ru_RU"></head>
      <body><p>Переговоры продолжались несколько часов, сообщили в Кремле после встречи двух лидеров.</p></body></html>`);

    const metadata = readArticleMetadata(doc);
    expect(metadata.lang).toBe('ru-RU');
    expect(metadata.title).toBe('Путин встретился с Си Цзиньпином в Кремле');
  });

  it('finds a byline in the body through Readability when no metadata names the author', () => {
    const doc = pageOf(`<html lang="en"><head><title>Summit notes from Moscow</title>
      <meta name="description" content="What was agreed and what was not."></head>
      <body><article><h1>Summit notes from Moscow</h1><p class="byline">By Petra Kovac</p>${BODY}</article></body></html>`);

    expect(readArticleMetadata(doc).byline).toBe('By Petra Kovac');
  });

  it('takes the published date from <time> markup and writes other date formats as ISO 8601', () => {
    const withTime = pageOf(`<html><head><title>x</title></head><body><article>
      <time datetime="2023-03-20T14:00:00+03:00">20 March</time>${BODY}</article></body></html>`);
    expect(readArticleMetadata(withTime).published).toBe('2023-03-20T14:00:00+03:00');

    const withProse = pageOf(`<html><head><meta name="date" content="Mon, 20 Mar 2023 11:00:00 GMT"></head>
      <body>${BODY}</body></html>`);
    expect(readArticleMetadata(withProse).published).toBe('2023-03-20T11:00:00.000Z');
  });

  it('joins several author tags and uses the property attribute before name for the same key', () => {
    const doc = pageOf(`<html><head>
      <meta name="author" content="Ana Li"><meta name="author" content="Ben Ortiz">
      <meta name="dc.title" content="Title from the name attribute">
      <meta property="dc:title" content="Title from the property attribute">
    </head><body>${BODY}</body></html>`);

    const metadata = readArticleMetadata(doc);
    expect(metadata.byline).toBe('Ana Li, Ben Ortiz');
    expect(metadata.title).toBe('Title from the property attribute');
  });

  it('leaves the document exactly as it was, even when Readability runs on it', () => {
    const html = `<!doctype html><html lang="en"><head><title>Envoy arrives – Example Daily</title>
      <style>p { color: red }</style><script>var tracker = 1;</script></head>
      <body><nav><a href="/">Home</a></nav><div class="byline">By Petra Kovac</div>${BODY}
      <aside class="related"><p>Read more</p></aside><font>old markup</font><br><br></body></html>`;
    const doc = pageOf(html);
    const before = doc.documentElement.outerHTML;
    const elementCount = doc.querySelectorAll('*').length;

    const metadata = readArticleMetadata(doc);

    // Readability did run: the byline comes from the body, which only its parse finds.
    expect(metadata.byline).toBe('By Petra Kovac');
    expect(doc.documentElement.outerHTML).toBe(before);
    expect(doc.querySelectorAll('*').length).toBe(elementCount);
  });

  it('never throws, whatever the document', () => {
    const odd = [
      '',
      '<p>no head, no title</p>',
      '<html><head><script type="application/ld+json"></script><script type="application/ld+json"><!-- {} --></script></head></html>',
      '<html lang="not a language tag"><head><meta property="og:locale" content="!!"></head><body></body></html>',
      '<svg xmlns="http://www.w3.org/2000/svg"><title>A drawing</title></svg>',
    ];
    for (const html of odd) {
      expect(() => readArticleMetadata(pageOf(html), 'not a url')).not.toThrow();
    }
    expect(readArticleMetadata(pageOf(''), 'about:blank').siteName).toBeNull();
  });

  it('skips Readability on pages above the element limit and still reads the cheap fields', () => {
    const doc = pageOf(`<html lang="en"><head><title>Envoy arrives – Example Daily</title>
      <meta property="og:site_name" content="Example Daily"></head><body><div class="byline">By Petra Kovac</div>${BODY}</body></html>`);

    const metadata = readArticleMetadata(doc, null, { maxElementsForReadability: 5 });
    expect(metadata.byline).toBeNull();
    expect(metadata.siteName).toBe('Example Daily');
    expect(metadata.excerpt).toMatch(/^China's top diplomat arrived/);
  });
});
