import { expect, Page, test } from "@playwright/test";
import { readFileSync } from "node:fs";
import { hydrated, signIn, watchProblems } from "./support";

// axe-core (the engine behind Lighthouse's and DevTools' accessibility checks), run in the page
// over CDP, so the page's own Content-Security-Policy is left as it is.
const AXE = readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");

/** The serious and critical accessibility violations of the page shown, one line each. */
async function violations(page: Page): Promise<string[]> {
  await page.evaluate(AXE);
  const found: { id: string; impact: string; help: string; nodes: { target: string[] }[] }[] = await page.evaluate(
    async () => (await (window as any).axe.run(document, { resultTypes: ["violations"] })).violations,
  );
  return found
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.impact} ${v.id} (${v.help}): ${v.nodes.slice(0, 3).map((n) => n.target.join(" ")).join(", ")}`);
}

// A record page of each kind the lists link to (the first one found), beside the navigation's pages.
const RECORDS = [
  /^\/work-orders\/\d+$/,
  /^\/assets\/\d+$/,
  /^\/pm\/\d+$/,
  /^\/safety\/events\/\d+$/,
  /^\/inspections\/\d+$/,
  /^\/inspections\/\d+\/report$/,
  /^\/templates\/\d+$/,
  /^\/compliance\/frameworks\/\d+$/,
  /^\/compliance\/evidence\/\d+$/,
  /^\/admin\/users\/\d+$/,
  /^\/osha\/cases\/\d+$/,
  /^\/osha\/cases\/\d+\/301$/,
  /^\/osha\/(log|summary|privacy|ita|rates|cases\/new)$/,
  /^\/compliance\/(certificates|people|packs)$/,
  /^\/assets\/(new|import|labels)$/,
  /^\/work-orders\/new$/,
  /^\/pm\/new$/,
  /^\/report\/\d+$/,
];

async function links(page: Page): Promise<string[]> {
  return page.locator("a[href^='/']").evaluateAll((as) => as.map((a) => a.getAttribute("href")!.split("#")[0]));
}

test("axe: the sign-in page has no serious or critical accessibility violation", async ({ page }) => {
  await page.goto("/login");
  expect(await violations(page)).toEqual([]);
});

// Four roles reach every route between them: the navigation's pages and a record of each kind.
// Each page is also hydrated with no console error, page error or CSP violation.
for (const email of ["admin@demo.gemba.local", "ehs@demo.gemba.local", "tech@demo.gemba.local", "operator@demo.gemba.local"]) {
  test(`axe: every page ${email.split("@")[0]} opens has no serious or critical accessibility violation`, async ({ page }) => {
    test.setTimeout(180_000);
    const watch = await watchProblems(page);
    await signIn(page, email);
    const nav = await page.locator(".mainnav a").evaluateAll((as) => as.map((a) => a.getAttribute("href")!));
    const pages = new Set<string>(["/", ...nav]);
    const found: string[] = [];
    const seen = new Set<RegExp>();
    const visit = async (href: string) => {
      await page.goto(href);
      await expect(page.locator("main h1, main .notice").first(), href).toBeVisible();
      // pages of the app hydrate (the QR report form outside it has no WebAssembly)
      if (await page.locator("[data-hydrated]").count()) await hydrated(page);
      for (const v of await violations(page)) found.push(`${href}: ${v}`);
    };
    for (const href of pages) {
      await visit(href);
      for (const link of await links(page)) {
        const kind = RECORDS.find((r) => r.test(link) && !seen.has(r));
        if (kind) {
          seen.add(kind);
          pages.add(link);
        }
      }
    }
    console.log(`axe: ${email} ${pages.size} pages`);
    expect(pages.size).toBeGreaterThan(8);
    expect(found, found.join("\n")).toEqual([]);
    watch.check();
  });
}
