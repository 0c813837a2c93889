import { describe, expect, it, vi } from "vitest";

import { UpstreamError } from "~/server/datagouv";
import { storeBackends, useStoreBackend } from "../store/test-backends";
import { oncePerRequest } from "./once";

const ID = "0123456789abcdef0123456789abcdef";

describe.each(storeBackends)("oncePerRequest over $name", (backend) => {
  const { connect } = useStoreBackend(backend);

  it("writes once per request id: a retry writes nothing and is told so", async () => {
    const store = connect();
    const write = vi.fn(async () => undefined);
    expect(await oncePerRequest(store, "report", ID, write)).toBe("done");
    expect(await oncePerRequest(store, "report", ID, write)).toBe("repeated");
    expect(await oncePerRequest(store, "report", ID.replace("0", "f"), write)).toBe("done");
    expect(write).toHaveBeenCalledTimes(2);
  });

  it("sends no second report after a timeout (it may have been made), but does after a refusal", async () => {
    const store = connect();
    const timeout = new UpstreamError({ kind: "timeout", method: "POST", path: "/reports/" });
    await expect(oncePerRequest(store, "report", ID, () => Promise.reject(timeout))).rejects.toBe(timeout);
    const retry = vi.fn(async () => undefined);
    expect(await oncePerRequest(store, "report", ID, retry)).toBe("repeated");
    expect(retry).not.toHaveBeenCalled();

    const other = "f".repeat(32);
    const refused = new UpstreamError({ kind: "http", status: 400, method: "POST", path: "/reports/" });
    await expect(oncePerRequest(store, "report", other, () => Promise.reject(refused))).rejects.toBe(refused);
    expect(await oncePerRequest(store, "report", other, retry)).toBe("done");
    expect(retry).toHaveBeenCalledTimes(1);
  });
});
