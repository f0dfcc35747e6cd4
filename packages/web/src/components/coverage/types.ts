/** A coverage answer with its rules, as the Coverage and ComplianceCheck queries select it. */
import type { CoverageFieldsFragment, RuleFieldsFragment } from '../../generated/graphql';

export type CoverageExplained = CoverageFieldsFragment & {
  applicable: readonly RuleFieldsFragment[];
  excluded: readonly RuleFieldsFragment[];
};
