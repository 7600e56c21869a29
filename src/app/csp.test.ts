// The Content-Security-Policy in index.html allows only the app's own origin, with no inline or
// eval'd script and no inline style, and index.html itself holds nothing the policy would block.
// The README tells servers to send the same policy as a header (plus frame-ancestors): kept equal.
import { describe, expect, it } from 'vitest';
import indexHtml from '../../index.html?raw';
import readme from '../../README.md?raw';

const doc = new DOMParser().parseFromString(indexHtml, 'text/html');
const metaPolicy =
  doc.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content')?.trim() ?? '';

function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy
      .split(';')
      .map((part) => part.trim().split(/\s+/))
      .filter((words) => words[0])
      .map(([name, ...values]) => [name as string, values]),
  );
}

describe('Content-Security-Policy', () => {
  const policy = directives(metaPolicy);

  it('allows only the app’s own origin for every kind of resource', () => {
    for (const name of [
      'default-src',
      'script-src',
      'style-src',
      'connect-src',
      'worker-src',
      'manifest-src',
      'font-src',
    ]) {
      expect(policy.get(name), name).toEqual(["'self'"]);
    }
    expect(policy.get('img-src')).toEqual(["'self'", 'data:']);
    expect(policy.get('object-src')).toEqual(["'none'"]);
    expect(policy.get('base-uri')).toEqual(["'self'"]);
    expect(policy.get('form-action')).toEqual(["'self'"]);
    expect(metaPolicy).not.toMatch(/unsafe-|\*|https?:/);
  });

  it('index.html has no inline script or style for the policy to block', () => {
    const scripts = Array.from(doc.querySelectorAll('script'));
    expect(scripts.length).toBeGreaterThan(0);
    for (const script of scripts) {
      expect(script.getAttribute('src'), 'every script is a file').toBeTruthy();
      expect(script.textContent?.trim()).toBe('');
    }
    expect(doc.querySelectorAll('style, [style]')).toHaveLength(0);
    expect(indexHtml).not.toMatch(/\son[a-z]+=/i);
  });

  it('the README’s server header is the same policy, plus frame-ancestors', () => {
    const header = /Content-Security-Policy: ([^`]+)`/.exec(readme)?.[1]?.trim();
    expect(header).toBe(`${metaPolicy}; frame-ancestors 'none'`);
    const nginx = /add_header Content-Security-Policy "([^"]+)"/.exec(readme)?.[1];
    expect(nginx).toBe(header);
  });
});
