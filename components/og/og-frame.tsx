import type { ReactNode } from "react";

/** The site's blue, for next/og images (which take inline styles, not the Tailwind theme). */
export const OG_BRAND = "#000091";

/** The frame every Open Graph image of the site shares: white, a blue band on top, three rows spread out. */
export function OgFrame({ children }: { children: ReactNode }) {
  return (
    <div
      style={{
        width: "100%",
        height: "100%",
        display: "flex",
        flexDirection: "column",
        justifyContent: "space-between",
        padding: 80,
        background: "white",
        borderTop: `24px solid ${OG_BRAND}`,
        color: "#161616",
      }}
    >
      {children}
    </div>
  );
}
