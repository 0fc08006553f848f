import { FoiBarChart } from '../charts/foi-bar-chart.js';
import { offenceTypes } from './lancashire-foi-2017.js';

/**
 * The offence types recorded in the disclosure's 521 cases, with the 22 not itemised derived as the remainder.
 * With no attributes it shows the story's figures, heading, note and source; any attribute
 * the page sets wins, and `values`, `src`, a child `<table>` or `data` replace the figures.
 *
 * @summary Preset of `<foi-bar-chart>` for the Lancashire FOI story.
 * @tag offence-type-bar
 */
export class OffenceTypeBar extends FoiBarChart {
  static override preset = offenceTypes;
}
