import { noChange } from 'lit';
import { Directive, directive, PartType, type ElementPart, type PartInfo } from 'lit/directive.js';

/**
 * Sets inline styles through the CSSOM only. Lit's `styleMap` writes a `style="…"` attribute on
 * first render, which a strict Content-Security-Policy (`style-src 'self'`) blocks; setting
 * `element.style` properties is always allowed.
 */
class CssomStyleDirective extends Directive {
  /** What was set last time: a re-render (hover, focus, a redraw) sets only what changed. */
  #previous = new Map<string, string>();

  constructor(part: PartInfo) {
    super(part);
    if (part.type !== PartType.ELEMENT) throw new Error('cssomStyle() goes in an element position');
  }

  render(_styles: Record<string, string | undefined>) {
    return noChange;
  }

  override update(part: ElementPart, [styles]: [Record<string, string | undefined>]) {
    const style = (part.element as HTMLElement).style;
    const previous = this.#previous;
    for (const name of previous.keys()) if (styles[name] === undefined) style.removeProperty(name);
    this.#previous = new Map();
    for (const [name, value] of Object.entries(styles)) {
      if (value === undefined) continue;
      if (previous.get(name) !== value) style.setProperty(name, value);
      this.#previous.set(name, value);
    }
    return noChange;
  }
}

export const cssomStyle = directive(CssomStyleDirective);
