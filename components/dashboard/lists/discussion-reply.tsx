"use client";

import { Content } from "~/components/i18n/content";
import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { type FormEvent, useId, useRef, useState } from "react";

import { useTRPC } from "~/components/trpc/provider";
import { ERROR, INPUT, LABEL, SECONDARY_BUTTON } from "~/components/ui/styles";
import { useFailureOf } from "~/components/ui/use-failure";
import { DISCUSSION_LIMITS } from "~/lib/discussions/limits";

function newRequestId(): string {
  return Array.from(crypto.getRandomValues(new Uint8Array(16)), (byte) => byte.toString(16).padStart(2, "0")).join("");
}

interface DiscussionReplyProps {
  discussion: { id: string; title: string };
  /** The reuse discussed, whose public pages the answer refreshes; null for a dataset. */
  reuse: { id: string; slug: string } | null;
}

/**
 * Answers a discussion from the producer's list, and closes it if asked (the list only holds discussions on the
 * producer's own objects, which they may close). One request id per answer, kept by retries: a retry after a
 * timeout never posts twice; a failure keeps the text.
 */
export function DiscussionReply({ discussion, reuse }: DiscussionReplyProps) {
  const trpc = useTRPC();
  const router = useRouter();
  const reply = useMutation(trpc.discussions.reply.mutationOptions());
  const failureOf = useFailureOf();
  const t = useTranslations("dashboard.lists.discussions.reply");
  const id = useId();
  const requestId = useRef<string | null>(null);
  const [status, setStatus] = useState<{ ok: boolean; text: string } | null>(null);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const data = new FormData(form);
    const comment = String(data.get("message") ?? "").trim();
    const close = data.get("cloture") === "on";
    if (!comment && !close) return setStatus({ ok: false, text: t("empty") });
    requestId.current ??= newRequestId();
    setStatus(null);
    reply.mutate(
      { requestId: requestId.current, discussion: discussion.id, comment, close, ...(reuse && { reuse }) },
      {
        onSuccess: () => {
          requestId.current = null;
          form.reset();
          setStatus({ ok: true, text: close ? t("closed") : t("sent") });
          router.refresh();
        },
        onError: (error) => setStatus({ ok: false, text: t("failed", { reason: failureOf(error).message }) }),
      },
    );
  }

  return (
    <form method="post" onSubmit={submit} className="mt-3 space-y-2">
      <label htmlFor={`${id}-message`} className={LABEL}>
        {t.rich("label", { title: discussion.title, content: (chunks) => <Content>{chunks}</Content> })}
      </label>
      <textarea
        id={`${id}-message`}
        name="message"
        maxLength={DISCUSSION_LIMITS.comment}
        className={`${INPUT} min-h-20`}
      />
      <p className="flex flex-wrap items-center gap-4">
        <span className="flex items-center gap-2">
          <input id={`${id}-cloture`} name="cloture" type="checkbox" className="size-5" />
          <label htmlFor={`${id}-cloture`}>{t("close")}</label>
        </span>
        <button type="submit" className={SECONDARY_BUTTON} aria-disabled={reply.isPending}>
          {reply.isPending ? t("sending") : t("submit")}
        </button>
      </p>
      <p role="status" className={status && !status.ok ? ERROR : "text-sm"}>
        {status?.text}
      </p>
    </form>
  );
}
