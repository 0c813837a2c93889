import "server-only";

import { upstream } from "../client";
import { apiPath, objectId } from "../paths";
import { discussionSchema, type Discussion } from "../schemas/discussion";
import {
  discussionCommentInputSchema,
  discussionListParamsSchema,
  discussionStartInputSchema,
  type DiscussionCommentInput,
  type DiscussionListParams,
  type DiscussionStartInput,
} from "../schemas/discussion-input";
import { readOne, readPage, validInput, type ItemSchema, type ReadOptions } from "./shared";
import type { UpstreamCredential } from "../credential";

/** `GET /discussions/?for=…`: discussions of subjects (by id: udata filters on the reference), newest first. */
export async function listDiscussions<T extends ItemSchema = typeof discussionSchema>(
  params: DiscussionListParams,
  options: ReadOptions<T> = {},
) {
  return readPage(apiPath`/discussions/`, discussionSchema, options, validInput(discussionListParamsSchema, params));
}

/** `GET /discussions/{id}/`. */
export async function getDiscussion<T extends ItemSchema = typeof discussionSchema>(
  id: string,
  options: ReadOptions<T> = {},
) {
  return readOne(apiPath`/discussions/${objectId(id)}/`, discussionSchema, options);
}

/** `POST /discussions/` → 201 with the discussion (a signed-in user). */
export async function startDiscussion(
  credential: UpstreamCredential,
  input: DiscussionStartInput,
): Promise<Discussion> {
  const body = validInput(discussionStartInputSchema, input);
  return upstream({ method: "POST", path: apiPath`/discussions/`, body, credential, schema: discussionSchema });
}

/** `POST /discussions/{id}/`: a comment and/or closing; 403 when closed, or closing without the right. */
export async function commentDiscussion(
  credential: UpstreamCredential,
  id: string,
  input: DiscussionCommentInput,
): Promise<Discussion> {
  const body = validInput(discussionCommentInputSchema, input);
  const path = apiPath`/discussions/${objectId(id)}/`;
  return upstream({ method: "POST", path, body, credential, schema: discussionSchema });
}
