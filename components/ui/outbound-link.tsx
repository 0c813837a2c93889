import type { ReactNode } from "react";

import { allowedUrl, OUTBOUND_REL } from "~/lib/safe-url";

interface OutboundLinkProps {
  /** A URL from upstream: linked only when it is http(s) (or mailto). */
  href: string | null | undefined;
  className?: string;
  children: ReactNode;
}

/** A link that leaves the site, to a URL someone else wrote: `rel="nofollow ugc noopener"`, or plain text. */
export function OutboundLink({ href, className, children }: OutboundLinkProps) {
  const url = allowedUrl(href);
  if (!url) return <span className={className}>{children}</span>;
  return (
    <a href={url} rel={OUTBOUND_REL} className={className}>
      {children}
    </a>
  );
}
