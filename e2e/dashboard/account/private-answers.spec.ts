import { expect, test } from "../../fixtures";

test("every tRPC answer to a signed-in browser is kept by no cache, public procedures' too", async ({
  page,
  request,
  sandbox,
  signIn,
}) => {
  const user = await sandbox.createUser({ first_name: "Priscille", last_name: "Privée" });
  await signIn(user.apikey);
  const input = encodeURIComponent(JSON.stringify({ json: { page: 0 } }));
  for (const [path, status] of [
    ["account.profile.get", 200],
    ["reuses.types", 200],
    [`reuses.list?input=${input}`, 400],
  ] as const) {
    const answer = await page.request.get(`/api/trpc/${path}`);
    expect(answer.status(), path).toBe(status);
    expect(answer.headers()["cache-control"], path).toBe("private, no-store");
  }

  // The same public query without the session cookie may be shared.
  const anonymous = await request.get("/api/trpc/reuses.types");
  expect(anonymous.status()).toBe(200);
  expect(anonymous.headers()["cache-control"] ?? "").not.toContain("private");
});
