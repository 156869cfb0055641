// Original file: proto/mallbots/robots/v1/robots.proto


/**
 * The first message of every stream.
 */
export interface Welcome {
  /**
   * Send a heartbeat at least this often; silence for the deadline loses the bot its list.
   */
  'heartbeatIntervalMs'?: (number);
  'deadlineMs'?: (number);
}

/**
 * The first message of every stream.
 */
export interface Welcome__Output {
  /**
   * Send a heartbeat at least this often; silence for the deadline loses the bot its list.
   */
  'heartbeatIntervalMs': (number);
  'deadlineMs': (number);
}
