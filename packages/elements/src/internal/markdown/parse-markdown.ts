/**
 * A small, safe parser for the Markdown subset of partner and listing descriptions (api-v1 §2.1.1:
 * "CommonMark subset (no raw HTML)"). It returns a typed AST; `render-markdown.ts` turns it into Lit
 * templates with text bindings only.
 *
 * Blocks: paragraphs, ATX headings (`#`…`######`), bullet and ordered lists (nested, tight/loose),
 * block quotes (with lazy continuation), fenced code (``` and ~~~), thematic breaks.
 * Inline: strong, emphasis (CommonMark's flanking rules, so snake_case stays text), code spans,
 * links `[text](url "title")`, autolinks `<https://…>`, hard breaks (two spaces or `\` before the
 * newline), soft breaks, backslash escapes.
 * Everything else stays literal text: raw HTML, reference links, setext headings, indented code,
 * tables, strikethrough, entities, bare URLs. Images are not loaded: `![alt](url)` reads as `!`
 * and a link. Links whose URL is not absolute http(s) keep only their label. Tabs count as four
 * spaces (also inside code).
 *
 * Hostile input: only the first MAX_INPUT characters are read, block and inline nesting are capped,
 * no regular expression can backtrack super-linearly, and delimiter, bracket and code-span matching
 * are amortized linear (CommonMark's "openers bottom", a bracket stack, a code-span memo).
 */
import { safeUrl } from '../url-guard.js';

export type HeadingLevel = 1 | 2 | 3 | 4 | 5 | 6;

export type MarkdownInline =
  | { type: 'text'; text: string }
  | { type: 'code'; text: string }
  | { type: 'strong'; children: MarkdownInline[] }
  | { type: 'emphasis'; children: MarkdownInline[] }
  /** `href` has passed `safeUrl()` (absolute http/https, normalized). */
  | { type: 'link'; href: string; title?: string; children: MarkdownInline[] }
  | { type: 'break' }
  | { type: 'softbreak' };

export type MarkdownBlock =
  | { type: 'paragraph'; children: MarkdownInline[] }
  | { type: 'heading'; level: HeadingLevel; children: MarkdownInline[] }
  /**
   * `start`: number of the first item (1 for bullet lists). `tight`: no blank lines between or
   * inside items (render their paragraphs without <p>).
   */
  | { type: 'list'; ordered: boolean; start: number; tight: boolean; items: MarkdownBlock[][] }
  | { type: 'blockquote'; children: MarkdownBlock[] }
  | { type: 'code'; text: string }
  | { type: 'thematicBreak' };

/** Characters read; the rest is ignored (descriptions are ≤ 10,000 characters by contract). */
export const MAX_INPUT = 20_000;
/** Nesting of block quotes and lists; deeper markers stay text. */
export const MAX_BLOCK_DEPTH = 8;
/** Nesting of strong/emphasis/link; deeper ones keep their content without the wrapper. */
export const MAX_INLINE_DEPTH = 8;

