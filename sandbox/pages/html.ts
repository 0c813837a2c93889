/**
 * HTML from templates: every interpolated value is escaped unless it is already `SafeHtml`, so that
 * hostile titles and descriptions come out as text.
 */
export class SafeHtml {
  constructor(readonly text: string) {}
}

export type HtmlPart = SafeHtml | string | number | null | undefined | readonly HtmlPart[];

const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => ESCAPES[character] ?? character);
}

function render(part: HtmlPart): string {
  if (part === null || part === undefined) return "";
  if (part instanceof SafeHtml) return part.text;
  if (Array.isArray(part)) return part.map(render).join("");
  return escapeHtml(String(part as string | number));
}

export function html(strings: TemplateStringsArray, ...values: HtmlPart[]): SafeHtml {
  let text = strings[0] ?? "";
  values.forEach((value, index) => (text += render(value) + (strings[index + 1] ?? "")));
  return new SafeHtml(text);
}
