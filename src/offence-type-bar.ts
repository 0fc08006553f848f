/** Defines `<offence-type-bar>`. Import this module for its side effect. */
import { defineElement } from './define.js';
import { OffenceTypeBar } from './presets/offence-type-bar.js';

export { OffenceTypeBar };
// Brings the React, Vue and Svelte declarations of every tag (types only).
export type { FoiChartAttributes } from './frameworks.js';

defineElement('offence-type-bar', OffenceTypeBar);

declare global {
  interface HTMLElementTagNameMap {
    'offence-type-bar': OffenceTypeBar;
  }
}
