import { notFound } from "next/navigation";
import { ImageResponse } from "next/og";

import { OG_BRAND, OgFrame } from "~/components/og/og-frame";
import { labelOf } from "~/components/reuses/labels";
import { loadReuse } from "~/server/pages/reuse";
import { ogText } from "~/components/reuses/detail/og-text";
import { producerOf } from "~/components/reuses/reuse-types";
import { DEFAULT_LOCALE } from "~/lib/i18n/locales";
import { isLocale } from "~/lib/i18n/paths";
import { translatorFor } from "~/lib/i18n/translator";

// The card social networks show for a reuse without an image of its own (generateMetadata gives the reuse's
// image otherwise). Drawn with next/og's bundled font: no font is fetched, and text outside what that font
// covers is left out (a missing glyph would make next/og fetch one from the network).
export const alt = translatorFor("reuseImage")("alt");
export const size = { width: 1200, height: 630 };
export const contentType = "image/png";

const TITLE_MAX = 140;

/** In the page's language; the reuse's title and producer as written. */
export default async function ReuseOpenGraphImage({ params }: { params: Promise<{ locale: string; slug: string }> }) {
  const { locale, slug } = await params;
  const t = translatorFor("reuseImage", isLocale(locale) ? locale : DEFAULT_LOCALE);
  const result = await loadReuse(slug);
  // No reuse there (a slug that cannot be one, an unknown or deleted reuse): a 404, not a card drawn for nothing.
  // A card without details only while data.gouv.fr cannot answer.
  if ("failure" in result && result.failure.kind !== "unavailable") notFound();
  const [reuse, types] = "data" in result ? result.data : [];
  const title = reuse ? ogText(reuse.title, TITLE_MAX) : t("fallbackTitle");
  const kind = reuse ? ogText(labelOf(types ?? [], reuse.type) ?? "", 40) : "";
  const producer = reuse ? ogText(producerOf(reuse)?.name ?? "", 80) : "";
  return new ImageResponse(
    <OgFrame>
      <div style={{ display: "flex", fontSize: 32, color: OG_BRAND }}>{kind ? t("kind", { kind }) : t("kindless")}</div>
      <div style={{ display: "flex", fontSize: title.length > 70 ? 56 : 72, lineHeight: 1.15 }}>{title}</div>
      <div style={{ display: "flex", justifyContent: "space-between", fontSize: 30, color: "#3a3a3a" }}>
        <div style={{ display: "flex" }}>{producer}</div>
        <div style={{ display: "flex", color: OG_BRAND }}>data.gouv.fr</div>
      </div>
    </OgFrame>,
    size,
  );
}
