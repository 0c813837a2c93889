import { ImageResponse } from "next/og";

// The picture social networks show for the home page and the listing (a reuse's page has its own). Rendered at
// build time with next/og's bundled font, so nothing is fetched; Latin text only, which that font covers
// (a missing glyph would make next/og fetch a font from the network).
export const alt = "Réutilisations des données publiques de data.gouv.fr";
export const size = { width: 1200, height: 630 };
export const contentType = "image/png";

const BRAND = "#000091";

export default function OpenGraphImage() {
  return new ImageResponse(
    <div
      style={{
        width: "100%",
        height: "100%",
        display: "flex",
        flexDirection: "column",
        justifyContent: "space-between",
        padding: 80,
        background: "white",
        borderTop: `24px solid ${BRAND}`,
        color: "#161616",
      }}
    >
      <div style={{ display: "flex", fontSize: 36, color: BRAND }}>data.gouv.fr</div>
      <div style={{ display: "flex", flexDirection: "column" }}>
        <div style={{ display: "flex", fontSize: 84, lineHeight: 1.1, color: BRAND }}>Réutilisations</div>
        <div style={{ display: "flex", fontSize: 44, marginTop: 24, lineHeight: 1.3 }}>
          Applications, cartes, articles et API qui réutilisent les données publiques
        </div>
      </div>
      <div style={{ display: "flex", fontSize: 28, color: "#3a3a3a" }}>
        Trouvez-les, découvrez qui les fait, publiez les vôtres.
      </div>
    </div>,
    size,
  );
}
