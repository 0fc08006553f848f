/** Defines `<offence-platform-bar>`. Import this module for its side effect. */
import { defineElement } from './define.js';
import { OffencePlatformBar } from './presets/offence-platform-bar.js';

export { OffencePlatformBar };
// Brings the React, Vue and Svelte declarations of every tag (types only).
export type { FoiChartAttributes } from './frameworks.js';

defineElement('offence-platform-bar', OffencePlatformBar);

declare global {
  interface HTMLElementTagNameMap {
    'offence-platform-bar': OffencePlatformBar;
  }
}
