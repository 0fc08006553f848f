/**
 * URL checks for the two places a page gives the chart a URL: the source link (`source-href`)
 * and the data file (`src`). Both go through the browser's own URL parser, which strips tabs
 * and new lines and leading/trailing control characters exactly as a browser does before
 * following a link, so `java\nscript:` is seen as the `javascript:` it would become.
 */

const SAFE_PROTOCOLS = new Set(['http:', 'https:']);

/**
 * An absolute http(s) URL, or — when `base` is given — a relative one resolved against it.
 *
 * @returns the absolute URL string, or `null` for any other scheme (`javascript:`, `data:`,
 *   `file:` …), empty input or text that is not a URL.
 */
export function safeHref(href: string | null | undefined, base?: string): string | null {
  if (typeof href !== 'string' || href.trim() === '') return null;
  let url: URL;
  try {
    url = base === undefined ? new URL(href) : new URL(href, base);
  } catch {
    return null;
  }
  return SAFE_PROTOCOLS.has(url.protocol) ? url.href : null;
}

/**
 * The source link: absolute http(s) only. A relative link would resolve against whichever
 * page embeds the chart (a partner site), which is rarely what the author meant.
 */
export function safeLinkHref(href: string | null | undefined): string | null {
  return safeHref(href);
}

/**
 * The data file URL: http(s), absolute or relative to `base` (usually `document.baseURI`).
 *
 * @returns the absolute URL to fetch, or `null`.
 */
export function safeFetchUrl(src: string | null | undefined, base: string): string | null {
  return safeHref(src, base);
}
