/**
 * What a screen reader says, in reading order, from a chart's rendered figure: one line per
 * thing read ("heading (level 2): …", "image: Facebook: 261 cases. 1 of 8.", text as it comes),
 * in the format of the project's transcripts (test/a11y/transcripts/), which are Chromium's
 * accessibility tree. Walking the figure's DOM by the rules that tree follows (hidden and
 * aria-hidden content skipped, roles and names from the markup, slots followed) keeps this a
 * few hundred bytes; a test holds it to the transcripts in every engine.
 */

const HEADING = /^h([1-6])$/;

/** The lines a reader hears in `root` (a chart's `<figure>`), in order. */
export function transcript(root: Element): string[] {
  const out: string[] = [];
  walk(root, out);
  return out;
}

function walk(node: Node, out: string[]): void {
  if (node.nodeType === Node.TEXT_NODE) {
    const text = squash(node.textContent);
    if (text) out.push(text);
    return;
  }
  if (node.nodeType !== Node.ELEMENT_NODE) return;
  const el = node as Element;
  if (hidden(el)) return;
  const tag = el.localName;
  if (tag === 'slot') {
    const assigned = (el as HTMLSlotElement).assignedNodes({ flatten: true });
    for (const child of assigned.length ? assigned : Array.from(el.childNodes)) walk(child, out);
    return;
  }
  const line = own(el);
  if (line) {
    out.push(line.text);
    if (line.leaf) return;
  }
  for (const child of Array.from(el.childNodes)) walk(child, out);
}

/** The element's own line, and whether its content is its name (then not read again). */
function own(el: Element): { text: string; leaf: boolean } | null {
  const tag = el.localName;
  const role = el.getAttribute('role');
  const level = HEADING.exec(tag)?.[1];
  if (level) return { text: `heading (level ${level}): ${squash(el.textContent)}`, leaf: true };
  if (role === 'img') return { text: `image: ${squash(el.getAttribute('aria-label'))}`, leaf: true };
  if (role === 'group' || role === 'region') return { text: `${role}: ${name(el)}`, leaf: false };
  if (tag === 'figure') return { text: `figure${name(el) ? `: ${name(el)}` : ''}`, leaf: false };
  if (tag === 'button') {
    const expanded = el.getAttribute('aria-expanded');
    const pressed = el.getAttribute('aria-pressed');
    const state = expanded ? (expanded === 'true' ? ' (expanded)' : ' (collapsed)') : pressed ? (pressed === 'true' ? ' (pressed)' : ' (not pressed)') : '';
    return { text: `button${state}: ${squash(el.textContent)}`, leaf: true };
  }
  if (tag === 'a' && el.hasAttribute('href')) return { text: `link: ${squash(el.textContent)}`, leaf: true };
  if (tag === 'table') {
    const caption = (el as HTMLTableElement).caption;
    return { text: `table${caption ? `: ${squash(caption.textContent)}` : ''}`, leaf: false };
  }
  if (tag === 'caption') return { text: '', leaf: true };
  if (tag === 'th') return { text: `${el.getAttribute('scope') === 'row' ? 'rowheader' : 'columnheader'}: ${squash(el.textContent)}`, leaf: true };
  if (tag === 'td') return { text: `cell: ${squash(el.textContent)}`, leaf: true };
  return null;
}

/** The accessible name from `aria-label` or `aria-labelledby` (in the element's own tree). */
function name(el: Element): string {
  const label = el.getAttribute('aria-label');
  if (label) return squash(label);
  const ids = el.getAttribute('aria-labelledby');
  if (!ids) return '';
  const root = el.getRootNode() as Document | ShadowRoot;
  return ids
    .split(/\s+/)
    .map((id) => squash(root.getElementById(id)?.textContent))
    .filter(Boolean)
    .join(' ');
}

function hidden(el: Element): boolean {
  if (el.getAttribute('aria-hidden') === 'true' || el.hasAttribute('hidden')) return true;
  const style = getComputedStyle(el);
  return style.display === 'none' || style.visibility === 'hidden';
}

function squash(text: string | null | undefined): string {
  return (text ?? '').replace(/\s+/g, ' ').trim();
}
