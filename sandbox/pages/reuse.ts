import { REUSE_TOPICS, REUSE_TYPES } from "../constants";
import { type Context } from "../context";
import { type ReuseRecord } from "../model";
import { pagePath } from "../urls";
import { html } from "./html";
import { type PageContent, dateFr, facts, linkList, outboundLink, plainText } from "./layout";
import { datasetLinks, publisherLink } from "./links";

/** A reuse's page: what it is, who publishes it, its figures and the datasets it uses. */
function labelOf(labels: readonly { id: string; fr: string }[], id: string): string {
  return labels.find((entry) => entry.id === id)?.fr ?? id;
}

export function reusePage(ctx: Context, reuse: ReuseRecord): PageContent {
  const datasets = datasetLinks(reuse.datasets.map((id) => ctx.store.dataset(id)));
  return {
    status: 200,
    title: reuse.title,
    main: html`<h1>${reuse.title}</h1>
      <p>Réutilisation${reuse.archived ? " archivée" : ""}, publiée par ${publisherLink(ctx, reuse)}.</p>
      ${facts([
        ["Type", labelOf(REUSE_TYPES, reuse.type)],
        ["Thématique", labelOf(REUSE_TOPICS, reuse.topic)],
        ["Adresse", outboundLink(reuse.url, "aucune")],
        ["Publiée le", dateFr(reuse.created_at)],
        ["Modifiée le", dateFr(reuse.last_modified)],
        ["Vues", reuse.metrics.views],
        ["Abonnés", reuse.metrics.followers],
        ["Discussions", html`<a href="${pagePath("reuses", reuse.slug)}/discussions">${reuse.metrics.discussions}</a>`],
        ["Mots-clés", reuse.tags.join(", ") || "aucun"],
      ])}
      <h2>Description</h2>
      ${plainText(reuse.description)} ${linkList("Jeux de données utilisés", datasets, "Aucun jeu de données public.")}`,
  };
}
