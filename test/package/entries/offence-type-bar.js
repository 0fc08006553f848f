// One tag's entry: <offence-type-bar> only.
import 'foi-charts/offence-type-bar.js';
