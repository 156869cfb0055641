/** Where a listener's error goes: the error, and what was being notified. Must not throw. */
export type ListenerErrorHandler = (error: unknown, context: string) => void;

const reportToConsole: ListenerErrorHandler = (error, context) => console.error(`@mallbots/eda: a ${context} listener threw`, error);

/**
 * Calls every listener with `arg`, after a write has committed (wake-up signals: events appended,
 * records appended to a topic).
 *
 * Contract: it never throws, so a listener cannot fail a write that is already committed (a caller
 * that saw the write fail might retry it and store it twice), and it never hides an error either:
 * each throwing listener is reported to `onError` (default `console.error`) and the others still
 * run. Listeners added or removed while it runs take effect from the next call.
 */
export const notifyListeners = <A>(
  listeners: Iterable<(arg: A) => void>,
  arg: A,
  context: string,
  onError: ListenerErrorHandler = reportToConsole,
): void => {
  for (const listener of [...listeners]) {
    try {
      listener(arg);
    } catch (error) {
      onError(error, context);
    }
  }
};
