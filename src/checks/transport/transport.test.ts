/** Tests for the transport check: a request that got no answer always fails, naming the kind. */
import { expect, test } from '@playwright/test';
import { TRANSPORT_CHECK } from './transport.ts';

test('a transport failure is a failed verdict naming its kind', () => {
  expect(TRANSPORT_CHECK.judge({ kind: 'timeout', message: 'no answer within 30000 ms' })).toEqual({
    ok: false,
    message: 'timeout: no answer within 30000 ms',
  });
  expect(TRANSPORT_CHECK).toMatchObject({ id: 'transport', family: 'transport' });
});
