/** Names of the attachments that carry the suite's facts from the tests to the reporters. */
export const CHECKS_ATTACHMENT = 'wmct-checks';
export const RUN_ATTACHMENT = 'wmct-run';
