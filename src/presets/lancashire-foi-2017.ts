/**
 * The figures of the first story, copied from shared/data/lancashire-foi-2017.json: child
 * sexual offences recorded by Lancashire Police in which a social media platform was named,
 * April 2014 to March 2017 (Freedom of Information disclosure, reported June 2017).
 * The remainders ("Other disposals…" 27, "Not itemised" 22) are not stored: they are derived
 * from `total` and `remainderLabel`, exactly as a page's own data would be.
 */
import type { Preset } from '../base/foi-chart.js';

const source = 'Lancashire Police, Freedom of Information disclosure';
const subtitle = 'Child sexual offences recorded by Lancashire Police, April 2014 to March 2017';
/**
 * The story's charts show their takeaway: in the article each sits a screen away from the text
 * that says the same, and a reader zoomed in or with a cognitive disability reads the chart's
 * box on its own. A page that prints the sentence beside the chart sets takeaway="hidden".
 */
const takeaway = 'visible';

export const platforms: Preset = {
  heading: 'Social media platforms named in child sexual offence reports',
  subtitle,
  source,
  unit: 'case|cases',
  total: 521,
  categoryNoun: 'platform',
  // A case can name several platforms: the page says so, so the summary may give it as the reason.
  parts: 'overlap',
  takeaway,
  note:
    'A case can name more than one platform, so the counts add up to 544, more than the 521 cases. ' +
    'One platform, named in 4 cases, is not identified in the report.',
  data: [
    { label: 'Facebook', value: 261 },
    { label: 'Snapchat', value: 123 },
    { label: 'Instagram', value: 51 },
    { label: 'ooVoo', value: 47 },
    { label: 'Skype', value: 39 },
    { label: 'WhatsApp', value: 16 },
    { label: 'Platform not identified', value: 4 },
    { label: 'Twitter', value: 3 },
  ],
};

export const outcomes: Preset = {
  heading: 'What happened to the 521 cases',
  subtitle,
  source,
  unit: 'case|cases',
  total: 521,
  remainderLabel: 'Other disposals, such as community resolution',
  categoryNoun: 'outcome',
  takeaway,
  note:
    "Read as exclusive outcomes: the report does not say whether 'closed' overlaps the others. " +
    "'Other disposals' is not stated in the report: it is the 521 cases less the itemised outcomes (27).",
  data: [
    { label: 'Closed', value: 171 },
    { label: 'Evidential difficulties', value: 106 },
    { label: 'Under active investigation', value: 101 },
    { label: 'Charge or summons', value: 51 },
    { label: 'Not in the public interest', value: 40 },
    { label: 'Caution', value: 21 },
    { label: 'Offender too ill to prosecute', value: 3 },
    { label: 'Offender under the age of criminal responsibility', value: 1 },
  ],
};

export const offenceTypes: Preset = {
  heading: 'Offences recorded where a social media platform was named',
  subtitle,
  source,
  unit: 'case|cases',
  total: 521,
  remainderLabel: 'Not itemised',
  categoryNoun: 'offence type',
  takeaway,
  note: 'The report itemises 499 of the 521 cases by offence type; the other 22 are not itemised.',
  data: [
    { label: 'Sexual activity with a child', value: 434 },
    { label: 'Grooming', value: 35 },
    { label: 'Rape', value: 26 },
    { label: 'Abuse of a position of trust', value: 4 },
  ],
};
