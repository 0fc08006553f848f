/**
 * Placeholders for CMSs that strip unknown tags: stock WordPress keeps
 * `<div data-foi-chart="offence-platform-bar" data-values="…">` for authors but removes
 * `<offence-platform-bar>` outright. Each placeholder becomes the element it names, with the
 * same attributes and children (a wrapped `<table>` stays the no-JavaScript fallback).
 */
import { foiChartTags } from './tags.js';

const SELECTOR = '[data-foi-chart]';
const TAGS = new Set(foiChartTags);

/** Replaces one placeholder with its element; returns the element, or null if it names none. */
export function upgradePlaceholder(placeholder: Element): Element | null {
  const tag = (placeholder.getAttribute('data-foi-chart') ?? '').trim().toLowerCase();
  if (!TAGS.has(tag) || !placeholder.parentNode) return null;
  const element = placeholder.ownerDocument.createElement(tag);
  for (const { name, value } of Array.from(placeholder.attributes)) {
    if (name === 'data-foi-chart') continue;
    element.setAttribute(name, value);
  }
  element.append(...Array.from(placeholder.childNodes));
  placeholder.replaceWith(element);
  return element;
}

export function upgradeAll(root: ParentNode): void {
  for (const placeholder of Array.from(root.querySelectorAll(SELECTOR))) upgradePlaceholder(placeholder);
}

const watched = new WeakSet<Document>();

/**
 * Upgrades the placeholders already in the document, and those added later (infinite scroll,
 * client-side CMS previews). The observer only looks at added elements, so a page that never
 * adds a placeholder pays one cheap attribute check per added element.
 */
export function watchPlaceholders(doc: Document): void {
  if (watched.has(doc)) return;
  watched.add(doc);
  const start = () => {
    upgradeAll(doc);
    new MutationObserver((records) => {
      for (const record of records) {
        for (const node of Array.from(record.addedNodes)) {
          if (node.nodeType !== 1) continue;
          const element = node as Element;
          if (element.matches(SELECTOR)) upgradePlaceholder(element);
          else if (element.firstElementChild) upgradeAll(element);
        }
      }
    }).observe(doc.documentElement, { childList: true, subtree: true });
  };
  if (doc.readyState === 'loading') doc.addEventListener('DOMContentLoaded', start, { once: true });
  else start();
}
