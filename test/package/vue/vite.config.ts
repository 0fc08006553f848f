import vue from '@vitejs/plugin-vue';
import { foiChartTags } from 'foi-charts';
import { defineConfig } from 'vite';

export default defineConfig({
  plugins: [vue({ template: { compilerOptions: { isCustomElement: (tag) => foiChartTags.includes(tag) } } })],
});
