import { describe, expect, it } from "vitest";

import { MAX_IMAGE_BYTES } from "~/lib/images/image-rules";
import { bodyLimitOf, pathSegments, REUSE_TEXT_BODY_BYTES, SMALL_BODY_BYTES, UPLOAD_BODY_BYTES } from "./body-limit";

describe("pathSegments", () => {
  it("decodes, and drops empty and dot segments as a router does", () => {
    expect(pathSegments("//api/./trpc/%61ccount.profile.uploadAvatar/?x=1")).toEqual([
      "api",
      "trpc",
      "account.profile.uploadAvatar",
    ]);
    expect(pathSegments("/reuses/../api/trpc/x")).toEqual(["api", "trpc", "x"]);
    expect(pathSegments("/reuses/%ZZ")).toBeUndefined();
  });
});

describe("bodyLimitOf", () => {
  it("lets an image and its form through to the upload procedures", () => {
    expect(UPLOAD_BODY_BYTES).toBeGreaterThan(MAX_IMAGE_BYTES);
    expect(bodyLimitOf("/api/trpc/producerReuses.uploadImage")).toBe(UPLOAD_BODY_BYTES);
    expect(bodyLimitOf("/api/trpc/account.profile.uploadAvatar")).toBe(UPLOAD_BODY_BYTES);
  });

  it.each([
    "/api/trpc/account.profile.uploadAvatar/",
    "//api//trpc//account.profile.uploadAvatar",
    "/api/trpc/account%2Eprofile%2EuploadAvatar",
    "/api/%74rpc/account.profile.uploadAvatar?batch=1",
    "/api/trpc/./account.profile.uploadAvatar",
  ])("gives every spelling of an upload path the upload limit: %s", (url) => {
    expect(bodyLimitOf(url)).toBe(UPLOAD_BODY_BYTES);
  });

  it("lets a reuse's longest description through to the procedures that write it, alone or in a batch", () => {
    expect(bodyLimitOf("/api/trpc/producerReuses.create")).toBe(REUSE_TEXT_BODY_BYTES);
    expect(bodyLimitOf("/api/trpc/producerReuses.update?batch=1")).toBe(REUSE_TEXT_BODY_BYTES);
    expect(bodyLimitOf("/api/trpc/producerReuses.publish,producerReuses.update?batch=1")).toBe(REUSE_TEXT_BODY_BYTES);
  });

  it.each([
    "/api/auth/callback/api-key",
    "/api/trpc/account.profile.update",
    "/api/trpc/producerReuses.uploadImage,producerReuses.uploadImage",
    "/api/trpc/producerReuses.uploadImage/extra",
    "/api/trpc/account.profile.uploadAvatar%2Fextra",
    "/x/api/trpc/account.profile.uploadAvatar",
    "/API/trpc/account.profile.uploadAvatar",
    "/api/trpc/account.profile.uploadAvatar%ZZ",
    "/reuses",
    "/",
    undefined,
  ])("gives anything else the small limit: %s", (url) => {
    expect(bodyLimitOf(url)).toBe(SMALL_BODY_BYTES);
  });
});
