import { FoiBarChart } from '../charts/foi-bar-chart.js';
import { platforms } from './lancashire-foi-2017.js';

/**
 * The social media platforms named in the disclosure's 521 cases (they overlap: one case can name several).
 * With no attributes it shows the story's figures, heading, note and source; any attribute
 * the page sets wins, and `values`, `src`, a child `<table>` or `data` replace the figures.
 *
 * @summary Preset of `<foi-bar-chart>` for the Lancashire FOI story.
 * @tag offence-platform-bar
 */
export class OffencePlatformBar extends FoiBarChart {
  static override preset = platforms;
}
