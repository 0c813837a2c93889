import { type Context } from "../context";
import { type JsonObject } from "../json";
import { type CommunityResourceRecord, type DiscussionRecord } from "../model";
import { pageUrl, resourceUrl } from "../urls";
import { datasetRef } from "./dataset";
import { organizationRef, userRef } from "./refs";
import { sortedKeys } from "./sorted";

/** udata's `Discussion.self_web_url`: the subject's page, `/discussions`, with `discussion_id`. */
function discussionPage(ctx: Context, discussion: DiscussionRecord): string | null {
  const { id } = discussion.subject;
  const [kind, subject] =
    discussion.subject.class === "Reuse"
      ? (["reuses", ctx.store.reuse(id)] as const)
      : (["datasets", ctx.store.dataset(id)] as const);
  if (!subject) return null;
  return `${pageUrl(ctx.base, kind, subject.slug)}/discussions?discussion_id=${discussion.id}`;
}

/** Discussions and community resources, as udata answers them (shapes of the real fixtures). */
export function renderDiscussion(ctx: Context, discussion: DiscussionRecord): JsonObject {
  const user = (id: string | null) => (id ? userRef(ctx.base, ctx.store.user(id)) : null);
  return {
    class: "Discussion",
    closed: discussion.closed,
    closed_by: user(discussion.closed_by),
    created: discussion.created,
    discussion: discussion.messages.map((message) => ({
      content: message.content,
      posted_by: user(message.posted_by),
      posted_on: message.posted_on,
      spam: { status: null },
    })),
    extras: discussion.extras,
    id: discussion.id,
    self_web_url: discussionPage(ctx, discussion),
    spam: { status: null },
    subject: discussion.subject,
    title: discussion.title,
    url: `${ctx.base}/api/1/discussions/${discussion.id}/`,
    user: user(discussion.user),
  };
}

export function renderCommunityResource(ctx: Context, resource: CommunityResourceRecord): JsonObject {
  const { base, store } = ctx;
  return sortedKeys({
    ...resource.fields,
    dataset: datasetRef(ctx, store.dataset(resource.dataset)),
    id: resource.id,
    latest: resourceUrl(base, resource.id),
    organization: resource.organization ? organizationRef(base, store.organization(resource.organization)) : null,
    owner: resource.owner ? userRef(base, store.user(resource.owner)) : null,
  });
}
