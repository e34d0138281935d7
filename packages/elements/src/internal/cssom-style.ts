import { noChange } from 'lit';
import { Directive, directive, PartType, type ElementPart, type PartInfo } from 'lit/directive.js';

/**
 * Sets inline styles through CSSOM (`element.style.setProperty`) on every render, the first one
 * included. Lit's `styleMap` writes a `style` attribute on first render, which a strict CSP without
 * `'unsafe-inline'` for styles blocks; CSSOM writes are always allowed. Use as an element binding:
 * `<div ${cssomStyle({ height: '10px' })}>`.
 */
class CssomStyleDirective extends Directive {
  constructor(part: PartInfo) {
    super(part);
    if (part.type !== PartType.ELEMENT) throw new Error('cssomStyle() must be used as an element binding.');
  }

  render(_styles: Readonly<Record<string, string>>): typeof noChange {
    return noChange;
  }

  override update(part: ElementPart, [styles]: [Readonly<Record<string, string>>]): typeof noChange {
    const style = (part.element as HTMLElement).style;
    for (const [name, value] of Object.entries(styles)) {
      if (style.getPropertyValue(name) !== value) style.setProperty(name, value);
    }
    return noChange;
  }
}

export const cssomStyle = directive(CssomStyleDirective);
