import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_ACCOUNTS } from "../../seed/demo";
import { KEYS, type TestSandbox, startTestSandbox } from "../harness";

/** `GET /api/1/reuses/recent.atom` as udata writes it. */
const DATASET = "5b7ffc618b4c4169d30727e0";

let sandbox: TestSandbox;
let feed: string;
const created: Record<string, string> = {};

async function create(title: string, organization?: string): Promise<string> {
  const reuse = {
    title,
    description: "Une **description**.",
    type: "application",
    topic: "health",
    datasets: [DATASET],
  };
  const json = { ...reuse, url: `https://example.org/${title}`, ...(organization ? { organization } : {}) };
  const answer = await sandbox.call("/api/1/reuses/", { method: "POST", key: KEYS.producer, json });
  return ((await answer.json()) as { id: string }).id;
}

beforeAll(async () => {
  sandbox = await startTestSandbox();
  created.personal = await create("personnelle-du-jour");
  created.certified = await create("certifiee-du-jour", DEMO_ACCOUNTS.producer.organization.id);
  const answer = await sandbox.call("/api/1/reuses/recent.atom");
  expect(answer.headers.get("content-type")).toBe("application/atom+xml");
  feed = await answer.text();
});
afterAll(() => sandbox.close());

describe("GET /api/1/reuses/recent.atom", () => {
  it("writes feedgenerator's Atom1Feed — udata/core/reuse/api.py ReusesAtomFeedAPI.get", () => {
    expect(feed).toMatch(
      new RegExp(
        `^<\\?xml version="1\\.0" encoding="utf-8"\\?>\\n<feed xmlns="http://www\\.w3\\.org/2005/Atom">` +
          `<title>Latests reuses</title><link href="${sandbox.url}/" rel="alternate"/>` +
          `<link href="${sandbox.url}/api/1/reuses/recent\\.atom" rel="self"/><id>${sandbox.url}/</id><updated>[^<]+</updated><entry>`,
      ),
    );
    expect(feed.match(/<entry>/g)).toHaveLength(20);
    expect(feed).toMatch(/<summary type="html">Une \*\*description\*\*\.<\/summary><content type="html">/);
  });

  it("shows a certified organization's reuse at once, others after 10 hours — udata/utils.py get_rss_feed_list", () => {
    expect(DEMO_ACCOUNTS.producer.organization.id).toBe("534fff4ca3a7292c64a77c95");
    const entry = feed.slice(feed.indexOf("<entry>"), feed.indexOf("</entry>"));
    expect(entry).toContain("<title>certifiee-du-jour</title>");
    expect(entry).toContain(`<id>${sandbox.url}/reuses/${created.certified}</id>`);
    expect(entry).toMatch(/<author><name>ADEME<\/name><uri>[^<]+\/organizations\/ademe<\/uri><\/author>/);
    expect(feed).not.toContain("personnelle-du-jour");
  });
});
