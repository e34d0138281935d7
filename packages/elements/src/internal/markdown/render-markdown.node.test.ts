import { nothing, type TemplateResult } from 'lit';
import { describe, expect, it } from 'vitest';
import { safeUrl } from '../url-guard.js';
import { parseMarkdown, type MarkdownBlock } from './parse-markdown.js';
import { markdown, renderMarkdown } from './render-markdown.js';

const isTemplate = (value: unknown): value is TemplateResult =>
  typeof value === 'object' && value !== null && '_$litType$' in value && 'strings' in value;

const escape = (s: string): string =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** An attribute binding: the static string before the value ends with ` name=`. */
const attributeBefore = (strings: readonly string[], k: number): string | undefined =>
  /\s([\w-]+)=$/.exec(strings[k]!)?.[1];

interface Inspection {
  /** Every static string of every template (code we wrote, never data). */
  statics: string[];
  /** Values bound in child position: must all be plain strings (rendered as text nodes). */
  texts: unknown[];
  /** Values bound to attributes. */
  attributes: { name: string; value: unknown }[];
}

function inspect(value: unknown, out: Inspection = { statics: [], texts: [], attributes: [] }): Inspection {
  if (isTemplate(value)) {
    out.statics.push(...value.strings);
    value.values.forEach((v, k) => {
      const name = attributeBefore(value.strings, k);
      if (name) out.attributes.push({ name, value: v });
      else inspect(v, out);
    });
  } else if (Array.isArray(value)) {
    for (const v of value) inspect(v, out);
  } else {
    out.texts.push(value);
  }
  return out;
}

/**
 * Serializes like Lit renders: child values as escaped text, `nothing` removes an attribute.
 * Line breaks that Prettier put into the templates' static HTML are dropped.
 */
function toHtml(value: unknown): string {
  if (isTemplate(value)) {
    const strings = value.strings.map((s) => s.replace(/\n\s*/g, ''));
    let html = strings[0]!;
    value.values.forEach((v, k) => {
      const name = attributeBefore(strings, k);
      if (name) html = v === nothing ? html.slice(0, -(name.length + 2)) : `${html}"${escape(String(v))}"`;
      else html += toHtml(v);
      html += strings[k + 1]!;
    });
    return html;
  }
  if (Array.isArray(value)) return value.map(toHtml).join('');
  if (typeof value === 'string') return escape(value);
  throw new Error(`unexpected value ${String(value)}`);
}

const A = (href: string, label: string, title?: string): string =>
  `<a part="link" href="${href}"${title === undefined ? '' : ` title="${title}"`} rel="noopener noreferrer nofollow ugc" target="_blank">${label}</a>`;

