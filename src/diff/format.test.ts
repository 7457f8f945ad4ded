/**
 * Tests of the three output formats of a classification.
 */
import { expect, test } from '@playwright/test';
import { applyIgnores, classify } from './classify-changes.ts';
import { formatJson, formatMarkdown, formatResult, formatText } from './format.ts';
import { STRING, object, requestDoc } from '../../test/support/rule-tests.ts';

const result = applyIgnores(
  classify(
    requestDoc(object({ fileType: STRING, name: STRING, note: STRING })),
    requestDoc(object({ fileType: { type: 'string', pattern: '^bpmn|dmn$' }, name: STRING, extra: STRING }, ['name'])),
  ),
  [{ id: 'new-optional-request-property', operation: 'createThing', reason: 'additions are fine' }],
);

test('text: a summary, then one line per change grouped by severity, then the ignored ones', () => {
  expect(formatText(result)).toBe(
    [
      'Breaking-change classification: 2 ERR, 1 WARN, 0 INFO (1 ignored)',
      '',
      'ERR (2)',
      '  createThing  request-property-became-required  request body application/json /name: the request property name became required',
      '  createThing  request-property-pattern-added  request body application/json /fileType: added the pattern "^bpmn|dmn$" to the request property fileType',
      '',
      'WARN (1)',
      '  createThing  request-property-removed  request body application/json /note: removed the request property note',
      '',
      'Ignored (1)',
      '  createThing  new-optional-request-property  request body application/json /extra: added the new optional request property extra — additions are fine',
      '',
    ].join('\n'),
  );
});

test('text and markdown say so when there are no changes', () => {
  const none = classify(requestDoc(STRING), requestDoc(STRING));
  expect(formatText(none)).toBe('Breaking-change classification: 0 ERR, 0 WARN, 0 INFO\nNo changes.\n');
  expect(formatMarkdown(none)).toContain('No changes.');
});

test('markdown: a table per severity, with pipes in cells escaped', () => {
  const markdown = formatMarkdown(result);
  expect(markdown).toContain('### ERR (2)\n\n| rule | operation | location | change |\n|---|---|---|---|\n');
  expect(markdown).toContain(
    '| `request-property-pattern-added` | `createThing` | request body application/json /fileType | added the pattern "^bpmn\\|dmn$" to the request property fileType |',
  );
  expect(markdown).toContain('### WARN (1)');
  expect(markdown).not.toContain('### INFO');
  expect(markdown).toContain('| rule | operation | location | change | reason |');
  expect(markdown).toContain('| additions are fine |');
});

test('json: counts, changes and ignored changes with a stable key order', () => {
  const json: unknown = JSON.parse(formatJson(result));
  expect(json).toMatchObject({ counts: { ERR: 2, WARN: 1, INFO: 0 } });
  const text = formatResult(result, 'json');
  expect(text).toBe(formatJson(result));
  expect(text.indexOf('"counts"')).toBeLessThan(text.indexOf('"changes"'));
  const first = text.slice(text.indexOf('"changes"'));
  const keys = [
    '"id"',
    '"severity"',
    '"operation"',
    '"method"',
    '"path"',
    '"location"',
    '"message"',
    '"oldFragment"',
    '"newFragment"',
  ];
  const positions = keys.map((key) => first.indexOf(key));
  expect(positions.every((position) => position >= 0)).toBe(true);
  expect([...positions].sort((a, b) => a - b)).toEqual(positions);
  expect(text).toContain('"reason": "additions are fine"');
});
