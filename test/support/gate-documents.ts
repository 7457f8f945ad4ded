/**
 * Doctored copies of the committed v1 baseline for the gate's tests (not a test file itself):
 * each edit, as the baseline against the faithful live document (or as the live document
 * against the faithful baseline), yields one known change.
 */
import { editComponent, withProperty } from '../../reference/faults/rewrite.ts';
import { baselineFileOf, readBaseline } from '../../src/gate/baseline.ts';
import type { JsonObject } from '../../src/core/json.ts';

export function committedV1(): JsonObject {
  return readBaseline(baselineFileOf('v1'));
}

/** As a baseline: ERR request-property-max-length-decreased · createProject (255 is served). */
export function longerProjectNames(doc: JsonObject): JsonObject {
  return editComponent(doc, 'CreateProjectDto', (s) =>
    withProperty(s, 'name', { type: 'string', minLength: 1, maxLength: 300 }, true),
  );
}

/**
 * As a baseline: ERR response-required-property-removed · getInfo (the committed baselines declare
 * no required response property, so the gate reads them as required); read as written
 * (WM_GATE_IMPLICIT_REQUIRED=false), WARN response-optional-property-removed · getInfo.
 */
export function infoWithOrganizationName(doc: JsonObject): JsonObject {
  return editComponent(doc, 'InfoDto', (s) => withProperty(s, 'organizationName', { type: 'string' }));
}

/** As the live document: ERR response-property-type-changed · getInfo, twice (two flags). */
export function infoFlagsAsStrings(doc: JsonObject): JsonObject {
  return editComponent(doc, 'InfoDto', (s) =>
    withProperty(withProperty(s, 'createPermission', { type: 'string' }), 'readPermission', { type: 'string' }),
  );
}
