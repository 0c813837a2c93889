import { describe, expect, it } from "vitest";

import { inSignInLanguage, toSignInPage, tooManyAttempts } from "./auth-answers";

const SITE = "https://reutilisations.example.org";

const redirect = (location: string) =>
  new Response(null, {
    status: 302,
    headers: [
      ["location", location],
      ["set-cookie", "a=1"],
      ["set-cookie", "b=2"],
    ],
  });

describe("inSignInLanguage", () => {
  it("sends next-auth's way back to the sign-in page to the English one, cookies kept", () => {
    const answer = inSignInLanguage(redirect(`${SITE}/sign-in?error=OAuthCallback`), "en", SITE);
    expect(answer.status).toBe(302);
    expect(answer.headers.get("location")).toBe("/en/sign-in?error=OAuthCallback");
    expect(answer.headers.getSetCookie()).toEqual(["a=1", "b=2"]);
  });

  it("leaves it French for a French visitor, and any other answer as it is", () => {
    expect(inSignInLanguage(redirect("/sign-in?error=x"), "fr", SITE).headers.get("location")).toBe("/sign-in?error=x");
    expect(inSignInLanguage(redirect(`${SITE}/dashboard`), "en", SITE).headers.get("location")).toBe(
      `${SITE}/dashboard`,
    );
    expect(inSignInLanguage(redirect("https://evil.example/sign-in"), "en", SITE).headers.get("location")).toBe(
      "https://evil.example/sign-in",
    );
    const json = Response.json({ url: `${SITE}/sign-in?error=CredentialsSignin` });
    expect(inSignInLanguage(json, "en", SITE)).toBe(json);
  });
});

describe("the site's own sign-in answers", () => {
  it("are in the visitor's language", async () => {
    expect(toSignInPage("en", "OAuthDenied").headers.get("location")).toBe("/en/sign-in?error=OAuthDenied");
    const english = await tooManyAttempts(60, "en").text();
    expect(english).toContain('<html lang="en">');
    expect(english).toContain('href="/en/sign-in"');
    expect(english).not.toMatch(/Trop de tentatives/);
    expect(await tooManyAttempts(60, "fr").text()).toContain("Trop de tentatives de connexion");
  });
});
