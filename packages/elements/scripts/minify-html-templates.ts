/**
 * A build plugin that drops the indentation in Lit `html` tagged templates where it cannot show: a
 * run of whitespace holding a line break, next to the tag of a block-level element (`div`, `p`, `li`,
 * …), whatever is on its other side (a tag, text, an interpolation). Whitespace there never renders:
 * after a block's start tag or a block it starts a line, before a block's end tag or a block it ends
 * one, and a line's leading and trailing collapsible spaces are removed (no template here sets
 * `white-space: pre*`). Yet each run becomes a text node in every copy of the template (381 of the
 * directory's 2,332 DOM nodes when the plugin came; 123 more of 1,557 once it also handled text and
 * interpolations), cloned and styled as cards come and go. Whitespace between inline
 * elements (`</span> <span>`), or between text or interpolations and inline elements, is kept, as
 * Prettier keeps it. Only the script-tag build uses this; the npm package ships the source.
 */
import MagicString from 'magic-string';
import ts from 'typescript';
import type { Plugin } from 'vite';

/**
 * Elements whitespace beside which never renders: block-level by the user-agent style sheet, and `br`
 * (a line never starts with a space). `pre` is left out: its content keeps every space.
 */
const BLOCK = new Set(
  (
    'address article aside blockquote br caption dd details dialog div dl dt fieldset figcaption figure ' +
    'footer form h1 h2 h3 h4 h5 h6 header hgroup hr legend li main nav ol optgroup option p section ' +
    'summary table tbody td tfoot th thead tr ul'
  ).split(' '),
);
/** Elements whose text is shown as written: nothing inside them is touched. */
const VERBATIM = /<(pre|textarea)\b[\s\S]*?(?:<\/\1\s*>|$)/gi;

/** Where interpolations sat in the joined template text (never part of a whitespace run). */
const HOLE = '\u0000';
/** Spaces, tabs and line breaks only: a no-break space is text. */
const RUN = /[ \t]*\r?\n[ \t\r\n]*/g;

/** The name of the tag that ends just before `end` (`…>`), or undefined. */
function tagBefore(text: string, end: number): string | undefined {
  // Not after a comment (`-->`), whose text may hold a `<` of its own.
  if (text[end - 1] !== '>' || text.endsWith('--', end - 1)) return undefined;
  const open = text.lastIndexOf('<', end - 1);
  return /^<\/?([a-zA-Z][\w-]*)/.exec(text.slice(open, end))?.[1]?.toLowerCase();
}

/** The name of the tag that starts at `start` (`<…`), or undefined. */
function tagAt(text: string, start: number): string | undefined {
  return /^<\/?([a-zA-Z][\w-]*)/.exec(text.slice(start))?.[1]?.toLowerCase();
}

/**
 * Minifies the static pieces of one template (the text between its interpolations): returns the
 * pieces, each without the indentation that cannot show.
 */
export function minifyHtmlPieces(pieces: readonly string[]): string[] {
  const joined = pieces.join(HOLE);
  const verbatim = [...joined.matchAll(VERBATIM)].map(({ index, 0: match }) => [index, index + match.length]);
  const out = joined.replace(RUN, (run: string, offset: number) => {
    if (verbatim.some(([start, end]) => offset >= start! && offset < end!)) return run;
    const before = tagBefore(joined, offset);
    const after = tagAt(joined, offset + run.length);
    return (before !== undefined && BLOCK.has(before)) || (after !== undefined && BLOCK.has(after))
      ? ''
      : run;
  });
  return out.split(HOLE);
}

interface Edit {
  start: number;
  end: number;
  text: string;
}

/** Replacements for the static pieces of every `html` template in one module. */
function templateEdits(code: string, fileName: string): Edit[] {
  const source = ts.createSourceFile(fileName, code, ts.ScriptTarget.Latest, false, ts.ScriptKind.TS);
  const edits: Edit[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isTaggedTemplateExpression(node) && ts.isIdentifier(node.tag) && node.tag.text === 'html') {
      const template = node.template;
      const literals: ts.TemplateLiteralLikeNode[] = ts.isNoSubstitutionTemplateLiteral(template)
        ? [template]
        : [template.head, ...template.templateSpans.map((span) => span.literal)];
      // Each piece's raw text sits between its opening `` ` `` or `}` and its closing `` ` `` or `${`.
      const ranges = literals.map((literal, i) => ({
        start: literal.getStart(source) + 1,
        end: literal.end - (i === literals.length - 1 ? 1 : 2),
      }));
      const raw = ranges.map(({ start, end }) => code.slice(start, end));
      minifyHtmlPieces(raw).forEach((text, i) => {
        if (text !== raw[i]) edits.push({ ...ranges[i]!, text });
      });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return edits;
}

export function minifyHtmlTemplates(): Plugin {
  return {
    name: 'flywheel:minify-html-templates',
    enforce: 'pre',
    transform(code, id) {
      if (!id.endsWith('.ts') || !code.includes('html`')) return null;
      const edits = templateEdits(code, id);
      if (edits.length === 0) return null;
      const out = new MagicString(code);
      for (const { start, end, text } of edits) {
        if (text === '') out.remove(start, end);
        else out.overwrite(start, end, text);
      }
      return { code: out.toString(), map: out.generateMap({ hires: 'boundary', source: id }) };
    },
  };
}
