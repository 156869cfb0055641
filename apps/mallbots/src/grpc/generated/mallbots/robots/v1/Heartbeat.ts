// Original file: proto/mallbots/robots/v1/robots.proto


/**
 * "I am alive." A bot that sends nothing (heartbeat or report) for longer than the deadline the
 * Welcome names loses its shopping list to another bot.
 */
export interface Heartbeat {
}

/**
 * "I am alive." A bot that sends nothing (heartbeat or report) for longer than the deadline the
 * Welcome names loses its shopping list to another bot.
 */
export interface Heartbeat__Output {
}
