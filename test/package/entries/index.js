// The class-only entry defines no tag: the page registers one itself, under its own name.
import { FoiBarChart } from 'foi-charts';

customElements.define('my-bar-chart', class extends FoiBarChart {});
