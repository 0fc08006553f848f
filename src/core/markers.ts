/**
 * The words and marks that official spreadsheets use around their figures: "no figure"
 * markers, total rows, note and source lines, and labels that are periods of time.
 */

/**
 * Cells that mean "no figure": the ONS and Eurostat markers (`..`, `:`, `x`, `[c]`, `[x]`,
 * `[z]`), dashes, `NA`/`N/A`, `*`, and an empty cell.
 */
const MISSING = /^(?:\.\.|…|\.\.\.|[-–—:*x]|n\/?a|\[[a-z]{1,4}\])$/i;

/** Whether a cell says "no figure". */
export function isMissing(text: string | null | undefined): boolean {
  const t = (text ?? '').trim();
  return t === '' || MISSING.test(t);
}

/**
 * Labels of a total row, in the languages newsroom files come in (spreadsheet pivot tables'
 * words too); compared case-insensitively and without accents, after trimming a trailing colon
 * and anything in brackets ("Total (all parties)").
 */
const TOTAL_WORDS = new Set(
  [
    'total', 'totals', 'grand total', 'overall total', 'all', 'all areas', 'sum', 'overall',
    'gesamt', 'insgesamt', 'summe', 'gesamtsumme', 'zusammen', 'gesamtergebnis',
    'total général', 'total general', 'ensemble', 'somme',
    'totale', 'totale complessivo', 'totaal', 'totaal generaal', 'eindtotaal', 'som',
    'suma', 'suma total', 'suma całkowita', 'totalt', 'totalsumma', 'i alt', 'yhteensä', 'razem', 'ogółem', 'celkem', 'összesen',
    'σύνολο', 'samtals', 'kokku', 'toplam', 'всего', 'итого',
    '合計', '総数', '総計', '计', '总计', '合计', '總計', '합계',
  ].map(fold),
);

/**
 * Total words that still mark a total at the start or end of a longer label ("TOTAL INFRACCIONES
 * PENALES", "Total Andalucía", "Ogółem kraj", "男女合計"). Not "all", "sum" or "ensemble", which
 * begin ordinary categories ("All other offences").
 */
const EDGE_WORDS = [
  'grand total', 'total', 'totals', 'subtotal', 'sub-total', 'sous-total', 'subtotaal', 'subtotale', 'zwischensumme', 'teilsumme', 'gesamt', 'insgesamt', 'summe', 'gesamtergebnis', 'totale', 'totaal', 'eindtotaal',
  'totalt', 'totalsumma', 'i alt', 'yhteensä', 'razem', 'ogółem', 'σύνολο', 'celkem', 'összesen', 'suma', 'samtals',
  'kokku', 'toplam', 'всего', 'итого', '合計', '総数', '総計', '总计', '合计', '總計', '합계',
].map(fold);

/** Lower case without accents: "ΣΎΝΟΛΟ", "Σύνολο" and "συνολο" compare equal. */
function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

function totalKey(label: string): string {
  return fold(
    label
      .replace(/\s*[([（].*?[)\]）]\s*/gu, ' ')
      .replace(/[:：]\s*$/u, '')
      .trim(),
  ).replace(/\s+/g, ' ');
}

/** Whether a label names a total row rather than a category. */
export function isTotalLabel(label: string): boolean {
  return TOTAL_WORDS.has(totalKey(label));
}

const SPACED = EDGE_WORDS.filter((w) => /[a-z\u0370-\u04ff]/.test(w)).join('|');
const JOINED = EDGE_WORDS.filter((w) => !/[a-z\u0370-\u04ff]/.test(w)).join('|');
/** Compiled once: labels are tested one by one, and a page may hold many tables. */
const EDGE = new RegExp(`^(?:${SPACED})(?:[\\s:,.;-]|$)|[\\s,-](?:${SPACED})$|^(?:${JOINED})|(?:${JOINED})$`, 'u');

/**
 * Whether a label is a total word (`exact`: "Total", "Insgesamt"), starts or ends with one
 * (`edge`: "TOTAL INFRACCIONES PENALES", "Total Andalucía"), or neither (null).
 */
export function totalWordAt(label: string): 'exact' | 'edge' | null {
  const key = totalKey(label);
  if (TOTAL_WORDS.has(key)) return 'exact';
  return EDGE.test(key) ? 'edge' : null;
}

/** The start of a note or source line under (or over) a spreadsheet's data. */
const NOTE_START =
  /^(?:sources?|notes?|footnotes?|quelle|quellen|anmerkung|anmerkungen|hinweis|fuente|fuentes|nota|notas|remarque|出典|出所|注|备注|來源|来源)\b|^(?:出典|出所|注|备注|来源|來源)|^[*†‡¹²³]/iu;

/** Whether a line reads as a note or a source ("Source: ONS", "* Provisional", "注：…"). */
export function isNoteText(text: string): boolean {
  return NOTE_START.test(text.trim());
}

const MONTHS =
  'jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|january|february|march|april|june|july|august|september|october|november|december|januar|februar|märz|mai|juni|juli|oktober|dezember|janv|févr|mars|avr|juin|juil|août|déc';

/**
 * Labels that are periods: years (`2019`), financial and school years (`2019/20`, `2019-20`,
 * `2019–2020`), quarters (`Q1 2020`, `2020 Q1`), months (`Jan 2021`, `2021-01`), ISO dates,
 * and Japanese or Chinese years (`1920年`, `2019年度`).
 */
const PERIOD = new RegExp(
  [
    String.raw`(?:fy\s?)?\d{4}(?:\s?[/–-]\s?\d{2}(?:\d{2})?)?`,
    String.raw`q[1-4][\s-]?\d{4}|\d{4}[\s-]?q[1-4]`,
    String.raw`(?:h[12]|[1-4](?:st|nd|rd|th) quarter)[\s-]?\d{4}`,
    String.raw`(?:${MONTHS})\.?[\s-]?\d{2}(?:\d{2})?`,
    String.raw`\d{4}-\d{2}(?:-\d{2})?`,
    String.raw`\d{1,2}/\d{4}`,
    String.raw`\d{4}年(?:度)?(?:\d{1,2}月)?`,
  ]
    .map((p) => `(?:${p})`)
    .join('|'),
  'iu',
);
/** One period, or a span of two ("2014/15 and 2015/16", "Jan 2020 to Mar 2020"). */
const PERIOD_WHOLE = new RegExp(`^(?:${PERIOD.source})(?:\\s*(?:–|—|-|to|and|&|bis|à)\\s*(?:${PERIOD.source}))?$`, 'iu');

/** Whether one label is a period of time. */
export function isPeriodLabel(label: string): boolean {
  return PERIOD_WHOLE.test(label.trim());
}

/** Whether a chart's labels are a series of periods (at least two, every one a period). */
export function isPeriodSeries(labels: readonly string[]): boolean {
  return labels.length >= 2 && labels.every(isPeriodLabel);
}
