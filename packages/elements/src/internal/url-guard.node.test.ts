import { describe, expect, it } from 'vitest';
import { safeUrl } from './url-guard.js';

describe('safeUrl', () => {
  it('accepts absolute http and https URLs and returns them normalized', () => {
    expect(safeUrl('https://example.com')).toBe('https://example.com/');
    expect(safeUrl('http://example.com/a?b=1#c')).toBe('http://example.com/a?b=1#c');
    expect(safeUrl('  https://example.com/path  ')).toBe('https://example.com/path');
    expect(safeUrl('\nhttps://example.com/path\n')).toBe('https://example.com/path');
    expect(safeUrl('HTTPS://EXAMPLE.com/A')).toBe('https://example.com/A');
    expect(safeUrl('https://example.com/a b')).toBe('https://example.com/a%20b');
    expect(safeUrl('https://bücher.example/')).toBe('https://xn--bcher-kva.example/');
  });

  it('rejects empty and non-string values', () => {
    expect(safeUrl(undefined)).toBeUndefined();
    expect(safeUrl(null)).toBeUndefined();
    expect(safeUrl('')).toBeUndefined();
    expect(safeUrl('   ')).toBeUndefined();
    expect(safeUrl(42 as unknown as string)).toBeUndefined();
  });

  it.each([
    'javascript:alert(1)',
    'JavaScript:alert(1)',
    ' javascript:alert(1)',
    'javascript://example.com/%0aalert(1)',
    'data:text/html,<script>alert(1)</script>',
    'data:image/svg+xml;base64,PHN2Zz48L3N2Zz4=',
    'blob:https://example.com/0f0e0d0c',
    'file:///etc/passwd',
    'vbscript:msgbox(1)',
    'mailto:someone@example.com',
    'ftp://example.com/file',
    'ws://example.com/socket',
    'about:blank',
    'tel:+123',
  ])('rejects the scheme of %s', (value) => {
    expect(safeUrl(value)).toBeUndefined();
  });

  it.each([
    'java\tscript:alert(1)',
    'java\nscript:alert(1)',
    'java\rscript:alert(1)',
    'java\u0000script:alert(1)',
    'https://exa\tmple.com/',
    'https://example.com/\n/x',
    'https://example.com/\u0085',
    '\u0001https://example.com/',
    'https://example.com/\u007f',
  ])('rejects control characters anywhere: %j', (value) => {
    expect(safeUrl(value)).toBeUndefined();
  });

  it('rejects URLs with credentials', () => {
    expect(safeUrl('https://user:pass@example.com/')).toBeUndefined();
    expect(safeUrl('https://user@example.com/')).toBeUndefined();
    expect(safeUrl('https://:pass@example.com/')).toBeUndefined();
    expect(safeUrl('https://example.com@evil.example/')).toBeUndefined();
  });

  it('rejects relative and protocol-relative URLs without a base', () => {
    expect(safeUrl('/partners/acme')).toBeUndefined();
    expect(safeUrl('partners/acme')).toBeUndefined();
    expect(safeUrl('//evil.example/')).toBeUndefined();
    expect(safeUrl('?q=1')).toBeUndefined();
    expect(safeUrl('#top')).toBeUndefined();
    expect(safeUrl('https://')).toBeUndefined();
    expect(safeUrl('http://exa mple.com')).toBeUndefined();
  });

  it('resolves relative URLs against a base', () => {
    const base = 'https://shop.example/partners/';
    expect(safeUrl('acme', { base })).toBe('https://shop.example/partners/acme');
    expect(safeUrl('/x?y=1', { base })).toBe('https://shop.example/x?y=1');
    expect(safeUrl('//cdn.example/a.png', { base })).toBe('https://cdn.example/a.png');
    expect(safeUrl('javascript:alert(1)', { base })).toBeUndefined();
    expect(safeUrl('', { base })).toBeUndefined();
  });

  it('does not let the base smuggle in a scheme', () => {
    expect(safeUrl('x', { base: 'javascript:alert(1)' })).toBeUndefined();
    expect(safeUrl('x', { base: 'data:text/html,hi' })).toBeUndefined();
    expect(safeUrl('x', { base: 'not a url' })).toBeUndefined();
    expect(safeUrl('x', { base: 'file:///tmp/' })).toBeUndefined();
  });

  it('accepts mailto: only when allowed', () => {
    expect(safeUrl('mailto:someone@example.com', { allowMailto: true })).toBe('mailto:someone@example.com');
    expect(safeUrl('mailto:someone@example.com', { allowMailto: false })).toBeUndefined();
    expect(safeUrl('javascript:alert(1)', { allowMailto: true })).toBeUndefined();
  });
});
