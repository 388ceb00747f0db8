import { describe, expect, it } from 'vitest';
import { addCsp, contentSecurityPolicy, inlineScripts, scriptHash, ZOD_SETTINGS_SCRIPT } from './add-csp.mjs';

const page = [
  '<!DOCTYPE html><html lang="en"><head><meta charSet="utf-8"/>',
  '<link rel="stylesheet" href="/_next/static/chunks/a.css"/>',
  '<script src="/_next/static/chunks/main.js" async=""></script>',
  '</head><body>',
  '<script>self.__next_f.push([0])</script>',
  '<script id="init">(function(){var a="</div>";})()</script>',
  '<script>self.__next_f.push([0])</script>',
  '<p>Not a <b>script</b></p></body></html>',
].join('');

function policyOf(html: string): string {
  const match = /<meta http-equiv="Content-Security-Policy" content="([^"]*)"\/>/.exec(html);
  if (!match?.[1]) throw new Error('no policy');
  return match[1];
}

describe('inlineScripts', () => {
  it('finds the exact text of every inline script and skips scripts loaded from a file', () => {
    expect(inlineScripts(page)).toEqual([
      'self.__next_f.push([0])',
      '(function(){var a="</div>";})()',
      'self.__next_f.push([0])',
    ]);
  });
});

describe('scriptHash', () => {
  it('is the base64 sha256 of the UTF-8 text, as a CSP source (checked against openssl)', () => {
    expect(scriptHash('self.__next_f.push([0])')).toBe("'sha256-VXfQxoId3eHgS78yBQY2mYYWuOAzZGdxULBMV816UdU='");
  });

  it('agrees with the Web Crypto digest, also for text outside ASCII', async () => {
    const text = 'self.__next_f.push([1,"Zoë — مريم"])';
    const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
    expect(scriptHash(text)).toBe(`'sha256-${Buffer.from(digest).toString('base64')}'`);
  });
});

describe('addCsp', () => {
  const result = addCsp(page);
  const policy = policyOf(result);

  it('puts the policy right after the <meta charset>, before any stylesheet or script', () => {
    expect(result.startsWith('<!DOCTYPE html><html lang="en"><head><meta charSet="utf-8"/><meta http-equiv=')).toBe(
      true,
    );
    expect(result.indexOf('Content-Security-Policy')).toBeLessThan(result.indexOf('<link'));
    expect(result.indexOf('Content-Security-Policy')).toBeLessThan(result.indexOf('<script'));
  });

  it("adds zod's settings right after the policy, before the page's own scripts", () => {
    expect(result.indexOf(ZOD_SETTINGS_SCRIPT)).toBeGreaterThan(result.indexOf('Content-Security-Policy'));
    expect(result.indexOf(ZOD_SETTINGS_SCRIPT)).toBeLessThan(result.indexOf('<link'));
  });

  it('changes nothing else in the page', () => {
    expect(
      result.replace(/<meta http-equiv="Content-Security-Policy"[^>]*>/, '').replace(ZOD_SETTINGS_SCRIPT, ''),
    ).toBe(page);
  });

  it('allows exactly the inline scripts of the page, by hash, and no eval', () => {
    const scriptSrc = policy.split('; ').find((directive) => directive.startsWith('script-src '));
    expect(scriptSrc).toBe(
      "script-src 'self' 'sha256-0GqRVwHDnRsPJ7j9aJpwq4yxNbdOQXENdywnF60ST0I=' 'sha256-VXfQxoId3eHgS78yBQY2mYYWuOAzZGdxULBMV816UdU=' 'sha256-eFAQPOHALvL6pxorMbPR99qlPIepjHONhX7DEeEZqEo='",
    );
    expect(policy).not.toContain('unsafe-eval');
  });

  it('keeps every request on the site', () => {
    expect(policy).toContain("default-src 'self'");
    expect(policy).toContain("connect-src 'self'");
    expect(policy).toContain("object-src 'none'");
    expect(policy).toContain("base-uri 'none'");
    expect(policy).toContain("form-action 'none'");
    expect(policy).toContain("worker-src 'self'");
  });

  it('replaces the policy of an earlier run instead of adding a second one', () => {
    const twice = addCsp(result);
    expect(twice).toBe(result);
  });

  it('puts the policy first in a <head> without a <meta charset>', () => {
    const zodHash = scriptHash(inlineScripts(ZOD_SETTINGS_SCRIPT)[0] ?? '');
    expect(addCsp('<html><head><title>x</title></head></html>')).toBe(
      `<html><head><meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy([zodHash])}"/>${ZOD_SETTINGS_SCRIPT}<title>x</title></head></html>`,
    );
  });

  it('refuses a page without a <head>', () => {
    expect(() => addCsp('<p>fragment</p>')).toThrow('no <head>');
  });
});
