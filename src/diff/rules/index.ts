/**
 * The registry of breaking-change rules: one import and one entry per rule (src/diff/rules/<rule-id>.ts).
 */
import type { Rule } from '../types.ts';
import { apiGlobalSecurityAdded } from './api-global-security-added.ts';
import { apiGlobalSecurityRemoved } from './api-global-security-removed.ts';
import { apiGlobalSecurityScopeAdded } from './api-global-security-scope-added.ts';
import { apiGlobalSecurityScopeRemoved } from './api-global-security-scope-removed.ts';
import { apiPathAdded } from './api-path-added.ts';
import { apiPathRemovedWithDeprecation } from './api-path-removed-with-deprecation.ts';
import { apiPathRemovedWithoutDeprecation } from './api-path-removed-without-deprecation.ts';
import { apiRemovedWithDeprecation } from './api-removed-with-deprecation.ts';
import { apiRemovedWithoutDeprecation } from './api-removed-without-deprecation.ts';
import { apiSecurityAdded } from './api-security-added.ts';
import { apiSecurityBecameRequired } from './api-security-became-required.ts';
import { apiSecurityRemoved } from './api-security-removed.ts';
import { apiSecurityScopeAdded } from './api-security-scope-added.ts';
import { apiSecurityScopeRemoved } from './api-security-scope-removed.ts';
import { endpointAdded } from './endpoint-added.ts';
import { newOptionalRequestParameter } from './new-optional-request-parameter.ts';
import { newOptionalRequestProperty } from './new-optional-request-property.ts';
import { newRequestPathParameter } from './new-request-path-parameter.ts';
import { newRequiredRequestParameter } from './new-required-request-parameter.ts';
import { newRequiredRequestProperty } from './new-required-request-property.ts';
import { requestAdditionalPropertiesBecameFalse } from './request-additional-properties-became-false.ts';
import { requestBodyAddedRequired } from './request-body-added-required.ts';
import { requestBodyBecameRequired } from './request-body-became-required.ts';
import { requestBodyMediaTypeRemoved } from './request-body-media-type-removed.ts';
import { requestBodyTypeChanged } from './request-body-type-changed.ts';
import { requestParameterBecameRequired } from './request-parameter-became-required.ts';
import { requestParameterEnumValueRemoved } from './request-parameter-enum-value-removed.ts';
import { requestParameterMaxDecreased } from './request-parameter-max-decreased.ts';
import { requestParameterMaxLengthDecreased } from './request-parameter-max-length-decreased.ts';
import { requestParameterMinIncreased } from './request-parameter-min-increased.ts';
import { requestParameterMinLengthIncreased } from './request-parameter-min-length-increased.ts';
import { requestParameterPatternAdded } from './request-parameter-pattern-added.ts';
import { requestParameterPatternChanged } from './request-parameter-pattern-changed.ts';
import { requestParameterRemoved } from './request-parameter-removed.ts';
import { requestParameterTypeChanged } from './request-parameter-type-changed.ts';
import { requestPropertyBecameNotNullable } from './request-property-became-not-nullable.ts';
import { requestPropertyBecameRequired } from './request-property-became-required.ts';
import { requestPropertyEnumValueAdded } from './request-property-enum-value-added.ts';
import { requestPropertyEnumValueRemoved } from './request-property-enum-value-removed.ts';
import { requestPropertyMaxDecreased } from './request-property-max-decreased.ts';
import { requestPropertyMaxLengthDecreased } from './request-property-max-length-decreased.ts';
import { requestPropertyMaxLengthSet } from './request-property-max-length-set.ts';
import { requestPropertyMinIncreased } from './request-property-min-increased.ts';
import { requestPropertyMinLengthIncreased } from './request-property-min-length-increased.ts';
import { requestPropertyOneOfAdded } from './request-property-one-of-added.ts';
import { requestPropertyOneOfRemoved } from './request-property-one-of-removed.ts';
import { requestPropertyPatternAdded } from './request-property-pattern-added.ts';
import { requestPropertyPatternChanged } from './request-property-pattern-changed.ts';
import { requestPropertyRemovedFromStrictBody } from './request-property-removed-from-strict-body.ts';
import { requestPropertyRemoved } from './request-property-removed.ts';
import { requestPropertyTypeChanged } from './request-property-type-changed.ts';
import { responseBodyBecameNullable } from './response-body-became-nullable.ts';
import { responseBodyTypeChanged } from './response-body-type-changed.ts';
import { responseMediaTypeAdded } from './response-media-type-added.ts';
import { responseMediaTypeRemoved } from './response-media-type-removed.ts';
import { responseNonSuccessStatusRemoved } from './response-non-success-status-removed.ts';
import { responseOptionalPropertyAdded } from './response-optional-property-added.ts';
import { responseOptionalPropertyRemoved } from './response-optional-property-removed.ts';
import { responsePropertyBecameNullable } from './response-property-became-nullable.ts';
import { responsePropertyBecameOptional } from './response-property-became-optional.ts';
import { responsePropertyEnumValueAdded } from './response-property-enum-value-added.ts';
import { responsePropertyEnumValueRemoved } from './response-property-enum-value-removed.ts';
import { responsePropertyTypeChanged } from './response-property-type-changed.ts';
import { responsePropertyTypeGeneralized } from './response-property-type-generalized.ts';
import { responseRequiredPropertyAdded } from './response-required-property-added.ts';
import { responseRequiredPropertyRemoved } from './response-required-property-removed.ts';
import { responseSuccessStatusAdded } from './response-success-status-added.ts';
import { responseSuccessStatusRemoved } from './response-success-status-removed.ts';

