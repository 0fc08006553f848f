import { expect, fixture, html } from '@open-wc/testing';
import { findDataTable, readTable } from '../../src/core/parse-table.js';

const tableFrom = (markup: string): HTMLTableElement => {
  const host = document.createElement('div');
  host.innerHTML = markup;
  return host.querySelector('table')!;
};

describe('readTable', () => {
  it('reads labels, numbers, caption and headers from a table with <thead>', () => {
    const table = tableFrom(`
      <table>
        <caption>  Platforms   named
          in reports </caption>
        <thead><tr><th>Platform</th><th>Cases</th></tr></thead>
        <tbody>
          <tr><td>Facebook</td><td>261</td></tr>
          <tr><th scope="row"> Snap<b>chat</b> </th><td>1,234</td></tr>
          <tr><td></td><td> </td></tr>
          <tr><td>Twitter</td><td>−3</td></tr>
        </tbody>
        <tfoot><tr><td>Total</td><td>521</td></tr></tfoot>
      </table>`);
    expect(readTable(table)).to.deep.equal({
      ok: true,
      data: [
        { label: 'Facebook', value: 261 },
        { label: 'Snapchat', value: 1234 },
        { label: 'Twitter', value: -3 },
      ],
      caption: 'Platforms named in reports',
      labelHeader: 'Platform',
      valueHeader: 'Cases',
      totalRow: { label: 'Total', value: 521, where: 'Table row 6' },
    });
  });

  it('treats an all-<th> first row as the header unless its second cell is a number', () => {
    expect(readTable(tableFrom('<table><tr><th>Platform</th><th>Cases</th></tr><tr><td>Facebook</td><td>261</td></tr></table>'))).to.deep.equal({
      ok: true,
      data: [{ label: 'Facebook', value: 261 }],
      labelHeader: 'Platform',
      valueHeader: 'Cases',
    });
    expect(readTable(tableFrom('<table><tr><th>Facebook</th><th>261</th></tr></table>'))).to.deep.equal({
      ok: true,
      data: [{ label: 'Facebook', value: 261 }],
    });
  });

  it('names the row with a bad number, counting the header', () => {
    const table = tableFrom(`<table><tr><th>Platform</th><th>Cases</th></tr>
      <tr><td>Facebook</td><td>261</td></tr><tr><td>Skype</td><td>lots</td></tr></table>`);
    const result = readTable(table);
    expect(result.ok).to.equal(false);
    expect(!result.ok && result.error).to.equal(
      'Table row 3 ("Skype"): "lots" in the column "Cases" is not a number. Write a number there, or ".." if there is no figure.',
    );
  });

  it('reads a row with no number cell as a row with no figure', () => {
    const result = readTable(tableFrom('<table><tr><td>Facebook</td><td>261</td></tr><tr><td>Skype</td></tr></table>'));
    expect(result).to.deep.equal({
      ok: true,
      data: [{ label: 'Facebook', value: 261 }],
      missing: [{ label: 'Skype', where: 'Table row 2', index: 1 }],
    });
  });

  it('names duplicate rows and rows with no label', () => {
    const dup = readTable(tableFrom('<table><thead><tr><th>P</th><th>C</th></tr></thead><tr><td>A</td><td>1</td></tr><tr><td>A</td><td>2</td></tr></table>'));
    expect(!dup.ok && dup.error).to.equal(
      'Table row 2 and table row 3 have the same label, "A".',
    );
    const blank = readTable(tableFrom('<table><tr><td></td><td>1</td></tr></table>'));
    expect(!blank.ok && blank.error).to.equal('Table row 1 has no label.');
  });

  it('gives [] for an empty table', () => {
    expect(readTable(tableFrom('<table></table>'))).to.deep.equal({ ok: true, data: [] });
    expect(readTable(tableFrom('<table><thead><tr><th>P</th><th>C</th></tr></thead></table>'))).to.deep.equal({ ok: true, data: [] });
  });
});

describe('findDataTable', () => {
  it('finds a direct child table', async () => {
    const host = await fixture(html`<div><span>x</span><table id="t"></table></div>`);
    expect(findDataTable(host)?.id).to.equal('t');
  });

  it('looks through stray <p>s and wrappers (WordPress)', async () => {
    const host = await fixture(html`<div><p></p><figure><div><table id="t"></table></div></figure><table id="later"></table></div>`);
    expect(findDataTable(host)?.id).to.equal('t');
  });

  it('ignores tables inside nested custom elements and returns null when there is none', async () => {
    const host = await fixture(html`<div><p></p><other-chart><table id="inner"></table></other-chart><p><table id="t"></table></p></div>`);
    // The parser closes <p> before <table>, so the table ends up a child of the host.
    expect(findDataTable(host)?.id).to.equal('t');
    const none = await fixture(html`<div><p>Text</p><foi-bar-chart><table></table></foi-bar-chart></div>`);
    expect(findDataTable(none)).to.equal(null);
  });
});
