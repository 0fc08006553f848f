/**
 * The disclosure's figures, copied from shared/data/lancashire-foi-2017.json on purpose rather than
 * imported from src/presets: the tests check the presets against an independent copy.
 */
import { isTotalLabel } from '../../src/core/markers.js';
import { readsAsStructure } from '../support/reading-rules.js';
import type { Datum } from '../../src/core/types.js';

export const PLATFORMS: Datum[] = [
  { label: 'Facebook', value: 261 },
  { label: 'Snapchat', value: 123 },
  { label: 'Instagram', value: 51 },
  { label: 'ooVoo', value: 47 },
  { label: 'Skype', value: 39 },
  { label: 'WhatsApp', value: 16 },
  { label: 'Platform not identified', value: 4 },
  { label: 'Twitter', value: 3 },
];

export const OUTCOMES: Datum[] = [
  { label: 'Closed', value: 171 },
  { label: 'Evidential difficulties', value: 106 },
  { label: 'Under active investigation', value: 101 },
  { label: 'Charge or summons', value: 51 },
  { label: 'Not in the public interest', value: 40 },
  { label: 'Caution', value: 21 },
  { label: 'Offender too ill to prosecute', value: 3 },
  { label: 'Offender under the age of criminal responsibility', value: 1 },
];

export const OUTCOMES_REMAINDER = 'Other disposals, such as community resolution';
export const TOTAL = 521;

/**
 * Whether generated data would be read differently on purpose: a label that names a total, a
 * note line, or rows the structure reader finds nested (subtotals, "of which" items, a total row
 * without the word). Round-trip properties leave such data out; the rules have tests of their own.
 */
export function readsAsTotalOrNote(data: readonly Datum[]): boolean {
  if (data.some((d) => isTotalLabel(d.label) || /^\p{L}+\s*[:：]/u.test(d.label.trim()))) return true;
  return readsAsStructure(data.map((d) => d.label), [data.map((d) => d.value)]);
}
