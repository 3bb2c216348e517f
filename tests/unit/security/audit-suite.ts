/**
 * The checks on the built extension, as a vitest suite the end-to-end tier registers after its
 * build (tests/e2e/privacy.e2e.ts). Our own source is checked by `npm run lint` (no-unsanitized,
 * no eval, no network) and by source-audit.test.ts.
 */
import { describe, expect, it } from 'vitest';
import {
  ALLOWED, BUILD_DIR, bundleSinks, cspProblems, hasBuild, NAMESPACES_NEEDING_PERMISSION, PERMISSION_EVIDENCE,
  readManifest, sourceText,
} from './bundle-audit';

export function defineBuiltExtensionAudit(options: { requireBuild: boolean }): void {
  const built = hasBuild();
  if (!built && options.requireBuild) throw new Error(`No build in ${BUILD_DIR}: run \`npm run build\` first.`);
  if (!built) console.warn(`[security] No build in ${BUILD_DIR}: the bundle and manifest checks are skipped (npm run test:e2e builds and runs them).`);

  describe.skipIf(!built)('the built bundle', () => {
    it('uses markup, code and network sinks only inside allow-listed library code', () => {
      const unexplained = bundleSinks().filter((use) => use.allowedAs === null);
      expect(unexplained.map((use) => `${use.file} ${use.sink}: …${use.excerpt}…`)).toEqual([]);
    });

    it('has a use for every allow-list entry, so the list stays honest', () => {
      const used = new Set(bundleSinks().map((use) => use.allowedAs));
      expect(ALLOWED.filter((entry) => !used.has(entry)).map((entry) => `${entry.library}: ${entry.sink}`)).toEqual([]);
    });
  });

  describe.skipIf(!built)('the generated manifest', () => {
    const manifest = built ? readManifest() : {};
    const source = sourceText();

    it('asks only for permissions the code uses, and uses none it does not ask for', () => {
      const permissions = manifest.permissions ?? [];
      for (const permission of permissions) {
        const evidence = PERMISSION_EVIDENCE[permission];
        expect(evidence, `no known use for "${permission}"`).toBeDefined();
        expect(evidence!.test(source), `"${permission}" is never used`).toBe(true);
      }
      const used = new Set([...source.matchAll(/browser\.(\w+)\./g)].map((match) => match[1]!));
      for (const namespace of NAMESPACES_NEEDING_PERMISSION) {
        if (used.has(namespace)) expect(permissions, `browser.${namespace} is used`).toContain(namespace);
      }
      expect(manifest.optional_permissions ?? []).toEqual([]);
    });

    it('names no host to reach: no host permissions, no external connections, no update URL', () => {
      expect(manifest.host_permissions ?? []).toEqual([]);
      expect(manifest.optional_host_permissions ?? []).toEqual([]);
      expect(manifest.externally_connectable).toBeUndefined();
      expect(manifest.update_url).toBeUndefined();
      // The content script runs on every page by design (issue 4); it is the only match pattern.
      for (const script of manifest.content_scripts ?? []) expect(script.matches).toEqual(['<all_urls>']);
      expect(JSON.stringify(manifest)).not.toMatch(/https?:\/\//);
    });

    it('makes only its own style sheet web-accessible', () => {
      const resources = (manifest.web_accessible_resources ?? []).flatMap((entry) => entry.resources);
      for (const resource of resources) expect(resource).toMatch(/^content-scripts\/[\w-]+\.css$/);
    });

    it('declares a strict content security policy for its pages', () => {
      const csp = manifest.content_security_policy;
      const pages = typeof csp === 'string' ? csp : csp?.extension_pages;
      expect(pages).toBeDefined();
      expect(cspProblems(pages!)).toEqual([]);
    });
  });
}
