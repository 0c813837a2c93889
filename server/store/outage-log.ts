/**
 * Logs the first failure of a streak and stays quiet until a success ends it: an outage of Redis or of the
 * upstream API is one line in the logs, not one per request. Callers pass messages without keys or secrets.
 */
export function createOutageLog(log: (message: string) => void = console.error) {
  let failing = false;
  return {
    failed(message: string) {
      if (!failing) log(message);
      failing = true;
    },
    recovered() {
      failing = false;
    },
  };
}
