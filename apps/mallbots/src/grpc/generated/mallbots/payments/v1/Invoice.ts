// Original file: proto/mallbots/payments/v1/payments.proto


/**
 * The invoice of a readied order; its id is the order's id.
 */
export interface Invoice {
  'id'?: (string);
  'orderId'?: (string);
  'amount'?: (number | string);
  /**
   * "pending", "paid" or "canceled", as in the HTTP API.
   */
  'status'?: (string);
}

/**
 * The invoice of a readied order; its id is the order's id.
 */
export interface Invoice__Output {
  'id': (string);
  'orderId': (string);
  'amount': (number);
  /**
   * "pending", "paid" or "canceled", as in the HTTP API.
   */
  'status': (string);
}
