/**
 * Reads Dossier's hover card, which lives in a closed shadow root the page cannot open, the way
 * DevTools does: over the Chrome DevTools Protocol. `DOM.getDocument` with `pierce` lists closed
 * shadow roots, `DOM.resolveNode` hands one to the test as a remote object, and
 * `Runtime.callFunctionOn` reads inside it. All of that happens in worlds of the probe's own
 * (`Page.createIsolatedWorld`): the page's scripts and the content script never see the root or
 * anything the probe adds (axe, and the host's `shadowRoot` given back for axe's tree walk).
 */
import type { Result, RunOptions } from 'axe-core';
import type { CDPSession, Page } from 'playwright-core';

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

type ShadowRootMode = 'open' | 'closed' | 'user-agent';

/** The part of the protocol's DOM.Node read here (playwright-core does not export its protocol types). */
interface DomNode {
  nodeId: number;
  localName: string;
  children?: DomNode[];
  shadowRoots?: DomNode[];
  shadowRootType?: ShadowRootMode;
}

interface FoundRoot {
  hostNodeId: number;
  shadowNodeId: number;
  mode: ShadowRootMode;
}

export interface AxeOutcome {
  violations: Result[];
  /** How many rules passed: 0 would mean nothing was checked. */
  passes: number;
  /** Rules axe could not decide, with its reason for the first node. */
  incomplete: string[];
}

const OBJECT_GROUP = 'dossier-shadow-probe';

export class ShadowProbe {
  /** The probe's reading world in the current document; a navigation or reload destroys it. */
  private readingWorld: number | null = null;

  private constructor(
    private readonly session: CDPSession,
    private readonly hostName: string,
  ) {}

  /** A probe for the `hostName` element of `page`'s own document (not its frames); Dossier mounts one. */
  static async attach(page: Page, hostName = 'dossier-card'): Promise<ShadowProbe> {
    const session = await page.context().newCDPSession(page);
    return new ShadowProbe(session, hostName);
  }

  /** The host's shadow-root mode, or null while there is no host (the card has not been needed yet). */
  async mode(): Promise<ShadowRootMode | null> {
    return (await this.find())?.mode ?? null;
  }

  /**
   * Calls `read(shadowRoot, arg)` in the probe's isolated world with the closed root; null while
   * there is no host. `read` must be self-contained (it is sent as source text).
   */
  async call<A, R>(read: (root: ShadowRoot, arg: A) => R | Promise<R>, arg: A): Promise<R | null> {
    const found = await this.find();
    if (found === null) return null;
    try {
      const object = await this.resolveInReadingWorld(found.shadowNodeId);
      if (object.objectId === undefined) return null;
      const { result, exceptionDetails } = await this.session.send('Runtime.callFunctionOn', {
        objectId: object.objectId,
        functionDeclaration: `function (arg) { return (${read.toString()})(this, arg); }`,
        arguments: [{ value: arg }],
        returnByValue: true,
        awaitPromise: true,
      });
      if (exceptionDetails) throw new Error(`shadow probe: ${exceptionDetails.exception?.description ?? exceptionDetails.text}`);
      return result.value as R;
    } finally {
      await this.session.send('Runtime.releaseObjectGroup', { objectGroup: OBJECT_GROUP });
    }
  }

  /** How many elements in the shadow root match `selector` (0 without a host). */
  async count(selector: string): Promise<number> {
    return (await this.call((root, s) => root.querySelectorAll(s).length, selector)) ?? 0;
  }

  /** `textContent` of the first match, or null. */
  async text(selector: string): Promise<string | null> {
    return this.call((root, s) => root.querySelector(s)?.textContent ?? null, selector);
  }

  async attribute(selector: string, name: string): Promise<string | null> {
    return this.call((root, { s, n }) => root.querySelector(s)?.getAttribute(n) ?? null, { s: selector, n: name });
  }

  /** The first match's box in viewport CSS pixels, as Playwright's `boundingBox` gives it. */
  async box(selector: string): Promise<Box | null> {
    return this.call((root, s) => {
      const element = root.querySelector(s);
      if (!element) return null;
      const rect = element.getBoundingClientRect();
      return { x: rect.x, y: rect.y, width: rect.width, height: rect.height };
    }, selector);
  }

  /** Box of the first button whose visible text or aria-label matches `name`. */
  async buttonBox(name: RegExp): Promise<Box | null> {
    return this.call((root, { source, flags }) => {
      const pattern = new RegExp(source, flags);
      const button = [...root.querySelectorAll('button')]
        .find((b) => pattern.test(b.getAttribute('aria-label') ?? '') || pattern.test(b.textContent ?? ''));
      if (!button) return null;
      const rect = button.getBoundingClientRect();
      return { x: rect.x, y: rect.y, width: rect.width, height: rect.height };
    }, { source: name.source, flags: name.flags });
  }

