import { type Context } from "../context";
import { type UserRecord } from "../model";
import { pagePath } from "../urls";
import { html } from "./html";
import { type PageContent, dateFr, facts, linkList, outboundLink, plainText } from "./layout";
import { datasetLinks, fullName, reuseLinks } from "./links";

/** A user's public profile: who they are, their organizations and what they publish in their own name. */
export function userPage(ctx: Context, user: UserRecord): PageContent {
  const organizations = [...ctx.store.organizationsOf(user.id)].flatMap((id) => {
    const organization = ctx.store.organization(id);
    return organization ? [{ href: pagePath("organizations", organization.slug), text: organization.name }] : [];
  });
  const reuses = reuseLinks(ctx.store.state.reuses.filter((reuse) => reuse.owner === user.id));
  const datasets = datasetLinks(ctx.store.state.datasets.filter((dataset) => dataset.owner === user.id));
  return {
    status: 200,
    title: fullName(user),
    main: html`<h1>${fullName(user)}</h1>
      ${facts([
        ["Membre depuis le", dateFr(user.since)],
        ["Site web", outboundLink(user.website, "aucun")],
      ])}
      <h2>À propos</h2>
      ${plainText(user.about ?? "")} ${linkList("Organisations", organizations, "Aucune organisation.")}
      ${linkList("Réutilisations", reuses, "Aucune réutilisation publique.")}
      ${linkList("Jeux de données", datasets, "Aucun jeu de données public.")}`,
  };
}
