import { readTable } from 'foi-charts/read';

const csvText = 'Comunidad autónoma;Públicos;Privados;Total\nAndalucía;15.872;5.104;20.976\nAragón;3.912;1.187;5.099\nAsturias;3.105;1.016;4.121\n';
const reading = readTable(csvText, { kind: 'column', unit: 'bed|beds' });
reading.ok;      // false when the chart would stop; reading.message says why, as the figure would
reading.columns; // [… { name: 'Total', kind: 'total', use: 'left out', why: 'the sum of “Públicos” and “Privados” in every row' }]
reading.rows;    // [{ where: 'Row 2', label: 'Andalucía', role: 'part', why: 'a category', drawn: true, values: [15872, 5104] }, …]
reading.labels;  // the labels drawn, in the source's order: ['Andalucía', 'Aragón', 'Asturias']
reading.series;  // [{ name: 'Públicos', values: [15872, 3912, 3105] }, { name: 'Privados', … }]
reading.total;   // the total row the shares are of, or null
reading.notes;   // the notes the figure shows under the chart
