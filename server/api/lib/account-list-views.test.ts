import { describe, expect, it } from "vitest";

import { env } from "~/server/env";
import { discussionHref } from "./account-list-views";

const ID = "5c812a16634f416583ed1876";
const SUBJECT_ID = "534fff4ca3a7292c64a77c95";

describe("discussionHref", () => {
  it("links a discussion to its subject's discussions on data.gouv.fr", () => {
    expect(discussionHref({ id: ID, subject: { class: "Reuse", id: SUBJECT_ID } })).toBe(
      `${env.DATAGOUV_URL}/reuses/${SUBJECT_ID}/discussions?discussion_id=${ID}`,
    );
  });

  it("gives no link for a subject kind it does not know, even one named like an Object property", () => {
    for (const kind of ["Topic", "constructor", "__proto__", "toString"]) {
      expect(discussionHref({ id: ID, subject: { class: kind, id: SUBJECT_ID } }), kind).toBeNull();
    }
  });
});
