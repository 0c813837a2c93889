import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { KEYS, type TestSandbox, jsonOf, startTestSandbox } from "../harness";
import { createReuse } from "../new-reuse";

/** Featuring a reuse on the home page (site admins only). */
let sandbox: TestSandbox;
beforeAll(async () => {
  sandbox = await startTestSandbox();
});
afterAll(() => sandbox.close());

const call = async (id: string, method: "POST" | "DELETE", key?: string) =>
  jsonOf<{ featured: boolean | null }>(await sandbox.call(`/api/1/reuses/${id}/featured/`, { method, key }));

describe("POST|DELETE /api/1/reuses/{id}/featured/", () => {
  it("sets the flag and answers the reuse, the same twice over (a retry is harmless) — udata/core/reuse/api.py ReuseFeaturedAPI.post, .delete", async () => {
    const reuse = await createReuse(sandbox, KEYS.producer);
    for (const method of ["POST", "POST"] as const) {
      const answer = await call(reuse.id, method, KEYS.admin);
      expect(answer).toMatchObject({ status: 200, body: { featured: true } });
    }
    for (const method of ["DELETE", "DELETE"] as const) {
      expect(await call(reuse.id, method, KEYS.admin)).toMatchObject({ status: 200, body: { featured: false } });
    }
  });

  it("is for site admins: 401 without a key, 403 for the reuse's own producer — udata/core/reuse/api.py ReuseFeaturedAPI (api.secure(admin_permission))", async () => {
    const reuse = await createReuse(sandbox, KEYS.producer);
    expect((await call(reuse.id, "POST")).status).toBe(401);
    expect((await call(reuse.id, "POST", KEYS.producer)).status).toBe(403);
    expect((await call(reuse.id, "DELETE", KEYS.producer)).status).toBe(403);
  });

  it("answers 404 for a reuse that does not exist — udata/core/reuse/api.py ReuseFeaturedAPI (the reuse converter)", async () => {
    expect((await call("5f0c1c7e8b1b4a0a9c0d0e0f", "POST", KEYS.admin)).status).toBe(404);
  });
});
