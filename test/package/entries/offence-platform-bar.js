// One tag's entry: <offence-platform-bar> only.
import 'foi-charts/offence-platform-bar.js';
