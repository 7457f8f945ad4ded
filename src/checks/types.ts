/**
 * What a check is and what it reports. A check is one definition (CheckDefinition: ID, family,
 * title and a judge returning a Verdict); the recorder turns verdicts into CheckResults, which
 * travel to the reporters as the `wmct-checks` attachment of each test.
 */
import type { CheckFamily } from '../core/families.ts';

/** What the reports know of a check: its ID, family and title (the registry lists these). */
export interface CheckId {
  readonly id: string;
  readonly family: CheckFamily;
  /** One line: what the check verifies. */
  readonly title: string;
}

/**
 * A check: its ID, family and title, and the judge that turns what a test observed into a
 * verdict. One definition a file (src/checks/<family>/<check>.ts), its test beside it, listed
 * in its family's index. `Input` is what the judge is given (a response context for the
 * response checks, which run on every response; what the scenario observed for the others);
 * `Outcome` is `Verdict | null` for checks that may not apply to an input.
 */
export interface CheckDefinition<Input, Outcome extends Verdict | null = Verdict> extends CheckId {
  readonly judge: (input: Input) => Outcome;
}

/** Any check definition, whatever its judge's input: what a family's list holds. */
export type AnyCheckDefinition = CheckDefinition<never, Verdict | null>;

export type Verdict =
  | { readonly ok: true; readonly message?: string }
  | { readonly ok: false; readonly message: string; readonly expected?: string; readonly actual?: string };
