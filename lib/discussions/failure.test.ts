import { describe, expect, it } from "vitest";

import { postFailureOf } from "./failure";

describe("postFailureOf", () => {
  it("names the failure of each tRPC code, anything unknown being data.gouv.fr unavailable", () => {
    expect(postFailureOf("BAD_REQUEST")).toBe("invalid");
    expect(postFailureOf("FORBIDDEN")).toBe("forbidden");
    expect(postFailureOf("NOT_FOUND")).toBe("notFound");
    expect(postFailureOf("GATEWAY_TIMEOUT")).toBe("unavailable");
    expect(postFailureOf(undefined)).toBe("unavailable");
  });
});
