import { type Context } from "../context";
import { type DataserviceRecord } from "../model";
import { html } from "./html";
import { type PageContent, dateFr, facts, linkList, outboundLink, plainText } from "./layout";
import { datasetLinks, firstOf, publisherLink, reuseLinks } from "./links";

/** An API's page (cdata's `/dataservices/{slug}`): its facts, the datasets it serves, the reuses that use it. */
const SHOWN = 20;

export function dataservicePage(ctx: Context, dataservice: DataserviceRecord): PageContent {
  const { store } = ctx;
  const datasets = datasetLinks(dataservice.datasets.map((id) => store.dataset(id)));
  const reuses = firstOf(
    reuseLinks(
      store.state.reuses.filter(
        (reuse) => !reuse.private && !reuse.deleted && reuse.dataservices.includes(dataservice.id),
      ),
    ),
    SHOWN,
  );
  return {
    status: 200,
    title: dataservice.title,
    main: html`<h1>${dataservice.title}</h1>
      <p>API publiée par ${publisherLink(ctx, dataservice)}.</p>
      ${facts([
        ["Adresse de l’API", outboundLink(dataservice.base_api_url, "non indiquée")],
        ["Publiée le", dateFr(dataservice.created_at)],
        ["Archivée", dataservice.archived_at ? `le ${dateFr(dataservice.archived_at)}` : "non"],
      ])}
      <h2>Présentation</h2>
      ${plainText(dataservice.description)}
      ${linkList("Jeux de données servis", datasets, "Aucun jeu de données indiqué.")}
      ${linkList("Réutilisations", reuses.shown, "Aucune réutilisation publique.")}
      ${reuses.more > 0 ? html`<p>Et ${reuses.more} autres.</p>` : null}`,
  };
}