const FENCE = /^ {0,3}(`{3,}|~{3,})(.*)/;
const HEADING = /^ {0,3}(#{1,6})(?:[ \t]|$)/;
const RULE = /^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$/;
const QUOTE = /^ {0,3}> ?/;
const LIST = /^ {0,3}([-+*]|(\d{1,9})[.)])(?: +|$)/;
/** Starts a block that ends a paragraph (ordered lists only when they start at 1); with RULE. */
const INTERRUPT = /^ {0,3}(?:`{3}|~{3}|#{1,6}(?:[ \t]|$)|>|[-+*] +\S|0*1[.)] +\S)/;
const ESCAPABLE = /[!-/:-@[-`{-~]/;
const PUNCTUATION = /[\p{P}\p{S}]/u;
const AUTOLINK = /<([a-z][a-z\d+.-]{1,31}:[^\s<>]*)>/iy;
/**
 * `(destination "title")` after `]`; one level of balanced parentheses in the destination. The
 * destination is not optional, so the leading `\s*` cannot backtrack into the title's `\s+`.
 */
const LINK_TAIL = /\(\s*((?:[^\s()\\]|\\.|\((?:[^\s()\\]|\\.)*\))+)(?:\s+"((?:[^"\\]|\\.)*)")?\s*\)/y;

export function parseMarkdown(source: string | null | undefined): MarkdownBlock[] {
  return blocks(
    (source ?? '')
      .slice(0, MAX_INPUT)
      .replace(/\t/g, '    ')
      .split(/\r\n?|\n/),
    0,
  );
}

const blank = (line: string | undefined): boolean => !line?.trim();
const interrupts = (line: string): boolean => INTERRUPT.test(line) || RULE.test(line);
/** A paragraph's lazy continuation line inside a quote or list item. */
const lazy = (line: string, previous: string | undefined): boolean =>
  !blank(line) && !blank(previous) && !interrupts(line);

function blocks(lines: string[], depth: number): MarkdownBlock[] {
  const out: MarkdownBlock[] = [];
  const nest = depth < MAX_BLOCK_DEPTH;
  let i = 0;
  while (i < lines.length) {
    const line = lines[i]!;
    let m = FENCE.exec(line);
    if (blank(line)) {
      i++;
    } else if (m && !(m[1]!.startsWith('`') && m[2]!.includes('`'))) {
      const fence = m[1]!;
      const indent = line.indexOf(fence);
      // At least as many of the same character (` and ~ are not special in a RegExp).
      const close = new RegExp(`^ {0,3}${fence}${fence[0]!}*[ \t]*$`);
      const code: string[] = [];
      while (++i < lines.length && !close.test(lines[i]!)) {
        code.push(lines[i]!.slice(Math.min(indent, lines[i]!.search(/\S|$/))));
      }
      i++;
      out.push({ type: 'code', text: code.join('\n') });
    } else if ((m = HEADING.exec(line))) {
      // An optional closing sequence (`# Title ##`, but not `# C#`).
      const text = line
        .slice(m[0].length)
        .replace(/(^|[ \t])#+[ \t]*$/, '')
        .trim();
      out.push({ type: 'heading', level: m[1]!.length as HeadingLevel, children: inline(text) });
      i++;
    } else if (RULE.test(line)) {
      out.push({ type: 'thematicBreak' });
      i++;
    } else if (nest && QUOTE.test(line)) {
      const quoted: string[] = [];
      for (; i < lines.length; i++) {
        const l = lines[i]!;
        const q = QUOTE.exec(l);
        if (q) quoted.push(l.slice(q[0].length));
        else if (lazy(l, quoted.at(-1))) quoted.push(l);
        else break;
      }
      out.push({ type: 'blockquote', children: blocks(quoted, depth + 1) });
    } else if (nest && (m = LIST.exec(line))) {
      const kind = m[1]!.slice(-1);
      const ordered = !!m[2];
      const start = +(m[2] ?? 1);
      const items: MarkdownBlock[][] = [];
      let tight = true;
      for (;;) {
        const width = m[0].length;
        const body = [lines[i]!.slice(width)];
        for (i++; i < lines.length; i++) {
          const l = lines[i]!;
          if (blank(l) || l.search(/\S/) >= width) body.push(l.slice(width));
          else if (!LIST.test(l) && lazy(l, body.at(-1))) body.push(l);
          else break;
        }
        let blankAfter = false;
        while (body.length && blank(body.at(-1))) {
          body.pop();
          blankAfter = true;
        }
        if (body.some(blank)) tight = false;
        items.push(blocks(body, depth + 1));
        const next = lines[i] ?? '';
        m = RULE.test(next) ? null : LIST.exec(next);
        if (!m || !m[1]!.endsWith(kind)) break;
        if (blankAfter) tight = false;
      }
      out.push({ type: 'list', ordered, start, tight, items });
    } else {
      const paragraph = [line];
      while (++i < lines.length && !blank(lines[i]) && !interrupts(lines[i]!)) paragraph.push(lines[i]!);
      const text = paragraph.map((l) => l.trimStart()).join('\n');
      out.push({ type: 'paragraph', children: inline(text.trimEnd()) });
    }
  }
  return out;
}

/**
 * Tokens of the inline pass. A run of `*`/`_` is a text token that still may open (`o`) or close
 * (`c`) emphasis, `l` being the length of the original run; whatever is left of it stays text.
 */
type Token = MarkdownInline & { o?: boolean; c?: boolean; l?: number };

/** Nesting depth of the container nodes made by `wrap()`. */
const depths = new WeakMap<MarkdownInline, number>();

/** `[make(children)]`, unless that would nest too deep: then the children alone. */
function wrap(
  children: MarkdownInline[],
  make: (children: MarkdownInline[]) => MarkdownInline,
): MarkdownInline[] {
  const depth = children.reduce((max, child) => Math.max(max, depths.get(child) ?? 0), 0) + 1;
  if (depth > MAX_INLINE_DEPTH) return children;
  const node = make(children);
  depths.set(node, depth);
  return [node];
}

/** Turns tokens into nodes: fresh text nodes, adjacent texts merged, empty ones dropped. */
function finish(tokens: Token[]): MarkdownInline[] {
  const out: MarkdownInline[] = [];
  for (const token of tokens) {
    const last = out.at(-1);
    if (token.type !== 'text') out.push(token);
    else if (last?.type === 'text') last.text += token.text;
    else if (token.text) out.push({ type: 'text', text: token.text });
  }
  return out;
}

const OTHER = 0;
const PUNCT = 1;
const SPACE = 2;
/** Whitespace (also the start or end of the text), punctuation, or other. */
const charClass = (c: string | undefined): number =>
  c === undefined || /\s/.test(c) ? SPACE : PUNCTUATION.test(c) ? PUNCT : OTHER;

const runLength = (s: string, i: number): number => {
  let j = i;
  while (s[j] === s[i]) j++;
  return j - i;
};

