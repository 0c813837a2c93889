"use client";

import { useRouter } from "next/navigation";
import { type FormEvent, useRef, useState } from "react";

import { codeOf } from "~/components/ui/failure";
import { ERROR, HINT, INPUT, LABEL, PRIMARY_BUTTON, TEXTAREA } from "~/components/ui/styles";
import { DISCUSSION_LIMITS } from "~/lib/discussions/limits";
import { postFailureOf, type PostFailure } from "~/lib/discussions/failure";
import { canClose, useViewer } from "./viewer";

/** The form's words, from its server parent (public islands carry no catalog). */
export interface DiscussionFormText {
  title: string;
  comment: string;
  commentHint: string;
  submit: string;
  close: string;
  sending: string;
  kept: string;
  failures: Record<PostFailure, string>;
}

export interface DiscussionFormProps {
  /** The route handler the form posts to without JavaScript. */
  action: string;
  /** Where a published post is shown (the discussions page). */
  doneHref: string;
  reuse: { id: string; slug: string; owner: string | null; organization: string | null };
  /** The thread answered; absent for a new discussion. */
  discussion?: string;
  /** What was typed before a failed post without JavaScript (see discussion-drafts.ts), and why it failed. */
  defaults: { title: string; comment: string };
  failure: PostFailure | null;
  /** The request id of a post without JavaScript (with it, each submission makes its own). */
  requestId: string;
  idPrefix: string;
  text: DiscussionFormText;
}

function newRequestId(): string {
  return Array.from(crypto.getRandomValues(new Uint8Array(16)), (byte) => byte.toString(16).padStart(2, "0")).join("");
}

async function post(path: "discussions.start" | "discussions.reply", input: object): Promise<{ id: string }> {
  const { publicClient } = await import("~/components/trpc/public-client");
  return publicClient.mutation(path, input) as Promise<{ id: string }>;
}

/**
 * Starts a discussion, or answers one (and, for the reuse's producers and admins, closes it). Without JavaScript
 * it posts to the route handler, which redirects back; with it, through tRPC, a retry after a failure keeping the
 * same request id (never two comments) and the text (never lost). Signed out, the post goes the no-JavaScript way:
 * the handler keeps the text and sends the visitor to sign in.
 */
export function DiscussionForm(props: DiscussionFormProps) {
  const { action, doneHref, reuse, discussion, defaults, idPrefix, text } = props;
  const viewer = useViewer();
  const router = useRouter();
  const [failure, setFailure] = useState<PostFailure | null>(props.failure);
  const [sending, setSending] = useState(false);
  const requestId = useRef<string | null>(null);
  const form = useRef<HTMLFormElement>(null);
  const closable = discussion !== undefined && canClose(viewer, reuse);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (sending || !form.current) return;
    const data = new FormData(form.current);
    const comment = String(data.get("message") ?? "");
    requestId.current ??= newRequestId();
    const common = { requestId: requestId.current, reuse: { id: reuse.id, slug: reuse.slug } };
    setSending(true);
    setFailure(null);
    try {
      const { id } = discussion
        ? await post("discussions.reply", { ...common, discussion, comment, close: data.get("cloture") === "on" })
        : await post("discussions.start", { ...common, title: String(data.get("titre") ?? ""), comment });
      requestId.current = null;
      form.current.reset();
      router.push(`${doneHref}?statut=publie#discussion-${id}`);
      setSending(false);
    } catch (error) {
      setSending(false);
      if (codeOf(error) === "UNAUTHORIZED") form.current.submit();
      else setFailure(postFailureOf(codeOf(error)));
    }
  }

  const failureId = `${idPrefix}-echec`;
  return (
    <form
      ref={form}
      method="post"
      action={action}
      onSubmit={submit}
      className="mt-4 space-y-4"
      aria-describedby={failure ? failureId : undefined}
    >
      <input type="hidden" name="requestId" value={props.requestId} />
      <input type="hidden" name="reuseId" value={reuse.id} />
      {discussion && <input type="hidden" name="discussion" value={discussion} />}
      {!discussion && (
        <div>
          <label htmlFor={`${idPrefix}-titre`} className={LABEL}>
            {text.title}
          </label>
          <input
            id={`${idPrefix}-titre`}
            name="titre"
            required
            maxLength={DISCUSSION_LIMITS.title}
            defaultValue={defaults.title}
            className={INPUT}
          />
        </div>
      )}
      <div>
        <label htmlFor={`${idPrefix}-message`} className={LABEL}>
          {text.comment}
        </label>
        <p id={`${idPrefix}-aide`} className={HINT}>
          {text.commentHint}
        </p>
        <textarea
          id={`${idPrefix}-message`}
          name="message"
          required={!discussion}
          maxLength={DISCUSSION_LIMITS.comment}
          defaultValue={defaults.comment}
          aria-describedby={`${idPrefix}-aide`}
          className={discussion ? `${INPUT} min-h-24` : TEXTAREA}
        />
      </div>
      {closable && (
        <p className="flex items-center gap-2">
          <input id={`${idPrefix}-cloture`} name="cloture" type="checkbox" className="size-5" />
          <label htmlFor={`${idPrefix}-cloture`}>{text.close}</label>
        </p>
      )}
      {failure && (
        <p id={failureId} role="alert" className={ERROR}>
          {text.failures[failure]} {text.kept}
        </p>
      )}
      <button type="submit" className={PRIMARY_BUTTON} aria-disabled={sending}>
        {sending ? text.sending : text.submit}
      </button>
    </form>
  );
}
