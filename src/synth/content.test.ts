/**
 * Tests for the file contents: BPMN and DMN are well-formed XML (checked by a small tag-balance
 * reader below: enough to catch unbalanced or unescaped markup without an XML dependency), form
 * and connector template are JSON with the fields Web Modeler reads.
 */
import { expect, test } from '@playwright/test';
import { bpmnContent, connectorTemplateContent, contentFor, dmnContent, FILE_TYPES, formContent } from './content.ts';
import { isJsonObject } from '../core/json.ts';

const TAG = /<(\/?)([A-Za-z_][\w.:-]*)((?:\s+[\w.:-]+="[^"<]*")*)\s*(\/?)>/g;
const BAD_ENTITY = /&(?!(?:amp|lt|gt|quot|apos|#\d+);)/;

/** Problems found reading `xml` as XML: unbalanced tags, stray markup, raw '&'; [] when well-formed. */
function xmlProblems(xml: string): string[] {
  const body = xml.replace(/^<\?xml[^?]*\?>/, '');
  const problems: string[] = [];
  const open: string[] = [];
  let roots = 0;
  let at = 0;
  const text = (segment: string): void => {
    if (segment.includes('<') || segment.includes('>'))
      problems.push(`stray markup in "${segment.trim().slice(0, 40)}"`);
    if (BAD_ENTITY.test(segment)) problems.push(`raw & in "${segment.trim().slice(0, 40)}"`);
    if (open.length === 0 && segment.trim() !== '') problems.push('text outside the root element');
  };
  for (const match of body.matchAll(TAG)) {
    const [whole, closing, name = '', attributes = '', selfClosing] = match;
    text(body.slice(at, match.index));
    at = match.index + whole.length;
    if (BAD_ENTITY.test(attributes)) problems.push(`raw & in the attributes of ${name}`);
    if (closing === '/') {
      const expected = open.pop();
      if (expected !== name) problems.push(`</${name}> closes <${expected ?? 'nothing'}>`);
      continue;
    }
    if (open.length === 0) roots++;
    if (selfClosing !== '/') open.push(name);
  }
  text(body.slice(at));
  if (open.length > 0) problems.push(`unclosed: ${open.join(', ')}`);
  if (roots !== 1) problems.push(`${roots} root elements`);
  return problems;
}

const AWKWARD = 'wmct-20240501T100000-abc123-<Order & "Ship">';

test('the XML reader of this test catches what it should', () => {
  expect(xmlProblems('<a><b/><c x="1">t &amp; u</c></a>')).toEqual([]);
  expect(xmlProblems('<a><b></a>')).not.toEqual([]);
  expect(xmlProblems('<a x="&">t</a>')).not.toEqual([]);
  expect(xmlProblems('<a>1 < 2</a>')).not.toEqual([]);
  expect(xmlProblems('<a/><b/>')).not.toEqual([]);
});

test('BPMN is well-formed, names the process and escapes the name', () => {
  for (const revision of [1, 2]) {
    const xml = bpmnContent(AWKWARD, revision);
    expect(xmlProblems(xml)).toEqual([]);
    expect(xml).toContain('<bpmn:definitions ');
    expect(xml).toContain('name="wmct-20240501T100000-abc123-&lt;Order &amp; &quot;Ship&quot;&gt;"');
    expect(xml).toMatch(/<bpmn:process id="Process_wmct_[A-Za-z0-9_]+" /);
  }
  expect(bpmnContent('x', 2)).not.toBe(bpmnContent('x', 1));
});

test('DMN is well-formed, names the decision and escapes the name', () => {
  for (const revision of [1, 3]) {
    const xml = dmnContent(AWKWARD, revision);
    expect(xmlProblems(xml)).toEqual([]);
    expect(xml).toContain('xmlns="https://www.omg.org/spec/DMN/20191111/MODEL/"');
    expect(xml).toContain(`<text>&lt;= ${1000 * revision}</text>`);
  }
  expect(dmnContent('x', 2)).not.toBe(dmnContent('x', 1));
});

test('XML ids are NCName-safe and bounded', () => {
  const xml = bpmnContent(`${'a'.repeat(100)} b/c`);
  const id = /<bpmn:process id="([^"]+)"/.exec(xml)?.[1] ?? '';
  expect(id).toMatch(/^Process_wmct_[A-Za-z0-9_]+$/);
  expect(id.length).toBeLessThanOrEqual('Process_'.length + 60);
});

test('form and connector template are JSON with the fields Web Modeler reads', () => {
  const form: unknown = JSON.parse(formContent(AWKWARD, 2));
  expect(isJsonObject(form) && Array.isArray(form.components) && form.components.length > 0).toBe(true);
  expect(isJsonObject(form) ? [form.type, typeof form.schemaVersion] : []).toEqual(['default', 'number']);
  const template: unknown = JSON.parse(connectorTemplateContent(AWKWARD, 2));
  expect(isJsonObject(template) ? [template.name, template.version, template.appliesTo] : []).toEqual([
    AWKWARD,
    2,
    ['bpmn:Task'],
  ]);
  expect(formContent('x', 2)).not.toBe(formContent('x', 1));
});

test('contentFor gives each file type its content', () => {
  expect(FILE_TYPES).toEqual(['bpmn', 'dmn', 'form', 'connector_template']);
  expect(contentFor('bpmn', 'n', 2)).toBe(bpmnContent('n', 2));
  expect(contentFor('dmn', 'n')).toBe(dmnContent('n'));
  expect(contentFor('form', 'n')).toBe(formContent('n'));
  expect(contentFor('connector_template', 'n', 4)).toBe(connectorTemplateContent('n', 4));
});
