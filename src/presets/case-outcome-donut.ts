import { FoiDonutChart } from '../charts/foi-donut-chart.js';
import { outcomes } from './lancashire-foi-2017.js';

/**
 * What happened to the disclosure's 521 cases, with the outcomes the report does not itemise derived as the remainder.
 * With no attributes it shows the story's figures, heading, note and source; any attribute
 * the page sets wins, and `values`, `src`, a child `<table>` or `data` replace the figures.
 *
 * @summary Preset of `<foi-donut-chart>` for the Lancashire FOI story.
 * @tag case-outcome-donut
 */
export class CaseOutcomeDonut extends FoiDonutChart {
  static override preset = outcomes;
}
