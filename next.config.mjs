import createNextIntlPlugin from "next-intl/plugin";

/**
 * Headers every answer carries. The Content-Security-Policy, made of each page's own script hashes, is set by
 * the front server (server/http/front-handler.ts).
 * @type {import("next").NextConfig["headers"]}
 */
const headers = async () => [
  {
    source: "/:path*",
    headers: [
      { key: "X-Content-Type-Options", value: "nosniff" },
      { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
      { key: "X-Frame-Options", value: "DENY" },
      { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), payment=(), usb=()" },
      ...(process.env.NODE_ENV === "production"
        ? [{ key: "Strict-Transport-Security", value: "max-age=63072000; includeSubDomains" }]
        : []),
    ],
  },
];

/** @type {import("next").NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // The front server (server/http) compresses: it keeps public pages compressed once, and hashes HTML as sent.
  compress: false,
  typedRoutes: false,
  // better-sqlite3 is a native addon: load it from node_modules at run time instead of bundling it.
  serverExternalPackages: ["better-sqlite3"],
  headers,
  images: { unoptimized: true },
  // `npm test` typechecks as a step of its own (`npm run typecheck`) before it builds: not twice.
  typescript: { ignoreBuildErrors: true },
};

// next-intl: server components read the catalog of i18n/request.ts.
const withNextIntl = createNextIntlPlugin("./i18n/request.ts");

export default withNextIntl(nextConfig);
