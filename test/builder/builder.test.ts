/**
 * The chart builder as a journalist uses it: paste a spreadsheet, see what was read, change
 * the choices, copy the tag, and the copied tag draws the same chart in an empty page.
 */
import { expect } from '@open-wc/testing';
import type { FoiChartBuilder } from '../../src/builder/index.js';
import { $, builder, chartIn, choose, drawn, freshPage, load, otherOrigin, TSV, type } from './helpers.js';

const text = (el: Element | null | undefined) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
const rowOf = (b: FoiChartBuilder, label: string) =>
  Array.from(b.shadowRoot!.querySelectorAll<HTMLTableRowElement>('table.rows tbody tr')).find((tr) => text(tr.querySelector('th')) === label)!;

describe('<foi-chart-builder>: what was read', () => {
  it('marks the total row (its role and reason in words) and shows which of three number columns is drawn', async () => {
    const b = await builder();
    await type(b, '#paste', TSV);
    const total = rowOf(b, 'Total');
    const cells = Array.from(total.cells).map(text);
    expect(cells[0]).to.equal('Row 5');
    expect(cells[2]).to.equal('total');
    expect(cells[4]).to.match(/sum|total/i);
    expect(rowOf(b, 'Facebook').cells[2]!.textContent).to.match(/part\s*, drawn/);
    // The column choice: said in the sentence, in the columns table, in the control and in the note the chart shows.
    expect(text($(b, '.said'))).to.contain('tab-separated').and.contain('Drawing “Cases 2015” by “Platform”: 3 labels');
    const columns = Array.from(b.shadowRoot!.querySelectorAll('table.columns tbody tr')).map((tr) => Array.from((tr as HTMLTableRowElement).cells).slice(0, 3).map(text));
    expect(columns).to.deep.equal([
      ['Platform', 'label', 'labels'],
      ['Cases 2015', 'count', 'drawn'],
      ['Cases 2016', 'count', 'not used'],
      ['Cases 2017', 'count', 'not used'],
    ]);
    const select = $<HTMLSelectElement>(b, '#value-column');
    expect(text(select.selectedOptions[0])).to.equal('Chosen by the rules: Cases 2015');
    expect(Array.from(b.shadowRoot!.querySelectorAll('.notes li')).map(text)).to.include(
      'Showing “Cases 2015”, one of 3 number columns: Cases 2015, Cases 2016, Cases 2017. Choose with value-column.',
    );
    expect(b.reading.total).to.deep.equal({ label: 'Total', values: [130], where: 'Row 5' });
    // Said politely once read.
    expect($(b, '[role="status"]').textContent).to.contain('1 total');
  });

  it('follows a change of value column and of kind in the preview, at both widths', async () => {
    const b = await builder();
    await type(b, '#paste', TSV);
    await choose(b, '#value-column', 'Cases 2017');
    const article = b.previewChart!;
    expect(article.getAttribute('value-column')).to.equal('Cases 2017');
    expect(drawn(article).pairs).to.deep.equal({ Facebook: [91], Snapchat: [42], Instagram: [21] });
    expect(b.shadowRoot!.querySelector('#phone')!.firstElementChild!.getAttribute('value-column')).to.equal('Cases 2017');
    // The charts themselves at an article's and a phone's width, where the window has the room.
    const phone = b.shadowRoot!.querySelector('#phone')!.firstElementChild!;
    expect(phone.getBoundingClientRect().width).to.equal(Math.min(375, $(b, '.frame.phone').clientWidth));
    if (b.clientWidth >= 720) expect(article.getBoundingClientRect().width).to.equal(680);
    $<HTMLInputElement>(b, 'input[name="kind"][value="donut"]').click();
    await b.settled;
    const donut = b.previewChart!;
    expect(donut.localName).to.equal('foi-donut-chart');
    expect(b.shadowRoot!.querySelector('#phone')!.firstElementChild!.localName).to.equal('foi-donut-chart');
    expect(drawn(donut).pairs).to.deep.equal({ Facebook: [91], Snapchat: [42], Instagram: [21] });
    // The takeaway shown as text is the chart's own; the messages list its state and notes.
    expect(text($(b, '.takeaway'))).to.equal(donut.summaryText).and.contain('Facebook');
    expect(text($(b, '.messages'))).to.contain('State: ready');
    // Columns: the three number columns become series, and the total row is still not a column.
    $<HTMLInputElement>(b, 'input[name="kind"][value="column"]').click();
    await b.settled;
    expect(b.previewChart!.localName).to.equal('foi-column-chart');
    expect(drawn(b.previewChart!).pairs).to.deep.equal({ Facebook: [80, 90, 91], Snapchat: [40, 41, 42], Instagram: [10, 20, 21] });
  });

  it('transcribes what a screen reader says, in reading order, from the preview', async () => {
    const b = await builder();
    await type(b, '#paste', TSV);
    await type(b, '#heading', 'Platforms named');
    const lines = Array.from(b.shadowRoot!.querySelectorAll('.transcript li')).map(text);
    // The figure is not named by its heading, so the title is heard once (issue 19).
    expect(lines[0]).to.equal('figure');
    expect(lines[1]).to.equal('heading (level 2): Platforms named');
    // The takeaway, then the chart's structure sentence naming its parts (together, the summary text).
    expect(b.previewChart!.summaryText.startsWith(lines[2]!), lines.join('\n')).to.equal(true);
    expect(lines[3]).to.match(/^group: Bar chart, 3 categories/);
    expect(lines).to.include('image: Facebook: 80, 62%. 1 of 3.');
    expect(lines.at(-1)).to.equal('button: Download CSV');
  });
});

