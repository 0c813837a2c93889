import { type Context } from "../context";
import { type DiscussionRecord } from "../model";
import { type Kind, pagePath } from "../urls";
import { html } from "./html";
import { type PageContent, dateFr, plainText } from "./layout";
import { userLink } from "./links";

/**
 * The discussions of a reuse or dataset (`/{kind}/{slug}/discussions`, where udata's `self_web_url` and the
 * site point), the one named by `discussion_id` first.
 */
function discussionArticle(ctx: Context, discussion: DiscussionRecord, asked: boolean) {
  const state = discussion.closed ? `Close le ${dateFr(discussion.closed)}` : "Ouverte";
  return html`<article id="discussion-${discussion.id}">
    <h2>${discussion.title}</h2>
    <p>${state}${asked ? " · la discussion demandée" : ""}</p>
    ${discussion.messages.map(
      (message) =>
        html`<p>De ${userLink(ctx, message.posted_by)}, le ${dateFr(message.posted_on)} :</p>
          ${plainText(message.content)}`,
    )}
  </article>`;
}

export function discussionsPage(
  ctx: Context,
  subject: { kind: Kind; id: string; slug: string; title: string },
  askedId: string | null,
): PageContent {
  const discussions = ctx.store.state.discussions
    .filter((discussion) => discussion.subject.id === subject.id)
    .sort((a, b) => Number(b.id === askedId) - Number(a.id === askedId) || b.created.localeCompare(a.created));
  return {
    status: 200,
    title: `Discussions — ${subject.title}`,
    main: html`<h1>Discussions sur « ${subject.title} »</h1>
      <p><a href="${pagePath(subject.kind, subject.slug)}">Retour à la page de « ${subject.title} »</a></p>
      ${
        discussions.length > 0
          ? discussions.map((discussion) => discussionArticle(ctx, discussion, discussion.id === askedId))
          : html`<p>Aucune discussion.</p>`
      }`,
  };
}
