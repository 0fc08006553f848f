/** Defines `<case-outcome-donut>`. Import this module for its side effect. */
import { defineElement } from './define.js';
import { CaseOutcomeDonut } from './presets/case-outcome-donut.js';

export { CaseOutcomeDonut };
// Brings the React, Vue and Svelte declarations of every tag (types only).
export type { FoiChartAttributes } from './frameworks.js';

defineElement('case-outcome-donut', CaseOutcomeDonut);

declare global {
  interface HTMLElementTagNameMap {
    'case-outcome-donut': CaseOutcomeDonut;
  }
}
