/** Defines `<offence-platform-bar>`. Import this module for its side effect. */
import { defineElement } from './define.js';
import { OffencePlatformBar } from './presets/offence-platform-bar.js';

export { OffencePlatformBar };

defineElement('offence-platform-bar', OffencePlatformBar);

declare global {
  interface HTMLElementTagNameMap {
    'offence-platform-bar': OffencePlatformBar;
  }
}
