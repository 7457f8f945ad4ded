/** Names of the attachments that carry the suite's facts from the tests to the reporters. */
export const CHECKS_ATTACHMENT = 'wmct-checks';
export const RUN_ATTACHMENT = 'wmct-run';
/** `{ client, status, body }`: `GET …/info` as one client saw it (one attachment per client). */
export const INFO_ATTACHMENT = 'wmct-info';
/** `{ baseline, counts, changes }`: the breaking-change gate's result against the baseline. */
export const BREAKING_ATTACHMENT = 'wmct-breaking';
