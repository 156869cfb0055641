// Original file: proto/mallbots/robots/v1/robots.proto


/**
 * The bot gives up the list (the list goes back to `available` for another bot).
 */
export interface Failed {
  'reason'?: (string);
}

/**
 * The bot gives up the list (the list goes back to `available` for another bot).
 */
export interface Failed__Output {
  'reason': (string);
}
