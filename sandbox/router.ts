/**
 * Matches a method and a path against route patterns like `/api/1/reuses/:reuse/`. Routes with
 * fewer parameters win, so `/reuses/suggest/` is never read as the reuse "suggest".
 */
export type Match<H> =
  | { kind: "found"; handler: H; params: Record<string, string> }
  | { kind: "redirect"; location: string }
  | { kind: "method-not-allowed" }
  | { kind: "not-found" };

interface CompiledRoute<H> {
  method: string;
  pattern: RegExp;
  names: string[];
  handler: H;
}

export class Router<H> {
  private readonly routes: CompiledRoute<H>[] = [];

  add(method: string, path: string, handler: H): this {
    const names: string[] = [];
    const source = path
      .split("/")
      .map((segment) => {
        if (!segment.startsWith(":")) return segment.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
        names.push(segment.slice(1));
        return "([^/]+)";
      })
      .join("/");
    this.routes.push({ method, pattern: new RegExp(`^${source}$`), names, handler });
    this.routes.sort((a, b) => a.names.length - b.names.length);
    return this;
  }

  match(method: string, path: string): Match<H> {
    let pathExists = false;
    for (const route of this.routes) {
      const found = route.pattern.exec(path);
      if (!found) continue;
      pathExists = true;
      if (route.method !== method) continue;
      const params: Record<string, string> = {};
      try {
        route.names.forEach((name, index) => (params[name] = decodeURIComponent(found[index + 1] ?? "")));
      } catch {
        return { kind: "not-found" };
      }
      return { kind: "found", handler: route.handler, params };
    }
    if (pathExists) return { kind: "method-not-allowed" };
    // Like Flask, a path missing its trailing slash is redirected to the route that has it.
    if (!path.endsWith("/") && this.routes.some((route) => route.pattern.test(`${path}/`))) {
      return { kind: "redirect", location: `${path}/` };
    }
    return { kind: "not-found" };
  }
}
