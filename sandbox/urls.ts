/** The sandbox's own URLs, in the forms data.gouv.fr uses (web pages without, API URIs with a trailing slash). */
export type Kind = "reuses" | "datasets" | "dataservices" | "organizations" | "users";

export function pagePath(kind: Kind, slug: string): string {
  return `/${kind}/${slug}`;
}

export function pageUrl(base: string, kind: Kind, slug: string): string {
  return `${base}${pagePath(kind, slug)}`;
}

export function apiUrl(base: string, kind: Kind, slug: string): string {
  return `${base}/api/1/${kind}/${slug}/`;
}

/** udata's `latest` of a resource (`ResourceRedirectAPI`): a permanent URL that redirects to the file. */
export function resourceUrl(base: string, id: string): string {
  return `${base}/api/1/datasets/r/${id}`;
}

/** udata serves thumbnails next to the image, with the size before the extension (`x-500.png`). */
function thumbnailPath(path: string, size: number): string {
  return path.replace(/(\.[a-z]+)$/, `-${size}$1`);
}

export function absolute(base: string, path: string | null): string | null {
  return path === null ? null : `${base}${path}`;
}

export function thumbnail(base: string, path: string | null, size: number): string | null {
  return path === null ? null : `${base}${thumbnailPath(path, size)}`;
}
