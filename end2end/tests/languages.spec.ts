import { expect, test } from "@playwright/test";
import { demoPasswords, hydrated, noSidewaysScroll, signIn, watchProblems } from "./support";

test("a browser asking for French gets the French sign-in page before anyone chose anything", async ({ browser }) => {
  const context = await browser.newContext({ baseURL: process.env.GEMBA_E2E_BASE_URL, locale: "fr-FR" });
  const page = await context.newPage();
  await page.goto("/login");
  await expect(page.locator("html")).toHaveAttribute("lang", "fr");
  await expect(page.getByLabel("Mot de passe")).toBeVisible();
  await expect(page.getByRole("button", { name: "Se connecter" })).toBeVisible();
  await context.close();
});

test("a technician who chose Spanish creates, works and completes a work order in Spanish, with a field error in Spanish", async ({
  page,
}) => {
  const watch = await watchProblems(page, [422]);
  const password = await signIn(page, "tech@demo.gemba.local");
  try {
    // the choice is on the profile, each language in its own words
    await page.goto("/profile");
    await page.getByLabel("Gemba speaks to me in").selectOption({ label: "Español" });
    await page.locator("#language").getByRole("button", { name: "Save" }).tap();
    await expect(page.getByLabel("Gemba me habla en")).toBeVisible();

    await page.goto("/work-orders/new");
    await expect(page.locator("html")).toHaveAttribute("lang", "es");
    await hydrated(page);
    await page.getByLabel("Qué hay que hacer").fill("Revisar la fuga del cilindro 3");
    await page.getByLabel("Prioridad").selectOption({ label: "Alta" });
    await page.getByLabel("Asignar a").selectOption({ label: "Tomás Technician" });
    await page.getByRole("button", { name: "Crear" }).tap();
    await expect(page.getByRole("heading", { name: /Revisar la fuga del cilindro 3/ })).toBeVisible();
    await expect(page.locator(".meta")).toContainText("Correctivo");
    await page.getByRole("button", { name: "Empezar" }).tap();
    await expect(page.locator(".meta .badge").first()).toHaveText("En curso");

    // a refused time entry: the reason in Spanish at its field, what was typed kept
    const time = page.locator("#time");
    await time.getByPlaceholder("Minutos").fill("media hora");
    await time.getByRole("button", { name: "Registrar tiempo" }).tap();
    await expect(time.locator(".field-error")).toHaveText("Escriba entre 1 y 1440 minutos.");
    await expect(time.getByPlaceholder("Minutos")).toHaveValue("media hora");
    await time.getByPlaceholder("Minutos").fill("25");
    await time.getByRole("button", { name: "Registrar tiempo" }).tap();
    await expect(time).toContainText("25 minutos registrados");

    // without a network the phone keeps the entry and says so in Spanish; it is sent once back
    await page.context().setOffline(true);
    await time.getByPlaceholder("Minutos").fill("10");
    await time.getByRole("button", { name: "Registrar tiempo" }).tap();
    await expect(page.locator("#offline-bar")).toContainText("1 cambio en espera");
    await expect(time.locator(".queued-note")).toContainText("Guardado en este teléfono");
    await page.context().setOffline(false);
    await expect(time).toContainText("35 minutos registrados", { timeout: 40_000 });

    await page.locator("#complete").getByLabel("Contraseña").fill(password);
    await page.getByRole("button", { name: "Terminar y firmar" }).tap();
    await expect(page.locator(".meta .badge").first()).toHaveText("Terminada");
    await noSidewaysScroll(page);
    // what the page says outside the data is Spanish: none of these English words is left
    const text = await page.locator("body").innerText();
    for (const english of ["My work", "Complete and sign", "Log time", "Parts", "Downtime", "Signatures", "More", "Reported by"]) {
      expect(text, english).not.toContain(english);
    }
    watch.check();
  } finally {
    // back to automatic, so the next tests meet the technician in the browser's English
    await page.goto("/profile");
    await page.locator("#language-choice").selectOption({ value: "" });
    await page.locator("#language button[type=submit]").tap();
    await expect(page.getByLabel("Gemba speaks to me in")).toBeVisible();
  }
  expect(demoPasswords().size).toBeGreaterThan(0);
});

