import { expect, test } from "../fixtures";
import { seedReuse } from "./reuse-seed";

// Titles and descriptions come from anyone. This reuse tries every way in: script elements, event handlers,
// javascript:/data:/vbscript: links (plain, mixed case, entity-encoded, split), raw HTML, HTML in link text,
// styles, forms; next to the harmless HTML data.gouv.fr descriptions hold (line breaks, bold, italics, lists,
// links), which shows as data.gouv.fr shows it.
const HOSTILE_DESCRIPTION = [
  "Une carte <strong>en direct</strong>,<br>mise à jour <em>chaque jour</em>.",
  "",
  '<ul><li>Trains</li><li><a href="https://example.org/bus" onclick="window.__pwned = \'onclick\'">Bus</a></li></ul>',
  "",
  '<p onmouseover="window.__pwned = \'hover\'" style="position:fixed;inset:0">Survol</p>',
  '<style>main { display: none }</style><form action="/piege"><input name="q"><button>Envoyer</button></form>',
  "",
  "Bonjour <script>window.__pwned = 'script'; alert('script')</script>",
  "",
  "<img src=\"x\" onerror=\"window.__pwned = 'img'; alert('img')\">",
  "",
  '<b>gras brut</b> <iframe src="/piege"></iframe> <a href="javascript:alert(1)">lien brut</a>',
  "",
  "[lien js](javascript:window.__pwned='link';alert('link'))",
  "[lien casse](JaVaScRiPt:alert('case'))",
  "[lien entité](&#106;avascript:alert('entity'))",
  "[lien coupé](<java\nscript:alert('split')>)",
  "[lien data](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
  "[lien vbs](vbscript:msgbox(1))",
  "[lien relatif protocole](//evil.example/x)",
  "[<img src=x onerror=alert('texte')>](https://example.org/sain)",
  "![image](javascript:alert('image'))",
  "",
  "<javascript:alert('autolien')>",
].join("\n");

const HOSTILE_TITLE = `<img src=x onerror="window.__pwned='title'"> Titre <script>alert('titre')</script> ${Date.now()}`;

test("hostile content in a reuse renders inert", async ({ page, sandbox, checkA11y }) => {
  test.setTimeout(60_000); // waits for the page's island to load, then runs the accessibility check
  const owner = await sandbox.createUser({ first_name: "<b>Mallory</b>", last_name: "<script>alert(1)</script>" });
  const reuse = await seedReuse(sandbox, owner, { title: HOSTILE_TITLE, description: HOSTILE_DESCRIPTION });
  const dialogs: string[] = [];
  page.on("dialog", async (dialog) => {
    dialogs.push(dialog.message());
    await dialog.dismiss();
  });
  const cspViolations: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) cspViolations.push(message.text());
  });

  await page.goto(`/reuses/${reuse.slug}`);
  await page.waitForLoadState("networkidle");
  const main = page.getByRole("main");

  // The title is text, exactly as typed; so is the producer's name.
  await expect(main.getByRole("heading", { level: 1 })).toHaveText(HOSTILE_TITLE);
  await expect(main.getByText("Publiée par <b>Mallory</b> <script>alert(1)</script>")).toBeVisible();
  // Harmless HTML is rendered: bold, italics, a line break, a list with a link; no tag shows as text.
  const description = main.getByRole("region", { name: "Description" });
  const strong = description.locator("strong", { hasText: "en direct" });
  await expect(strong).toBeVisible();
  await expect(strong).toHaveCSS("font-weight", "700");
  await expect(description.locator("em", { hasText: "chaque jour" })).toBeVisible();
  await expect(description.locator("p", { hasText: "Une carte en direct" }).locator("br")).toHaveCount(1);
  await expect(description.getByRole("list").getByRole("listitem")).toHaveText(["Trains", "Bus"]);
  await expect(description.locator("strong", { hasText: "gras brut" })).toBeVisible();
  expect(await description.textContent()).not.toMatch(/<\/?(strong|b|em|br|ul|li|p|a|iframe|style|form|input)\b/i);
  // Hostile HTML is gone, with the text of its scripts and styles; a refused HTML link is its text.
  await expect(description).not.toContainText("window.__pwned = 'script'");
  await expect(description).not.toContainText("display: none");
  await expect(description.getByText("lien brut")).toBeVisible();
  await expect(page.locator("main iframe, main img[onerror], main [onerror], main [onclick], main b")).toHaveCount(0);
  const hostileElements = "script, style, iframe, img, form, input, button, [style], [onmouseover], [onclick]";
  await expect(description.locator(hostileElements)).toHaveCount(0);
  await description.getByText("Survol").hover();

  // Only http(s) links, all of them outbound-marked; refused links are left as their text.
  const hrefs = await description.locator("a").evaluateAll((links) => links.map((link) => link.getAttribute("href")));
  expect(hrefs).toEqual(["https://example.org/bus", "https://example.org/sain"]);
  for (const link of await description.getByRole("link").all()) {
    await expect(link).toHaveAttribute("rel", "nofollow ugc noopener");
  }
  await expect(description.getByText("[lien js](javascript:window.__pwned='link';alert('link'))")).toBeVisible();
  const allHrefs = await page.locator("a[href]").evaluateAll((links) => links.map((link) => link.getAttribute("href")));
  expect(allHrefs.filter((href) => !/^(https?:\/\/|mailto:|\/|#)/i.test(href ?? ""))).toEqual([]);

  // Nothing ran, nothing was refused by the CSP (there was nothing inline to refuse).
  expect(await page.evaluate(() => (window as { __pwned?: unknown }).__pwned)).toBeUndefined();
  expect(dialogs).toEqual([]);
  expect(cspViolations).toEqual([]);

  // The JSON-LD cannot be closed from inside: its text parses, with the title as typed.
  const jsonLd = await page.locator('script[type="application/ld+json"]').allTextContents();
  for (const text of jsonLd) expect(text).not.toContain("<");
  expect(jsonLd.map((text) => (JSON.parse(text) as { name?: string }).name)).toContain(HOSTILE_TITLE);
  // The description's meta and card are its words only: no tag, no script's text, no markdown mark.
  const metaDescription = await page.locator('meta[name="description"]').getAttribute("content");
  expect(metaDescription).toMatch(
    /^Une carte en direct, mise à jour chaque jour\. Trains Bus Survol Envoyer Bonjour gras brut lien brut /,
  );
  await expect(page.locator('meta[property="og:description"]')).toHaveAttribute("content", metaDescription ?? "");
  // The metadata is escaped too.
  await expect(page).toHaveTitle(new RegExp(`^${escapeRegExp(HOSTILE_TITLE)}`));
  await checkA11y();
});

function escapeRegExp(text: string) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
