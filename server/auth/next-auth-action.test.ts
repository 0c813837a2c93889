import { describe, expect, it } from "vitest";

import { isSignInAttempt, nextAuthAction } from "./next-auth-action";

describe("next-auth actions", () => {
  it("are the first decoded segment", () => {
    expect(nextAuthAction(["callback", "api-key", "x"])).toBe("callback");
    expect(nextAuthAction(undefined)).toBeUndefined();
  });

  it("count every POST towards the sign-in limit but a session update, sign-out and the start of an OAuth2 sign-in", () => {
    for (const action of ["callback", "CALLBACK", "_log", "unknown", undefined])
      expect(isSignInAttempt(action)).toBe(true);
    for (const action of ["session", "signout", "signin"]) expect(isSignInAttempt(action)).toBe(false);
  });
});
