import { describe, expect, it } from 'vitest';
import { safeUrl } from '../url-guard.js';
import {
  MAX_BLOCK_DEPTH,
  MAX_INLINE_DEPTH,
  MAX_INPUT,
  parseMarkdown,
  type MarkdownBlock,
  type MarkdownInline,
} from './parse-markdown.js';

const text = (value: string): MarkdownInline => ({ type: 'text', text: value });
const strong = (...children: MarkdownInline[]): MarkdownInline => ({ type: 'strong', children });
const em = (...children: MarkdownInline[]): MarkdownInline => ({ type: 'emphasis', children });
const code = (value: string): MarkdownInline => ({ type: 'code', text: value });
const link = (href: string, children: MarkdownInline[], title?: string): MarkdownInline =>
  title === undefined ? { type: 'link', href, children } : { type: 'link', href, title, children };
const br: MarkdownInline = { type: 'break' };
const soft: MarkdownInline = { type: 'softbreak' };
const p = (...children: MarkdownInline[]): MarkdownBlock => ({ type: 'paragraph', children });
const item = (value: string): MarkdownBlock[] => [p(text(value))];

/** The inline nodes of a one-paragraph document. */
function inline(source: string): MarkdownInline[] {
  const blocks = parseMarkdown(source);
  expect(blocks).toHaveLength(1);
  const [block] = blocks;
  if (block?.type !== 'paragraph') throw new Error(`expected a paragraph, got ${JSON.stringify(blocks)}`);
  return block.children;
}

function* walkInline(nodes: MarkdownInline[], depth = 1): Generator<[MarkdownInline, number]> {
  for (const node of nodes) {
    yield [node, depth];
    if ('children' in node) yield* walkInline(node.children, depth + 1);
  }
}

function* walk(blocks: MarkdownBlock[], depth = 1): Generator<[MarkdownBlock, number]> {
  for (const block of blocks) {
    yield [block, depth];
    if (block.type === 'blockquote') yield* walk(block.children, depth + 1);
    if (block.type === 'list') for (const it of block.items) yield* walk(it, depth + 1);
  }
}

function inlineNodes(blocks: MarkdownBlock[]): [MarkdownInline, number][] {
  const out: [MarkdownInline, number][] = [];
  for (const [block] of walk(blocks)) {
    if (block.type === 'paragraph' || block.type === 'heading') out.push(...walkInline(block.children));
  }
  return out;
}

const blockDepth = (blocks: MarkdownBlock[]): number => Math.max(0, ...[...walk(blocks)].map(([, d]) => d));
const inlineDepth = (blocks: MarkdownBlock[]): number =>
  Math.max(0, ...inlineNodes(blocks).map(([, d]) => d));
const plain = (blocks: MarkdownBlock[]): string =>
  inlineNodes(blocks)
    .map(([n]) => (n.type === 'text' || n.type === 'code' ? n.text : ''))
    .join('');

const INLINE_TYPES = new Set(['text', 'code', 'strong', 'emphasis', 'link', 'break', 'softbreak']);