export const RULES: readonly Rule[] = [
  apiGlobalSecurityAdded,
  apiGlobalSecurityRemoved,
  apiGlobalSecurityScopeAdded,
  apiGlobalSecurityScopeRemoved,
  apiPathAdded,
  apiPathRemovedWithDeprecation,
  apiPathRemovedWithoutDeprecation,
  apiRemovedWithDeprecation,
  apiRemovedWithoutDeprecation,
  apiSecurityAdded,
  apiSecurityBecameRequired,
  apiSecurityRemoved,
  apiSecurityScopeAdded,
  apiSecurityScopeRemoved,
  endpointAdded,
  newOptionalRequestParameter,
  newOptionalRequestProperty,
  newRequestPathParameter,
  newRequiredRequestParameter,
  newRequiredRequestProperty,
  requestAdditionalPropertiesBecameFalse,
  requestBodyAddedRequired,
  requestBodyBecameRequired,
  requestBodyMediaTypeRemoved,
  requestBodyTypeChanged,
  requestParameterBecameRequired,
  requestParameterEnumValueRemoved,
  requestParameterMaxDecreased,
  requestParameterMaxLengthDecreased,
  requestParameterMinIncreased,
  requestParameterMinLengthIncreased,
  requestParameterPatternAdded,
  requestParameterPatternChanged,
  requestParameterRemoved,
  requestParameterTypeChanged,
  requestPropertyBecameNotNullable,
  requestPropertyBecameRequired,
  requestPropertyEnumValueAdded,
  requestPropertyEnumValueRemoved,
  requestPropertyMaxDecreased,
  requestPropertyMaxLengthDecreased,
  requestPropertyMaxLengthSet,
  requestPropertyMinIncreased,
  requestPropertyMinLengthIncreased,
  requestPropertyOneOfAdded,
  requestPropertyOneOfRemoved,
  requestPropertyPatternAdded,
  requestPropertyPatternChanged,
  requestPropertyRemovedFromStrictBody,
  requestPropertyRemoved,
  requestPropertyTypeChanged,
  responseBodyBecameNullable,
  responseBodyTypeChanged,
  responseMediaTypeAdded,
  responseMediaTypeRemoved,
  responseNonSuccessStatusRemoved,
  responseOptionalPropertyAdded,
  responseOptionalPropertyRemoved,
  responsePropertyBecameNullable,
  responsePropertyBecameOptional,
  responsePropertyEnumValueAdded,
  responsePropertyEnumValueRemoved,
  responsePropertyTypeChanged,
  responsePropertyTypeGeneralized,
  responseRequiredPropertyAdded,
  responseRequiredPropertyRemoved,
  responseSuccessStatusAdded,
  responseSuccessStatusRemoved,
];
