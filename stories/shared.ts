/**
 * Shared by every *.stories.ts file: the controls for each attribute of DESIGN.md and one
 * render function that prints a foi-charts tag with them. Not a stories file itself.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { html as staticHtml, unsafeStatic } from 'lit/static-html.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { ArgTypes } from '@storybook/web-components-vite';
import type { SeriesInput } from '../src/base/chart-properties.js';
import type { FoiChartAttributes } from '../src/frameworks.js';
import { outcomes, platforms } from '../src/presets/lancashire-foi-2017.js';

export type ChartTag =
  | 'foi-bar-chart'
  | 'foi-donut-chart'
  | 'foi-column-chart'
  | 'foi-line-chart'
  | 'offence-platform-bar'
  | 'case-outcome-donut'
  | 'offence-type-bar';

export type { SeriesInput };

export interface Datum {
  label: string;
  value: number;
}

/**
 * Story args: one per attribute, named exactly as the attribute (`source-href`…), from the same
 * list the framework types use (so a new attribute is one edit), each as its control gives it:
 * text, or a boolean; plus the `data` property.
 */
export type ChartArgs = {
  [Name in Exclude<keyof FoiChartAttributes, 'actions'>]?: NonNullable<FoiChartAttributes[Name]> extends boolean ? boolean : string;
} & {
  /** A check control gives a list; printed space-separated. */
  actions?: string[] | string;
  /** The `data` property, set from script: `[{label, value}]`, or `{labels, series}` for column and line charts. */
  data?: Datum[] | SeriesInput | null;
};

const text = (description: string, category: string) => ({
  control: 'text' as const,
  description,
  table: { category },
});
const select = (options: string[], description: string, category: string) => ({
  control: 'select' as const,
  options,
  description,
  table: { category },
});
const bool = (description: string, category: string) => ({
  control: 'boolean' as const,
  description,
  table: { category },
});

/** Controls for every attribute in DESIGN.md. */
export const chartArgTypes: Partial<ArgTypes<ChartArgs>> = {
  values: text('Inline data: `Facebook: 261; Snapchat: 123`, or JSON (`[{"label":"Facebook","value":261}]`, `[["Facebook",261]]`, `{"Facebook":261}`).', 'Data'),
  src: text('URL of a CSV or JSON file (http(s) or relative). Files in stories/assets are served at `data/…`.', 'Data'),
  'label-column': text('With a CSV `src`: header of the label column.', 'Data'),
  'value-column': text('With a CSV `src`: header of the value column.', 'Data'),
  'value-columns': text('Column and line charts, with a CSV or JSON `src`: the columns (keys) that are series, comma-separated: `Facebook, Snapchat`. Default: every number column after the labels.', 'Data'),
  data: {
    control: 'object',
    description:
      'The `data` property, set from script with `.data=${…}`: `[{label, value}]`, or for column and line charts `{labels: […], series: [{name, values: […]}]}` (`null` is a gap). Wins over every attribute.',
    table: { category: 'Data' },
  },
  heading: text('The chart’s title (not `title`, which would make a browser tooltip).', 'Wording'),
  'heading-level': select(['1', '2', '3', '4', '5', '6', 'none'], 'The heading element the title is (default `2`), or `none` for a plain caption.', 'Wording'),
  subtitle: text('One line under the heading.', 'Wording'),
  source: text('The source line.', 'Wording'),
  'source-href': text('Link for the source line; used only if http(s).', 'Wording'),
  note: text('Footnote.', 'Wording'),
  summary: text('Replaces the generated plain-language summary.', 'Wording'),
  takeaway: select(['visible', 'hidden'], 'The takeaway (the sentence that says what the chart shows): `visible` under the subtitle (default), or `hidden`, for screen readers only.', 'Wording'),
  total: text('Denominator for shares (e.g. 521 cases when categories overlap), or `sum`. Donuts default to the sum; bars show no shares without it (or a total row in the data).', 'Numbers'),
  decimal: select([',', '.'], 'The data’s decimal mark, for a column that could be read both ways (`5.162`). Default: the cells, the file (semicolons: `,`) or the page’s language decide.', 'Numbers'),
  'remainder-label': text('With `total`: adds a part/bar for total − sum, labelled so, when positive.', 'Numbers'),
  unit: text('The noun for values, singular and plural: `case|cases` (“1 case”, “2 cases”).', 'Numbers'),
  'value-format': select(['number', 'percent', 'both'], 'Value labels: `number` (default), `percent` of total, or `both`.', 'Numbers'),
  locale: text('Number formatting locale; default: nearest `lang` ancestor, else `en-GB`.', 'Numbers'),
  sort: select(['desc', 'asc', 'none'], 'Bars: `desc` (default), `asc` or `none`.', 'Appearance'),
  layout: select(['grouped', 'stacked'], 'Several series on a column chart: `grouped` (side by side, default) or `stacked`.', 'Appearance'),
  highlight: text('Label(s), `;`-separated, drawn in the accent colour; the rest muted.', 'Appearance'),
  theme: select(['light', 'dark', 'auto'], '`light` (default), `dark`, or `auto` (follows prefers-color-scheme).', 'Appearance'),
  patterns: bool('Textures on bars/parts so colour is never the only cue (always on in forced-colors mode).', 'Appearance'),
  actions: {
    control: 'check',
    options: ['table', 'csv', 'png', 'bars', 'sound'],
    description:
      'Reader controls, space-separated, from `table csv png bars sound` (`sound`: “Play as sound”); default `table csv`. None ticked prints `actions=""` (no controls).',
    table: { category: 'Behaviour' },
  },
  'png-width': text('Width in CSS px of the picture “Download image” saves (`getImage()`), e.g. `1200` for social media; its pixels are twice that. Default: the figure’s width.', 'Behaviour'),
  'print-table': bool('Print the data table under the chart (on screen it stays behind “Show table”).', 'Behaviour'),
  eager: bool('Render at once instead of when scrolled near the viewport. Set in every story so charts draw in the docs page.', 'Behaviour'),
  animate: bool('Opt in to animation (never when the reader prefers reduced motion).', 'Behaviour'),
};

