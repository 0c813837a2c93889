import { type Context } from "../context";
import { type JsonObject } from "../json";
import { type CommunityResourceRecord, type DiscussionRecord } from "../model";
import { datasetRef } from "./dataset";
import { organizationRef, userRef } from "./refs";
import { sortedKeys } from "./sorted";

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
    latest: `${base}/datasets/r/${resource.id}`,
    organization: resource.organization ? organizationRef(base, store.organization(resource.organization)) : null,
    owner: resource.owner ? userRef(base, store.user(resource.owner)) : null,
  });
}
