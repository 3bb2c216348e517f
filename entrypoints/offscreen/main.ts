/**
 * Chrome's offscreen document (reason DOM_PARSER): the one place with a DOM off the page where
 * Readability can read an article's header from its HTML, since a service worker has no DOM.
 */
import { browser } from 'wxt/browser';
import { isToOffscreen } from '../../src/messaging/messages';
import { readHeaderFromHtml } from '../../src/article/read-header-from-html';

browser.runtime.onMessage.addListener((message: unknown) => {
  if (!isToOffscreen(message)) return undefined;
  return Promise.resolve(readHeaderFromHtml(new DOMParser(), message.html, message.url));
});
