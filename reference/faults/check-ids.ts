/**
 * The check IDs a fault may name in `catches`: the suite's registered checks and the
 * breaking-change rule IDs (src/checks/known-ids.ts), so the catalog's test rejects typos.
 */
export { isKnownCheckId } from '../../src/checks/known-ids.ts';
