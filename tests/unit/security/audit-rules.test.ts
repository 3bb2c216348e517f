import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { bundleSinks, cspProblems } from './bundle-audit';

describe('bundleSinks', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'dossier-audit-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('flags a sink outside the allow-listed libraries, and recognises one inside them', () => {
    writeFileSync(path.join(dir, 'ours.js'), 'function show(t){card.innerHTML=t.label;eval(t.code);fetch("https://x.example/"+t)}');
    writeFileSync(path.join(dir, 'lib.js'), 'if(g)a||o&&(g.__html==o.__html||g.__html==n.innerHTML)||(n.innerHTML=g.__html)');
    const uses = bundleSinks(dir);
    expect(uses.filter((use) => use.allowedAs === null).map((use) => use.sink).sort()).toEqual(['eval', 'fetch', 'innerHTML']);
    expect(uses.filter((use) => use.file === 'lib.js').every((use) => use.allowedAs?.library === 'Preact (diff)')).toBe(true);
  });

  it('does not take a comparison for a write', () => {
    writeFileSync(path.join(dir, 'ours.js'), 'if(a.innerHTML==b)x()');
    rmSync(path.join(dir, 'lib.js'), { force: true });
    expect(bundleSinks(dir)).toEqual([]);
  });
});

describe('cspProblems', () => {
  it('passes a policy that loads scripts and objects from the extension only', () => {
    expect(cspProblems("script-src 'self'; object-src 'self'")).toEqual([]);
    expect(cspProblems("default-src 'self'")).toEqual([]);
  });

  it('names what makes a policy loose', () => {
    expect(cspProblems("script-src 'self' 'unsafe-eval'; object-src 'self'")).toEqual(["script-src allows 'unsafe-eval'"]);
    expect(cspProblems("script-src 'self' https://cdn.example.com")).toContain('names a remote host or a wildcard');
    expect(cspProblems("object-src 'self'")).toEqual(['no script-src']);
  });
});
