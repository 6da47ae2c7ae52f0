import { readFileSync } from 'node:fs';
import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { allPages, fileFor } from '../helpers';

describe('internal links', () => {
  it('every internal href and src resolves, fragments included', () => {
    const ids = new Map<string, Set<string>>();
    const idsOf = (file: string) => {
      let set = ids.get(file);
      if (!set) {
        set = new Set(
          parse(readFileSync(file, 'utf8'))
            .querySelectorAll('[id]')
            .map((e) => e.id),
        );
        ids.set(file, set);
      }
      return set;
    };
    const broken: string[] = [];
    let checked = 0;
    for (const p of allPages()) {
      for (const el of p.dom.querySelectorAll('a[href], link[href], script[src], img[src]')) {
        const ref = el.getAttribute('href') ?? el.getAttribute('src')!;
        if (/^(https?:|mailto:|data:)/.test(ref)) continue;
        checked++;
        const url = new URL(ref, `http://site${p.url}`);
        const target = fileFor(url.pathname);
        if (!target) {
          broken.push(`${p.url} → ${ref}`);
          continue;
        }
        const fragment = decodeURIComponent(url.hash.slice(1));
        if (fragment && target.endsWith('.html') && !idsOf(target).has(fragment))
          broken.push(`${p.url} → ${ref} (no #${fragment})`);
      }
    }
    expect(checked).toBeGreaterThan(allPages().length);
    expect(broken).toEqual([]);
  });
});
