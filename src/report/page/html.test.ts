/** The page's HTML builder: every interpolated value escaped, built markup passed through, safe links only. */
import { expect, test } from '@playwright/test';
import { displayUrl, escapeHtml, html, linkUrl, raw } from './html.ts';

test('escapes the five HTML special characters', () => {
  expect(escapeHtml(`<a href="x" title='y'>&</a>`)).toBe(
    '&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;',
  );
});

test('html escapes values, keeps nested html and raw, joins arrays, drops null/undefined/false', () => {
  const inner = html`<b>${'<i>'}</b>`;
  expect(
    html`<p title="${'"quoted"'}">${inner}${['<', html`<br>`]}${null}${undefined}${false}${0}${raw('<hr>')}</p>`.value,
  ).toBe('<p title="&quot;quoted&quot;"><b>&lt;i&gt;</b>&lt;<br>0<hr></p>');
});

test('linkUrl accepts http(s) only', () => {
  expect(linkUrl('https://jira.example.com/WM-1')).toBe('https://jira.example.com/WM-1');
  expect(linkUrl('javascript:alert(1)')).toBeNull();
  expect(linkUrl('data:text/html,<b>')).toBeNull();
  expect(linkUrl('not a url')).toBeNull();
  expect(linkUrl(undefined)).toBeNull();
});

test('displayUrl shows a URL password as ***', () => {
  expect(displayUrl('https://user:s3cret@modeler.example.com/api')).toBe('https://user:***@modeler.example.com/api');
  expect(displayUrl('http://127.0.0.1:8070')).toBe('http://127.0.0.1:8070');
});