/** Every story starts from these: `eager`, so the docs page draws each chart at once. */
export const baseArgs: ChartArgs = { eager: true };

/** A string attribute's value, or undefined (attribute left off) when blank. */
function str(value: unknown): string | undefined {
  if (value === undefined || value === null) return undefined;
  const s = String(value);
  return s.trim() === '' ? undefined : s;
}

function actionsValue(value: ChartArgs['actions']): string | undefined {
  if (value === undefined || value === null) return undefined;
  return Array.isArray(value) ? value.join(' ') : value;
}

/**
 * Prints `<tag …attributes…>children</tag>`. `prefix: 'data-'` prints every attribute in its
 * CMS form (`data-values`, `data-heading`…), as a CMS that keeps only `data-*` would.
 */
export function renderChart(
  tag: ChartTag,
  args: ChartArgs,
  children: unknown = nothing,
  prefix: '' | 'data-' = '',
): TemplateResult {
  const t = unsafeStatic(tag);
  const n = (name: string) => unsafeStatic(prefix + name);
  return staticHtml`<${t}
    ${n('values')}=${ifDefined(str(args.values))}
    ${n('src')}=${ifDefined(str(args.src))}
    ${n('label-column')}=${ifDefined(str(args['label-column']))}
    ${n('value-column')}=${ifDefined(str(args['value-column']))}
    ${n('value-columns')}=${ifDefined(str(args['value-columns']))}
    ${n('layout')}=${ifDefined(str(args.layout))}
    ${n('heading')}=${ifDefined(str(args.heading))}
    ${n('heading-level')}=${ifDefined(str(args['heading-level']))}
    ${n('subtitle')}=${ifDefined(str(args.subtitle))}
    ${n('source')}=${ifDefined(str(args.source))}
    ${n('source-href')}=${ifDefined(str(args['source-href']))}
    ${n('note')}=${ifDefined(str(args.note))}
    ${n('total')}=${ifDefined(str(args.total))}
    ${n('decimal')}=${ifDefined(str(args.decimal))}
    ${n('remainder-label')}=${ifDefined(str(args['remainder-label']))}
    ${n('unit')}=${ifDefined(str(args.unit))}
    ${n('value-format')}=${ifDefined(str(args['value-format']))}
    ${n('sort')}=${ifDefined(str(args.sort))}
    ${n('highlight')}=${ifDefined(str(args.highlight))}
    ${n('locale')}=${ifDefined(str(args.locale))}
    ${n('theme')}=${ifDefined(str(args.theme))}
    ${n('actions')}=${ifDefined(actionsValue(args.actions))}
    ${n('summary')}=${ifDefined(str(args.summary))}
    ${n('png-width')}=${ifDefined(str(args['png-width']))}
    ?${n('print-table')}=${Boolean(args['print-table'])}
    ${n('takeaway')}=${ifDefined(str(args.takeaway))}
    ?${n('patterns')}=${Boolean(args.patterns)}
    ?${n('eager')}=${Boolean(args.eager)}
    ?${n('animate')}=${Boolean(args.animate)}
    .data=${args.data ?? null}
  >${children}</${t}>`;
}

/** A meta's shared part: controls for every attribute, `eager` on, rendered as `tag`. */
export function chartMeta(tag: ChartTag) {
  return {
    component: tag,
    argTypes: chartArgTypes,
    args: { ...baseArgs },
    render: (args: ChartArgs) => renderChart(tag, args),
  };
}

/** The disclosure's platforms, for stories that pass data themselves. */
export const PLATFORMS: Datum[] = platforms.data!;

export const PLATFORM_VALUES = toValues(platforms.data!);

export const OUTCOME_VALUES = toValues(outcomes.data!);

/** Data as a `values` attribute: `Facebook: 261; Snapchat: 123`. */
function toValues(data: Datum[]): string {
  return data.map((d) => `${d.label}: ${d.value}`).join('; ');
}

export const SOURCE = 'Lancashire Police, Freedom of Information disclosure';

/** For play functions: waits for the story's chart to settle and returns it (its element class) with its shadow root. */
export async function chartIn<K extends ChartTag>(canvasElement: HTMLElement, tag: K) {
  const el = canvasElement.querySelector(tag)!;
  await customElements.whenDefined(tag);
  await el.rendered;
  return { el, root: el.shadowRoot! };
}

/** A decorator: the story in a 320 CSS px column (a small phone, or a 1280 px window at 400% zoom), outlined. */
export const narrow = (story: () => unknown) => html`<div style="width: 320px; outline: 1px dashed #767676;">${story()}</div>`;
