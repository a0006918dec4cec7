import { expect, Page, test } from "@playwright/test";
import { demoPasswords, hydrated, noSidewaysScroll, PNG, signIn, watchProblems } from "./support";

function ymd(d: Date) {
  return d.toISOString().slice(0, 10);
}

function daysFromToday(n: number) {
  const d = new Date();
  d.setUTCDate(d.getUTCDate() + n);
  return ymd(d);
}

/** Signs in with a mouse (the desktop context has no touch screen). */
async function signInDesktop(page: Page, email: string) {
  await page.goto("/login");
  await page.getByLabel("E-mail").fill(email);
  await page.getByLabel("Password").fill(demoPasswords().get(email)!);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("heading", { name: /Hello/ })).toBeVisible();
}

async function summaryCounts(page: Page) {
  await page.goto("/osha/summary");
  await expect(page.locator("#summary-300a")).toBeVisible();
  const n = async (id: string) => Number(await page.locator(`#${id}`).innerText());
  return {
    cases: (await n("s-g")) + (await n("s-h")) + (await n("s-i")) + (await n("s-j")),
    h: await n("s-h"),
    k: await n("s-k"),
    hours: await n("s-hours"),
    trc: await page.locator("#summary-rates .trc").innerText(),
  };
}

test("a technician reports an injury with a photo on a phone; EHS classifies it on a desktop and the 300 log, 300A and TRC follow", async ({
  page,
  browser,
}) => {
  // --- on the phone (390 x 844)
  const phone = await watchProblems(page);
  await signIn(page, "tech@demo.gemba.local");
  await page.goto("/safety");
  await hydrated(page);
  await noSidewaysScroll(page);
  await page.getByLabel("Injury or illness").check();
  const title = `Cut hand on press guard ${Date.now()}`;
  await page.getByLabel("In a few words").fill(title);
  await page.getByLabel("Where (area, line, room)").fill("Stamping line 1");
  await page.getByLabel("What happened (optional)").fill("Reached past the guard; laceration on the right palm");
  await page.getByLabel("Photo (optional)").setInputFiles({ name: "hand.png", mimeType: "image/png", buffer: PNG });
  await page.getByRole("button", { name: "Send report" }).tap();
  await expect(page.locator("#report-sent")).toContainText("was sent to EHS");
  const mine = page.locator("#event-list .card", { hasText: title });
  await expect(mine).toContainText("Reported");
  await hydrated(page);
  phone.check();

  // --- on a desktop, the EHS officer
  const desk = await browser.newContext({ viewport: { width: 1280, height: 800 }, isMobile: false, hasTouch: false });
  const ehs = await desk.newPage();
  const watch = await watchProblems(ehs);
  await signInDesktop(ehs, "ehs@demo.gemba.local");
  const before = await summaryCounts(ehs);
  expect(before.hours).toBeGreaterThan(0);

  await ehs.goto("/safety/events");
  await ehs.locator("#event-list .card", { hasText: title }).getByRole("link").click();
  await expect(ehs.getByRole("heading", { name: title })).toBeVisible();
  await expect(ehs.locator("main img")).toHaveCount(1);
  await ehs.getByRole("link", { name: "Open an OSHA case" }).click();
  const injury = daysFromToday(-3);
  await ehs.locator("#c-name").fill("Riley Jones");
  await ehs.locator("#c-job").fill("Press operator");
  await ehs.locator("#c-date").fill(injury);
  await ehs.locator("#c-where").fill("Stamping line 1");
  await ehs.locator("#c-desc").fill("Laceration, right palm, press guard edge");
  await ehs.locator("#case-type").selectOption("1");
  await ehs.getByRole("button", { name: "Open case" }).click();
  await expect(ehs).toHaveURL(/\/osha\/cases\/\d+/);
  await expect(ehs.locator("#case-deadlines")).toContainText("Record by");

  // the guided recordability form: sutures make it medical treatment, and the rule says so
  await ehs.locator("#work_related").check();
  await ehs.locator("#new_case").check();
  await ehs.locator("#fa_C").check();
  await ehs.locator("#mt_wound_closure").check();
  await ehs.getByRole("button", { name: "Decide" }).click();
  await expect(ehs.locator("#decision-result")).toContainText("Recordable");
  await expect(ehs.locator("#decision-result")).toContainText("OSHA-1/OSHA-2: medical treatment beyond first aid");
  await ehs.getByRole("button", { name: "Confirm the decision" }).click();
  await expect(ehs.locator("#decision-status")).toContainText("Confirmed");

  // two days away from the day after the injury: outcome H, K = 2
  await ehs.locator("#away").fill(`${daysFromToday(-2)} to ${daysFromToday(-1)}`);
  await ehs.getByRole("button", { name: "Classify" }).click();
  await expect(ehs.locator("#outcome")).toContainText("Outcome H");
  await expect(ehs.locator("#outcome")).toContainText("K 2 days away");

  await ehs.goto("/osha/log");
  const row = ehs.locator("#log-300 tbody tr", { hasText: "Riley Jones" });
  await expect(row).toContainText("Press operator");
  await expect(row).toContainText("Laceration, right palm");

  const after = await summaryCounts(ehs);
  expect(after.cases).toBe(before.cases + 1);
  expect(after.h).toBe(before.h + 1);
  expect(after.k).toBe(before.k + 2);
  expect(after.trc).toBe(((after.cases * 200_000) / after.hours).toFixed(2));
  expect(after.trc).not.toBe(before.trc);
  await hydrated(ehs);
  watch.check();
  await desk.close();
});
