import { env } from "~/server/env";
import { oembedAnswer } from "~/server/embed/oembed";
import { loadReuse } from "~/server/pages/reuse";

/** oEmbed (oembed.com) for the site's reuse pages: how other sites turn a pasted link into the embed card. */
export async function GET(request: Request) {
  const load = async (slug: string) => {
    const result = await loadReuse(slug);
    return "failure" in result ? result : { data: result.data[0] };
  };
  const { status, body } = await oembedAnswer(new URL(request.url).searchParams, { siteUrl: env.NEXTAUTH_URL, load });
  return Response.json(body, {
    status,
    // Public data, read by other sites' servers and scripts alike.
    headers: { "access-control-allow-origin": "*", "cache-control": "public, max-age=300" },
  });
}
