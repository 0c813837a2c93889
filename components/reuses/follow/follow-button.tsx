"use client";

import { type FormEvent, useEffect, useState } from "react";

import { useSiteLocale } from "~/components/i18n/use-site-locale";
import { failureCode, publicCall } from "~/components/trpc/public-call";
import { localizedPath } from "~/lib/i18n/paths";
import { FOLLOW_ANCHOR, signInToFollow } from "~/lib/reuses/follow";
import { reusePath } from "~/lib/site-urls";
import { followersText, type FollowWords } from "./follow-words";

interface FollowButtonProps {
  slug: string;
  /** The count the (cached, shared) page shows. */
  followers: number;
  words: FollowWords;
}

/** Who is looking, once asked: unknown until then (the page is the same for everyone). */
type Viewer = { kind: "unknown" } | { kind: "signed-out" } | { kind: "signed-in"; following: boolean };

/**
 * "Suivre" and the followers count. The HTML is a form that posts (app/reuses/[slug]/suivre), the same for every
 * visitor: it works before the page's scripts run, and without them. Once they run (the page hydrates on first
 * use), the island asks whether this visitor follows, and the button becomes a toggle (aria-pressed) that
 * follows and unfollows in place; a signed-out visitor is sent to sign in, and back.
 */
export function FollowButton({ slug, followers, words }: FollowButtonProps) {
  const locale = useSiteLocale();
  const [viewer, setViewer] = useState<Viewer>({ kind: "unknown" });
  const [count, setCount] = useState(followers);
  const [pending, setPending] = useState(false);
  const [status, setStatus] = useState("");

  useEffect(() => {
    let current = true;
    publicCall("query", "reuseFollow", "state", { slug }).then(
      ({ following }) => current && setViewer({ kind: "signed-in", following }),
      (error: unknown) => current && failureCode(error) === "UNAUTHORIZED" && setViewer({ kind: "signed-out" }),
    );
    return () => {
      current = false;
    };
  }, [slug]);

  async function toggle(event: FormEvent<HTMLFormElement>) {
    // Not known yet: the form posts, as without JavaScript.
    if (viewer.kind === "unknown") return;
    event.preventDefault();
    if (viewer.kind === "signed-out") return window.location.assign(signInToFollow(slug, locale));
    if (pending) return;
    setPending(true);
    try {
      const answer = await publicCall("mutation", "reuseFollow", "set", { slug, following: !viewer.following });
      setViewer({ kind: "signed-in", following: answer.following });
      setCount(answer.followers);
      setStatus(answer.following ? words.followedStatus : words.unfollowedStatus);
    } catch (error) {
      if (failureCode(error) === "UNAUTHORIZED") return window.location.assign(signInToFollow(slug, locale));
      setStatus(words.failed);
    } finally {
      setPending(false);
    }
  }

  const following = viewer.kind === "signed-in" && viewer.following;
  return (
    <form
      id={FOLLOW_ANCHOR}
      method="post"
      action={localizedPath(locale, `${reusePath(slug)}/suivre`)}
      onSubmit={toggle}
      className="flex flex-wrap items-center gap-3"
    >
      <input type="hidden" name="action" value={following ? "unfollow" : "follow"} />
      <button
        type="submit"
        aria-pressed={viewer.kind === "signed-in" ? following : undefined}
        aria-busy={pending || undefined}
        className={`inline-flex min-h-11 items-center gap-2 rounded border border-brand px-4 py-2 font-semibold ${
          following ? "bg-brand text-white hover:bg-brand-hover" : "bg-white text-brand hover:bg-brand-soft"
        }`}
      >
        <span aria-hidden="true">{following ? "★" : "☆"}</span>
        {words.follow}
      </button>
      <span className="text-muted">{followersText(words, count, locale)}</span>
      <span role="status" className="basis-full text-sm">
        {status}
      </span>
    </form>
  );
}
