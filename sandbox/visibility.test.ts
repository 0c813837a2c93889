import { describe, expect, it } from "vitest";
import { type ReuseRecord, type UserRecord } from "./model";
import { type Caller, canEdit, isListedFor, isVisible, readStatus } from "./visibility";

function reuse(fields: Partial<ReuseRecord>): ReuseRecord {
  return {
    id: "r",
    slug: "r",
    former_slugs: [],
    title: "R",
    description: "",
    type: "application",
    topic: "others",
    url: "https://example.org",
    tags: [],
    datasets: ["d"],
    dataservices: [],
    organization: "org",
    owner: null,
    image: null,
    private: false,
    deleted: null,
    archived: null,
    featured: null,
    badges: [],
    created_at: "",
    last_modified: "",
    extras: {},
    metrics: { discussions: 0, followers: 0, views: 0 },
    ...fields,
  };
}

function caller(id: string, organizations: string[] = [], isAdmin = false): Caller {
  return { user: { id } as UserRecord, isAdmin, organizations: new Set(organizations) };
}

const anonymous = null;
const member = caller("m", ["org"]);
const stranger = caller("s");
const admin = caller("a", [], true);

describe("reuse visibility", () => {
  it("lists public reuses to everyone, with or without datasets; only those with datasets are visible", () => {
    expect(isListedFor(reuse({}), anonymous)).toBe(true);
    expect(isListedFor(reuse({ datasets: [] }), anonymous)).toBe(true);
    expect(isVisible(reuse({}))).toBe(true);
    expect(isVisible(reuse({ datasets: [] }))).toBe(false);
    expect(isVisible(reuse({ private: true }))).toBe(false);
    expect(isVisible(reuse({ deleted: "2024-01-01" }))).toBe(false);
  });

  it("lists private and deleted reuses only to their owners and organization members", () => {
    for (const hidden of [reuse({ private: true }), reuse({ deleted: "2024-01-01" })]) {
      expect(isListedFor(hidden, anonymous)).toBe(false);
      expect(isListedFor(hidden, stranger)).toBe(false);
      expect(isListedFor(hidden, member)).toBe(true);
    }
    expect(isListedFor(reuse({ organization: null, owner: "s", private: true }), stranger)).toBe(true);
  });

  it("answers 404 for private (deleted or not), 410 for deleted, 200 without datasets, except to editors", () => {
    expect(readStatus(reuse({ private: true }), anonymous)).toBe(404);
    expect(readStatus(reuse({ private: true, deleted: "2024-01-01" }), stranger)).toBe(404);
    expect(readStatus(reuse({ deleted: "2024-01-01" }), stranger)).toBe(410);
    expect(readStatus(reuse({ datasets: [] }), anonymous)).toBe(200);
    expect(readStatus(reuse({ private: true }), member)).toBe(200);
    expect(readStatus(reuse({ deleted: "2024-01-01" }), admin)).toBe(200);
  });

  it("lets owners, organization members and admins edit", () => {
    expect(canEdit(reuse({}), member)).toBe(true);
    expect(canEdit(reuse({}), admin)).toBe(true);
    expect(canEdit(reuse({}), stranger)).toBe(false);
    expect(canEdit(reuse({}), anonymous)).toBe(false);
  });
});
