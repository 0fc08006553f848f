import 'foi-charts/offence-platform-bar.js'; // defines <offence-platform-bar> only
import 'foi-charts/all.js';                  // or: every element, plus placeholders
import { FoiBarChart } from 'foi-charts';    // the classes only, nothing defined
