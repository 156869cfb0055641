// Original file: proto/mallbots/depot/v1/depot.proto


/**
 * What the bot picked at one store.
 */
export interface Picked {
  /**
   * Quantities keyed by product id.
   */
  'quantities'?: ({[key: string]: number});
}

/**
 * What the bot picked at one store.
 */
export interface Picked__Output {
  /**
   * Quantities keyed by product id.
   */
  'quantities': ({[key: string]: number});
}
