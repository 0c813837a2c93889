/**
 * Where "Partager" sends a visitor: plain links to each network's own share page, with the page's URL and the
 * words given, and nothing else (no tracking parameter, no script of theirs on the site).
 */
export const SHARE_TARGETS = ["email", "mastodon", "linkedin", "bluesky"] as const;
export type ShareTarget = (typeof SHARE_TARGETS)[number];

interface Shared {
  /** The page's absolute URL. */
  url: string;
  /** The post's text before the URL (the reuse's title). */
  text: string;
  /** The e-mail's subject and body (the body ends with the URL: the caller writes it in). */
  emailSubject: string;
  emailBody: string;
}

/** `mailto:` query values: RFC 6068 wants %20 for a space, which URLSearchParams writes as `+`. */
const mailtoQuery = (fields: Record<string, string>) =>
  Object.entries(fields)
    .map(([name, value]) => `${name}=${encodeURIComponent(value)}`)
    .join("&");

/**
 * Mastodon has no one address: Share₂Fedi (s2f.kytta.dev, open source, no tracking) asks the visitor for their
 * instance and sends them to its share page; it does so server-side, so it works without JavaScript, unlike
 * the client-side pickers.
 */
export function shareLinks({ url, text, emailSubject, emailBody }: Shared): Record<ShareTarget, string> {
  const post = `${text} ${url}`;
  return {
    email: `mailto:?${mailtoQuery({ subject: emailSubject, body: emailBody })}`,
    mastodon: `https://s2f.kytta.dev/?${new URLSearchParams({ text: post })}`,
    linkedin: `https://www.linkedin.com/sharing/share-offsite/?${new URLSearchParams({ url })}`,
    bluesky: `https://bsky.app/intent/compose?${new URLSearchParams({ text: post })}`,
  };
}