const unescape = (s: string): string => s.replace(/\\([!-/:-@[-`{-~])/g, '$1');

const sticky = (re: RegExp, s: string, i: number): RegExpExecArray | null => {
  re.lastIndex = i;
  return re.exec(s);
};

function inline(s: string): MarkdownInline[] {
  const tokens: Token[] = [];
  /** Token indexes of open `[`. */
  const brackets: number[] = [];
  /** Lengths of backtick runs known to have no closing run after the current position. */
  const unclosed = new Set<number>();
  let text = '';
  const push = (...nodes: Token[]): void => {
    tokens.push({ type: 'text', text }, ...nodes);
    text = '';
  };
  let i = 0;
  while (i < s.length) {
    const ch = s[i]!;
    const next = s[i + 1] ?? '';
    let m: RegExpExecArray | null;
    let n = 1;
    if (ch === '\n' || (ch === '\\' && next === '\n')) {
      const hard = ch === '\\' || text.endsWith('  ');
      text = text.trimEnd();
      push({ type: hard ? 'break' : 'softbreak' });
      n = ch === '\n' ? 1 : 2;
    } else if (ch === '\\' && ESCAPABLE.test(next)) {
      text += next;
      n = 2;
    } else if (ch === '`') {
      n = runLength(s, i);
      let close = unclosed.has(n) ? -1 : s.indexOf('`', i + n);
      while (close >= 0 && runLength(s, close) !== n) close = s.indexOf('`', close + runLength(s, close));
      if (close < 0) {
        unclosed.add(n);
        text += s.slice(i, i + n);
      } else {
        let code = s.slice(i + n, close).replace(/\n/g, ' ');
        if (code.startsWith(' ') && code.endsWith(' ') && code.trim()) code = code.slice(1, -1);
        push({ type: 'code', text: code });
        n += close - i;
      }
    } else if (ch === '*' || ch === '_') {
      n = runLength(s, i);
      // CommonMark's left/right-flanking rules on the characters around the run.
      const before = charClass(s[i - 1]);
      const after = charClass(s[i + n]);
      const left = after !== SPACE && (after !== PUNCT || before !== OTHER);
      const right = before !== SPACE && (before !== PUNCT || after !== OTHER);
      const underscore = ch === '_';
      push({
        type: 'text',
        text: s.slice(i, i + n),
        l: n,
        // `_` inside a word (snake_case) neither opens nor closes.
        o: left && (!underscore || !right || before === PUNCT),
        c: right && (!underscore || !left || after === PUNCT),
      });
    } else if (ch === '[') {
      push();
      brackets.push(tokens.length);
      text = ch;
      push();
    } else if (ch === ']' && brackets.length && (m = sticky(LINK_TAIL, s, i + 1))) {
      const at = brackets.pop()!;
      push();
      const children = emphasis(tokens.splice(at + 1));
      tokens.pop(); // the `[`
      brackets.length = 0; // links do not nest: earlier `[` stay text
      const href = safeUrl(unescape(m[1]!));
      const title = m[2] === undefined ? undefined : unescape(m[2]);
      tokens.push(...(href ? wrap(children, (c) => ({ type: 'link', href, title, children: c })) : children));
      n += m[0].length;
    } else if (ch === ']') {
      brackets.pop();
      text += ch;
    } else if (ch === '<' && (m = sticky(AUTOLINK, s, i))) {
      const href = safeUrl(m[1]);
      const label: MarkdownInline = { type: 'text', text: m[1]! };
      push(...(href ? wrap([label], (c) => ({ type: 'link', href, children: c })) : [label]));
      n = m[0].length;
    } else {
      text += ch;
    }
    i += n;
  }
  push();
  return emphasis(tokens);
}

/**
 * CommonMark's "process emphasis": pairs each closer with the nearest suitable opener to its left
 * and wraps what lies between into strong/emphasis. Tokens stream onto `out`, so a match only ever
 * splices the end of it (no shifting of the rest); `openersBottom` (keyed by character, run length
 * mod 3 and whether the closer can open) keeps failed searches from rescanning. Linear overall.
 */
function emphasis(tokens: Token[]): MarkdownInline[] {
  const out: Token[] = [];
  const openersBottom: Record<string, number> = {};
  for (const closer of tokens) {
    while (closer.type === 'text' && closer.c && closer.text) {
      const char = closer.text[0];
      const length = closer.l!;
      const key = `${char}${length % 3}${closer.o}`;
      const limit = openersBottom[key] ?? 0;
      let j = out.length - 1;
      for (; j >= limit; j--) {
        const o = out[j]!;
        if (
          o.type === 'text' &&
          o.o &&
          o.text[0] === char &&
          // The "rule of 3": a run that can both open and close pairs only if the lengths allow.
          !((o.c || closer.o) && length % 3 && !((o.l! + length) % 3))
        ) {
          break;
        }
      }
      const opener = out[j];
      if (j < limit || opener?.type !== 'text') {
        openersBottom[key] = out.length;
        break;
      }
      const use = opener.text.length > 1 && closer.text.length > 1 ? 2 : 1;
      opener.text = opener.text.slice(use);
      closer.text = closer.text.slice(use);
      out.push(
        ...wrap(finish(out.splice(j + 1)), (children) => ({
          type: use > 1 ? 'strong' : 'emphasis',
          children,
        })),
      );
      for (const k in openersBottom) openersBottom[k] = Math.min(openersBottom[k]!, j + 1);
    }
    out.push(closer);
  }
  return finish(out);
}
