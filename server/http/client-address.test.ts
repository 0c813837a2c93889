import type { IncomingMessage } from "node:http";

import { describe, expect, it } from "vitest";

import { clientAddress } from "./client-address";

const from = (remoteAddress: string, forwardedFor?: string) =>
  ({
    socket: { remoteAddress },
    headers: forwardedFor === undefined ? {} : { "x-forwarded-for": forwardedFor },
  }) as unknown as IncomingMessage;

describe("clientAddress", () => {
  it("is the connection's address for a direct client, whatever it claims", () => {
    expect(clientAddress(from("203.0.113.7"))).toBe("203.0.113.7");
    expect(clientAddress(from("203.0.113.7", "198.51.100.1"))).toBe("203.0.113.7");
  });

  it("is the client a local reverse proxy appended, behind one", () => {
    expect(clientAddress(from("127.0.0.1", "198.51.100.1"))).toBe("198.51.100.1");
    expect(clientAddress(from("::ffff:127.0.0.1", "10.0.0.1, 198.51.100.2"))).toBe("198.51.100.2");
    expect(clientAddress(from("::1", "198.51.100.3"))).toBe("198.51.100.3");
  });

  it("is the loopback itself without a proxy header", () => {
    expect(clientAddress(from("127.0.0.1"))).toBe("127.0.0.1");
  });
});