// The pseudo-locale (accented, 40 % longer, in brackets) on every page each role opens from its
// navigation, at 390 px: no page scrolls sideways, and none is left on "Loading".
for (const email of ["admin@demo.gemba.local", "manager@demo.gemba.local", "ehs@demo.gemba.local", "tech@demo.gemba.local"]) {
  test(`pseudo-locale: every page ${email.split("@")[0]} opens fits a 390 px phone`, async ({ page }) => {
    await signIn(page, email);
    await page.context().setExtraHTTPHeaders({ "Accept-Language": "en-XA" });
    await page.goto("/");
    await expect(page.locator("html")).toHaveAttribute("lang", "en-XA");
    const hrefs = await page.locator(".mainnav a").evaluateAll((as) => as.map((a) => a.getAttribute("href")!));
    expect(hrefs.length).toBeGreaterThan(4);
    // every route the role reaches: the bar's pages, then one page of each kind their links lead
    // to (a work order, an asset, a case, a template...), files and downloads left out
    const shape = (href: string) => href.split("#")[0].split("?")[0].replace(/\d+/g, ":id");
    const skip = /\.(csv|zip|pdf|png|jpe?g|json)|\/download|\/files\/|\/photos\/|\/api\/|\/logout|\/sfn\//;
    const seen = new Set(hrefs.map(shape));
    const queue = [...hrefs];
    let visited = 0;
    while (queue.length) {
      const href = queue.shift()!;
      visited++;
      await page.goto(href);
      // a page's heading or notice (the label sheet is only labels)
      await expect(page.locator("main h1, main .notice, main .label").first(), href).toBeVisible();
      await expect(page.locator(".loading"), href).toHaveCount(0);
      await noSidewaysScroll(page);
      const links = await page.locator("main a[href^='/']").evaluateAll((as) => as.map((a) => a.getAttribute("href")!));
      for (const link of links) {
        if (!skip.test(link) && !seen.has(shape(link))) {
          seen.add(shape(link));
          queue.push(link);
        }
      }
    }
    expect(visited, [...seen].join(" ")).toBeGreaterThan(hrefs.length);
  });
}

// The language survives offline: the pages kept on the phone are the person's language, and so is
// what the phone says about a page it did not keep.
test("offline: a technician who chose French finds the kept pages in French in a dead zone", async ({ browser }) => {
  const context = await browser.newContext({
    baseURL: process.env.GEMBA_E2E_BASE_URL,
    viewport: { width: 390, height: 844 },
    isMobile: true,
    hasTouch: true,
  });
  const page = await context.newPage();
  await signIn(page, "tech@demo.gemba.local");
  try {
    await page.goto("/profile");
    await page.getByLabel("Gemba speaks to me in").selectOption({ label: "Français" });
    await page.locator("#language").getByRole("button", { name: "Save" }).tap();
    await expect(page.getByLabel("Gemba me parle en")).toBeVisible();
    await page.goto("/work");
    await page.evaluate(() => navigator.serviceWorker.ready.then(() => true));
    if (!(await page.evaluate(() => !!navigator.serviceWorker.controller))) await page.reload();
    await hydrated(page);
    await page.locator(".mainnav .more > summary").tap();
    await page.getByRole("button", { name: "Garder pour le hors-ligne" }).tap();
    // in French words, with the date as French writes it (06/12/2026 18:05), not the browser's
    await expect(page.locator("#keep-offline-status")).toContainText(/Sur ce téléphone\s?:\s\d+ pages,\s\d+\sKo\s\(\d\d\/\d\d\/\d{4}\s\d\d:\d\d\)/, {
      timeout: 30_000,
    });
    const href = await page.locator("#wo-list .card a").first().getAttribute("href");

    await context.setOffline(true);
    await page.goto("/work");
    await expect(page.locator("html")).toHaveAttribute("lang", "fr");
    await expect(page.getByRole("heading", { name: "Mon travail" })).toBeVisible();
    await page.goto(href!);
    await expect(page.locator("html")).toHaveAttribute("lang", "fr");
    await expect(page.locator(".mainnav")).toContainText("Mon travail");
    // a page the phone did not keep says so in French
    await page.goto("/assets/labels");
    await expect(page.getByRole("heading", { name: "Cette page a besoin d'une connexion" })).toBeVisible();
  } finally {
    // back online and to automatic, so the next tests meet the technician in English
    await context.setOffline(false);
    await page.goto("/profile");
    await page.locator("#language-choice").selectOption({ value: "" });
    await page.locator("#language button[type=submit]").tap();
    await expect(page.getByLabel("Gemba speaks to me in")).toBeVisible();
    await context.close();
  }
});
