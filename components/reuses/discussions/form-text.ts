import type { useTranslations } from "next-intl";

import type { DiscussionFormText } from "./discussion-form";

type Translator = ReturnType<typeof useTranslations<"discussions.form">>;

/** The discussion form's words from the catalog, for a new discussion or an answer. */
export function discussionFormText(t: Translator, kind: "start" | "reply"): DiscussionFormText {
  return {
    title: t("title"),
    comment: kind === "start" ? t("comment") : t("replyLabel"),
    commentHint: t("commentHint"),
    submit: kind === "start" ? t("start") : t("reply"),
    close: t("close"),
    sending: t("sending"),
    kept: t("kept"),
    failures: {
      invalid: t("failures.invalid"),
      forbidden: t("failures.forbidden"),
      notFound: t("failures.notFound"),
      unavailable: t("failures.unavailable"),
    },
  };
}