describe('<foi-chart-builder>: bad input', () => {
  it('text that is no table, JSON that is broken, and no data at all: a message each, never a blank box or an uncaught error', async () => {
    const b = await builder();
    const errors: string[] = [];
    const onError = (event: ErrorEvent) => errors.push(event.message);
    window.addEventListener('error', onError);
    try {
      for (const [input, words] of [
        ['hello', /not drawn|No data/],
        ['[{"label": "A", "value": 1}, {"label": "B"', /JSON but could not be read/],
        ['Party\tVotes\nLabour\t100\nGreen\tlots', /"lots" in the column "Votes" is not a number/],
      ] as const) {
        await type(b, '#paste', input);
        expect(b.previewChart!.getAttribute('state'), input).to.be.oneOf(['error', 'empty']);
        expect(text($(b, '.said')) + text($(b, '.messages')), input).to.match(words);
      }
      await type(b, '#paste', '');
      expect(b.previewChart).to.equal(null);
      expect(text($(b, '.reading'))).to.contain('Nothing yet');
      expect(b.shadowRoot!.querySelector('.takeaway')).to.equal(null);
      expect(text($(b, '.preview'))).to.contain('The chart appears here once there is data.');
    } finally {
      window.removeEventListener('error', onError);
    }
    expect(errors).to.deep.equal([]);
  });
});

