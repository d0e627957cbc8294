// What a learnability test keeps besides its columns (`learnability_tests.result_details`).
import type { Explanation } from '@koers/domain';

/**
 * Koers' own details (the exemption's explanation, a note, the level and details of a result) and
 * what DUO reports for a test it registered (examennummer, result and scores, as DUO writes them).
 */
export type LearnabilityResultDetails = {
  exemptionExplanation?: Explanation;
  note?: string;
  level?: string;
  details?: string;
  examennummer?: string;
  resultaat?: string;
  behaaldeScore?: string;
  benodigdeScore?: string;
};
