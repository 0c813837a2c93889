import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";

import { translatorFor } from "~/lib/i18n/translator";
import { AboutSubject, aboutSubject } from "./discussion-item";

const t = translatorFor("dashboard.lists");

type Discussion = Parameters<typeof AboutSubject>[0]["discussion"];

function about(discussion: Discussion): string {
  return renderToStaticMarkup(createElement(AboutSubject, { discussion, t }));
}

describe("aboutSubject", () => {
  it("says what a discussion is about, and names an unknown kind as data.gouv.fr does", () => {
    expect(aboutSubject("Reuse", t)).toBe("À propos d'une réutilisation");
    expect(aboutSubject("Topic", t)).toBe("À propos de : Topic");
  });

  it("names a kind called like an Object property as it is", () => {
    expect(aboutSubject("constructor", t)).toBe("À propos de : constructor");
    expect(aboutSubject("__proto__", t)).toBe("À propos de : __proto__");
  });
});

describe("AboutSubject", () => {
  it("names the dataset and links it to data.gouv.fr", () => {
    const html = about({
      subjectClass: "Dataset",
      subject: { kind: "dataset", title: "Base DPE", href: "https://www.data.gouv.fr/datasets/base-dpe/" },
    });
    expect(html).toBe(
      'À propos du jeu de données « <a href="https://www.data.gouv.fr/datasets/base-dpe/" rel="nofollow ugc noopener">Base DPE</a> »',
    );
  });

  it("names the reuse and links it to our page, or names it only when it has no public page", () => {
    const subject = { kind: "reuse", title: "Carte des <écoles>", href: "/reuses/carte", slug: "carte" } as const;
    expect(about({ subjectClass: "Reuse", subject })).toBe(
      'À propos de la réutilisation « <a href="/reuses/carte">Carte des &lt;écoles&gt;</a> »',
    );
    expect(about({ subjectClass: "Reuse", subject: { ...subject, href: null } })).toBe(
      "À propos de la réutilisation « Carte des &lt;écoles&gt; »",
    );
  });

  it("keeps the generic sentence when the subject could not be read", () => {
    expect(about({ subjectClass: "Dataset", subject: null })).toBe("À propos d&#x27;un jeu de données");
  });
});
