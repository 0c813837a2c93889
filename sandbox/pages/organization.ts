import { type Context } from "../context";
import { countOf } from "../counts";
import { type OrganizationRecord } from "../model";
import { pagePath } from "../urls";
import { html } from "./html";
import { type PageContent, dateFr, facts, linkList, outboundLink, plainText } from "./layout";
import { datasetLinks, firstOf, fullName, reuseLinks } from "./links";

/** An organization's page: its facts, its members and what it publishes. */
const SHOWN = 20;

export function organizationPage(ctx: Context, organization: OrganizationRecord): PageContent {
  const counts = ctx.counts();
  const reuses = firstOf(
    reuseLinks(ctx.store.state.reuses.filter((reuse) => reuse.organization === organization.id)),
    SHOWN,
  );
  const datasets = firstOf(
    datasetLinks(ctx.store.state.datasets.filter((dataset) => dataset.organization === organization.id)),
    SHOWN,
  );
  const members = organization.members.flatMap((member) => {
    const user = ctx.store.user(member.user);
    return user ? [{ href: pagePath("users", user.slug), text: fullName(user) }] : [];
  });
  return {
    status: 200,
    title: organization.name,
    main: html`<h1>${organization.name}${organization.acronym ? ` (${organization.acronym})` : ""}</h1>
      <p>Organisation${organization.badges.some((badge) => badge.kind === "certified") ? " certifiée" : ""}.</p>
      ${facts([
        ["Site web", outboundLink(organization.url, "aucun")],
        ["Créée le", dateFr(organization.created_at)],
        ["Jeux de données", countOf(counts.datasetsOfOrganization, organization.id)],
        ["Réutilisations", countOf(counts.reusesOfOrganization, organization.id)],
        ["Abonnés", organization.metrics.followers],
      ])}
      <h2>Présentation</h2>
      ${plainText(organization.description)} ${linkList("Membres", members, "Aucun membre connu.")}
      ${linkList("Jeux de données", datasets.shown, "Aucun jeu de données public.")}
      ${datasets.more > 0 ? html`<p>Et ${datasets.more} autres.</p>` : null}
      ${linkList("Réutilisations", reuses.shown, "Aucune réutilisation publique.")}
      ${reuses.more > 0 ? html`<p>Et ${reuses.more} autres.</p>` : null}`,
  };
}
