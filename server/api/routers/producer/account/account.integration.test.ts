import { describe, expect, it } from "vitest";

import { getVault } from "~/server/auth/vault";
import { meStatusWith, newUser, signedIn } from "~/server/test/session";

// A 1×1 PNG: the sandbox checks images by their magic bytes.
const PNG = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==",
  "base64",
);

describe("account.profile", () => {
  it("reads and updates the profile (PUT /me/), empty website and about becoming null", async () => {
    const { caller } = await signedIn(await newUser());
    const updated = await caller.account.profile.update({
      first_name: " Grace ",
      last_name: "Hopper",
      website: "https://grace.example.fr/",
      about: "Pionnière du **COBOL**.",
    });
    expect(updated).toMatchObject({ first_name: "Grace", website: "https://grace.example.fr/" });
    expect(await caller.account.profile.get()).toMatchObject({ first_name: "Grace", about: "Pionnière du **COBOL**." });

    await caller.account.profile.update({ first_name: "Grace", last_name: "Hopper", website: "", about: "" });
    expect(await caller.account.profile.get()).toMatchObject({ website: null, about: null });
  });

  it("refuses links in names and websites that are not http(s), before any upstream call", async () => {
    const { caller } = await signedIn(await newUser());
    const valid = { first_name: "A", last_name: "B", website: "", about: "" };
    await expect(caller.account.profile.update({ ...valid, first_name: "www.spam.fr" })).rejects.toMatchObject({
      code: "BAD_REQUEST",
    });
    await expect(caller.account.profile.update({ ...valid, website: "javascript:alert(1)" })).rejects.toMatchObject({
      code: "BAD_REQUEST",
    });
  });

  it("previews markdown with the site's sanitized renderer", async () => {
    const { caller } = await signedIn(await newUser());
    const { html } = await caller.account.profile.previewMarkdown({
      source: "# Titre\n\n**gras** <script>alert(1)</script> [lien](javascript:alert(1))",
    });
    expect(html).toContain("<strong>gras</strong>");
    expect(html).toContain("<h3>Titre</h3>");
    expect(html).not.toContain("<script>");
    expect(html).not.toContain('href="javascript:');
  });

  it("uploads an avatar from a multipart form, and refuses what is not a JPEG, PNG or WebP image", async () => {
    const { caller } = await signedIn(await newUser());
    const form = new FormData();
    form.append("file", new File([PNG], "moi.png", { type: "image/png" }));
    const { image } = await caller.account.profile.uploadAvatar(form);
    expect(image).toMatch(/\/_sandbox\/uploads\/[0-9a-f]+\.png$/);
    expect((await caller.account.profile.get()).avatar_thumbnail).toMatch(/\.png$/);

    const gif = new FormData();
    gif.append("file", new File(["GIF89a"], "x.gif", { type: "image/gif" }));
    await expect(caller.account.profile.uploadAvatar(gif)).rejects.toMatchObject({ code: "BAD_REQUEST" });
  });

  it("deletes the account only when its slug is typed, then ends the session", async () => {
    const account = await newUser();
    const { caller, session } = await signedIn(account);
    await expect(caller.account.profile.delete({ slug: "quelqu-un-d-autre" })).rejects.toMatchObject({
      code: "BAD_REQUEST",
      message: `Saisissez exactement « ${account.slug} » pour confirmer.`,
    });
    expect(await meStatusWith(account.apikey)).toBe(200);

    expect(await caller.account.profile.delete({ slug: account.slug })).toEqual({
      signedOutTo: "/sign-in?error=AccountDeleted",
    });
    expect(await getVault().get(session.sessionId)).toBeNull();
    expect(await meStatusWith(account.apikey)).toBe(401);
  });
});
