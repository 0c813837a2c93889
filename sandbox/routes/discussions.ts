import { requireCaller } from "../auth";
import { type ApiRequest, type Context, type RouteDefinition } from "../context";
import { udataTimestamp } from "../dates";
import { badRequest, fieldCheckError, forbidden, modelValidationError, notFound, readJsonObject } from "../http";
import { newObjectId } from "../ids";
import { type Json, type JsonObject } from "../json";
import { type DiscussionRecord } from "../model";
import { booleanParam, choiceParam, filterIdParam, isObjectId } from "../params";
import { renderDiscussion } from "../render/discussion";
import { pageReply } from "../render/page";
import { type Caller } from "../visibility";

/**
 * udata's discussions API (`udata/core/discussions/api.py`, the model's `generate_fields` in `models.py`, the
 * permissions in `permissions.py`): the paginated list with its filters, one discussion, starting one and
 * commenting (or closing) one.
 */

/** `Message.content`'s `max_length` (`udata/core/discussions/constants.py` `COMMENT_SIZE_LIMIT`). */
const COMMENT_SIZE_LIMIT = 50_000;
/** `DISCUSSION_SUBJECTS`: the sandbox knows two of them. */
const SUBJECTS = ["Dataset", "Reuse"] as const;
/** The sortable fields (`title`, `created`, `closed`) and the `additional_sorts`, as `generate_fields` offers them. */
const SORT_KEYS = ["title", "created", "closed", "discussion.posted_on"];
const SORTS = [...SORT_KEYS, ...SORT_KEYS.map((key) => `-${key}`)];

const text = (value: Json | undefined) => (typeof value === "string" ? value : "");

function subjectOf(ctx: Context, subject: { class: string; id: string }) {
  if (subject.class === "Reuse") return ctx.store.reuse(subject.id);
  if (subject.class === "Dataset") return ctx.store.dataset(subject.id);
  return undefined;
}

/** `Discussion.objects.get_or_404(id=id_or_404(id))`. */
function discussionById(ctx: Context, id: string | undefined): DiscussionRecord {
  const found = id && isObjectId(id) ? ctx.store.state.discussions.find((item) => item.id === id) : undefined;
  if (!found) throw notFound();
  return found;
}

/** `filter_by_organization`: the organization's reuses and datasets (404 for an unknown one). */
function organizationSubjects(ctx: Context, id: string): Set<string> {
  if (!ctx.store.organization(id)) throw notFound();
  const ids = new Set<string>();
  for (const reuse of ctx.store.state.reuses) if (reuse.organization === id) ids.add(reuse.id);
  for (const dataset of ctx.store.state.datasets) if (dataset.organization === id) ids.add(dataset.id);
  return ids;
}

/** `search_text` of a phrase per word: every word in the title or a message, case-insensitive. */
function matchesText(discussion: DiscussionRecord, q: string): boolean {
  const haystack = [discussion.title, ...discussion.messages.map((message) => message.content)]
    .join("\n")
    .toLowerCase();
  return q
    .toLowerCase()
    .split(" ")
    .filter(Boolean)
    .every((word) => haystack.includes(word));
}

function sortValue(discussion: DiscussionRecord, key: string): string {
  if (key === "title") return discussion.title;
  if (key === "closed") return discussion.closed ?? "";
  if (key === "discussion.posted_on") return discussion.messages[0]?.posted_on ?? "";
  return discussion.created;
}

/** `DiscussionsAPI.get`: `apply_sort_filters` then `apply_pagination`, newest first by default (`-created`). */
function listDiscussions(ctx: Context, request: ApiRequest) {
  const { url } = request;
  const sort = choiceParam(url, "sort", SORTS, "-created", "The field (and direction) on which sorting apply");
  const closed = booleanParam(url, "closed");
  const subjects = url.searchParams.getAll("for");
  const org = url.searchParams.get("org");
  const inOrganization = org ? organizationSubjects(ctx, org) : null;
  const user = filterIdParam(url, "user");
  const q = url.searchParams.get("q") ?? "";
  const key = sort.replace(/^-/, "");
  const direction = sort.startsWith("-") ? -1 : 1;
  const found = ctx.store.state.discussions
    .filter(
      (discussion) =>
        (subjects.length === 0 || subjects.includes(discussion.subject.id)) &&
        (closed === null || (closed ? discussion.closed !== null : discussion.closed === null)) &&
        (inOrganization === null || inOrganization.has(discussion.subject.id)) &&
        (user === null || discussion.messages.some((message) => message.posted_by === user)) &&
        (!q || matchesText(discussion, q)),
    )
    .sort((a, b) => direction * sortValue(a, key).localeCompare(sortValue(b, key)));
  return pageReply(url, found, (discussion) => renderDiscussion(ctx, discussion));
}

