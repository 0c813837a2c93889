/**
 * Works around a memory leak of React's server renderer under Next.js 16.4.6 and React 19.3 (open upstream:
 * react/react#37288, vercel/next.js#97434). Every render aborts AbortControllers (React's cacheSignal, "This
 * render completed successfully…", and Next's own) with an Error whose stack nobody reads. V8 keeps an unread
 * stack as frames, and a frame keeps its receiver: the Immediate the abort ran in, whose stale queue links lead to
 * the Immediates of other renders, each holding its request's async context. So every rendered page stayed in
 * memory (the soak of `npm run test:load` saw 3 MB/s). Reading a stack formats it into a string and drops the
 * frames: the wrapped `abort` reads its reason's.
 */

/** Wraps `AbortController.prototype.abort` so that an abort reason keeps no stack frames; returns the undo. */
export function releaseAbortReasonStacks(): () => void {
  const prototype = AbortController.prototype;
  const abort = prototype.abort;
  prototype.abort = function abortReleasingStack(this: AbortController, reason?: unknown) {
    abort.call(this, reason);
    const stored: unknown = this.signal.reason;
    // Error and DOMException (what a bare abort() gives) alike.
    if (stored instanceof Error) void stored.stack;
  };
  return () => {
    prototype.abort = abort;
  };
}
