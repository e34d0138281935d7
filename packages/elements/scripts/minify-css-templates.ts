/**
 * A build plugin that minifies the static text of Lit `css` tagged templates: comments go, runs of
 * whitespace become one space, and spaces next to `{ } ; , >` and after `:` go (a space after a
 * colon never matters, in a declaration, a selector or a media query).
 * Interpolations (`${…}`) are left alone. Only the script-tag build uses it; the npm package ships the
 * readable source, and a host's bundler minifies it as it likes.
 */
import MagicString from 'magic-string';
import type { Plugin } from 'vite';

/** Minifies one static piece of CSS text (between interpolations). */
export function minifyCssText(text: string): string {
  return text
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/\s*([{};,>])\s*/g, '$1')
    .replace(/:\s+/g, ':')
    .replace(/;}/g, '}');
}

const CSS_TEMPLATE = /\bcss`((?:[^`\\$]|\\[\s\S]|\$(?!\{)|\$\{[^}]*\})*)`/g;

export function minifyCssTemplates(): Plugin {
  return {
    name: 'flywheel:minify-css-templates',
    enforce: 'pre',
    transform(code, id) {
      if (!id.endsWith('.ts') || !code.includes('css`')) return null;
      const out = new MagicString(code);
      for (const { index, 0: template, 1: body = '' } of code.matchAll(CSS_TEMPLATE)) {
        const pieces = body.split(/(\$\{[^}]*\})/);
        const minified = `css\`${pieces
          .map((piece, i) => (i % 2 === 1 ? piece : minifyCssText(piece)))
          .join('')
          .trim()}\``;
        if (minified !== template) out.overwrite(index, index + template.length, minified);
      }
      return out.hasChanged()
        ? { code: out.toString(), map: out.generateMap({ hires: 'boundary', source: id }) }
        : null;
    },
  };
}
