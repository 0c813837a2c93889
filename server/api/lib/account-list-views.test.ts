import { describe, expect, it } from "vitest";

import { env } from "~/server/env";
import { discussionHref, isUnanswered, unansweredByReuse } from "./account-list-views";

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

describe("unanswered discussions", () => {
  const message = { posted_on: "2026-11-02T10:00:00+00:00" };
  const about = (id: string, messages: number, closed: string | null = null) => ({
    subject: { class: "Reuse", id },
    closed,
    discussion: Array.from({ length: messages }, () => message),
  });

  it('is an open discussion with its first message only, as data.gouv.fr\'s admin says "Nouveau"', () => {
    expect(isUnanswered(about(ID, 1))).toBe(true);
    expect(isUnanswered(about(ID, 2))).toBe(false);
    expect(isUnanswered(about(ID, 1, "2026-11-03T10:00:00+00:00"))).toBe(false);
  });

  it("is counted per reuse, datasets and ids named like Object properties included safely", () => {
    const counts = unansweredByReuse([
      about(ID, 1),
      about(ID, 1),
      about(ID, 3),
      about("constructor", 1),
      { ...about(SUBJECT_ID, 1), subject: { class: "Dataset", id: SUBJECT_ID } },
    ]);
    expect(new Map(counts)).toEqual(
      new Map([
        [ID, 2],
        ["constructor", 1],
      ]),
    );
  });
});
