import { createTRPCClient, httpLink, isNonJsonSerializable, splitLink, TRPCClientError } from "@trpc/client";
import SuperJSON from "superjson";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";

import type { AppRouter } from "~/server/api/root";
import { formDataLink, UPLOAD_PROGRESS } from "./form-data-link";

/** The little of XMLHttpRequest the link uses; the test answers it. */
class FakeRequest extends EventTarget {
  static last: FakeRequest | undefined;
  readonly upload = new EventTarget();
  readonly headers: Record<string, string> = {};
  method = "";
  url = "";
  body: unknown;
  status = 0;
  responseText = "";
  responseType = "";
  aborted = false;

  constructor() {
    super();
    FakeRequest.last = this;
  }
  open(method: string, url: string) {
    this.method = method;
    this.url = url;
  }
  setRequestHeader(name: string, value: string) {
    this.headers[name] = value;
  }
  send(body: unknown) {
    this.body = body;
  }
  abort() {
    this.aborted = true;
    this.dispatchEvent(new Event("abort"));
  }
  progress(loaded: number, total: number) {
    this.upload.dispatchEvent(Object.assign(new Event("progress"), { lengthComputable: true, loaded, total }));
  }
  answer(status: number, body: string) {
    this.status = status;
    this.responseText = body;
    this.dispatchEvent(new Event("load"));
  }
}

const sent = () => {
  if (!FakeRequest.last) throw new Error("no request sent");
  return FakeRequest.last;
};

const fetchSpy = vi.fn<typeof fetch>();
const client = createTRPCClient<AppRouter>({
  links: [
    splitLink({
      condition: (op) => isNonJsonSerializable(op.input),
      true: formDataLink({ url: "/api/trpc", transformer: SuperJSON }),
      false: httpLink({ url: "http://localhost/api/trpc", transformer: SuperJSON, fetch: fetchSpy }),
    }),
  ],
});

function avatarForm() {
  const form = new FormData();
  form.append("file", new File(["png"], "me.png", { type: "image/png" }));
  return form;
}

beforeEach(() => {
  FakeRequest.last = undefined;
  vi.stubGlobal("XMLHttpRequest", FakeRequest);
});
afterEach(() => vi.unstubAllGlobals());

describe("formDataLink", () => {
  it("posts the form alone to the procedure's path, reports the progress, and decodes the answer", async () => {
    const progress: number[] = [];
    const form = avatarForm();
    const call = client.account.profile.uploadAvatar.mutate(form, {
      context: { [UPLOAD_PROGRESS]: (fraction: number) => progress.push(fraction) },
    });
    const request = sent();
    expect([request.method, request.url, request.body]).toEqual([
      "POST",
      "/api/trpc/account.profile.uploadAvatar",
      form,
    ]);
    request.progress(1, 4);
    request.progress(4, 4);
    request.answer(200, JSON.stringify({ result: { data: SuperJSON.serialize({ image: "https://x/a.png" }) } }));
    await expect(call).resolves.toEqual({ image: "https://x/a.png" });
    expect(progress).toEqual([0.25, 1]);
    expect(fetchSpy).not.toHaveBeenCalled();
  });

  it("gives the server's refusal as a TRPCClientError with its data", async () => {
    const call = client.account.profile.uploadAvatar.mutate(avatarForm());
    const error = {
      message: "Choisissez une image.",
      code: -32600,
      data: { code: "BAD_REQUEST", invalidFields: ["file"] },
    };
    sent().answer(400, JSON.stringify({ error: SuperJSON.serialize(error) }));
    const failure: unknown = await call.catch((caught: unknown) => caught);
    expect(failure).toBeInstanceOf(TRPCClientError);
    expect(failure).toMatchObject({ message: "Choisissez une image.", data: { code: "BAD_REQUEST" } });
  });

  it("says which answer was not tRPC's (its status), or that none came", async () => {
    const tooLarge = client.account.profile.uploadAvatar.mutate(avatarForm());
    sent().answer(413, "<html>413 Request Entity Too Large</html>");
    await expect(tooLarge).rejects.toMatchObject({ data: undefined, meta: { status: 413 } });

    const broken = client.account.profile.uploadAvatar.mutate(avatarForm());
    sent().dispatchEvent(new Event("error"));
    await expect(broken).rejects.toMatchObject({ data: undefined, meta: { status: 0 } });
  });

  it("stops the request when the call is aborted, with an AbortError as the cause", async () => {
    const controller = new AbortController();
    const call = client.account.profile.uploadAvatar.mutate(avatarForm(), { signal: controller.signal });
    controller.abort();
    const failure: unknown = await call.catch((caught: unknown) => caught);
    expect(sent().aborted).toBe(true);
    expect(failure).toBeInstanceOf(TRPCClientError);
    expect(failure).toMatchObject({ cause: { name: "AbortError" } });
  });

  it("leaves JSON inputs to the other link", async () => {
    fetchSpy.mockResolvedValueOnce(
      Response.json({ result: { data: SuperJSON.serialize({ html: "<p>x</p>" }) } }, { status: 200 }),
    );
    await expect(client.account.profile.previewMarkdown.mutate({ source: "x" })).resolves.toEqual({ html: "<p>x</p>" });
    expect(FakeRequest.last).toBeUndefined();
  });
});
