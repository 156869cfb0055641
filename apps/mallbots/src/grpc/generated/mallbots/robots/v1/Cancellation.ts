// Original file: proto/mallbots/robots/v1/robots.proto


/**
 * The list was taken from the bot (its order was canceled): stop working on it.
 */
export interface Cancellation {
  'shoppingListId'?: (string);
  'reason'?: (string);
}

/**
 * The list was taken from the bot (its order was canceled): stop working on it.
 */
export interface Cancellation__Output {
  'shoppingListId': (string);
  'reason': (string);
}