/** Properties every parse result must have, whatever the input (one assertion: inputs are huge). */
function expectWellFormed(blocks: MarkdownBlock[]): void {
  const bad = inlineNodes(blocks).filter(
    ([node]) =>
      !INLINE_TYPES.has(node.type) ||
      (node.type === 'link' && (!/^https?:\/\//.test(node.href) || safeUrl(node.href) !== node.href)),
  );
  expect(bad).toEqual([]);
  expect(blockDepth(blocks)).toBeLessThanOrEqual(MAX_BLOCK_DEPTH + 1);
  expect(inlineDepth(blocks)).toBeLessThanOrEqual(MAX_INLINE_DEPTH + 1);
}

describe('parseMarkdown: blocks', () => {
  it('returns nothing for empty input', () => {
    expect(parseMarkdown('')).toEqual([]);
    expect(parseMarkdown('  \n\n \t \n')).toEqual([]);
    expect(parseMarkdown(undefined)).toEqual([]);
    expect(parseMarkdown(null)).toEqual([]);
  });

  it('splits paragraphs on blank lines and joins lines with soft breaks', () => {
    expect(parseMarkdown('one\n  two\n\n\nthree  ')).toEqual([
      p(text('one'), soft, text('two')),
      p(text('three')),
    ]);
    expect(parseMarkdown('a\r\nb\rc')).toEqual([p(text('a'), soft, text('b'), soft, text('c'))]);
  });

  it('parses ATX headings 1–6', () => {
    expect(parseMarkdown('# One\n## Two\n### Three\n#### Four\n##### Five\n###### Six')).toEqual(
      ['One', 'Two', 'Three', 'Four', 'Five', 'Six'].map((t, i) => ({
        type: 'heading',
        level: i + 1,
        children: [text(t)],
      })),
    );
  });

  it('handles heading edge cases', () => {
    expect(parseMarkdown('####### seven')).toEqual([p(text('####### seven'))]);
    expect(parseMarkdown('#hashtag')).toEqual([p(text('#hashtag'))]);
    expect(parseMarkdown('\\# not a heading')).toEqual([p(text('# not a heading'))]);
    expect(parseMarkdown('## Closed ##  ')).toEqual([
      { type: 'heading', level: 2, children: [text('Closed')] },
    ]);
    expect(parseMarkdown('# C#')).toEqual([{ type: 'heading', level: 1, children: [text('C#')] }]);
    expect(parseMarkdown('#')).toEqual([{ type: 'heading', level: 1, children: [] }]);
    expect(parseMarkdown('   ### *Indented*')).toEqual([
      { type: 'heading', level: 3, children: [em(text('Indented'))] },
    ]);
    expect(parseMarkdown('text\n# Heading')).toEqual([
      p(text('text')),
      { type: 'heading', level: 1, children: [text('Heading')] },
    ]);
  });

  it('does not support setext headings (the underline is text or a rule)', () => {
    expect(parseMarkdown('Title\n=====')).toEqual([p(text('Title'), soft, text('====='))]);
    expect(parseMarkdown('Title\n---')).toEqual([p(text('Title')), { type: 'thematicBreak' }]);
  });

  it('parses thematic breaks', () => {
    for (const rule of ['---', '***', '___', '- - -', ' * * * *', '_\t_ _']) {
      expect(parseMarkdown(rule), rule).toEqual([{ type: 'thematicBreak' }]);
    }
    expect(parseMarkdown('--')).toEqual([p(text('--'))]);
    expect(parseMarkdown('--a')).toEqual([p(text('--a'))]);
  });

  it('parses bullet lists, tight and loose', () => {
    expect(parseMarkdown('- a\n- b\n- c')).toEqual([
      { type: 'list', ordered: false, start: 1, tight: true, items: [item('a'), item('b'), item('c')] },
    ]);
    expect(parseMarkdown('* a\n\n* b')).toEqual([
      { type: 'list', ordered: false, start: 1, tight: false, items: [item('a'), item('b')] },
    ]);
    expect(parseMarkdown('+ a\n\n  second paragraph\n+ b')).toEqual([
      {
        type: 'list',
        ordered: false,
        start: 1,
        tight: false,
        items: [[p(text('a')), p(text('second paragraph'))], item('b')],
      },
    ]);
  });

  it('starts a new list when the bullet character changes', () => {
    expect(parseMarkdown('- a\n* b')).toEqual([
      { type: 'list', ordered: false, start: 1, tight: true, items: [item('a')] },
      { type: 'list', ordered: false, start: 1, tight: true, items: [item('b')] },
    ]);
  });

  it('parses ordered lists with their start number', () => {
    expect(parseMarkdown('1. one\n2. two')).toEqual([
      { type: 'list', ordered: true, start: 1, tight: true, items: [item('one'), item('two')] },
    ]);
    expect(parseMarkdown('7) seven\n8) eight')).toEqual([
      { type: 'list', ordered: true, start: 7, tight: true, items: [item('seven'), item('eight')] },
    ]);
    expect(parseMarkdown('007. x')).toEqual([
      { type: 'list', ordered: true, start: 7, tight: true, items: [item('x')] },
    ]);
    expect(parseMarkdown('1234567890. too long')).toEqual([p(text('1234567890. too long'))]);
  });

  it('nests lists by indentation', () => {
    expect(parseMarkdown('- a\n  - b\n    1. c\n- d')).toEqual([
      {
        type: 'list',
        ordered: false,
        start: 1,
        tight: true,
        items: [
          [
            p(text('a')),
            {
              type: 'list',
              ordered: false,
              start: 1,
              tight: true,
              items: [
                [p(text('b')), { type: 'list', ordered: true, start: 1, tight: true, items: [item('c')] }],
              ],
            },
          ],
          item('d'),
        ],
      },
    ]);
  });

  it('lets only bullets and lists starting at 1 interrupt a paragraph', () => {
    expect(parseMarkdown('The year was\n1999. Great')).toEqual([
      p(text('The year was'), soft, text('1999. Great')),
    ]);
    expect(parseMarkdown('Steps:\n1. one')).toEqual([
      p(text('Steps:')),
      { type: 'list', ordered: true, start: 1, tight: true, items: [item('one')] },
    ]);
    expect(parseMarkdown('Items:\n- one')).toEqual([
      p(text('Items:')),
      { type: 'list', ordered: false, start: 1, tight: true, items: [item('one')] },
    ]);
  });

  it('continues list items lazily and ends them at an unindented paragraph', () => {
    expect(parseMarkdown('- a\nlazy\n\nafter')).toEqual([
      { type: 'list', ordered: false, start: 1, tight: true, items: [[p(text('a'), soft, text('lazy'))]] },
      p(text('after')),
    ]);
  });

  it('parses block quotes with lazy continuation', () => {
    expect(parseMarkdown('> quoted\n> **text**\nlazy\n\nafter')).toEqual([
      { type: 'blockquote', children: [p(text('quoted'), soft, strong(text('text')), soft, text('lazy'))] },
      p(text('after')),
    ]);
    expect(parseMarkdown('>a\n>\n> b')).toEqual([
      { type: 'blockquote', children: [p(text('a')), p(text('b'))] },
    ]);
    expect(parseMarkdown('> - x\n> - y')).toEqual([
      {
        type: 'blockquote',
        children: [{ type: 'list', ordered: false, start: 1, tight: true, items: [item('x'), item('y')] }],
      },
    ]);
  });

  it('parses fenced code verbatim', () => {
    expect(parseMarkdown('```js\nconst a = "<b>*x*</b>";\n\n  <script>\n```\nafter')).toEqual([
      { type: 'code', text: 'const a = "<b>*x*</b>";\n\n  <script>' },
      p(text('after')),
    ]);
    expect(parseMarkdown('~~~~\n```\n~~~\n~~~~~')).toEqual([{ type: 'code', text: '```\n~~~' }]);
    expect(parseMarkdown('  ```\n    indented\n  x\n```')).toEqual([{ type: 'code', text: '  indented\nx' }]);
    expect(parseMarkdown('```\nunclosed\n\nruns to the end')).toEqual([
      { type: 'code', text: 'unclosed\n\nruns to the end' },
    ]);
    expect(parseMarkdown('para\n```\ncode\n```')).toEqual([p(text('para')), { type: 'code', text: 'code' }]);
  });

  it('treats ``` with a backtick in the info string as text, not a fence', () => {
    expect(parseMarkdown('```inline``` code\nnext')).toEqual([
      p(code('inline'), text(' code'), soft, text('next')),
    ]);
  });

  it('does not support indented code (it is a paragraph)', () => {
    expect(parseMarkdown('    not code')).toEqual([p(text('not code'))]);
  });

  it('keeps raw HTML as literal text', () => {
    expect(parseMarkdown('<div onclick="x()">\n<script>alert(1)</script>\n</div>')).toEqual([
      p(text('<div onclick="x()">'), soft, text('<script>alert(1)</script>'), soft, text('</div>')),
    ]);
    expect(parseMarkdown('<img src=x onerror=alert(1)>')).toEqual([p(text('<img src=x onerror=alert(1)>'))]);
    expect(parseMarkdown('&lt;b&gt; &amp; &#60;')).toEqual([p(text('&lt;b&gt; &amp; &#60;'))]);
  });
});

describe('parseMarkdown: inline', () => {
  it('parses strong and emphasis with both delimiters', () => {
    expect(inline('**a** __b__ *c* _d_')).toEqual([
      strong(text('a')),
      text(' '),
      strong(text('b')),
      text(' '),
      em(text('c')),
      text(' '),
      em(text('d')),
    ]);
  });

  it('nests emphasis the CommonMark way', () => {
    expect(inline('***both***')).toEqual([em(strong(text('both')))]);
    expect(inline('*a **b** c*')).toEqual([em(text('a '), strong(text('b')), text(' c'))]);
    expect(inline('**a *b* c**')).toEqual([strong(text('a '), em(text('b')), text(' c'))]);
    expect(inline('*foo**bar**baz*')).toEqual([em(text('foo'), strong(text('bar')), text('baz'))]);
    expect(inline('*foo**bar*')).toEqual([em(text('foo**bar'))]);
    expect(inline('**a*b**')).toEqual([strong(text('a*b'))]);
    expect(inline('foo***bar***baz')).toEqual([text('foo'), em(strong(text('bar'))), text('baz')]);
    expect(inline('_foo_bar_baz_')).toEqual([em(text('foo_bar_baz'))]);
  });

  it('keeps intra-word underscores (snake_case) as text, but not intra-word stars', () => {
    expect(inline('snake_case_name and __init__ file_name_')).toEqual([
      text('snake_case_name and '),
      strong(text('init')),
      text(' file_name_'),
    ]);
    expect(inline('foo_bar_')).toEqual([text('foo_bar_')]);
    expect(inline('a*b*c')).toEqual([text('a'), em(text('b')), text('c')]);
    expect(inline('_(punct)_')).toEqual([em(text('(punct)'))]);
  });

  it('does not treat spaced or unmatched delimiters as emphasis', () => {
    expect(inline('2 * 3 * 4')).toEqual([text('2 * 3 * 4')]);
    expect(inline('a * not em *')).toEqual([text('a * not em *')]);
    expect(inline('**unclosed')).toEqual([text('**unclosed')]);
    expect(inline('closed**')).toEqual([text('closed**')]);
    expect(inline('*a **b*')).toEqual([text('*a *'), em(text('b'))]);
    expect(inline('**foo*')).toEqual([text('*'), em(text('foo'))]);
    expect(inline('*foo**')).toEqual([em(text('foo')), text('*')]);
  });

  it('parses code spans', () => {
    expect(inline('use `npm i` now')).toEqual([text('use '), code('npm i'), text(' now')]);
    expect(inline('`` a ` b ``')).toEqual([code('a ` b')]);
    expect(inline('` `` `')).toEqual([code('``')]);
    expect(inline('`*not em* <b>`')).toEqual([code('*not em* <b>')]);
    expect(inline('`a\nb`')).toEqual([code('a b')]);
    expect(inline('`  `')).toEqual([code('  ')]);
    expect(inline('`unclosed *em*')).toEqual([text('`unclosed '), em(text('em'))]);
    expect(inline('``one` two``` three')).toEqual([text('``one` two``` three')]);
    expect(inline('*a `*` b*')).toEqual([em(text('a '), code('*'), text(' b'))]);
  });

  it('handles backslash escapes', () => {
    expect(inline('\\*not em\\* \\_x\\_ \\[no link](https://a.example) \\`x\\`')).toEqual([
      text('*not em* _x_ [no link](https://a.example) `x`'),
    ]);
    expect(inline('a \\\\ b \\a \\é')).toEqual([text('a \\ b \\a \\é')]);
    expect(inline('trailing\\')).toEqual([text('trailing\\')]);
  });

  it('parses hard and soft line breaks', () => {
    expect(inline('a  \nb\\\nc\nd')).toEqual([text('a'), br, text('b'), br, text('c'), soft, text('d')]);
    expect(inline('a \nb')).toEqual([text('a'), soft, text('b')]);
    expect(inline('end  ')).toEqual([text('end')]);
  });

  it('parses links with an optional title', () => {
    expect(inline('[Acme](https://acme.example/about)')).toEqual([
      link('https://acme.example/about', [text('Acme')]),
    ]);
    expect(inline('see [the *docs*](https://docs.example "Read \\"them\\"") now')).toEqual([
      text('see '),
      link('https://docs.example/', [text('the '), em(text('docs'))], 'Read "them"'),
      text(' now'),
    ]);
    expect(inline('[a]( https://a.example\n"t" )')).toEqual([link('https://a.example/', [text('a')], 't')]);
  });

  it('handles parentheses and escapes in link destinations', () => {
    expect(inline('[wiki](https://en.wikipedia.org/wiki/Foo_(bar))')).toEqual([
      link('https://en.wikipedia.org/wiki/Foo_(bar)', [text('wiki')]),
    ]);
    expect(inline('[x](https://a.example/\\)) y')).toEqual([
      link('https://a.example/)', [text('x')]),
      text(' y'),
    ]);
    expect(inline('[x](https://a.example/a b)')).toEqual([text('[x](https://a.example/a b)')]);
    expect(inline('[x](https://a.example')).toEqual([text('[x](https://a.example')]);
    expect(inline('[x]()')).toEqual([text('[x]()')]);
    expect(inline('[x] (https://a.example)')).toEqual([text('[x] (https://a.example)')]);
  });

  it('turns links with unsafe or relative URLs into their label', () => {
    for (const url of [
      'javascript:alert(1)',
      'JavaScript:alert(document.cookie)',
      'javascript&colon;alert(1)',
      'java\\tscript:alert(1)',
      'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
      'vbscript:msgbox(1)',
      'file:///etc/passwd',
      'mailto:a@b.example',
      '/relative/path',
      'relative',
      '//evil.example/x',
      'https://user:pass@evil.example/',
    ]) {
      expect(inline(`a [click *me*](${url}) b`), url).toEqual([text('a click '), em(text('me')), text(' b')]);
    }
  });

  it('gives links precedence over emphasis', () => {
    expect(inline('*[foo*](https://a.example)')).toEqual([
      text('*'),
      link('https://a.example/', [text('foo*')]),
    ]);
  });

  it('does not nest links', () => {
    expect(inline('[a [b](https://b.example) c](https://a.example)')).toEqual([
      text('[a '),
      link('https://b.example/', [text('b')]),
      text(' c](https://a.example)'),
    ]);
    expect(inline('[[x]](https://a.example)')).toEqual([link('https://a.example/', [text('[x]')])]);
  });

  it('shows images as a link to the image (no <img>)', () => {
    expect(inline('![logo](https://cdn.example/l.png)')).toEqual([
      text('!'),
      link('https://cdn.example/l.png', [text('logo')]),
    ]);
  });

  it('parses autolinks for http(s) only', () => {
    expect(inline('go <https://acme.example/a?b=1&c> now')).toEqual([
      text('go '),
      link('https://acme.example/a?b=1&c', [text('https://acme.example/a?b=1&c')]),
      text(' now'),
    ]);
    expect(inline('<javascript:alert(1)>')).toEqual([text('javascript:alert(1)')]);
    expect(inline('<mailto:a@b.example>')).toEqual([text('mailto:a@b.example')]);
    expect(inline('<a@b.example> <not a link> a < b > c')).toEqual([
      text('<a@b.example> <not a link> a < b > c'),
    ]);
    expect(inline('<https://a.example/<b>')).toEqual([text('<https://a.example/<b>')]);
  });

  it('does not link bare URLs', () => {
    expect(inline('https://acme.example')).toEqual([text('https://acme.example')]);
  });
});

describe('parseMarkdown: limits', () => {
  it(`ignores input beyond ${MAX_INPUT} characters`, () => {
    const blocks = parseMarkdown(`${'a'.repeat(MAX_INPUT - 1)}b${'c'.repeat(100)}`);
    expect(plain(blocks)).toBe(`${'a'.repeat(MAX_INPUT - 1)}b`);
  });

  it('caps block nesting and keeps deeper markers as text', () => {
    const blocks = parseMarkdown(`${'> '.repeat(50)}deep`);
    expect(blockDepth(blocks)).toBe(MAX_BLOCK_DEPTH + 1);
    expect(plain(blocks)).toBe(`${'> '.repeat(50 - MAX_BLOCK_DEPTH).trim()} deep`);

    const list = parseMarkdown(
      Array.from({ length: 40 }, (_, i) => `${'  '.repeat(i)}- level ${i}`).join('\n'),
    );
    expectWellFormed(list);
    expect(blockDepth(list)).toBeLessThanOrEqual(MAX_BLOCK_DEPTH + 1);
    expect(plain(list)).toContain('level 39');
  });

  it('caps inline nesting and keeps the content', () => {
    const blocks = parseMarkdown(`${'*a _b '.repeat(20)}x${' c_ d*'.repeat(20)}`);
    expectWellFormed(blocks);
    expect(inlineDepth(blocks)).toBe(MAX_INLINE_DEPTH + 1); // the text inside the innermost wrapper
    expect(plain(blocks).replace(/[ *_]/g, '')).toBe(`${'ab'.repeat(20)}x${'cd'.repeat(20)}`);
  });
});

describe('parseMarkdown: hostile input', () => {
  const cases: [string, string][] = [
    ['50,000 [', '['.repeat(50_000)],
    ['50,000 ]', ']'.repeat(50_000)],
    ['50,000 *', '*'.repeat(50_000)],
    ['50,000 _ in a word', `a${'_'.repeat(50_000)}a`],
    ['nested [ then ]', `${'['.repeat(25_000)}x${']'.repeat(25_000)}`],
    ['nested [ then ](u)', `${'['.repeat(10_000)}x${'](https://a.example)'.repeat(500)}`],
    ['nested * around text', `${'*'.repeat(25_000)}x${'*'.repeat(25_000)}`],
    ['alternating *a', '*a'.repeat(25_000)],
    ['alternating a* ', 'a* '.repeat(20_000)],
    ['alternating *_', '*_'.repeat(25_000)],
    ['mixed runs', '**a*__b_ '.repeat(10_000)],
    ['backticks of growing length', Array.from({ length: 300 }, (_, i) => '`'.repeat(i + 1)).join('a')],
    ['50,000 `', '`'.repeat(50_000)],
    ['alternating `a', '`a'.repeat(25_000)],
    ['unclosed link tails', '[a](b'.repeat(10_000)],
    ['link tails with parens', '[a](('.repeat(10_000)],
    ['link tails with spaces', `[a](${' '.repeat(30_000)}x`],
    ['unclosed titles', '[a](https://a.example "'.repeat(5_000)],
    ['autolink starts', '<https://a.example/'.repeat(5_000)],
    ['< without >', '<a:'.repeat(20_000)],
    ['escapes', '\\'.repeat(50_000)],
    ['HTML soup', '<script>alert(1)</script><img src=x onerror=alert(1)>'.repeat(500)],
    ['50,000 >', '>'.repeat(50_000)],
    ['quote markers', '> '.repeat(25_000)],
    ['list markers', '- '.repeat(25_000)],
    ['ordered list markers', '1. '.repeat(20_000)],
    ['nested list lines', Array.from({ length: 5_000 }, (_, i) => `${' '.repeat(i % 60)}- x`).join('\n')],
    ['50,000 #', '#'.repeat(50_000)],
    ['heading with trailing hashes', `# ${'# '.repeat(20_000)}x`],
    ['spaces inside a heading', `# a${' '.repeat(30_000)}b`],
    ['50,000 newlines', '\n'.repeat(50_000)],
    ['very long line', 'lorem ipsum '.repeat(200_000)],
    ['long space run mid-line', `a${' '.repeat(50_000)}b`],
    ['fences', '```\n'.repeat(20_000)],
    ['fence with backticks', `\`\`\`${'`'.repeat(10_000)}${'x'.repeat(10_000)}`],
    ['rule lookalikes', `${'- '.repeat(10_000)}x`],
    ['mixed tabs', '\t- \t> \t* '.repeat(5_000)],
  ];

  it.each(cases)('survives %s', (_name, source) => {
    const blocks = parseMarkdown(source);
    expectWellFormed(blocks);
  });

  it('survives seeded random Markdown soup', () => {
    let seed = 42;
    const random = (n: number): number => {
      seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
      return seed % n;
    };
    const pieces = [
      '*',
      '**',
      '_',
      '__',
      '`',
      '``',
      '[',
      ']',
      '(',
      ')',
      '](https://a.example)',
      '<',
      '>',
      '\\',
      '\n',
      '\n\n',
    ];
    pieces.push(
      '  \n',
      '# ',
      '- ',
      '1. ',
      '> ',
      '```',
      '~~~',
      '---',
      ' ',
      'a',
      'word',
      'snake_case',
      '"',
      '!',
      'javascript:',
    );
    for (let run = 0; run < 30; run++) {
      let source = '';
      while (source.length < 5_000) source += pieces[random(pieces.length)]!;
      expectWellFormed(parseMarkdown(source));
    }
  });

  it('never lets an XSS payload become anything but text or a safe link', () => {
    const payloads = [
      '<script>alert(1)</script>',
      '<img src=x onerror=alert(1)>',
      '<svg/onload=alert(1)>',
      '"><iframe src=javascript:alert(1)>',
      '[x](javascript:alert(1))',
      '[x](javascript:alert`1`)',
      '[x](  javascript:alert(1)  )',
      '[x](<javascript:alert(1)>)',
      '[x](jav&#x09;ascript:alert(1))',
      '[x](data:text/html,<script>alert(1)</script>)',
      '<javascript:alert(1)>',
      '<data:text/html,hi>',
      '[x](https://a.example "\\" onmouseover=\\"alert(1)")',
      '![x](https://a.example/x.png" onerror="alert(1))',
    ];
    for (const source of payloads) {
      const blocks = parseMarkdown(source);
      expectWellFormed(blocks);
      for (const [node] of inlineNodes(blocks)) {
        if (node.type === 'link') expect(node.href, source).not.toMatch(/javascript|data:|onerror|<|>|"/i);
      }
    }
  });
});
