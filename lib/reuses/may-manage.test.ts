import { describe, expect, it } from "vitest";

import { mayManageReuse, type Visitor } from "./may-manage";

const visitor = (overrides: Partial<Visitor> = {}): Visitor => ({
  id: "u1",
  roles: [],
  organizationIds: ["o1"],
  ...overrides,
});

describe("mayManageReuse", () => {
  it("lets a site admin manage any reuse", () => {
    expect(mayManageReuse(visitor({ roles: ["admin"] }), { ownerId: "someone", organizationId: null })).toBe(true);
    expect(mayManageReuse(visitor({ roles: ["admin"] }), {})).toBe(true);
  });

  it("lets the owner manage their reuse", () => {
    expect(mayManageReuse(visitor(), { ownerId: "u1", organizationId: null })).toBe(true);
  });

  it("lets a member of the reuse's organization manage it", () => {
    expect(mayManageReuse(visitor(), { ownerId: null, organizationId: "o1" })).toBe(true);
  });

  it("goes by the organization when the reuse has one, as udata does: not by its owner", () => {
    expect(mayManageReuse(visitor({ organizationIds: [] }), { ownerId: "u1", organizationId: "o1" })).toBe(false);
  });

  it("refuses anyone else, and an anonymous visitor", () => {
    expect(mayManageReuse(visitor(), { ownerId: "u2", organizationId: "o2" })).toBe(false);
    expect(mayManageReuse(visitor({ roles: ["editor"] }), {})).toBe(false);
    expect(mayManageReuse(null, { ownerId: "u1", organizationId: "o1" })).toBe(false);
  });

  it("does not match missing ids to each other", () => {
    expect(mayManageReuse(visitor({ id: "", organizationIds: [""] }), { ownerId: "", organizationId: "" })).toBe(false);
  });
});
