// The README's bundler entry: every tag.
import 'foi-charts/all.js';
