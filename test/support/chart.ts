/** What a reader sees of a chart element, for every test folder. */

export const shadow = (el: Element) => el.shadowRoot!;

/** Whitespace runs as one space, trimmed: text as a reader sees it. */
export const flat = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();

/** The loading/empty/error message as a reader sees it. */
export function messageText(el: Element): string {
  return flat(shadow(el).querySelector('[part~="message"]')?.textContent);
}

/** The data table's body rows as [label, value, share] cell texts. */
export function tableRows(el: Element): string[][] {
  return Array.from(shadow(el).querySelectorAll('table tbody tr')).map((tr) =>
    Array.from(tr.children).map((cell) => (cell.textContent ?? '').trim()),
  );
}

export const nextFrame = () => new Promise((r) => requestAnimationFrame(() => r(undefined)));
