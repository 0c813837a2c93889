import type { Metadata } from "next";

import { oembedPath } from "~/lib/site-urls";

/**
 * A reuse page's metadata with oEmbed discovery added (oembed.com, 4): `<link rel="alternate"
 * type="application/json+oembed" href="/oembed?url=…&format=json" title="…">`, next to its other alternates.
 */
export function withOembedDiscovery(metadata: Metadata, pageUrl: string, title: string): Metadata {
  const alternates = metadata.alternates ?? {};
  const oembed = { "application/json+oembed": [{ url: oembedPath(pageUrl), title }] };
  return { ...metadata, alternates: { ...alternates, types: { ...alternates.types, ...oembed } } };
}
