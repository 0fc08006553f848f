import { expect } from '@open-wc/testing';
import { safeFetchUrl, safeHref, safeLinkHref } from '../../src/core/url.js';

describe('safeLinkHref', () => {
  it('allows absolute http(s) URLs', () => {
    expect(safeLinkHref('https://www.lancashire.police.uk/foi')).to.equal('https://www.lancashire.police.uk/foi');
    expect(safeLinkHref('  http://example.com  ')).to.equal('http://example.com/');
    expect(safeLinkHref('HTTPS://EXAMPLE.com/A')).to.equal('https://example.com/A');
  });

  it('refuses other schemes, including disguised ones', () => {
    for (const bad of ['javascript:alert(1)', 'JavaScript:alert(1)', 'java\nscript:alert(1)', 'java\tscript:alert(1)',
      '\u0001javascript:alert(1)', ' javascript:alert(1)', 'data:text/html,<b>x</b>', 'vbscript:x', 'file:///etc/passwd',
      'ftp://example.com', 'mailto:a@b.c']) {
      expect(safeLinkHref(bad), JSON.stringify(bad)).to.equal(null);
    }
  });

  it('refuses relative, empty and missing links', () => {
    for (const bad of ['/foi', 'foi.html', '//example.com/x', '', '   ', null, undefined]) {
      expect(safeLinkHref(bad), String(bad)).to.equal(null);
    }
  });
});

describe('safeFetchUrl', () => {
  const base = 'https://news.example/2017/06/story.html';

  it('resolves relative URLs against the base', () => {
    expect(safeFetchUrl('data/sheet.csv', base)).to.equal('https://news.example/2017/06/data/sheet.csv');
    expect(safeFetchUrl('/sheet.csv', base)).to.equal('https://news.example/sheet.csv');
    expect(safeFetchUrl('//cdn.example/x.json', base)).to.equal('https://cdn.example/x.json');
    expect(safeFetchUrl('https://other.example/a.csv', base)).to.equal('https://other.example/a.csv');
  });

  it('refuses other schemes, empty input and a bad base', () => {
    expect(safeFetchUrl('javascript:alert(1)', base)).to.equal(null);
    expect(safeFetchUrl('java\nscript:alert(1)', base)).to.equal(null);
    expect(safeFetchUrl('data:text/csv,a,b', base)).to.equal(null);
    expect(safeFetchUrl('', base)).to.equal(null);
    expect(safeFetchUrl('x.csv', 'not a url')).to.equal(null);
    expect(safeFetchUrl('x.csv', 'about:blank')).to.equal(null);
  });

  it('safeHref is the shared check', () => {
    expect(safeHref('x.csv')).to.equal(null);
    expect(safeHref('x.csv', base)).to.equal('https://news.example/2017/06/x.csv');
  });
});