  /**
   * Runs axe-core over the first element matching `selector` inside the shadow root, in a fresh
   * isolated world where the host is given its closed root as `shadowRoot`, so axe's tree walk
   * (and its colour-contrast stacking) enters it. The element is handed to axe itself: an axe
   * shadow selector finds nothing in a closed root and would let axe pass an empty check.
   */
  async runAxe(axeSource: string, selector: string, options: RunOptions): Promise<AxeOutcome> {
    const found = await this.find();
    if (found === null) throw new Error(`shadow probe: no <${this.hostName}> to check`);
    // A fresh world each run: axe and the patched host stay out of the reading world.
    const executionContextId = await this.createWorld('dossier-axe-probe');
    try {
      const { exceptionDetails } = await this.session.send('Runtime.evaluate', { expression: axeSource, contextId: executionContextId });
      if (exceptionDetails) throw new Error(`shadow probe: axe did not load: ${exceptionDetails.text}`);
      const host = await this.session.send('DOM.resolveNode', { nodeId: found.hostNodeId, executionContextId, objectGroup: OBJECT_GROUP });
      const shadow = await this.session.send('DOM.resolveNode', { nodeId: found.shadowNodeId, executionContextId, objectGroup: OBJECT_GROUP });
      if (host.object.objectId === undefined || shadow.object.objectId === undefined) throw new Error('shadow probe: host not resolved');
      await this.session.send('Runtime.callFunctionOn', {
        objectId: host.object.objectId,
        // Dossier's host hangs off <html>, after <body>, where axe's colour-contrast layout grid
        // (walked from document.body) would never reach it, and the contrast check would give up
        // ("incomplete"). In this world only, document.body is the host, so the grid holds the card.
        functionDeclaration: `function (root) {
          Object.defineProperty(this, 'shadowRoot', { value: root, configurable: true });
          const host = this;
          Object.defineProperty(document, 'body', { get: () => host, configurable: true });
        }`,
        arguments: [{ objectId: shadow.object.objectId }],
      });
      const { result, exceptionDetails: failed } = await this.session.send('Runtime.callFunctionOn', {
        objectId: shadow.object.objectId,
        functionDeclaration: `function (selector, options) {
          const element = this.querySelector(selector);
          if (!element) throw new Error('no ' + selector + ' in the shadow root');
          return axe.run(element, options).then((r) => JSON.stringify({
            violations: r.violations,
            passes: r.passes.length,
            incomplete: r.incomplete.map((i) => i.id + ': ' + (i.error?.message ?? i.nodes[0]?.any[0]?.message ?? '')),
          }));
        }`,
        arguments: [{ value: selector }, { value: options }],
        returnByValue: true,
        awaitPromise: true,
      });
      if (failed) throw new Error(`shadow probe: ${failed.exception?.description ?? failed.text}`);
      return JSON.parse(result.value as string) as AxeOutcome;
    } finally {
      await this.session.send('Runtime.releaseObjectGroup', { objectGroup: OBJECT_GROUP });
    }
  }

  async detach(): Promise<void> {
    await this.session.detach().catch(() => undefined);
  }

  private async createWorld(worldName: string): Promise<number> {
    const { frameTree } = await this.session.send('Page.getFrameTree');
    const { executionContextId } = await this.session.send('Page.createIsolatedWorld', { frameId: frameTree.frame.id, worldName });
    return executionContextId;
  }

  /** Resolves a node in the reading world, making a new one when a reload has destroyed the last. */
  private async resolveInReadingWorld(nodeId: number): Promise<{ objectId?: string }> {
    if (this.readingWorld !== null) {
      try {
        const { object } = await this.session.send('DOM.resolveNode', { nodeId, executionContextId: this.readingWorld, objectGroup: OBJECT_GROUP });
        return object;
      } catch {
        // The world went with the document it belonged to.
      }
    }
    this.readingWorld = await this.createWorld('dossier-shadow-probe');
    const { object } = await this.session.send('DOM.resolveNode', { nodeId, executionContextId: this.readingWorld, objectGroup: OBJECT_GROUP });
    return object;
  }

  /** The host and its shadow root in the DOM agent's current tree (node ids last until the next getDocument). */
  private async find(): Promise<FoundRoot | null> {
    const { root } = await this.session.send('DOM.getDocument', { depth: -1, pierce: true });
    const stack: DomNode[] = [root];
    while (stack.length > 0) {
      const node = stack.pop()!;
      if (node.localName === this.hostName) {
        const shadow = node.shadowRoots?.[0];
        return shadow && shadow.shadowRootType ? { hostNodeId: node.nodeId, shadowNodeId: shadow.nodeId, mode: shadow.shadowRootType } : null;
      }
      // The page's own document only: frames have documents (and maybe cards) of their own.
      stack.push(...(node.children ?? []), ...(node.shadowRoots ?? []));
    }
    return null;
  }
}
