/**
 * The picture, through one seam: the element's own "Download image" action (`actions="png"`),
 * whatever that action saves (today the chart with its words; the whole figure with heading and
 * source once the picture work lands), caught as it is saved instead of written to disk, so the
 * builder can copy it or save it. The builder draws nothing of its own.
 */

export interface Picture {
  blob: Blob;
  /** The name the element gives the file (from its heading). */
  name: string;
}

const WAIT_MS = 10_000;

/**
 * Asks a drawn chart element for its picture: clicks its "Download image" control and takes
 * the file it saves. The element must show that control (`actions` with `png`).
 */
export function pictureOf(chart: HTMLElement): Promise<Picture> {
  const root = chart.shadowRoot;
  const button = Array.from(root?.querySelectorAll<HTMLButtonElement>('[part~="actions"] button') ?? []).find((b) => /image/i.test(b.textContent ?? ''));
  if (!root || !button) return Promise.reject(new Error('This chart has no picture to save: it is not drawn.'));
  return new Promise<Picture>((resolve, reject) => {
    const timer = setTimeout(() => finish(new Error('The picture took too long to make.')), WAIT_MS);
    const take = (event: Event) => {
      const link = event.composedPath()[0];
      if (!(link instanceof HTMLAnchorElement) || !link.download) return;
      event.preventDefault();
      const name = link.download;
      fetch(link.href)
        .then((response) => response.blob())
        .then((blob) => finish(null, { blob, name }), () => finish(new Error('The picture could not be made.')));
    };
    const finish = (error: Error | null, picture?: Picture) => {
      clearTimeout(timer);
      root.removeEventListener('click', take, true);
      if (error) reject(error);
      else resolve(picture!);
    };
    root.addEventListener('click', take, true);
    button.click();
  });
}
