import { describe, expect, it } from "vitest";

import { partyName, transfersOf, type Transfer } from "./types";

const transfer = (id: string, subject: string | null, recipient: Transfer["recipient"]): Transfer => ({
  id,
  status: "pending",
  comment: null,
  created: "2026-09-01T10:00:00+00:00",
  responded: null,
  user: null,
  owner: null,
  recipient,
  subject: subject ? { class: "Reuse", id: subject, title: "Carte" } : null,
});

describe("transfer parties and subjects", () => {
  it("names an organization by its name, a user by their full name, an unknown one by the fallback", () => {
    expect(partyName({ class: "Organization", id: "o", slug: "ademe", name: "ADEME" }, "?")).toBe("ADEME");
    expect(partyName({ class: "User", id: "u", slug: "ada", first_name: "Ada", last_name: "Lovelace" }, "?")).toBe(
      "Ada Lovelace",
    );
    expect(partyName({ class: "User", id: "u", slug: "x", first_name: "", last_name: "" }, "inconnu")).toBe("inconnu");
    expect(partyName(null, "inconnu")).toBe("inconnu");
  });

  it("keeps the transfers of one reuse", () => {
    const all = [
      transfer("1", "a", null),
      transfer("2", "b", null),
      transfer("3", null, null),
      transfer("4", "a", null),
    ];
    expect(transfersOf(all, "a").map(({ id }) => id)).toEqual(["1", "4"]);
  });
});
