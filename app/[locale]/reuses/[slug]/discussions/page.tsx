import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";

import { Link } from "~/components/link";
import { PageFailureView } from "~/components/errors/page-failure";
import { Breadcrumb } from "~/components/reuses/detail/breadcrumb";
import { failureMetadata } from "~/components/reuses/detail/metadata";
import { DiscussionForm } from "~/components/reuses/discussions/discussion-form";
import { discussionFormText } from "~/components/reuses/discussions/form-text";
import { SignInNote } from "~/components/reuses/discussions/sign-in-note";
import { DiscussionThread } from "~/components/reuses/discussions/thread";
import { Pagination } from "~/components/ui/pagination";
import { discussionsPageSchema } from "~/server/api/routers/public/reuses/discussions";
import { readDraft } from "~/server/pages/discussion-drafts";
import { loadReuse, redirectToCurrentSlug } from "~/server/pages/reuse";
import { loadReuseDiscussions } from "~/server/pages/reuse-discussions";
import { newRequestId } from "~/server/pages/request-id";
import { DISCUSSIONS_PAGE_SIZE } from "~/lib/discussions/limits";
import { languageAlternates } from "~/lib/i18n/alternates";
import { reusePath } from "~/lib/site-urls";
import { localeOf, localizedPath } from "~/lib/i18n/paths";

type Props = PageProps<"/[locale]/reuses/[slug]/discussions">;

const single = (param: string | string[] | undefined) => (Array.isArray(param) ? param[0] : param);

/** `?page=`: anything but a page number in range is the first page. */
function pageOf(param: string | string[] | undefined): number {
  const parsed = discussionsPageSchema.safeParse(Number(single(param)));
  return parsed.success ? parsed.data : 1;
}

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const { slug } = await params;
  const page = pageOf((await searchParams).page);
  void loadReuseDiscussions(slug, page).catch(() => undefined); // the metadata may be resolved first: the discussions go out with the reuse
  const result = await loadReuse(slug);
  if ("failure" in result) return failureMetadata(result.failure);
  const [reuse] = result.data;
  const t = await getTranslations("discussions");
  const path = `${reusePath(reuse.slug)}/discussions${page > 1 ? `?page=${page}` : ""}`;
  return {
    title: t("pageTitle", { title: reuse.title }),
    description: t("metaDescription", { title: reuse.title }),
    alternates: languageAlternates(await getLocale(), path),
  };
}

/**
 * All the discussions of a reuse, open and closed, 10 a page, rendered on the server (readable without
 * JavaScript and by crawlers), with the forms to start one and to answer. The reuse and the page of discussions
 * are asked for together (see server/api/routers/public/reuses/discussions.ts); a failed post without JavaScript
 * comes back with its text (`?brouillon=`).
 */
export default async function ReuseDiscussionsPage({ params, searchParams }: Props) {
  const { slug, locale } = await params;
  const query = await searchParams;
  const page = pageOf(query.page);
  const base = `${reusePath(slug)}/discussions`;
  const discussions = loadReuseDiscussions(slug, page);
  const [reuseResult, draft] = await Promise.all([loadReuse(slug), readDraft(single(query.brouillon))]);
  if ("failure" in reuseResult) return <PageFailureView failure={reuseResult.failure} retryHref={base} />;
  const [reuse] = reuseResult.data;
  redirectToCurrentSlug(slug, reuse, localeOf(locale), page > 1 ? `/discussions?page=${page}` : "/discussions");
  const result = await discussions;
  if ("failure" in result) return <PageFailureView failure={result.failure} retryHref={`${base}?page=${page}`} />;
  const { threads, total } = result.data;
  const last = Math.max(1, Math.ceil(total / DISCUSSIONS_PAGE_SIZE));
  const reuseHref = reusePath(reuse.slug);
  const t = await getTranslations("discussions");
  const tf = await getTranslations("discussions.form");
  const owners = {
    id: reuse.id,
    slug: reuse.slug,
    owner: reuse.owner?.id ?? null,
    organization: reuse.organization?.id ?? null,
  };
  // Forms and the sign-in link leave the page's links (Link localizes those): their paths are in its language.
  const here = localizedPath(localeOf(locale), base);
  const formProps = { action: `${here}/publier`, doneHref: here, reuse: owners, requestId: newRequestId() };
  const draftFor = (discussion: string | null) =>
    draft && draft.discussion === discussion ? draft : { title: "", comment: "", failure: null };

  return (
    <>
      <Breadcrumb trail={[{ href: reuseHref, label: reuse.title }]} current={t("breadcrumb")} />
      <h1 className="text-3xl font-bold [overflow-wrap:anywhere]">{t("pageTitle", { title: reuse.title })}</h1>
      <p className="mt-2 text-muted">
        {page > 1 ? t("summaryPaged", { count: total, page, last }) : t("summary", { count: total })}
      </p>
      {single(query.statut) === "publie" && (
        <p role="status" className="mt-4 font-semibold">
          {t("posted")}
        </p>
      )}
      <SignInNote
        href={localizedPath(localeOf(locale), `/sign-in?callbackUrl=${encodeURIComponent(here)}`)}
        label={t("signIn")}
      />
      <div className="mt-8 max-w-prose space-y-8">
        {threads.map((thread) => {
          const own = draftFor(thread.id);
          return (
            <DiscussionThread key={thread.id} thread={thread} heading="h2">
              {!thread.closed && (
                <DiscussionForm
                  {...formProps}
                  discussion={thread.id}
                  defaults={own}
                  failure={own.failure}
                  idPrefix={`reponse-${thread.id}`}
                  text={discussionFormText(tf, "reply")}
                />
              )}
            </DiscussionThread>
          );
        })}
      </div>
      <Pagination current={page} last={last} hrefFor={(target) => (target === 1 ? base : `${base}?page=${target}`)} />
      <section aria-labelledby="nouvelle-discussion" className="mt-12 max-w-prose">
        <h2 id="nouvelle-discussion" className="text-2xl font-bold">
          {tf("newTitle")}
        </h2>
        <DiscussionForm
          {...formProps}
          defaults={draftFor(null)}
          failure={draftFor(null).failure}
          idPrefix="nouvelle"
          text={discussionFormText(tf, "start")}
        />
      </section>
      <p className="mt-8">
        <Link href={reuseHref}>{t("backToReuse")}</Link>
      </p>
    </>
  );
}
