/**
 * Registers a tag once. Pages load the embed twice more often than one would think (a theme and
 * a plugin each add it); the second copy must neither throw nor redefine, and the page's author
 * gets one warning, not one per tag.
 */
const WARNED = Symbol.for('foi-charts.warned-duplicate');

export function defineElement(tag: string, ctor: CustomElementConstructor): void {
  const registry = globalThis.customElements;
  if (!registry) return;
  const existing = registry.get(tag);
  if (existing) {
    if (existing !== ctor) warnDuplicate(tag);
    return;
  }
  try {
    registry.define(tag, ctor);
  } catch (error) {
    // Only the "already defined" race is expected; anything else is a real bug.
    if (error instanceof DOMException && error.name === 'NotSupportedError') warnDuplicate(tag);
    else throw error;
  }
}

function warnDuplicate(tag: string): void {
  const flags = globalThis as unknown as Record<symbol, boolean>;
  if (flags[WARNED]) return;
  flags[WARNED] = true;
  console.warn(
    `foi-charts: <${tag}> is already defined, so this copy of the script is not used. ` +
      'Load foi-charts once per page.',
  );
}
