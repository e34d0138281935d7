/**
 * Renders the AST of `parse-markdown.ts` with Lit `html` templates. All content reaches the DOM
 * through text bindings (Lit escapes them); the only attribute bindings are a link's `href`
 * (checked again by `safeUrl()` right here), its `title` and a list's `start`. No `unsafeHTML`,
 * no `innerHTML`.
 *
 * Parts for `::part()` styling: paragraph, heading, list, quote, code (blocks), inline-code, link,
 * rule. Headings render at `level + headingOffset`, clamped to h2..h6, so a description never
 * creates an h1 (default offset 2: `#` becomes h3).
 */
import { html, nothing, type TemplateResult } from 'lit';
import { safeUrl } from '../url-guard.js';
import { parseMarkdown, type MarkdownBlock, type MarkdownInline } from './parse-markdown.js';

export interface RenderMarkdownOptions {
  /** Added to each heading level; the result is clamped to 2..6. Default 2. */
  headingOffset?: number;
}

function inlines(nodes: MarkdownInline[]): unknown[] {
  return nodes.map((node) => {
    switch (node.type) {
      case 'text':
        return node.text;
      case 'softbreak':
        return '\n';
      case 'break':
        return html`<br />`;
      case 'code':
        return html`<code part="inline-code">${node.text}</code>`;
      case 'strong':
        return html`<strong>${inlines(node.children)}</strong>`;
      case 'emphasis':
        return html`<em>${inlines(node.children)}</em>`;
      case 'link': {
        const href = safeUrl(node.href);
        const children = inlines(node.children);
        // prettier-ignore
        return href ? html`<a part="link" href=${href} title=${node.title ?? nothing} rel="noopener noreferrer nofollow ugc" target="_blank">${children}</a>` : children;
      }
    }
  });
}

function heading(level: number, content: unknown): TemplateResult {
  if (level < 3) return html`<h2 part="heading">${content}</h2>`;
  if (level < 4) return html`<h3 part="heading">${content}</h3>`;
  if (level < 5) return html`<h4 part="heading">${content}</h4>`;
  if (level < 6) return html`<h5 part="heading">${content}</h5>`;
  return html`<h6 part="heading">${content}</h6>`;
}

function blocks(nodes: MarkdownBlock[], offset: number, tight = false): unknown[] {
  return nodes.map((node) => {
    switch (node.type) {
      case 'paragraph':
        return tight ? inlines(node.children) : html`<p part="paragraph">${inlines(node.children)}</p>`;
      case 'heading':
        return heading(node.level + offset, inlines(node.children));
      case 'list': {
        const items = node.items.map((item) => html`<li>${blocks(item, offset, node.tight)}</li>`);
        return node.ordered
          ? html`<ol part="list" start=${node.start}>
              ${items}
            </ol>`
          : html`<ul part="list">
              ${items}
            </ul>`;
      }
      case 'blockquote':
        return html`<blockquote part="quote">${blocks(node.children, offset)}</blockquote>`;
      case 'code':
        return html`<pre part="code"><code>${node.text}</code></pre>`;
      case 'thematicBreak':
        return html`<hr part="rule" />`;
    }
  });
}

/** Renders parsed Markdown blocks. */
export function renderMarkdown(nodes: MarkdownBlock[], options: RenderMarkdownOptions = {}): TemplateResult {
  return html`${blocks(nodes, options.headingOffset ?? 2)}`;
}

/** Parses and renders a Markdown description: `${markdown(partner.description)}`. */
export function markdown(source: string | null | undefined, options?: RenderMarkdownOptions): TemplateResult {
  return renderMarkdown(parseMarkdown(source), options);
}
