/**
 * Windows High Contrast (forced colours, emulated in Chromium), Black and White, for every kind
 * in every theme (`light`, `dark`, `auto`): what a reader gets is read back from the page, not
 * from the settings — the tooltip's text against its backplate by computed colours, the canvas
 * pixels of two parts (their textures or dashes, not only their colours), the legend's swatch
 * against the canvas, and the focus indicator (WCAG 1.4.1, 1.4.3, 1.4.11, 2.4.7).
 */
import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia, executeServerCommand } from '@web/test-runner-commands';
import type { TemplateResult } from 'lit';
import '../../src/all.js';
import type { FoiChart } from '../../src/base/foi-chart.js';
import { contrastRatio, parseColor } from '../../src/core/palette.js';
import { nextFrame, shadow } from '../elements/helpers.js';
import { orSkip, quietly } from '../support/commands.js';

/** High Contrast Black is forced colours with a dark scheme, White with a light one (test/plugins/browser-commands.mjs). */
const forcedColors = (active: boolean, scheme?: 'dark' | 'light') => executeServerCommand('foi-forced-colors', { active, scheme });

const THEMES = ['light', 'dark', 'auto'] as const;
type Theme = (typeof THEMES)[number];
const KINDS: Record<string, (theme: Theme) => TemplateResult> = {
  bar: (theme) => html`<foi-bar-chart eager theme=${theme} unit="case|cases" values="Facebook: 261; Snapchat: 123; Instagram: 51"></foi-bar-chart>`,
  donut: (theme) => html`<foi-donut-chart eager theme=${theme} unit="case|cases" values="Closed: 40; Charged: 35; Other: 25"></foi-donut-chart>`,
  column: (theme) =>
    html`<foi-column-chart eager theme=${theme} unit="case|cases" values="Year: Facebook, Snapchat; 2016: 30, 40; 2017: 50, 45; 2018: 60, 55"></foi-column-chart>`,
  // Flat lines off the gridlines (ticks every 5), so a row of pixels follows each line's dashes.
  line: (theme) =>
    html`<foi-line-chart eager theme=${theme} unit="report|reports" values="Year: Facebook, Snapchat; 2015: 12, 22; 2016: 12, 22; 2017: 12, 22; 2018: 12, 22"></foi-line-chart>`,
};

/**
 * A CSS colour as `#rrggbb`, so computed and drawn colours compare. Alpha is left out: Chromium's
 * emulated palette gives Highlight an alpha of 0.8, and canvas pixels carry theirs apart.
 */
function norm(color: string): string {
  const ctx = document.createElement('canvas').getContext('2d')!;
  ctx.fillStyle = '#000';
  ctx.fillStyle = color;
  const rgb = parseColor(ctx.fillStyle);
  return rgb ? '#' + rgb.map((c) => Math.round(c).toString(16).padStart(2, '0')).join('') : ctx.fillStyle;
}

/** The same colour, give or take the rounding of a translucent colour stored in canvas pixels. */
function near(a: string, b: string): boolean {
  const [x, y] = [parseColor(norm(a)), parseColor(norm(b))];
  return !!x && !!y && x.every((c, i) => Math.abs(c - y[i]!) <= 2);
}

/** A system colour as the page computes it now. */
function system(name: string): string {
  const probe = document.createElement('span');
  probe.style.color = name;
  document.body.append(probe);
  const color = getComputedStyle(probe).color;
  probe.remove();
  return color;
}

async function chartIn(template: TemplateResult): Promise<FoiChart> {
  const wrapper = await fixture<HTMLElement>(html`<div style="width: 640px">${template}</div>`);
  const el = wrapper.firstElementChild as FoiChart;
  await el.rendered;
  for (let i = 0; i < 3; i++) await nextFrame();
  await el.updateComplete;
  await el.rendered;
  return el;
}

type Pixels = { data: Uint8ClampedArray; width: number };
const hex = (p: Pixels, i: number) => '#' + [0, 1, 2].map((k) => p.data[i * 4 + k]!.toString(16).padStart(2, '0')).join('');

