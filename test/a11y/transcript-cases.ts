/**
 * The charts whose reading order is written down in test/a11y/transcripts/NAME.txt: held to
 * Chromium's accessibility tree (reading-order.test.ts) and to the builder's transcript walker
 * (test/builder/snippets.test.ts).
 */
import { html, type TemplateResult } from 'lit';

export const TRANSCRIPT_CASES: [string, () => TemplateResult][] = [
  ['offence-platform-bar', () => html`<offence-platform-bar eager></offence-platform-bar>`],
  ['case-outcome-donut', () => html`<case-outcome-donut eager></case-outcome-donut>`],
  ['offence-type-bar', () => html`<offence-type-bar eager></offence-type-bar>`],
  ['bar-error', () => html`<foi-bar-chart eager heading="A chart with a typing mistake" values="Facebook: 261; Snapchat: lots"></foi-bar-chart>`],
  ['bar-empty', () => html`<foi-bar-chart eager heading="Nothing yet" values=""></foi-bar-chart>`],
  ['donut-small', () => html`<foi-donut-chart eager heading="Votes" unit="vote|votes" values="Labour: 20; Green: 10; Other: 1"></foi-donut-chart>`],
  ['bar-heading-none', () => html`<foi-bar-chart eager heading-level="none" heading="Platforms" unit="case|cases" values="Facebook: 261; Twitter: 1"></foi-bar-chart>`],
  [
    'foi-line-chart',
    () =>
      html`<foi-line-chart
        eager
        heading="Reports by region"
        unit="report|reports"
        source="Example constabulary"
        values="Year: North, South, East; 2019: 10, 20, 30; 2020: 12, .., 28; 2021: 15, 24, 25; 2022: 18, 26, 22"
      ></foi-line-chart>`,
  ],
  [
    'foi-column-chart',
    () =>
      html`<foi-column-chart eager heading="Cases by platform" unit="case|cases" values="Year: Facebook, Snapchat; 2015/16: 12, 20; 2016/17: 48, 30; 2017/18: 60, 41"></foi-column-chart>`,
  ],
];
