// Original file: proto/mallbots/robots/v1/robots.proto


// Original file: proto/mallbots/robots/v1/robots.proto

export const _mallbots_robots_v1_ReportAck_Outcome = {
  OUTCOME_UNSPECIFIED: 'OUTCOME_UNSPECIFIED',
  /**
   * The report took effect.
   */
  APPLIED: 'APPLIED',
  /**
   * The report was applied before: nothing changed.
   */
  DUPLICATE: 'DUPLICATE',
  /**
   * The report broke a rule (`reason` says which): nothing changed.
   */
  REFUSED: 'REFUSED',
} as const;

export type _mallbots_robots_v1_ReportAck_Outcome =
  | 'OUTCOME_UNSPECIFIED'
  | 0
  /**
   * The report took effect.
   */
  | 'APPLIED'
  | 1
  /**
   * The report was applied before: nothing changed.
   */
  | 'DUPLICATE'
  | 2
  /**
   * The report broke a rule (`reason` says which): nothing changed.
   */
  | 'REFUSED'
  | 3

export type _mallbots_robots_v1_ReportAck_Outcome__Output = typeof _mallbots_robots_v1_ReportAck_Outcome[keyof typeof _mallbots_robots_v1_ReportAck_Outcome]

/**
 * The answer to each report.
 */
export interface ReportAck {
  'shoppingListId'?: (string);
  'seq'?: (number);
  'outcome'?: (_mallbots_robots_v1_ReportAck_Outcome);
  'reason'?: (string);
}

/**
 * The answer to each report.
 */
export interface ReportAck__Output {
  'shoppingListId': (string);
  'seq': (number);
  'outcome': (_mallbots_robots_v1_ReportAck_Outcome__Output);
  'reason': (string);
}
