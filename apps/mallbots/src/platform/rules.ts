import { RuleViolationError } from '@mallbots/eda';

/** Pure, so domain code may use it: throws `rule` (the spec's rule message) when `value` is empty or only white space. */
export const requireNonBlank = (value: string, rule: string): void => {
  if (value.trim() === '') throw new RuleViolationError(rule);
};
