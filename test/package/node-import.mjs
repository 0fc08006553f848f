// Every entry, imported in plain Node as a server-side build (Next.js, Astro, Eleventy) does:
// none may throw. Prints one line per entry; exits 1 if any failed.
const entries = [
  'foi-charts',
  'foi-charts/all.js',
  'foi-charts/foi-bar-chart.js',
  'foi-charts/foi-donut-chart.js',
  'foi-charts/offence-platform-bar.js',
  'foi-charts/case-outcome-donut.js',
  'foi-charts/offence-type-bar.js',
  'foi-charts/react',
];
let failed = 0;
for (const entry of entries) {
  try {
    const module = await import(entry);
    console.log(`ok   import '${entry}' (${Object.keys(module).length} exports)`);
  } catch (error) {
    failed++;
    console.log(`FAIL import '${entry}': ${error.message}`);
  }
}
for (const file of ['foi-charts/custom-elements.json', 'foi-charts/integrity.json']) {
  try {
    const { default: json } = await import(file, { with: { type: 'json' } });
    console.log(`ok   import '${file}' (${Object.keys(json).length} keys)`);
  } catch (error) {
    failed++;
    console.log(`FAIL import '${file}': ${error.message}`);
  }
}
process.exit(failed ? 1 : 0);
