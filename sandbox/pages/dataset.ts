import { type Context } from "../context";
import { countOf } from "../counts";
import { type DatasetRecord } from "../model";
import { pagePath, resourceUrl } from "../urls";
import { html } from "./html";
import { type PageContent, dateFr, facts, linkList, plainText, textOr } from "./layout";
import { firstOf, publisherLink, reuseLinks } from "./links";

/** A dataset's page: its publisher, its facts, its resources (by name) and the reuses that use it. */
const REUSES_SHOWN = 20;

export function datasetPage(ctx: Context, dataset: DatasetRecord): PageContent {
  const { fields } = dataset;
  const reuses = firstOf(
    reuseLinks(ctx.store.state.reuses.filter((reuse) => reuse.datasets.includes(dataset.id))),
    REUSES_SHOWN,
  );
  const resources = dataset.resources.map(
    (resource) =>
      html`<li>
        <a href="${resourceUrl("", String(resource.id))}">${textOr(resource.title, "Sans titre")}</a>
        (${textOr(resource.format, "format inconnu")})
      </li>`,
  );
  return {
    status: 200,
    title: dataset.title,
    main: html`<h1>${dataset.title}</h1>
      <p>Jeu de données${fields.archived ? " archivé" : ""}, publié par ${publisherLink(ctx, dataset)}.</p>
      ${facts([
        ["Licence", textOr(fields.license, "non précisée")],
        ["Fréquence de mise à jour", textOr(fields.frequency, "inconnue")],
        ["Créé le", dateFr(fields.created_at)],
        ["Modifié le", dateFr(fields.last_modified)],
        ["Réutilisations", countOf(ctx.counts().reusesOfDataset, dataset.id)],
        [
          "Discussions",
          html`<a href="${pagePath("datasets", dataset.slug)}/discussions"
            >${countOf(ctx.counts().discussionsOf, dataset.id)}</a
          >`,
        ],
      ])}
      <h2>Description</h2>
      ${plainText(textOr(fields.description, ""))}
      <h2>Fichiers</h2>
      ${
        resources.length > 0
          ? html`<ul>
              ${resources}
            </ul>`
          : html`<p>Aucun fichier.</p>`
      }
      ${linkList("Réutilisations", reuses.shown, "Aucune réutilisation publique.")}
      ${reuses.more > 0 ? html`<p>Et ${reuses.more} autres.</p>` : null}`,
  };
}
