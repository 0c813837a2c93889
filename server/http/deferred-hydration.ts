/**
 * Public pages are complete without JavaScript (e2e tests check it with JavaScript off): React and the Next.js
 * runtime, about 140 KB of gzip, only serve their islands — search suggestions, the organization filter, "more
 * from this producer". So the front server takes the framework's scripts out of these pages (the page cache's,
 * served to visitors who are not signed in) and adds a loader of a few hundred bytes that puts them back,
 * unchanged, at the first sign of a person using the page (the pointer moves, a touch, a key, a focus, the wheel),
 * or when an element marked `data-hydrate="visible"` comes near the viewport. Until then the page is the server's
 * HTML and its links are plain links: a reader pays nothing for the islands before using the page, crawlers and
 * previews never download them, and the first paint never waits on them. A person using the page gets exactly
 * what Next.js would have sent, and the page hydrates then. Not the sign-in page: everyone who opens it uses its
 * form at once, and its in-place errors and show-key button must work from the first click.
 */

import { parseJson } from "./framework-scripts";

/** `<script src="/_next/…" async=""></script>`: the framework's chunks, run in any order (hence async). */
const ASYNC_CHUNK = /<script src="(\/_next\/static\/[^"]+\.js)" async=""><\/script>/g;
/** `<link rel="preload" as="script" …>` of a chunk: it would be downloaded at once. */
const SCRIPT_PRELOAD = /<link rel="preload" as="script"[^>]*\/>/g;

/** The loader; `SOURCES` is replaced by the page's chunk list. Plain ES2017: it runs before anything else. */
const LOADER = `(function(sources){
var loaded=false;
function load(){
if(loaded)return;loaded=true;
sources.forEach(function(src){var s=document.createElement("script");s.src=src;s.async=true;document.head.appendChild(s);});
}
["pointermove","pointerdown","touchstart","keydown","focusin","wheel"].forEach(function(type){addEventListener(type,load,{once:true,passive:true,capture:true});});
var islands=document.querySelectorAll('[data-hydrate="visible"]');
if(islands.length&&"IntersectionObserver"in window){
var seen=new IntersectionObserver(function(entries){if(entries.some(function(e){return e.isIntersecting;})){seen.disconnect();load();}},{rootMargin:"200px"});
islands.forEach(function(island){seen.observe(island);});
}
})(SOURCES);`;

/** A chunk path as ASYNC_CHUNK finds them. */
const CHUNK_PATH = /^\/_next\/static\/[^"]+\.js$/;

/** The loader's code for these chunks. JSON of paths matched by ASYNC_CHUNK: no "<" can close the script early. */
const loaderFor = (sources: readonly string[]) => LOADER.replace("SOURCES", JSON.stringify(sources));

/** Whether an inline script's content is this loader, for chunks of this site (the CSP allows it by hash). */
export function isHydrationLoader(script: string): boolean {
  const [head = "", tail = ""] = LOADER.split("SOURCES");
  if (!script.startsWith(head) || !script.endsWith(tail)) return false;
  const sources = parseJson(script.slice(head.length, script.length - tail.length));
  if (!Array.isArray(sources) || sources.length === 0) return false;
  const paths = sources.filter((source): source is string => typeof source === "string" && CHUNK_PATH.test(source));
  return paths.length === sources.length && script === loaderFor(paths);
}

/** The page without the framework's scripts, with the loader that brings them back; unchanged if it has none. */
export function deferHydration(html: string): string {
  const sources = [...html.matchAll(ASYNC_CHUNK)].map((match) => match[1] ?? "");
  const end = html.lastIndexOf("</body>");
  if (sources.length === 0 || end === -1) return html;
  const loader = `<script>${loaderFor(sources)}</script>`;
  const stripped = html.slice(0, end).replace(ASYNC_CHUNK, "").replace(SCRIPT_PRELOAD, "");
  return `${stripped}${loader}${html.slice(end)}`;
}
