import { describe, expect, it } from "vitest";

import { failureOfCode } from "./report-words";

describe("failureOfCode", () => {
  it("tells the limit, a refusal and data.gouv.fr's silence apart", () => {
    expect(failureOfCode("TOO_MANY_REQUESTS")).toBe("limite");
    expect(failureOfCode("BAD_REQUEST")).toBe("refus");
    expect(failureOfCode("NOT_FOUND")).toBe("refus");
    expect(failureOfCode("GATEWAY_TIMEOUT")).toBe("indisponible");
    expect(failureOfCode(undefined)).toBe("indisponible");
  });
});
