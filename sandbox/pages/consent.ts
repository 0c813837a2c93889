import { type OAuthClientRecord, type UserRecord } from "../model";
import { html } from "./html";
import { type PageContent } from "./layout";
import { fullName } from "./links";

/**
 * The OAuth2 consent page (udata/templates/api/oauth_authorize.html), standing in for data.gouv.fr's sign-in
 * too: the sandbox has no passwords, so the person picks the account to sign in with.
 */
export interface ConsentForm {
  client: OAuthClientRecord;
  /** The authorization request's own URL: the form posts back to it. */
  action: string;
  users: readonly UserRecord[];
  selected: string;
}

export function consentPage({ client, action, users, selected }: ConsentForm): PageContent {
  const options = users.map((user) =>
    user.id === selected
      ? html`<option value="${user.id}" selected>${fullName(user)}</option>`
      : html`<option value="${user.id}">${fullName(user)}</option>`,
  );
  return {
    status: 200,
    title: `Autoriser ${client.name}`,
    main: html`<h1>Autoriser ${client.name}</h1>
      <p><strong>${client.name}</strong> souhaite accéder à votre compte <strong>data.gouv.fr</strong>.</p>
      <h2>Droits demandés</h2>
      <dl>
        <dt>Accéder à votre profil</dt>
        <dd>Lire votre profil, votre adresse e-mail, les organisations dont vous êtes membre, vos publications</dd>
        <dt>Publier des données</dt>
        <dd>Publier des jeux de données, des réutilisations, suivre ou ne plus suivre</dd>
      </dl>
      <form method="post" action="${action}">
        <h2>Compte</h2>
        <p>Le bac à sable n'a pas de mots de passe : choisissez le compte avec lequel vous connecter.</p>
        <label for="user">Se connecter en tant que</label>
        <select id="user" name="user">
          ${options}
        </select>
        <input type="hidden" name="scope" value="default" />
        <div>
          <button type="submit" name="refuse">Refuser</button>
          <button type="submit" name="accept">Autoriser</button>
        </div>
      </form>`,
  };
}
