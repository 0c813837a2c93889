import { queryObjects } from "node:v8";

import { afterEach, describe, expect, it } from "vitest";

import { releaseAbortReasonStacks } from "./abort-reason-stacks";

/** The receiver of the frame that aborts: what an unread stack of the abort's reason keeps alive. */
class Aborter {
  abort(reason: (typeof REASONS)[number]): AbortController {
    const controller = new AbortController();
    if (reason === "error") controller.abort(new Error("rendu terminé"));
    else if (reason === "none") controller.abort();
    else controller.abort("rendu terminé");
    return controller;
  }
}

const REASONS = ["error", "none", "string"] as const;

/** Aborts 4 controllers of each reason in Aborter frames and keeps them, as a render's store keeps its own. */
function abortSome(): AbortController[] {
  return REASONS.flatMap((reason) => Array.from({ length: 4 }, () => new Aborter().abort(reason)));
}

/** How many Aborters are alive after a full garbage collection (queryObjects runs one). */
const aborters = () => queryObjects(Aborter, { format: "count" });

describe("releaseAbortReasonStacks", () => {
  let undo: (() => void) | undefined;
  afterEach(() => {
    undo?.();
    undo = undefined;
  });

  it("without it, an aborted controller keeps the aborting frame's receiver alive (the leak it mends)", () => {
    const kept = abortSome();
    // The Error and the DOMException reasons (8 of the 12) pin their Aborter; the string reasons do not.
    expect(aborters()).toBe(8);
    expect(kept).toHaveLength(12);
  });

  it("with it, no aborted controller keeps the aborting frame's receiver alive", () => {
    undo = releaseAbortReasonStacks();
    const kept = abortSome();
    expect(aborters()).toBe(0);
    expect(kept.every((controller) => controller.signal.aborted)).toBe(true);
  });

  it("aborts as before: the reason given, or an AbortError, with its stack", () => {
    undo = releaseAbortReasonStacks();
    const reason = new Error("rendu terminé");
    const [given, bare] = [new AbortController(), new AbortController()];
    given.abort(reason);
    bare.abort();
    expect(given.signal.reason).toBe(reason);
    expect(reason.stack).toMatch(/rendu terminé\n\s+at /);
    expect(bare.signal.reason).toBeInstanceOf(DOMException);
    expect((bare.signal.reason as DOMException).name).toBe("AbortError");
  });

  it("undoes itself", () => {
    const original = AbortController.prototype.abort;
    releaseAbortReasonStacks()();
    expect(AbortController.prototype.abort).toBe(original);
  });
});
