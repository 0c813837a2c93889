import { describe, expect, it } from "vitest";

import fr from "~/messages/fr.json";
import { isOAuthSignInError, signInErrorKey, signInErrorTexts, type SignInErrorKey } from "./sign-in-errors";

describe("sign-in errors", () => {
  it("name a known code's sentence, `failed` for any other, nothing without a code", () => {
    expect(signInErrorKey("SessionExpired")).toBe("SessionExpired");
    expect(signInErrorKey("<script>")).toBe("failed");
    expect(signInErrorKey("toString")).toBe("failed");
    expect(signInErrorKey(null)).toBeUndefined();
  });

  it("give the form a sentence for every reason, from the catalog", () => {
    const texts = signInErrorTexts((key) => fr.signIn[key]);
    expect(Object.keys(texts).sort()).toEqual(Object.keys(fr.signIn).sort());
    expect(texts.TooManyAttempts).toBe("Trop de tentatives de connexion. Patientez une minute avant de réessayer.");
  });

  it("tell what concerns data.gouv.fr's sign-in apart, to be said next to its button", () => {
    const oauth: SignInErrorKey[] = ["OAuthDenied", "OAuthCallback", "OAuthSessionExpired"];
    expect(oauth.every(isOAuthSignInError)).toBe(true);
    expect(isOAuthSignInError("CredentialsSignin")).toBe(false);
    expect(isOAuthSignInError("failed")).toBe(false);
  });
});