/** The pixels of a square of the canvas, `size` CSS px from (x, y) CSS px, in device pixels. */
function square(el: FoiChart, x: number, y: number, size: number): Pixels {
  const chart = el.chart!;
  const ratio = chart.currentDevicePixelRatio;
  const side = Math.round(size * ratio);
  const image = chart.canvas.getContext('2d')!.getImageData(Math.round(x * ratio), Math.round(y * ratio), side, side);
  return { data: image.data, width: side };
}

/**
 * A part's look inside a square of it: its fill (the commonest colour) and its mark (which pixels
 * are not the fill). Squares start on the textures' 10 px grid, so equal textures give equal marks.
 */
function look(p: Pixels): { fill: string; mark: string } {
  const colors = Array.from({ length: p.data.length / 4 }, (_, i) => hex(p, i));
  const counts = new Map<string, number>();
  for (const c of colors) counts.set(c, (counts.get(c) ?? 0) + 1);
  const fill = [...counts].sort((a, b) => b[1] - a[1])[0]![0];
  return { fill, mark: colors.map((c) => (c === fill ? '.' : '#')).join('') };
}

/** A 10 px square well inside part `i` (a bar, a column, or the middle of an arc), on the 10 px grid. */
function partSquare(el: FoiChart, i: number, datasetIndex = 0): Pixels {
  const element = el.chart!.getDatasetMeta(datasetIndex).data[i]!;
  const p = element.getProps(['x', 'y', 'base', 'startAngle', 'endAngle', 'innerRadius', 'outerRadius'], true) as unknown as Record<string, number>;
  let cx: number;
  let cy: number;
  if (p.outerRadius !== undefined && p.startAngle !== undefined) {
    const angle = (p.startAngle + p.endAngle!) / 2;
    const r = (p.innerRadius! + p.outerRadius) / 2;
    [cx, cy] = [p.x! + Math.cos(angle) * r, p.y! + Math.sin(angle) * r];
  } else {
    // Bars and columns: halfway between the base and the end.
    const horizontal = (el.chart!.options as { indexAxis?: string }).indexAxis === 'y';
    [cx, cy] = horizontal ? [(p.x! + p.base!) / 2, p.y!] : [p.x!, (p.y! + p.base!) / 2];
  }
  return square(el, Math.floor(cx / 10) * 10 - 10, Math.floor(cy / 10) * 10 - 10, 20);
}

/** A line's dashes: along the row of pixels it is drawn on, between its first and last point, which are ink. */
function dashes(el: FoiChart, datasetIndex: number): { ink: string; mark: string } {
  const points = el.chart!.getDatasetMeta(datasetIndex).data.map((pt) => pt.getProps(['x', 'y'], true) as unknown as { x: number; y: number });
  const ratio = el.chart!.currentDevicePixelRatio;
  const y = Math.round(points[0]!.y * ratio);
  const from = Math.round((points[0]!.x + 12) * ratio);
  const to = Math.round((points.at(-1)!.x - 12) * ratio);
  const row = el.chart!.canvas.getContext('2d')!.getImageData(from, y, to - from, 1).data;
  const opaque = (i: number) => row[i * 4 + 3]! > 200;
  let mark = '';
  const inks = new Map<string, number>();
  for (let i = 0; i < to - from; i++) {
    mark += opaque(i) ? '#' : '.';
    if (opaque(i)) {
      const c = hex({ data: row, width: 0 }, i);
      inks.set(c, (inks.get(c) ?? 0) + 1);
    }
  }
  const ink = [...inks].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 'none';
  return { ink, mark };
}

