import { ImageResponse } from "next/og";

import { OG_BRAND, OgFrame } from "~/components/og/og-frame";
import { DEFAULT_LOCALE } from "~/lib/i18n/locales";
import { isLocale } from "~/lib/i18n/paths";
import { translatorFor } from "~/lib/i18n/translator";

// The picture social networks show for the home page and the listing (a reuse's page has its own). Rendered at
// build time with next/og's bundled font, so nothing is fetched; Latin text only, which that font covers
// (a missing glyph would make next/og fetch a font from the network).
export const alt = translatorFor("siteImage")("alt");
export const size = { width: 1200, height: 630 };
export const contentType = "image/png";

/** In the page's language (`/en/opengraph-image` in English): from the route, so that it renders once per language. */
export default async function OpenGraphImage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  const t = translatorFor("siteImage", isLocale(locale) ? locale : DEFAULT_LOCALE);
  return new ImageResponse(
    <OgFrame>
      <div style={{ display: "flex", fontSize: 36, color: OG_BRAND }}>data.gouv.fr</div>
      <div style={{ display: "flex", flexDirection: "column" }}>
        <div style={{ display: "flex", fontSize: 84, lineHeight: 1.1, color: OG_BRAND }}>{t("title")}</div>
        <div style={{ display: "flex", fontSize: 44, marginTop: 24, lineHeight: 1.3 }}>{t("subtitle")}</div>
      </div>
      <div style={{ display: "flex", fontSize: 28, color: "#3a3a3a" }}>{t("tagline")}</div>
    </OgFrame>,
    size,
  );
}
