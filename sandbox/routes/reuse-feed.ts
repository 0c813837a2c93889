import { type Context, type RouteDefinition } from "../context";
import { type ReuseRecord } from "../model";
import { type AtomEntry, atomFeed } from "../render/atom";
import { compare } from "../sorting";
import { pageUrl } from "../urls";
import { isVisible } from "../visibility";

/**
 * `GET /api/1/reuses/recent.atom` (udata/core/reuse/api.py `ReusesAtomFeedAPI.get`): the latest visible reuses
 * as `get_rss_feed_list` (udata/utils.py) picks them — a reuse appears 10 hours after its creation
 * (`DELAY_BEFORE_APPEARING_IN_RSS_FEED`), at once when a certified organization publishes it — 20 of them
 * (`DEFAULT_FEED_SIZE`).
 */
const FEED_SIZE = 20;
const DELAY_MS = 10 * 3600 * 1000;

/** udata renders the description's markdown for `content`; the sandbox only makes paragraphs of it. */
function paragraphs(markdown: string): string {
  const escape = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
  return markdown
    .split(/\n\s*\n/)
    .map((block) => block.trim())
    .filter(Boolean)
    .map((block) => `<p>${escape(block)}</p>`)
    .join("\n");
}

function recentReuses(ctx: Context, now: number): ReuseRecord[] {
  const certified = (reuse: ReuseRecord) =>
    reuse.organization !== null &&
    (ctx.store.organization(reuse.organization)?.badges.some((badge) => badge.kind === "certified") ?? false);
  const appearsAt = (reuse: ReuseRecord) => Date.parse(reuse.created_at) + (certified(reuse) ? 0 : DELAY_MS);
  return ctx.store.state.reuses
    .filter((reuse) => isVisible(reuse) && appearsAt(reuse) <= now)
    .sort((a, b) => appearsAt(b) - appearsAt(a) || compare(b.created_at, a.created_at))
    .slice(0, FEED_SIZE);
}

function feedEntry(ctx: Context, reuse: ReuseRecord): AtomEntry {
  const organization = reuse.organization ? ctx.store.organization(reuse.organization) : undefined;
  const owner = reuse.owner ? ctx.store.user(reuse.owner) : undefined;
  const author = organization
    ? { name: organization.name, uri: pageUrl(ctx.base, "organizations", organization.slug) }
    : owner
      ? { name: `${owner.first_name} ${owner.last_name}`, uri: pageUrl(ctx.base, "users", owner.slug) }
      : null;
  return {
    title: reuse.title,
    link: pageUrl(ctx.base, "reuses", reuse.slug),
    id: pageUrl(ctx.base, "reuses", reuse.id),
    published: reuse.created_at,
    updated: reuse.last_modified,
    author,
    summary: reuse.description,
    content: paragraphs(reuse.description),
  };
}

export function reuseFeedRoutes(ctx: Context): RouteDefinition[] {
  return [
    {
      method: "GET",
      path: "/api/1/reuses/recent.atom",
      handler: ({ url }) => {
        const entries = recentReuses(ctx, Date.now()).map((reuse) => feedEntry(ctx, reuse));
        const dates = entries.flatMap((item) => [item.updated, item.published]).sort();
        const xml = atomFeed({
          title: "Latests reuses",
          link: `${ctx.base}/`,
          feedUrl: url.toString(),
          updated: dates.at(-1) ?? new Date().toISOString(),
          entries,
        });
        return { status: 200, bytes: { type: "application/atom+xml", data: xml } };
      },
    },
  ];
}
