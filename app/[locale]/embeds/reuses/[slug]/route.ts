import { embedResponse } from "~/server/embed/embed-response";

/** A reuse's card for other sites' pages: a whole document of its own, without the site's layout or scripts. */
export async function GET(_request: Request, { params }: RouteContext<"/[locale]/embeds/reuses/[slug]">) {
  return embedResponse((await params).slug);
}