for (const [scheme, name] of [
  ['dark', 'High Contrast Black'],
  ['light', 'High Contrast White'],
] as const) {
  describe(`forced colours, ${name}: every kind in every theme`, () => {
    before(async function () {
      await orSkip(this, () => emulateMedia({ colorScheme: scheme }));
      await orSkip(this, () => forcedColors(true, scheme));
      if (!matchMedia('(forced-colors: active)').matches) this.skip();
    });
    after(async () => {
      await quietly(() => forcedColors(false));
      await quietly(() => emulateMedia({ colorScheme: 'light' }));
    });

    for (const theme of THEMES) {
      for (const [kind, template] of Object.entries(KINDS)) {
        it(`${kind}, theme="${theme}": tooltip readable, parts told apart by pattern, legend as drawn, focus visible`, async () => {
          const el = await chartIn(template(theme));
          const canvasColor = system('Canvas');
          const systemColors = ['Canvas', 'CanvasText', 'GrayText', 'Highlight', 'HighlightText', 'LinkText'].map(system);
          const isSystem = (color: string) => systemColors.some((c) => near(c, color));

          // The figure itself: system colours only.
          expect(norm(getComputedStyle(el).backgroundColor), 'background').to.equal(norm(canvasColor));

          // The tooltip: its text against the backplate forced colours paint behind text (Canvas) and against its own box.
          const part = shadow(el).querySelector<HTMLElement>('.part[data-index="0"]')!;
          part.focus();
          await el.updateComplete;
          const tooltip = shadow(el).querySelector<HTMLElement>('.tooltip')!;
          expect(tooltip, 'a tooltip on focus').to.exist;
          const tipStyle = getComputedStyle(tooltip.querySelector('strong')!);
          expect(contrastRatio(tipStyle.color, canvasColor), `tooltip text ${tipStyle.color} on its backplate ${canvasColor}`).to.be.at.least(4.5);
          expect(contrastRatio(tipStyle.color, getComputedStyle(tooltip).backgroundColor), 'tooltip text on its box').to.be.at.least(4.5);

          // The focus indicator: a ring in a system colour that stands out from the background.
          const focus = el.chart!.config.type === 'doughnut' ? norm(String((el.chart!.data.datasets[0] as { hoverBorderColor?: string }).hoverBorderColor)) : norm(getComputedStyle(part).outlineColor);
          expect(isSystem(focus), `focus ${focus} is a system colour`).to.equal(true);
          expect(contrastRatio(focus, canvasColor), 'focus against the background').to.be.at.least(3);
          part.blur();
          await el.updateComplete;
          await nextFrame();

          if (kind === 'line') {
            const [a, b] = [dashes(el, 0), dashes(el, 1)];
            expect(a.mark, 'the two lines have different dashes').to.not.equal(b.mark);
            // The legend draws each line in the colour and dash the canvas does.
            const legend = Array.from(shadow(el).querySelectorAll<SVGLineElement>('.series-legend .line-swatch line'), (l) => getComputedStyle(l));
            legend.forEach((s, i) => expect(near(s.stroke, [a, b][i]!.ink), `legend line ${i + 1}: ${s.stroke} as drawn (${[a, b][i]!.ink})`).to.equal(true));
            expect(legend[0]!.strokeDasharray).to.not.equal(legend[1]!.strokeDasharray);
            for (const s of legend) expect(isSystem(s.stroke), `legend stroke ${s.stroke}`).to.equal(true);
            return;
          }

          const [first, second] = kind === 'column' ? [look(partSquare(el, 1, 0)), look(partSquare(el, 1, 1))] : [look(partSquare(el, 0)), look(partSquare(el, 1))];
          // Told apart by pattern: mapped to "fill or not", the two squares still differ.
          expect(first.mark, 'two parts differ in texture, not only in colour').to.not.equal(second.mark);
          for (const { fill } of [first, second]) expect(isSystem(fill), `fill ${fill} is a system colour`).to.equal(true);

          // The legend's swatches are the canvas's fills.
          const swatches = Array.from(shadow(el).querySelectorAll<HTMLElement>('.legend .swatch'), (s) => norm(getComputedStyle(s).backgroundColor));
          if (kind === 'bar') expect(swatches).to.deep.equal([]);
          else [first, second].forEach(({ fill }, i) => expect(near(swatches[i]!, fill), `swatch ${i + 1}: ${swatches[i]} as drawn (${fill})`).to.equal(true));
        });
      }
    }
  });
}
