let context: CanvasRenderingContext2D | null | undefined;

/**
 * Measures text in a CSS font with a detached canvas. The element uses it to size a bar chart
 * before Chart.js has loaded; the drawing code uses it to make room for the value labels.
 */
export function textMeasurer(cssFont: string): (text: string) => number {
  context ??= typeof document === 'undefined' ? null : document.createElement('canvas').getContext('2d');
  if (!context) return (text) => text.length * 8;
  const ctx = context;
  return (text) => {
    ctx.font = cssFont;
    return ctx.measureText(text).width;
  };
}
