/**
 * The legend's version of the canvas textures (src/draw/patterns.ts, same order), so a reader
 * who tells parts apart by texture can match each to its legend entry.
 */
export function swatchTexture(index: number, ink: string): string {
  const line = (angle: number) => `repeating-linear-gradient(${angle}deg, ${ink} 0 1.5px, transparent 1.5px 6px)`;
  const textures = [
    'linear-gradient(transparent, transparent)',
    line(-45),
    `radial-gradient(circle, ${ink} 1.5px, transparent 1.8px) 0 0 / 6px 6px`,
    `${line(45)}, ${line(-45)}`,
    line(0),
    line(90),
    line(45),
    `${line(0)}, ${line(90)}`,
  ];
  return textures[index % textures.length]!;
}
