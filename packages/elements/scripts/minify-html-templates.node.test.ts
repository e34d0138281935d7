import { describe, expect, it } from 'vitest';
import { minifyHtmlPieces } from './minify-html-templates.js';

describe('minifyHtmlPieces', () => {
  it('drops indentation next to block-level tags', () => {
    expect(
      minifyHtmlPieces(['<div class="a">\n  <p>Hi</p>\n  <ul>\n    <li>x</li>\n  </ul>\n</div>']),
    ).toEqual(['<div class="a"><p>Hi</p><ul><li>x</li></ul></div>']);
  });

  it('keeps whitespace that shows: between inline elements, beside text, on one line', () => {
    const kept = [
      '<span>Gold</span>\n  <span>·</span>',
      'Total:\n  <strong>3</strong>',
      '<p><b>a</b> <i>b</i></p>',
    ];
    for (const piece of kept) expect(minifyHtmlPieces([piece])).toEqual([piece]);
    // An input and its label stay apart by the space between them.
    expect(minifyHtmlPieces(['<li>\n  <input type="checkbox" />\n  <label>x</label>\n</li>'])).toEqual([
      '<li><input type="checkbox" />\n  <label>x</label></li>',
    ]);
  });

  it('keeps whitespace between an interpolation and an inline tag, and every piece in place', () => {
    const pieces = ['<div>\n  <span class=', '>\n  ', '\n  </span>\n  ', '\n</div>'];
    expect(minifyHtmlPieces(pieces)).toEqual(['<div><span class=', '>\n  ', '\n  </span>\n  ', '</div>']);
  });

  it('drops indentation between a block-level tag and an interpolation or text', () => {
    expect(minifyHtmlPieces(['<ul>\n  ', '\n</ul>\n', '\n<p>\n  Hello\n</p>'])).toEqual([
      '<ul>',
      '</ul>',
      '<p>Hello</p>',
    ]);
    // Inside attribute lists nothing is a tag's neighbour.
    expect(minifyHtmlPieces(['<div\n  class=', '\n  id="a"></div>'])).toEqual([
      '<div\n  class=',
      '\n  id="a"></div>',
    ]);
  });
});

describe('minifyHtmlPieces: text shown as written', () => {
  it('leaves the inside of <pre> and <textarea> alone', () => {
    const pieces = ['<div>\n  <pre>\n  <code>x</code>\n  </pre>\n  <textarea>\n  <p>\n</textarea>\n</div>'];
    expect(minifyHtmlPieces(pieces)).toEqual([
      '<div><pre>\n  <code>x</code>\n  </pre>\n  <textarea>\n  <p>\n</textarea></div>',
    ]);
  });

  it('keeps a no-break space, and whitespace after a comment', () => {
    expect(minifyHtmlPieces(['<span>\n\u00a0<span>a</span></span>'])).toEqual([
      '<span>\n\u00a0<span>a</span></span>',
    ]);
    expect(minifyHtmlPieces(['<div>\n\u00a0\n<span>a</span></div>'])).toEqual([
      '<div>\u00a0\n<span>a</span></div>',
    ]);
    expect(minifyHtmlPieces(['<span>a</span><!-- <div> -->\n  <span>b</span>'])).toEqual([
      '<span>a</span><!-- <div> -->\n  <span>b</span>',
    ]);
  });
});
