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
    expect(clientAddress(from("203.0.113.7"), false)).toBe("203.0.113.7");
    expect(clientAddress(from("203.0.113.7", "198.51.100.1"), true)).toBe("203.0.113.7");
  });

  it("is the client a local reverse proxy appended, behind one", () => {
    expect(clientAddress(from("127.0.0.1", "198.51.100.1"), true)).toBe("198.51.100.1");
    expect(clientAddress(from("::ffff:127.0.0.1", "10.0.0.1, 198.51.100.2"), true)).toBe("198.51.100.2");
    expect(clientAddress(from("::1", "2001:db8::7"), true)).toBe("2001:db8::7");
  });

  it("trusts no proxy unless told to: from the loopback too, X-Forwarded-For is the client's own claim", () => {
    expect(clientAddress(from("127.0.0.1", "198.51.100.1"), false)).toBe("127.0.0.1");
    expect(clientAddress(from("::1", "198.51.100.3"), false)).toBe("::1");
  });

  it.each(["anything", "198.51.100.1 x", "1.2.3.4:5678", "[2001:db8::1]", "999.1.1.1", "198.51.100.1,", ""])(
    "is the connection's address when the last X-Forwarded-For entry is not an IP address: %j",
    (forwarded) => {
      expect(clientAddress(from("127.0.0.1", forwarded), true)).toBe("127.0.0.1");
    },
  );

  it("is the loopback itself without a proxy header", () => {
    expect(clientAddress(from("127.0.0.1"), true)).toBe("127.0.0.1");
  });
});
