import { describe, expect, it } from "vitest";

import { followersText, type FollowWords } from "./follow-words";

const words: FollowWords = {
  follow: "Suivre",
  countNone: "aucun abonné",
  countOne: "# abonné",
  countOther: "# abonnés",
  followedStatus: "",
  unfollowedStatus: "",
  failed: "",
};

describe("followersText", () => {
  it("says none, one or several followers, numbers in French", () => {
    expect([0, 1, 2, 12_345].map((count) => followersText(words, count, "fr"))).toEqual([
      "aucun abonné",
      "1 abonné",
      "2 abonnés",
      "12\u202f345 abonnés",
    ]);
  });

  it("writes the number in English on an English page", () => {
    const english = { ...words, countOne: "# follower", countOther: "# followers" };
    expect(followersText(english, 12_345, "en")).toBe("12,345 followers");
    expect(followersText(english, 1, "en")).toBe("1 follower");
  });
});
