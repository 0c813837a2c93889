// Draining an HTTP server before the process exits (a rolling restart: SIGTERM, then the same instance again), with
// Node's own http.Server tools (close, closeIdleConnections, closeAllConnections); libraries such as
// http-terminator predate them and do the same with their own socket bookkeeping.
import type { Server, ServerResponse } from "node:http";

/** How a drain ended: requests in flight when it began, requests cut off at the time limit, how long it took. */
interface DrainOutcome {
  inFlightAtStart: number;
  cutOff: number;
  ms: number;
}

export interface GracefulServer {
  /** Requests received and not answered yet. */
  readonly inFlight: number;
  /**
   * Stops accepting connections, closes idle kept-alive ones at once and answers `Connection: close` from now on,
   * lets the requests in flight finish, and after `timeoutMs` closes whatever is still open.
   */
  drain(timeoutMs: number): Promise<DrainOutcome>;
}

/** Counts `server`'s requests in flight, for `drain()`. Call it before the server receives its first request. */
export function gracefulServer(server: Server): GracefulServer {
  const inFlight = new Set<ServerResponse>();
  let draining = false;
  let settled: (() => void) | undefined;

  // Before the server's own handler, which may answer at once.
  server.prependListener("request", (_request, response: ServerResponse) => {
    // A request that comes on a kept-alive connection while draining: its answer closes the connection, so that
    // the client (nginx) sends its next request elsewhere rather than on a connection about to be closed.
    if (draining) response.setHeader("connection", "close");
    inFlight.add(response);
    response.once("close", () => {
      inFlight.delete(response);
      if (draining && inFlight.size === 0) settled?.();
    });
  });

  return {
    get inFlight() {
      return inFlight.size;
    },
    async drain(timeoutMs) {
      const startedAt = Date.now();
      const inFlightAtStart = inFlight.size;
      draining = true;
      for (const response of inFlight) if (!response.headersSent) response.setHeader("connection", "close");
      // close() refuses new connections (the listening socket closes) and, since Node 19, closes idle ones.
      server.close();
      server.closeIdleConnections();
      let timer: NodeJS.Timeout | undefined;
      await new Promise<void>((resolve) => {
        settled = resolve;
        timer = setTimeout(resolve, timeoutMs);
        if (inFlight.size === 0) resolve();
      });
      clearTimeout(timer);
      const cutOff = inFlight.size;
      // Connections whose last answer began before the drain still say keep-alive: closed now, they are idle.
      if (cutOff > 0) server.closeAllConnections();
      else server.closeIdleConnections();
      return { inFlightAtStart, cutOff, ms: Date.now() - startedAt };
    },
  };
}
