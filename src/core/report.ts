// The one prefix under which Counterpoint speaks in the console, and the one way to report a
// problem there (console exists wherever core runs: the extension, Node, the tests).
export const LOG_PREFIX = '[Counterpoint]';

/** Logs a problem under LOG_PREFIX, with the error that caused it when there is one. */
export function reportProblem(problem: string, error?: unknown): void {
  if (error === undefined) console.warn(LOG_PREFIX, problem);
  else console.warn(LOG_PREFIX, problem, error);
}
