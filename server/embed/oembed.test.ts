import { describe, expect, it } from "vitest";

import { oembedAnswer, type OembedReuse } from "./oembed";

const SITE = "https://reutilisations.example";
const REUSE: OembedReuse = {
  slug: "carte-des-pistes",
  title: 'Carte "des" <pistes>',
  image_thumbnail: "https://static.example/images/carte-500.png",
  organization: { name: "Ville de Lyon", page: "https://www.data.gouv.fr/organizations/lyon/" },
  owner: null,
};

async function ask(query: string, reuse: OembedReuse = REUSE) {
  const asked: string[] = [];
  const load = async (slug: string) => {
    asked.push(slug);
    return slug === "gone-one" ? ({ failure: { kind: "gone" } } as const) : { data: reuse };
  };
  const answer = await oembedAnswer(new URLSearchParams(query), { siteUrl: SITE, load });
  return { ...answer, asked };
}

const pageQuery = (extra = "") => `url=${encodeURIComponent(`${SITE}/reuses/carte-des-pistes`)}${extra}`;

describe("oembedAnswer", () => {
  it("answers a reuse page with a rich type: the embed card's iframe, its author, its thumbnail", async () => {
    const { status, body } = await ask(pageQuery("&format=json"));
    expect(status).toBe(200);
    expect(body).toEqual({
      type: "rich",
      version: "1.0",
      title: 'Carte "des" <pistes>',
      provider_name: "Réutilisations data.gouv.fr",
      provider_url: SITE,
      author_name: "Ville de Lyon",
      author_url: "https://www.data.gouv.fr/organizations/lyon/",
      html:
        '<iframe src="https://reutilisations.example/embeds/reuses/carte-des-pistes"' +
        ' title="Carte &quot;des&quot; &lt;pistes&gt;" width="480" height="400" loading="lazy"' +
        ' style="border:0;max-width:100%"></iframe>',
      width: 480,
      height: 400,
      thumbnail_url: "https://static.example/images/carte-500.png",
      thumbnail_width: 500,
      thumbnail_height: 500,
    });
  });

  it("answers an English reuse page with the English card and English words, the rest unchanged", async () => {
    const url = `${SITE}/en/reuses/carte-des-pistes`;
    const { status, body, asked } = await ask(`url=${encodeURIComponent(url)}`);
    expect(status).toBe(200);
    expect(asked).toEqual(["carte-des-pistes"]);
    expect(body).toMatchObject({
      type: "rich",
      title: 'Carte "des" <pistes>',
      provider_name: "data.gouv.fr Reuses",
      provider_url: `${SITE}/en`,
      author_name: "Ville de Lyon",
      author_url: "https://www.data.gouv.fr/organizations/lyon/",
      width: 480,
      height: 400,
      thumbnail_url: "https://static.example/images/carte-500.png",
    });
    expect(body.html).toContain('<iframe src="https://reutilisations.example/en/embeds/reuses/carte-des-pistes"');
  });

  it("says in English what goes wrong with an English page", async () => {
    const gone = await ask(`url=${encodeURIComponent(`${SITE}/en/reuses/gone-one`)}`);
    expect(gone).toMatchObject({ status: 410, body: { error: "This reuse has been deleted." } });
    const listing = await ask(`url=${encodeURIComponent(`${SITE}/en/reuses`)}`);
    expect(listing).toMatchObject({
      status: 404,
      body: { error: "This address is not that of a reuse on this site." },
    });
    const xml = await ask(`url=${encodeURIComponent(`${SITE}/en/reuses/carte-des-pistes`)}&format=xml`);
    expect(xml).toMatchObject({ status: 501, body: { error: "Only the json format is available." } });
  });

  it("keeps within maxwidth and maxheight, leaving out a thumbnail that would not fit", async () => {
    const { body } = await ask(pageQuery("&maxwidth=300&maxheight=250"));
    expect(body).toMatchObject({ width: 300, height: 250 });
    expect(body.html).toContain('width="300" height="250"');
    expect(body).not.toHaveProperty("thumbnail_url");
    expect((await ask(pageQuery("&maxwidth=2000"))).body).toMatchObject({ width: 480, height: 400 });
  });

  it("names a person who published without an organization, and gives no thumbnail without an image", async () => {
    const person = { first_name: "Inès", last_name: "Hachée", page: "https://www.data.gouv.fr/users/ines/" };
    const { body } = await ask(pageQuery(), { ...REUSE, organization: null, owner: person, image_thumbnail: null });
    expect(body).toMatchObject({ author_name: "Inès Hachée", author_url: "https://www.data.gouv.fr/users/ines/" });
    expect(body).not.toHaveProperty("thumbnail_url");
  });

  it("answers 501 to a format other than JSON", async () => {
    expect((await ask(pageQuery("&format=xml"))).status).toBe(501);
  });

  it.each([
    ["no url", ""],
    ["an empty url", "url="],
    ["a url that is not one", "url=pas%20une%20adresse"],
    ["a javascript: url", `url=${encodeURIComponent("javascript:alert(1)")}`],
    ["a url of 2,001 characters", `url=${encodeURIComponent(`${SITE}/reuses/${"a".repeat(2_001 - SITE.length - 8)}`)}`],
    ["a maxwidth that is not a number", pageQuery("&maxwidth=large")],
    ["a negative maxheight", pageQuery("&maxheight=-5")],
    ["a fractional maxwidth", pageQuery("&maxwidth=1.5")],
  ])("answers 400 to %s, asking nothing upstream", async (_case, query) => {
    const { status, asked } = await ask(query);
    expect(status).toBe(400);
    expect(asked).toEqual([]);
  });

  it.each([
    `https://elsewhere.example/reuses/carte-des-pistes`,
    `http://reutilisations.example/reuses/carte-des-pistes`,
    `${SITE}/reuses`,
    `${SITE}/reuses/feed.xml`,
    `${SITE}/reuses/carte-des-pistes/abonnes`,
    `${SITE}/embeds/reuses/carte-des-pistes`,
    `${SITE}/en/embeds/reuses/carte-des-pistes`,
    `${SITE}/fr/reuses/carte-des-pistes`,
    `${SITE}/de/reuses/carte-des-pistes`,
    `${SITE}/en/en/reuses/carte-des-pistes`,
    `${SITE}/en/reuses/carte-des-pistes/abonnes`,
    `${SITE}/en`,
    `${SITE}/reuses/Carte_Des_Pistes`,
    `${SITE}/reuses/%E9`,
    `${SITE}/`,
  ])("answers 404 to a URL that is not a reuse page of this site: %s", async (url) => {
    const { status, asked } = await ask(`url=${encodeURIComponent(url)}`);
    expect(status).toBe(404);
    expect(asked).toEqual([]);
  });

  it("reads the slug of a reuse page whatever its query or trailing slash, and says when the reuse is gone", async () => {
    expect((await ask(`url=${encodeURIComponent(`${SITE}/reuses/carte-des-pistes/?utm=x`)}`)).asked).toEqual([
      "carte-des-pistes",
    ]);
    expect((await ask(`url=${encodeURIComponent(`${SITE}/reuses/gone-one`)}`)).status).toBe(410);
  });
});
