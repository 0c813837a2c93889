import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type TestSandbox, jsonOf, startTestSandbox } from "../harness";

/** Label lists in the language udata picks. */
type Labels = { id: string; label: string }[];

let sandbox: TestSandbox;
beforeAll(async () => {
  sandbox = await startTestSandbox();
});
afterAll(() => sandbox.close());

async function labels(path: string, headers: Record<string, string> = {}): Promise<Labels> {
  const response = await fetch(`${sandbox.url}/api/1/reuses/${path}`, { headers });
  return (await jsonOf<Labels>(response)).body;
}

const TYPES_EN = {
  api: "API",
  application: "Application",
  idea: "Idea",
  news_article: "News Article",
  paper: "Paper",
  post: "Post",
  visualization: "Visualization",
  hardware: "Connected device",
};

describe("GET /reuses/types/ and /reuses/topics/", () => {
  it("answers udata's types in English by default — udata/core/reuse/api.py ReuseTypesAPI.get, udata/core/reuse/constants.py REUSE_TYPES, udata/settings.py DEFAULT_LANGUAGE", async () => {
    expect(Object.fromEntries((await labels("types/")).map(({ id, label }) => [id, label]))).toEqual(TYPES_EN);
    const topics = await labels("topics/");
    expect(topics).toHaveLength(15);
    expect(topics[1]).toEqual({ id: "transport_and_mobility", label: "Transport and mobility" });
    expect(topics.at(-1)).toEqual({ id: "others", label: "Others" });
  });

  it("answers in English with lang=en or en_GB, as an English page asks — udata/api/__init__.py set_api_language, udata/core/reuse/api.py ReuseTypesAPI.get and ReuseTopicsAPI.get", async () => {
    for (const lang of ["en", "en_GB"]) {
      expect(Object.fromEntries((await labels(`types/?lang=${lang}`)).map(({ id, label }) => [id, label]))).toEqual(
        TYPES_EN,
      );
      const topics = await labels(`topics/?lang=${lang}`);
      expect(topics.find((topic) => topic.id === "economy_and_business")?.label).toBe("Economy and business");
      expect(topics.find((topic) => topic.id === "transport_and_mobility")?.label).toBe("Transport and mobility");
    }
  });

  it("answers in French with lang=fr or fr_FR, from udata's translations — udata/api/__init__.py set_api_language, udata/translations/fr/LC_MESSAGES/udata.po", async () => {
    for (const lang of ["fr", "fr_FR", "FR"]) {
      const types = await labels(`types/?lang=${lang}`);
      expect(types.find((type) => type.id === "news_article")?.label).toBe("Article de presse");
      expect(types.find((type) => type.id === "hardware")?.label).toBe("Objet connecté");
    }
    const topics = await labels("topics/?lang=fr");
    expect(topics.map((topic) => topic.label)).toContain("Aménagement du territoire et logement");
    expect(topics.find((topic) => topic.id === "economy_and_business")?.label).toBe("Économie et entreprise");
  });

  it("ignores a lang Babel cannot parse and the Accept-Language header — udata/api/__init__.py set_api_language, udata/i18n.py get_locale", async () => {
    for (const query of ["?lang=fr-FR", "?lang=zz-top", ""]) {
      const types = await labels(`types/${query}`, { "Accept-Language": "fr-FR,fr;q=0.9" });
      expect(types.find((type) => type.id === "idea")?.label).toBe("Idea");
    }
  });
});