describe('<foi-chart-builder>: what is copied draws the same chart', () => {
  const forms = ['table', 'values'] as const;
  for (const form of forms) {
    it(`the tag with its data as ${form === 'table' ? 'a child table' : 'values'}, pasted into an empty page with the embed`, async function () {
      this.timeout(30000);
      const b = await builder();
      await type(b, '#paste', TSV);
      await choose(b, '#value-column', 'Cases 2016');
      await type(b, '#heading', 'Platforms named, 2016');
      await type(b, '#unit-one', 'case');
      await type(b, '#unit-many', 'cases');
      $<HTMLInputElement>(b, `input[name="form"][value="${form}"]`).click();
      await b.settled;
      const snippet = $<HTMLTextAreaElement>(b, '#out-inline').value;
      expect(snippet.startsWith('<foi-bar-chart')).to.equal(true);
      expect(snippet.includes('<table>')).to.equal(form === 'table');
      const win = await freshPage(snippet);
      const pasted = await chartIn(win, 'foi-bar-chart');
      expect(pasted.getAttribute('state')).to.equal('ready');
      const preview = drawn(b.previewChart!);
      expect(drawn(pasted)).to.deep.equal(preview);
      expect(preview.pairs).to.deep.equal({ Facebook: [90], Snapchat: [41], Instagram: [20] });
      expect(preview.summary).to.contain('Facebook has the most cases: 90 of 151 (60%)');
    });
  }

  it('the CMS placeholder and the script tags with integrity (from a second origin, as a CDN) draw it too', async function () {
    this.timeout(30000);
    const b = await builder();
    await type(b, '#paste', TSV);
    await type(b, '#cdn', `${otherOrigin()}/__test/cdn/dist/`);
    const scripts = $<HTMLTextAreaElement>(b, '#out-scripts').value;
    expect(scripts).to.contain('integrity="sha384-').and.contain('type="importmap"').and.contain('rel="modulepreload"');
    const placeholder = $<HTMLTextAreaElement>(b, '#out-placeholder').value;
    expect(placeholder.startsWith('<div\n  data-foi-chart="foi-bar-chart"')).to.equal(true);
    const win = await freshPage(placeholder, scripts);
    const pasted = await chartIn(win, 'foi-bar-chart');
    expect(drawn(pasted)).to.deep.equal(drawn(b.previewChart!));
    const fromCdn = Array.from(win.document.querySelectorAll<HTMLScriptElement | HTMLLinkElement>('script[src], link[href]'));
    expect(fromCdn.length).to.equal(3);
    for (const el of fromCdn) expect(el.integrity, 'src' in el ? el.src : el.href).to.match(/^sha384-/);
    // The stylesheet passed its integrity check: a refused one has no sheet.
    expect((win.document.querySelector('link[rel=stylesheet]') as HTMLLinkElement).sheet).to.not.equal(null);
  });

  it('the src tag reads the published file as the builder read it', async function () {
    this.timeout(30000);
    const b = await builder();
    await load(b, '/test/fixtures/structure/hospital-beds.csv');
    expect(b.reading.ok).to.equal(true);
    const tag = $<HTMLTextAreaElement>(b, '#out-src').value;
    // The address as an article elsewhere needs it: absolute.
    expect(tag).to.contain(`src="${location.origin}/test/fixtures/structure/hospital-beds.csv"`);
    const win = await freshPage(tag);
    expect(drawn(await chartIn(win, 'foi-bar-chart'))).to.deep.equal(drawn(b.previewChart!));
  });
});

describe('<foi-chart-builder>: the picture', () => {
  /** The next file the builder itself saves (its own link, not the chart's inside it). */
  const saved = (b: FoiChartBuilder) =>
    new Promise<{ name: string; blob: Blob }>((resolve) => {
      const take = (event: Event) => {
        const link = event.composedPath()[0];
        if (!(link instanceof HTMLAnchorElement) || !link.download || link.getRootNode() !== b.shadowRoot) return;
        event.preventDefault();
        b.shadowRoot!.removeEventListener('click', take, true);
        void fetch(link.href).then((r) => r.blob()).then((blob) => resolve({ name: link.download, blob }));
      };
      b.shadowRoot!.addEventListener('click', take, true);
    });

  it('saves the chart’s own “Download image” as a PNG, with its alternative text beside it', async function () {
    this.timeout(20000);
    const b = await builder();
    await type(b, '#paste', TSV);
    await type(b, '#heading', 'Platforms named');
    const file = saved(b);
    Array.from(b.shadowRoot!.querySelectorAll<HTMLButtonElement>('button')).find((button) => button.textContent!.trim() === 'Download the picture')!.click();
    const { name, blob } = await file;
    expect(name).to.equal('platforms-named.png');
    expect(blob.type).to.equal('image/png');
    const picture = await createImageBitmap(blob);
    // At least the chart's width on the page (the preview's 680 px, less its padding), at the screen's pixel ratio.
    expect(picture.width).to.be.at.least(600);
    expect(picture.height).to.be.greaterThan(50);
    expect($(b, '#picture').childElementCount, 'the chart that made it is gone').to.equal(0);
    expect($(b, '[role="status"]').textContent).to.equal('Saved the picture as platforms-named.png.');
    expect($<HTMLTextAreaElement>(b, '#out-alt').value).to.equal(b.previewChart!.summaryText);
  });

  it('copies it where the browser allows, and says what to do where it does not', async function () {
    this.timeout(20000);
    const b = await builder();
    await type(b, '#paste', TSV);
    Array.from(b.shadowRoot!.querySelectorAll<HTMLButtonElement>('button')).find((button) => button.textContent!.trim() === 'Copy the picture')!.click();
    for (let i = 0; i < 100 && !/picture/.test($(b, '[role="status"]').textContent!); i++) await new Promise((r) => setTimeout(r, 50));
    expect($(b, '[role="status"]').textContent).to.match(/^(Copied the picture\.|This browser would not put a picture on the clipboard: use “Download the picture”\.)$/);
  });
});

