import { Browser, expect, Page, test } from "@playwright/test";
import { demoPasswords, noSidewaysScroll, watchProblems } from "./support";

/** Signs in as `email` on a new 390x844 phone with JavaScript on or off. */
async function phone(browser: Browser, email: string, js: boolean): Promise<Page> {
  const context = await browser.newContext({
    baseURL: process.env.GEMBA_E2E_BASE_URL,
    javaScriptEnabled: js,
    viewport: { width: 390, height: 844 },
    isMobile: true,
    hasTouch: true,
  });
  const page = await context.newPage();
  await page.goto("/login");
  await page.getByLabel("E-mail").fill(email);
  await page.getByLabel("Password").fill(demoPasswords().get(email)!);
  await page.getByRole("button", { name: "Sign in" }).tap();
  await expect(page.getByRole("heading", { name: /Hello|Bonjour/ })).toBeVisible();
  return page;
}

// The bottom bar each role gets: its four destinations, then "More".
const bars: [string, string[]][] = [
  ["admin@demo.gemba.local", ["Home", "Work orders", "People", "Sites", "More"]],
  ["tech@demo.gemba.local", ["My work", "Scan", "Rounds", "Report", "More"]],
  ["operator@demo.gemba.local", ["Home", "Rounds", "Tags", "Report", "More"]],
  ["ehs@demo.gemba.local", ["Home", "Safety events", "OSHA", "Audits", "More"]],
  ["manager@demo.gemba.local", ["Home", "Work orders", "KPIs", "Compliance", "More"]],
  ["auditor@demo.gemba.local", ["Home", "Compliance", "Audits", "Audit log", "More"]],
];
// The demo auditor works at the Lyon plant, whose default language is French (and at Riverside,
// in English, once the compliance test has granted it): the bar speaks the current site's language.
const french: Record<string, string> = {
  Home: "Accueil",
  Compliance: "Conformité",
  Audits: "Audits",
  "Audit log": "Journal d'audit",
  More: "Plus",
  "Sign out": "Se déconnecter",
  Profile: "Profil",
};

for (const js of [true, false]) {
  for (const [email, tabs] of bars) {
    test(`${email.split("@")[0]}: a bottom bar with the role's destinations and a More sheet, JavaScript ${js ? "on" : "off"}`, async ({ browser }) => {
      const page = await phone(browser, email, js);
      const watch = js ? await watchProblems(page) : null;
      const atLyon = (await page.locator(".current-site").innerText()) === "Lyon Plant";
      await expect(page.locator("html")).toHaveAttribute("lang", atLyon ? "fr" : "en");
      const word = (w: string) => (atLyon ? french[w] : w);
      const bar = page.locator(".mainnav > .tab, .mainnav > .more > summary");
      await expect(bar).toHaveText(tabs.map(word));
      // at the thumb: the bar sits at the bottom of the screen, each tab at least 44 px
      for (const tab of await bar.all()) {
        const box = (await tab.boundingBox())!;
        expect(box.height).toBeGreaterThanOrEqual(44);
        expect(box.width).toBeGreaterThanOrEqual(44);
        expect(box.y + box.height).toBeGreaterThan(844 - 2);
      }
      await noSidewaysScroll(page);
      // the sheet opens above the bar with the other pages of the role and Sign out
      await page.locator(".mainnav .more > summary").tap();
      const sheet = page.locator(".mainnav .sheet");
      await expect(sheet).toBeVisible();
      await expect(sheet.getByRole("button", { name: word("Sign out") })).toBeVisible();
      await expect(sheet.getByRole("link", { name: word("Profile") })).toBeVisible();
      // nothing in the bar or the sheet answers "no permission"
      const hrefs = await page.locator(".mainnav a").evaluateAll((as) => as.map((a) => a.getAttribute("href")!));
      for (const href of hrefs) {
        const r = await page.request.get(href);
        expect(r.status(), `${email} ${href}`).toBe(200);
      }
      // a destination of the sheet opens, and the sheet is closed on the new page
      const last = sheet.getByRole("link").last();
      const target = await last.getAttribute("href");
      await last.tap();
      await expect(page).toHaveURL(new RegExp(`${target}$`));
      await expect(page.locator(".mainnav .sheet")).toBeHidden();
      watch?.check();
      await page.context().close();
    });
  }
}

test("a work-order page is at most 60 KB of HTML", async ({ browser }) => {
  const page = await phone(browser, "tech@demo.gemba.local", true);
  await page.goto("/work");
  await page.locator("#wo-list .card", { hasText: "Replace the worn V-belt" }).getByRole("link").tap();
  await expect(page).toHaveURL(/\/work-orders\/\d+$/);
  const html = await (await page.request.get(page.url())).text();
  console.log(`work-order page HTML: ${html.length} bytes`);
  expect(html.length).toBeLessThanOrEqual(60 * 1024);
  await page.context().close();
});
