import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { type Context, type RouteDefinition } from "../context";
import { notFound } from "../http";
import { type ReuseRecord } from "../model";
import { initialsSvg, reuseThumbnailSvg, type ThumbnailReuse } from "../placeholders";
import { CONTENT_TYPES } from "../uploads";

/** Images served by the sandbox itself: generated placeholders, and the bytes of uploads. */
function placeholderSvg(ctx: Context, kind: string | undefined, id: string): string | null {
  if (kind === "reuses") {
    const reuse = ctx.store.reuse(id);
    return reuse ? reuseThumbnailSvg({ ...reuse, producer: producerOf(ctx, reuse) }) : null;
  }
  if (kind === "organizations") {
    const organization = ctx.store.organization(id);
    return organization ? initialsSvg(id, organization.acronym ?? organization.name) : null;
  }
  if (kind === "users") {
    const user = ctx.store.user(id);
    return user ? initialsSvg(id, `${user.first_name} ${user.last_name}`) : null;
  }
  return null;
}

function producerOf(ctx: Context, reuse: ReuseRecord): ThumbnailReuse["producer"] {
  const organization = reuse.organization ? ctx.store.organization(reuse.organization) : undefined;
  if (organization) return { name: organization.name, kind: "organization" };
  const owner = reuse.owner ? ctx.store.user(reuse.owner) : undefined;
  return owner ? { name: `${owner.first_name} ${owner.last_name}`, kind: "user" } : null;
}

function placeholder(ctx: Context, kind: string | undefined, file: string | undefined) {
  const [, id] = /^([0-9a-f]{24})(?:-\d+)?\.svg$/.exec(file ?? "") ?? [];
  const data = id ? placeholderSvg(ctx, kind, id) : null;
  if (!data) throw notFound();
  return {
    status: 200,
    bytes: { type: "image/svg+xml", data },
    headers: { "Cache-Control": "public, max-age=3600" },
  };
}

/** Thumbnails (`<hash>-500.png`) are the uploaded bytes themselves: the sandbox does not resize. */
async function upload(ctx: Context, file: string | undefined) {
  const [, hash, extension] = /^([0-9a-f]{40})(?:-\d+)?\.(jpg|png|webp)$/.exec(file ?? "") ?? [];
  const type = extension ? CONTENT_TYPES[extension] : undefined;
  if (!hash || !extension || !type) throw notFound();
  const data = await readFile(join(ctx.uploadsDir, `${hash}.${extension}`)).catch(() => null);
  if (!data) throw notFound();
  return { status: 200, bytes: { type, data }, headers: { "Cache-Control": "public, max-age=31536000, immutable" } };
}

export function imageRoutes(ctx: Context): RouteDefinition[] {
  return [
    {
      method: "GET",
      path: "/_sandbox/images/:kind/:file",
      handler: ({ params }) => placeholder(ctx, params.kind, params.file),
    },
    { method: "GET", path: "/_sandbox/uploads/:file", handler: ({ params }) => upload(ctx, params.file) },
  ];
}
