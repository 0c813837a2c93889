import { getLocale, getTranslations } from "next-intl/server";

import { Section } from "~/components/reuses/detail/section";
import { EMBED_SIZE, iframeSnippet } from "~/lib/embed/iframe-snippet";
import { localizedPath } from "~/lib/i18n/paths";
import { SHARE_TARGETS, shareLinks } from "~/lib/share/share-links";
import { absoluteUrl, embedPath, reusePath } from "~/lib/site-urls";
import { CopyField } from "./copy-field";
import { EmbedDialog } from "./embed-dialog";

interface ShareSectionProps {
  reuse: { slug: string; title: string };
  /** The site's public URL (env.NEXTAUTH_URL): what is shared leaves the site. */
  siteUrl: string;
}

/** "Partager": the page's link to copy, links to share it by e-mail and on networks, and "Intégrer". */
export async function ShareSection({ reuse, siteUrl }: ShareSectionProps) {
  const t = await getTranslations("share");
  const e = await getTranslations("embed");
  const locale = await getLocale();
  // The page's own address, in its language, and the card in the same (`/en/embeds/…` from an English page).
  const url = absoluteUrl(siteUrl, localizedPath(locale, reusePath(reuse.slug)));
  const links = shareLinks({
    url,
    text: reuse.title,
    emailSubject: reuse.title,
    emailBody: t("emailBody", { title: reuse.title, url }),
  });
  const embedHref = localizedPath(locale, embedPath(reuse.slug));
  const embedUrl = absoluteUrl(siteUrl, embedHref);
  const snippet = iframeSnippet({ src: embedUrl, title: e("frameTitle", { title: reuse.title }), ...EMBED_SIZE });
  return (
    <Section id="partager" title={t("title")}>
      <div className="space-y-4">
        <CopyField
          id="lien-de-la-page"
          value={url}
          words={{ label: t("linkLabel"), copy: t("copyLink"), copied: t("linkCopied"), failed: t("copyFailed") }}
        />
        <ul aria-label={t("networks")} className="space-y-1">
          {SHARE_TARGETS.map((target) => (
            <li key={target}>
              {/* noreferrer: the network learns nothing of the visit but what the link says. */}
              <a href={links[target]} rel="noopener noreferrer">
                {t(target)}
              </a>
            </li>
          ))}
        </ul>
        <EmbedDialog
          snippet={snippet}
          previewHref={embedHref}
          words={{
            open: e("open"),
            instructions: e("instructions"),
            preview: e("preview"),
            newTab: e("newTab"),
            close: e("close"),
            snippet: {
              label: e("snippetLabel"),
              copy: e("copySnippet"),
              copied: e("snippetCopied"),
              failed: t("copyFailed"),
            },
          }}
        />
      </div>
    </Section>
  );
}