describe('<foi-chart-builder>: data in', () => {
  it('opens a file given to the file input, and one dropped on the page', async () => {
    const b = await builder();
    const input = $<HTMLInputElement>(b, '#file');
    const files = new DataTransfer();
    files.items.add(new File([TSV], 'platforms.tsv', { type: 'text/tab-separated-values' }));
    input.files = files.files;
    input.dispatchEvent(new Event('change', { bubbles: true }));
    await b.settled;
    expect(b.reading.labels).to.deep.equal(['Facebook', 'Snapchat', 'Instagram']);
    expect($<HTMLTextAreaElement>(b, '#paste').value).to.equal(TSV);
    expect(b.previewChart!.getAttribute('state')).to.equal('ready');

    const dropped = new DataTransfer();
    dropped.items.add(new File(['Party,Votes\nLabour,24120\nGreen,8000'], 'votes.csv', { type: 'text/csv' }));
    $(b, '.builder').dispatchEvent(new DragEvent('drop', { dataTransfer: dropped, bubbles: true, cancelable: true, composed: true }));
    await b.settled;
    expect(b.reading.labels).to.deep.equal(['Labour', 'Green']);
  });

  it('refuses a workbook with what to do instead', async () => {
    const b = await builder();
    const input = $<HTMLInputElement>(b, '#file');
    const files = new DataTransfer();
    files.items.add(new File(['PK\u0003\u0004'], 'figures.xlsx'));
    input.files = files.files;
    input.dispatchEvent(new Event('change', { bubbles: true }));
    await b.settled;
    expect(text($(b, '.error'))).to.contain('“figures.xlsx” is a spreadsheet workbook').and.contain('copy it, then paste it');
  });

  it('a URL that fails says why: not found, and a site that does not allow other sites to read it (CORS)', async () => {
    const b = await builder();
    const error = async (url: string) => {
      await load(b, url);
      return text(b.shadowRoot!.querySelector('.error'));
    };
    expect(await error('/__test/status/404')).to.match(/^The data file could not be loaded: not found/);
    expect($(b, '[role="status"]').textContent).to.contain('not found');
    const cors = await error(`${otherOrigin()}/test/fixtures/platforms.csv`);
    expect(cors).to.contain('does not let other web sites read its files').and.contain('Access-Control-Allow-Origin').and.contain('CORS');
    expect($(b, '#url').getAttribute('aria-describedby')).to.contain('data-error');
    expect(await error('javascript:alert(1)')).to.equal('Give a web address that starts with https:// (or http://).');
  });

  it('starts from a story preset: its figures, words, unit and total', async () => {
    const b = await builder();
    await choose(b, '#preset', 'outcomes');
    expect(b.previewChart!.localName).to.equal('foi-donut-chart');
    expect($<HTMLInputElement>(b, '#heading').value).to.equal('What happened to the 521 cases');
    expect($<HTMLInputElement>(b, '#total').value).to.equal('521');
    const pairs = drawn(b.previewChart!).pairs;
    expect(pairs['Closed']).to.deep.equal([171]);
    expect(pairs['Other disposals, such as community resolution']).to.deep.equal([27]);
  });

  it('offers the attribute a refusal names, as a button that applies it', async () => {
    const b = await builder();
    await type(b, '#paste', 'Year,Party,Votes\n2019,Labour,100\n2019,Green,50\n2024,Labour,120\n2024,Green,70');
    expect(b.reading.ok).to.equal(false);
    const offer = Array.from(b.shadowRoot!.querySelectorAll<HTMLButtonElement>('.offers button')).find((button) => button.textContent!.includes('filter='))!;
    expect(text(offer)).to.equal('Use filter="Year=2024"');
    offer.click();
    await b.settled;
    expect($<HTMLInputElement>(b, '#filter').value).to.equal('Year=2024');
    expect(drawn(b.previewChart!).pairs).to.deep.equal({ Labour: [120], Green: [70] });
    expect(b.reading.rows.filter((r) => r.role === 'filtered out')).to.have.length(2);
  });
});