/** The subject's owner, a member of its organization, or a site admin (`OwnablePermission`). */
function ownsSubject(ctx: Context, discussion: DiscussionRecord, caller: Caller): boolean {
  const subject = subjectOf(ctx, discussion.subject);
  if (!subject) return false;
  if (subject.organization) return caller.organizations.has(subject.organization);
  return subject.owner === caller.user.id;
}

/**
 * `Discussion.permissions["close"]`: `DiscussionAuthorOrSubjectOwnerPermission`, the discussion's author or the
 * subject's owners; udata's `Permission` lets site admins through every permission (`RoleNeed("admin")`).
 */
function canClose(ctx: Context, discussion: DiscussionRecord, caller: Caller): boolean {
  return caller.isAdmin || discussion.user === caller.user.id || ownsSubject(ctx, discussion, caller);
}

function checkedComment(value: Json | undefined, field: string): string {
  const comment = text(value).trim();
  if (comment.length > COMMENT_SIZE_LIMIT)
    throw modelValidationError("Discussion", null, { [field]: "String value is too long" });
  return comment;
}

function subjectInput(ctx: Context, value: Json | undefined): { class: string; id: string } {
  const raw = typeof value === "object" && value !== null && !Array.isArray(value) ? (value as JsonObject) : null;
  if (!raw) throw modelValidationError("Discussion", null, { subject: "Field is required" });
  const id = text(raw.id);
  const kind = text(raw.class);
  const subject = { class: kind, id };
  if (!(SUBJECTS as readonly string[]).includes(kind) || !isObjectId(id) || subjectOf(ctx, subject)?.id !== id)
    throw fieldCheckError("subject", `Unknown reference '${id}'`);
  return subject;
}

/** `DiscussionsAPI.post`: `patch(Discussion(user=current_user), data)`, the comment as its first message; 201. */
async function startDiscussion(ctx: Context, request: ApiRequest) {
  const { user } = requireCaller(request.caller);
  const body = await readJsonObject(request.raw);
  const subject = subjectInput(ctx, body.subject);
  const title = text(body.title).trim();
  const comment = checkedComment(body.comment, "discussion");
  const missing: Record<string, string> = {};
  if (!title) missing.title = "Field is required";
  if (!comment) missing.discussion = "Field is required";
  if (Object.keys(missing).length > 0) throw modelValidationError("Discussion", null, missing);
  const now = udataTimestamp();
  const discussion: DiscussionRecord = {
    id: newObjectId(),
    subject,
    title,
    user: user.id,
    created: now,
    closed: null,
    closed_by: null,
    messages: [{ content: comment, posted_by: user.id, posted_on: now }],
    extras: typeof body.extras === "object" && body.extras !== null && !Array.isArray(body.extras) ? body.extras : {},
  };
  ctx.store.state.discussions.push(discussion);
  // `Reuse.count_discussions`, called on `on_new_discussion`.
  const reuse = subject.class === "Reuse" ? ctx.store.reuse(subject.id) : undefined;
  if (reuse) reuse.metrics.discussions += 1;
  ctx.store.changed();
  return { status: 201, body: renderDiscussion(ctx, discussion) };
}

/** `DiscussionAPI.post`: a comment, and/or closing (its permission tested); a closed discussion takes nothing. */
async function commentDiscussion(ctx: Context, request: ApiRequest) {
  const caller = requireCaller(request.caller);
  const discussion = discussionById(ctx, request.params.id);
  if (discussion.closed) throw forbidden("Can't add comments on a closed discussion");
  const body = await readJsonObject(request.raw);
  const close = body.close === true || body.close === "true" || body.close === 1;
  const comment = checkedComment(body.comment, "discussion");
  if (!close && !comment)
    throw badRequest("Can only close without message. Please provide either `close` or a `comment`.");
  if (close && !canClose(ctx, discussion, caller)) throw forbidden();
  const now = udataTimestamp();
  if (comment) discussion.messages.push({ content: comment, posted_by: caller.user.id, posted_on: now });
  if (close) {
    discussion.closed = now;
    discussion.closed_by = caller.user.id;
  }
  ctx.store.changed();
  return { status: 200, body: renderDiscussion(ctx, discussion) };
}

export function discussionRoutes(ctx: Context): RouteDefinition[] {
  return [
    { method: "GET", path: "/api/1/discussions/", handler: (request) => listDiscussions(ctx, request) },
    { method: "POST", path: "/api/1/discussions/", handler: (request) => startDiscussion(ctx, request) },
    {
      method: "GET",
      path: "/api/1/discussions/:id/",
      handler: (request) => ({ status: 200, body: renderDiscussion(ctx, discussionById(ctx, request.params.id)) }),
    },
    { method: "POST", path: "/api/1/discussions/:id/", handler: (request) => commentDiscussion(ctx, request) },
  ];
}
