// Original file: proto/mallbots/search/v1/search.proto


/**
 * Every filter set narrows the search; an absent one (or an empty list) does not.
 */
export interface Filters {
  'customerId'?: (string);
  /**
   * Created strictly after / before these ISO-8601 instants (any offset).
   */
  'after'?: (string);
  'before'?: (string);
  /**
   * Orders with an item of ANY of these stores / products.
   */
  'storeIds'?: (string)[];
  'productIds'?: (string)[];
  /**
   * Inclusive bounds of the total.
   */
  'minTotal'?: (number | string);
  'maxTotal'?: (number | string);
  'status'?: (string);
  '_customerId'?: "customerId";
  '_after'?: "after";
  '_before'?: "before";
  '_minTotal'?: "minTotal";
  '_maxTotal'?: "maxTotal";
  '_status'?: "status";
}

/**
 * Every filter set narrows the search; an absent one (or an empty list) does not.
 */
export interface Filters__Output {
  'customerId'?: (string);
  /**
   * Created strictly after / before these ISO-8601 instants (any offset).
   */
  'after'?: (string);
  'before'?: (string);
  /**
   * Orders with an item of ANY of these stores / products.
   */
  'storeIds': (string)[];
  'productIds': (string)[];
  /**
   * Inclusive bounds of the total.
   */
  'minTotal'?: (number);
  'maxTotal'?: (number);
  'status'?: (string);
  '_customerId'?: "customerId";
  '_after'?: "after";
  '_before'?: "before";
  '_minTotal'?: "minTotal";
  '_maxTotal'?: "maxTotal";
  '_status'?: "status";
}