describe('renderMarkdown', () => {
  it('renders every supported block and inline', () => {
    const source = [
      '# Title',
      'Some **bold**, *em*, `code` and [a link](https://acme.example "Acme").  ',
      'Next line',
      '',
      '- one',
      '- two',
      '',
      '3. three',
      '',
      '> quoted',
      '',
      '```',
      'const x = "<b>";',
      '```',
      '',
      '---',
    ].join('\n');
    expect(toHtml(markdown(source))).toBe(
      [
        '<h3 part="heading">Title</h3>',
        '<p part="paragraph">Some <strong>bold</strong>, <em>em</em>, <code part="inline-code">code</code> and ',
        `${A('https://acme.example/', 'a link', 'Acme')}.<br />Next line</p>`,
        '<ul part="list"><li>one</li><li>two</li></ul>',
        '<ol part="list" start="3"><li>three</li></ol>',
        '<blockquote part="quote"><p part="paragraph">quoted</p></blockquote>',
        '<pre part="code"><code>const x = &quot;&lt;b&gt;&quot;;</code></pre>',
        '<hr part="rule" />',
      ].join(''),
    );
  });

  it('renders soft breaks as a newline and loose list items with paragraphs', () => {
    expect(toHtml(markdown('a\nb'))).toBe('<p part="paragraph">a\nb</p>');
    expect(inspect(markdown('a\nb')).texts).toEqual(['a', '\n', 'b']);
    expect(toHtml(markdown('- a\n\n- b'))).toBe(
      '<ul part="list"><li><p part="paragraph">a</p></li><li><p part="paragraph">b</p></li></ul>',
    );
  });

  it('returns a TemplateResult also for empty input', () => {
    expect(isTemplate(markdown(''))).toBe(true);
    expect(toHtml(markdown(undefined))).toBe('');
  });

  describe('headings', () => {
    const levels = (source: string, headingOffset?: number): string[] =>
      inspect(markdown(source, headingOffset === undefined ? undefined : { headingOffset }))
        .statics.map((s) => /^<(h\d)/.exec(s)?.[1])
        .filter((tag): tag is string => tag !== undefined);
    const all = '# 1\n## 2\n### 3\n#### 4\n##### 5\n###### 6';

    it('offset the level by 2 by default, clamped to h6', () => {
      expect(levels(all)).toEqual(['h3', 'h4', 'h5', 'h6', 'h6', 'h6']);
    });

    it('never render an h1', () => {
      expect(levels(all, 0)).toEqual(['h2', 'h2', 'h3', 'h4', 'h5', 'h6']);
      expect(levels(all, -10)).toEqual(['h2', 'h2', 'h2', 'h2', 'h2', 'h2']);
      expect(levels(all, 1)).toEqual(['h2', 'h3', 'h4', 'h5', 'h6', 'h6']);
      expect(levels(all, 99)).toEqual(['h6', 'h6', 'h6', 'h6', 'h6', 'h6']);
      for (const offset of [-1, 0, 0.5, Number.NaN, Infinity, -Infinity]) {
        expect(inspect(markdown(all, { headingOffset: offset })).statics.join('')).not.toMatch(/<h1/);
      }
    });
  });

  describe('links', () => {
    it('bind only safe, normalized hrefs and add rel, target and part', () => {
      const result = markdown('[a](https://a.example/x?y=1) <http://b.example> [c](https://c.example "T")');
      const { attributes, statics } = inspect(result);
      expect(attributes).toEqual([
        { name: 'href', value: 'https://a.example/x?y=1' },
        { name: 'title', value: nothing },
        { name: 'href', value: 'http://b.example/' },
        { name: 'title', value: nothing },
        { name: 'href', value: 'https://c.example/' },
        { name: 'title', value: 'T' },
      ]);
      const anchors = statics.filter((s) => s.startsWith('<a '));
      expect(anchors).toHaveLength(3);
      for (const a of anchors) expect(a).toBe('<a part="link" href=');
      expect(statics).toContain(' rel="noopener noreferrer nofollow ugc" target="_blank">');
    });

    it('render unsafe links as their label only', () => {
      for (const url of [
        'javascript:alert(1)',
        'data:text/html,x',
        '//evil.example',
        '/relative',
        'vbscript:x',
      ]) {
        const html = toHtml(markdown(`[label *x*](${url})`));
        expect(html).toBe('<p part="paragraph">label <em>x</em></p>');
      }
    });

    it('validate hrefs again when rendering a hand-made tree', () => {
      const tree: MarkdownBlock[] = [
        {
          type: 'paragraph',
          children: [
            { type: 'link', href: 'javascript:alert(1)', children: [{ type: 'text', text: 'evil' }] },
            { type: 'link', href: ' https://ok.example ', children: [{ type: 'text', text: 'ok' }] },
            { type: 'link', href: 'https://u:p@creds.example/', children: [{ type: 'text', text: 'creds' }] },
          ],
        },
      ];
      expect(toHtml(renderMarkdown(tree))).toBe(
        `<p part="paragraph">evil${A('https://ok.example/', 'ok')}creds</p>`,
      );
    });
  });

  describe('hostile input', () => {
    const payloads = [
      '<img src=x onerror=alert(1)>',
      '<script>alert(1)</script>',
      '<svg/onload=alert(1)>',
      '"><iframe srcdoc="<script>alert(1)</script>">',
      '<a href="javascript:alert(1)">x</a>',
      '[x](javascript:alert(1)) [y](data:text/html,<script>alert(1)</script>)',
      '<javascript:alert(1)>',
      '`<img src=x onerror=alert(1)>`',
      '```\n<script>alert(1)</script>\n```',
      '# <img src=x onerror=alert(1)>',
      '> <img src=x onerror=alert(1)>',
      '- <img src=x onerror=alert(1)>',
      '[<img src=x onerror=alert(1)>](https://a.example "<script>alert(1)</script>")',
      '**<b onmouseover=alert(1)>**',
      '&lt;img src=x onerror=alert(1)&gt;',
      '{{constructor.constructor("alert(1)")()}} ${alert(1)} <!-- x -->',
    ];

    it.each(payloads)('keeps %j out of the static template strings', (payload) => {
      const { statics, texts, attributes } = inspect(markdown(payload));
      for (const s of statics)
        expect(s).not.toMatch(/img|script|svg|iframe|onerror|onload|onmouseover|alert|javascript/i);
      for (const t of texts) expect(typeof t).toBe('string');
      for (const { name, value } of attributes) {
        expect(['href', 'title', 'start']).toContain(name);
        if (name === 'href') expect(safeUrl(value as string)).toBe(value);
      }
    });

    it('renders the payload as visible text', () => {
      const payload = '<img src=x onerror=alert(1)>';
      expect(inspect(markdown(payload)).texts).toEqual([payload]);
      expect(toHtml(markdown(payload))).toBe('<p part="paragraph">&lt;img src=x onerror=alert(1)&gt;</p>');
    });

    it('renders huge and deeply nested input', () => {
      for (const source of [
        '['.repeat(50_000),
        '*'.repeat(50_000),
        `${'*a _b '.repeat(5_000)}x${' c_ d*'.repeat(5_000)}`,
        `${'> '.repeat(10_000)}x`,
        `${'- '.repeat(10_000)}x`,
        'lorem **ipsum** '.repeat(100_000),
      ]) {
        const html = toHtml(markdown(source));
        expect(html.length).toBeGreaterThan(0);
      }
    });
  });

  it('renders parse output and hand-made trees the same way', () => {
    const source = '## Hi\n\n1. *a*\n2. b';
    expect(toHtml(renderMarkdown(parseMarkdown(source), { headingOffset: 1 }))).toBe(
      toHtml(markdown(source, { headingOffset: 1 })),
    );
  });
});
