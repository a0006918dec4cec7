import { Browser, BrowserContext, expect, Page, test } from "@playwright/test";
import { hydrated, PNG, signIn, signOut, watchProblems } from "./support";

// A phone in a dead zone: the technician's pages are kept on the phone, what is done offline is
// kept in order and sent once when the network is back, even when an answer is lost on the way.

async function phone(browser: Browser, serviceWorkers: "allow" | "block" = "allow"): Promise<BrowserContext> {
  return browser.newContext({
    baseURL: process.env.GEMBA_E2E_BASE_URL,
    viewport: { width: 390, height: 844 },
    isMobile: true,
    hasTouch: true,
    serviceWorkers,
  });
}

/** The work order as the server has it (JSON of the `work_order` server function). */
async function workOrder(page: Page, id: string) {
  return (await call(page, "work_order", { id })) as { time: { minutes: number; note: string }[]; parts: { quantity: number }[] };
}

async function openWorkOrder(page: Page, title: string): Promise<string> {
  await page.goto("/work");
  await page.locator("#wo-list .card", { hasText: title }).getByRole("link").tap();
  await hydrated(page);
  const start = page.getByRole("button", { name: "Start" });
  if (await start.isVisible()) {
    await start.tap();
    await expect(page.getByRole("button", { name: "Start" })).toHaveCount(0);
  }
  return /\/work-orders\/(\d+)/.exec(page.url())![1];
}

async function makeAvailableOffline(page: Page) {
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => true));
  // the page must be under the worker's control (the first visit installs it)
  if (!(await page.evaluate(() => !!navigator.serviceWorker.controller))) await page.reload();
  await hydrated(page);
  await page.locator(".mainnav .more > summary").tap();
  await page.getByRole("button", { name: "Make available offline" }).tap();
  await expect(page.locator("#keep-offline-status")).toContainText(/On this phone: \d+ pages/, { timeout: 30_000 });
  await page.locator(".mainnav .more > summary").tap();
}

test("offline: time and a part logged without a network survive a reload and are sent once when it is back", async ({ browser }) => {
  const context = await phone(browser);
  const page = await context.newPage();
  const watch = await watchProblems(page);
  await signIn(page, "tech@demo.gemba.local");
  const id = await openWorkOrder(page, "Replace the worn V-belt");
  await makeAvailableOffline(page);
  const before = await workOrder(page, id);

  await context.setOffline(true);
  const time = page.locator("#time");
  await logTime(page, "40", "offline belt");
  await expect(time.locator(".queued-note")).toContainText("Saved on this phone, sent when the connection is back: Time: 40, offline belt");
  await expect(time.getByLabel("Minutes")).toHaveValue("");
  await expect(page.locator("#offline-bar")).toContainText("1 change waiting");
  const parts = page.locator("#parts");
  await parts.getByLabel("Quantity").fill("1");
  await parts.getByRole("button", { name: "Add part" }).tap();
  await expect(page.locator("#offline-bar")).toContainText("2 changes waiting");

  // a reload in the dead zone: the page is still there, and so are the changes
  await page.reload();
  await expect(page.getByRole("heading", { name: /Replace the worn V-belt/ })).toBeVisible();
  // with the conveyor's lockout procedure, before the work
  await expect(page.locator("#wo-safety")).toContainText("Open isolator Q7 at the line cabinet");
  await expect(page.locator("#offline-bar")).toContainText("2 changes waiting");
  await expect(page.locator("#time .queued-note")).toContainText("offline belt");
  // a page that was not kept says it needs a connection (not the browser's offline page)
  await page.goto("/assets/labels");
  await expect(page.getByRole("heading", { name: "This page needs a connection" })).toBeVisible();
  await page.goto(`/work-orders/${id}`);
  await expect(page.locator("#offline-bar")).toContainText("2 changes waiting");
  // signing out now asks first
  await page.locator(".mainnav .more > summary").tap();
  const asked = page.waitForEvent("dialog");
  const tapped = page.getByRole("button", { name: "Sign out" }).tap();
  const dialog = await asked;
  expect(dialog.message()).toContain("2 changes are waiting to be sent");
  await dialog.dismiss();
  await tapped;
  await page.locator(".mainnav .more > summary").tap();

  await context.setOffline(false);
  await expect(page.locator("#offline-bar")).toBeHidden({ timeout: 40_000 });
  await expect(page.locator("#time")).toContainText("40 min offline belt");
  const after = await workOrder(page, id);
  expect(after.time.length).toBe(before.time.length + 1);
  expect(after.time.filter((t) => t.note === "offline belt").length).toBe(1);
  expect(after.parts.length).toBe(before.parts.length + 1);
  // what Chrome logs for requests made without a network, and the "needs a connection" page, are expected
  const unexpected = watch.problems.filter((p) => !/ERR_INTERNET_DISCONNECTED|status of 503/.test(p));
  expect(unexpected, unexpected.join("\n")).toEqual([]);
  await context.close();
});

/** Logs time on the work order shown. */
async function logTime(page: Page, minutes: string, note: string) {
  const time = page.locator("#time");
  await time.getByLabel("Minutes").fill(minutes);
  await time.getByLabel("Note").fill(note);
  await time.getByRole("button", { name: "Log time" }).tap();
}

/** The manager, in the office (online, on another device). */
async function manager(browser: Browser) {
  const office = await phone(browser, "block");
  const mgr = await office.newPage();
  await signIn(mgr, "manager@demo.gemba.local");
  return { office, mgr };
}

/** The server functions these tests call that only read: they are GETs (`input = GetUrl`). */
const READS = new Set([
  "get_asset_detail",
  "list_assets",
  "list_parts",
  "list_work_orders",
  "me",
  "tag_board",
  "work_order",
  "work_order_photos",
]);

/** Calls a server function as the signed-in person of `page`, answered in JSON. */
async function call(page: Page, endpoint: string, form: Record<string, string> = {}) {
  const headers = { Accept: "application/json" };
  const res = READS.has(endpoint)
    ? await page.request.get(`/sfn/${endpoint}`, { params: form, headers })
    : await page.request.post(`/sfn/${endpoint}`, { form, headers });
  expect(res.ok(), `${endpoint}: ${await res.text()}`).toBeTruthy();
  return res.json();
}

test("offline: a technician completes a PM work order of 5 steps with a photo, a meter reading, time and a part without a network, reloads, and signs once back online", async ({
  browser,
}) => {
  test.setTimeout(120_000);
  // a manager plans a PM for the technician, due today
  const { office, mgr } = await manager(browser);
  const press = (await call(mgr, "list_assets", { q: "PRESS-01" })).assets[0];
  const context = await phone(browser);
  const page = await context.newPage();
  const watch = await watchProblems(page);
  const password = await signIn(page, "tech@demo.gemba.local");
  const me = await call(page, "me");
  const title = `Offline press PM ${Date.now()}`;
  const today = new Date().toLocaleDateString("en-CA", { timeZone: "America/Chicago" });
  await call(mgr, "create_schedule", {
    asset_id: String(press.id),
    title,
    trigger_kind: "fixed",
    every_days: "30",
    first_due: today,
    lead_days: "7",
    assigned_user_id: String(me.id),
    priority: "high",
    steps: "Isolate and lock out\n[pass] Guards work\n[pass] No leaks\n[photo] Photo of the unit\nClean and restart",
  });
  await call(mgr, "generate_pm_now");
  const stockBefore = (await call(page, "list_parts")).find((p: { code: string }) => p.code === "BELT-A42").on_hand;
  const readingsBefore = (await call(page, "get_asset_detail", { id: String(press.id) })).readings.length;

  const id = await openWorkOrder(page, title);
  await makeAvailableOffline(page);
  await context.setOffline(true);
  const step = (name: string) => page.locator("#steps .step", { hasText: name });
  await step("Isolate and lock out").getByRole("button", { name: "Done" }).tap();
  await step("Guards work").getByRole("button", { name: "Pass" }).tap();
  await step("No leaks").getByRole("button", { name: "Pass" }).tap();
  await step("Photo of the unit").locator("input[type=file]").setInputFiles({ name: "unit.png", mimeType: "image/png", buffer: PNG });
  await step("Photo of the unit").getByRole("button", { name: "Upload" }).tap();
  await step("Clean and restart").getByRole("button", { name: "Done" }).tap();
  await page.locator("#time").getByLabel("Minutes").fill("45");
  await page.locator("#time").getByRole("button", { name: "Log time" }).tap();
  await page.locator("#parts").getByLabel("Quantity").fill("1");
  await page.locator("#parts").getByRole("button", { name: "Add part" }).tap();
  await expect(page.locator("#offline-bar")).toContainText("7 changes waiting");
  // the meter on the asset's page, kept with the work order
  await page.goto(`/assets/${press.id}`);
  await page.getByLabel("New reading for Running hours").fill("1310");
  await page.getByLabel("New reading for Running hours").locator("xpath=ancestor::form").getByRole("button", { name: "Save" }).tap();
  await expect(page.locator("#offline-bar")).toContainText("8 changes waiting");
  await page.goto(`/work-orders/${id}`);
  await page.locator("main").getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Complete and sign" }).tap();
  await expect(page.locator("#offline-bar")).toContainText("8 changes waiting, 1 awaiting your signature");
  // the password did not stay on the phone
  const kept = await page.evaluate(
    () =>
      new Promise<string>((done) => {
        const req = indexedDB.open("gemba-offline");
        req.onsuccess = () => {
          const all = req.result.transaction("ops").objectStore("ops").getAll();
          all.onsuccess = () => done(JSON.stringify(all.result.map((o: { fields: unknown }) => o.fields)));
        };
      }),
  );
  expect(kept).not.toContain(password);
  await page.reload();
  await expect(page.locator("#offline-bar")).toContainText("8 changes waiting, 1 awaiting your signature");

  await context.setOffline(false);
  await expect(page.locator("#offline-bar")).toContainText("1 awaiting your signature", { timeout: 40_000 });
  await expect(page.locator("#offline-bar")).not.toContainText("changes waiting");
  await page.locator("#offline-bar").getByLabel("Password").fill(password);
  await page.locator("#offline-bar").getByRole("button", { name: "Sign" }).tap();
  await expect(page.locator("#offline-bar")).toBeHidden({ timeout: 20_000 });
  await expect(page.locator(".meta .badge").first()).toHaveText("Done");

  const wo = await call(page, "work_order", { id });
  expect(wo.summary.status).toBe("done");
  expect(wo.steps.every((s: { answer: unknown }) => s.answer !== null)).toBe(true);
  expect(wo.time.length).toBe(1);
  expect(wo.parts.length).toBe(1);
  expect(wo.signoffs.filter((s: { meaning: string }) => s.meaning === "completed").length).toBe(1);
  expect((await call(page, "work_order_photos", { id })).length).toBe(1);
  expect((await call(page, "list_parts")).find((p: { code: string }) => p.code === "BELT-A42").on_hand).toBe(stockBefore - 1);
  const readings = (await call(page, "get_asset_detail", { id: String(press.id) })).readings;
  expect(readings.length).toBe(readingsBefore + 1);
  expect(readings.filter((r: { value: number }) => r.value === 1310).length).toBe(1);
  const unexpected = watch.problems.filter((p) => !/ERR_INTERNET_DISCONNECTED|status of 503/.test(p));
  expect(unexpected, unexpected.join("\n")).toEqual([]);
  await context.close();
  await office.close();
});

test("offline: a work order cancelled meanwhile: the technician sees what changed and keeps the work as a note", async ({ browser }) => {
  const { office, mgr } = await manager(browser);
  const context = await phone(browser);
  const page = await context.newPage();
  await signIn(page, "tech@demo.gemba.local");
  const me = await call(page, "me");
  const title = `Loose guard bolt ${Date.now()}`;
  const created = await call(mgr, "create_work_order", { title, wo_type: "corrective", priority: "medium", assignee: String(me.id) });
  const id = String(created.summary.id);
  await openWorkOrder(page, title);
  await makeAvailableOffline(page);
  await context.setOffline(true);
  await logTime(page, "20", "tightened guard bolt");
  await expect(page.locator("#offline-bar")).toContainText("1 change waiting");
  // meanwhile, in the office
  await call(mgr, "change_work_order_status", { id, status: "cancelled", reason: "Duplicate of the guard work order" });
  await context.setOffline(false);
  const bar = page.locator("#offline-bar");
  await expect(bar).toContainText("1 needs your decision", { timeout: 40_000 });
  await bar.locator("summary").tap();
  await expect(bar).toContainText("Time: 20, tightened guard bolt");
  await expect(bar).toContainText("was cancelled meanwhile (Duplicate of the guard work order)");
  await expect(bar.getByRole("button", { name: "Open a follow-up" })).toBeVisible();
  await bar.getByRole("button", { name: "Keep as a note" }).tap();
  await expect(bar).toBeHidden({ timeout: 20_000 });
  await expect(page.locator("#notes")).toContainText("tightened guard bolt");
  const wo = await call(page, "work_order", { id });
  expect(wo.summary.status).toBe("cancelled");
  expect(wo.time.length).toBe(0);
  expect(wo.notes.length).toBe(1);
  expect(wo.notes[0].body).toContain("Time: 20, tightened guard bolt");
  expect(wo.notes[0].body).toContain("was cancelled meanwhile");
  await context.close();
  await office.close();
});

test("offline: a work order reassigned meanwhile: the technician sees who has it now and keeps the work as a note", async ({ browser }) => {
  const { office, mgr } = await manager(browser);
  const context = await phone(browser);
  const page = await context.newPage();
  await signIn(page, "tech@demo.gemba.local");
  const me = await call(page, "me");
  const title = `Noisy bearing ${Date.now()}`;
  const created = await call(mgr, "create_work_order", { title, wo_type: "corrective", priority: "medium", assignee: String(me.id) });
  const id = String(created.summary.id);
  await openWorkOrder(page, title);
  await makeAvailableOffline(page);
  await context.setOffline(true);
  await logTime(page, "25", "greased the bearing");
  await expect(page.locator("#offline-bar")).toContainText("1 change waiting");
  // meanwhile, in the office, the manager gives the work order to themself on its page
  await mgr.goto(`/work-orders/${id}`);
  await hydrated(mgr);
  await mgr.locator("#assign summary").tap();
  await mgr.getByLabel("Give this work order to").selectOption({ label: "Morgan Manager" });
  await mgr.locator("#assign").getByRole("button", { name: "Reassign" }).tap();
  await expect(mgr.locator("main")).toContainText("Assigned to Morgan Manager");
  await context.setOffline(false);
  const bar = page.locator("#offline-bar");
  await expect(bar).toContainText("1 needs your decision", { timeout: 40_000 });
  await bar.locator("summary").tap();
  await expect(bar).toContainText("was reassigned to Morgan Manager meanwhile");
  await bar.getByRole("button", { name: "Keep as a note" }).tap();
  await expect(bar).toBeHidden({ timeout: 20_000 });
  const wo = await call(page, "work_order", { id });
  expect(wo.time.length).toBe(0);
  expect(wo.notes.length).toBe(1);
  expect(wo.notes[0].body).toContain("Time: 25, greased the bearing");
  expect(wo.notes[0].body).toContain("was reassigned to Morgan Manager meanwhile");
  await context.close();
  await office.close();
});

test("offline: an operator's round with a not-OK point done without a network raises exactly one M-tag and one work order", async ({
  browser,
}) => {
  const { office, mgr } = await manager(browser);
  const conveyor = (await call(mgr, "list_assets", { q: "CONV-01" })).assets[0];
  const title = `Idler rollers turn freely ${Date.now()}`;
  await call(mgr, "create_cil_point", {
    asset_id: String(conveyor.id),
    title,
    method: "Spin each idler by hand",
    acceptance: "Every roller turns, no noise",
    minutes: "2",
    frequency: "daily",
    role: "operator",
  });
  const context = await phone(browser);
  const page = await context.newPage();
  await signIn(page, "operator@demo.gemba.local");
  await page.goto("/rounds");
  await makeAvailableOffline(page);
  await context.setOffline(true);
  const point = page.locator("#round .step", { hasText: title });
  const found = `Seized idler at bay 3, ${Date.now()}`;
  await point.locator("summary", { hasText: "Not OK" }).tap();
  await point.getByLabel("What did you find?").fill(found);
  await point.getByLabel("Photo (optional)").setInputFiles({ name: "idler.png", mimeType: "image/png", buffer: PNG });
  await point.getByRole("button", { name: "M-tag: maintenance" }).tap();
  await expect(page.locator("#offline-bar")).toContainText("1 change waiting");
  await page.reload();
  await expect(page.locator("#offline-bar")).toContainText("1 change waiting");
  // tomorrow's round is on the phone too, for a shift that starts in the dead zone
  await page.getByRole("link", { name: "Tomorrow's round" }).tap();
  await expect(page.getByRole("heading", { name: "Tomorrow's round" })).toBeVisible();
  await expect(page.locator("#round .step", { hasText: title })).toBeVisible();
  await page.goto("/rounds");
  await context.setOffline(false);
  await expect(page.locator("#offline-bar")).toBeHidden({ timeout: 40_000 });
  await expect(page.locator("#round .step", { hasText: title }).locator(".answer")).toContainText("Not OK · tag #");
  const tags = (await call(page, "tag_board")).open.filter((t: { description: string }) => t.description.endsWith(found));
  expect(tags.length).toBe(1);
  expect(tags[0].kind).toBe("m");
  expect(tags[0].photo_ids.length).toBe(1);
  const raised = (await call(mgr, "list_work_orders", { status: "all", q: title })).items;
  expect(raised.length).toBe(1);
  expect(raised[0].id).toBe(tags[0].work_order_id);
  await context.close();
  await office.close();
});

test("offline: a session that ended while offline keeps the queue; after signing in again it is sent once", async ({ browser }) => {
  const context = await phone(browser);
  const page = await context.newPage();
  await signIn(page, "tech@demo.gemba.local");
  const id = await openWorkOrder(page, "Replace the worn V-belt");
  await makeAvailableOffline(page);
  await context.setOffline(true);
  await logTime(page, "10", "session ended meanwhile");
  await expect(page.locator("#offline-bar")).toContainText("1 change waiting");
  await context.clearCookies(); // the session ends (expired, or signed out elsewhere)
  await context.setOffline(false);
  const bar = page.locator("#offline-bar");
  await bar.locator("summary").tap();
  await expect(bar).toContainText("Your session ended: sign in again to send this.", { timeout: 40_000 });
  await expect(bar.getByRole("link", { name: "Sign in" })).toBeVisible();
  await signIn(page, "tech@demo.gemba.local");
  // the new page sends what waits (its bar appears only while something is kept)
  const sent = async () => (await workOrder(page, id)).time.filter((t) => t.note === "session ended meanwhile").length;
  await expect.poll(sent, { timeout: 20_000 }).toBe(1);
  await expect
    .poll(() => page.evaluate(() => !document.getElementById("offline-bar") || document.getElementById("offline-bar")!.hidden))
    .toBe(true);
  expect(await sent()).toBe(1);
  await context.close();
});

test("a phone whose clock is 20 minutes behind is told so; its tap is recorded", async ({ browser }) => {
  const context = await phone(browser, "block");
  const page = await context.newPage();
  await signIn(page, "tech@demo.gemba.local");
  const id = await openWorkOrder(page, "Replace the worn V-belt");
  await page.clock.setFixedTime(new Date(Date.now() - 20 * 60_000));
  await logTime(page, "5", "clock behind");
  await expect(page.locator("#time")).toContainText("clock behind");
  await expect(page.locator("#offline-bar .clock-skew")).toContainText(/This phone's clock is (19|20|21) min behind the server's/);
  expect((await workOrder(page, id)).time.filter((t) => t.note === "clock behind").length).toBe(1);
  await context.close();
});

test("offline: an EHS officer answers an inspection with a failed item and its photo without a network; all of it arrives once", async ({
  browser,
}) => {
  const context = await phone(browser);
  const page = await context.newPage();
  await signIn(page, "ehs@demo.gemba.local");
  await page.goto("/templates?q=extinguisher");
  await page.locator("#template-list .card").getByRole("link", { name: "Fire extinguisher monthly inspection" }).tap();
  const area = `Basement store ${Date.now()}`;
  await page.getByLabel("Area").fill(area);
  await page.getByRole("button", { name: "Schedule" }).tap();
  await expect(page).toHaveURL(/\/inspections\/\d+/);
  const url = new URL(page.url()).pathname;
  await makeAvailableOffline(page);
  await context.setOffline(true);
  await page.reload();
  const item = (n: number) => page.locator(`#item-${n}`);
  for (const n of [1, 2, 3]) await item(n).getByRole("button", { name: "Yes", exact: true }).tap();
  await item(4).getByRole("button", { name: "Fail", exact: true }).tap();
  await item(4).locator("input[type=file]").setInputFiles({ name: "gauge.png", mimeType: "image/png", buffer: PNG });
  await item(4).getByRole("button", { name: "Add photo" }).tap();
  await expect(page.locator("#offline-bar")).toContainText("5 changes waiting");
  await page.reload();
  await expect(page.locator("#offline-bar")).toContainText("5 changes waiting");
  await context.setOffline(false);
  await expect(page.locator("#offline-bar")).toBeHidden({ timeout: 40_000 });
  await page.goto(url);
  for (const n of [1, 2, 3, 4]) await expect(item(n).locator(".answer")).toBeVisible();
  await expect(item(4)).toHaveClass(/failed/);
  await expect(item(4).locator("img")).toHaveCount(1);
  await context.close();
});

test("installable: Chrome finds nothing missing (manifest, icons, service worker)", async ({ browser }) => {
  const context = await phone(browser);
  const page = await context.newPage();
  await signIn(page, "tech@demo.gemba.local");
  await page.goto("/work");
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => true));
  await page.reload();
  const cdp = await context.newCDPSession(page);
  const { installabilityErrors } = await cdp.send("Page.getInstallabilityErrors");
  // a Playwright context is an incognito profile, where Chrome never installs anything: every
  // other criterion (manifest fields, icons, service worker, secure origin) must hold
  const missing = installabilityErrors.filter((e) => e.errorId !== "in-incognito");
  expect(missing, JSON.stringify(missing)).toEqual([]);
  const manifest = await cdp.send("Page.getAppManifest");
  expect(manifest.errors).toEqual([]);
  expect(JSON.parse(manifest.data!).start_url).toBe("/work");
  await context.close();
});

test("offline: an incident report with a photo made without a network reaches EHS once", async ({ browser }) => {
  const context = await phone(browser);
  const page = await context.newPage();
  await signIn(page, "tech@demo.gemba.local");
  await page.goto("/safety");
  await makeAvailableOffline(page);
  await context.setOffline(true);
  await page.reload();
  const title = `Slipped on oil at the press ${Date.now()}`;
  await page.getByLabel("Near miss").check();
  await page.getByLabel("In a few words").fill(title);
  await page.getByLabel("Where (area, line, room)").fill("Press shop");
  await page.getByLabel("Photo (optional)").setInputFiles({ name: "oil.png", mimeType: "image/png", buffer: PNG });
  await page.getByRole("button", { name: "Send report" }).tap();
  await expect(page.locator("#offline-bar")).toContainText("1 change waiting");
  await context.setOffline(false);
  await expect(page.locator("#offline-bar")).toBeHidden({ timeout: 40_000 });
  await page.goto("/safety");
  await expect(page.locator("#event-list .card", { hasText: title })).toHaveCount(1);
  await context.close();
});

test("offline: a phone with no room left to keep a change says so and keeps what was typed", async ({ browser }) => {
  const context = await phone(browser);
  const page = await context.newPage();
  await signIn(page, "tech@demo.gemba.local");
  await page.goto("/safety");
  await makeAvailableOffline(page);
  // the browser gives this origin no more room than it already uses
  const cdp = await context.newCDPSession(page);
  const origin = new URL(page.url()).origin;
  await cdp.send("Storage.overrideQuotaForOrigin", { origin, quotaSize: 1 });
  await context.setOffline(true);
  const title = `Loose handrail on the mezzanine ${Date.now()}`;
  await page.getByLabel("Near miss").check();
  await page.getByLabel("In a few words").fill(title);
  await page.getByLabel("Where (area, line, room)").fill("Mezzanine");
  await page.getByLabel("Photo (optional)").setInputFiles({ name: "rail.png", mimeType: "image/png", buffer: PNG });
  await page.getByRole("button", { name: "Send report" }).tap();
  await expect(page.getByRole("alert")).toContainText("this phone has no room left to keep it");
  await expect(page.getByLabel("In a few words")).toHaveValue(title);
  await expect(page.getByLabel("Where (area, line, room)")).toHaveValue("Mezzanine");
  await expect(page.locator("#offline-bar")).toBeHidden();
  // with room again and a connection, the same form sends
  await cdp.send("Storage.overrideQuotaForOrigin", { origin });
  await context.setOffline(false);
  await page.getByRole("button", { name: "Send report" }).tap();
  await expect(page.locator("#event-list .card", { hasText: title })).toHaveCount(1);
  await context.close();
});

test("offline: an answer lost after the server applied it is replayed under the same id and applies once", async ({ browser }) => {
  // the queue lives in the page (IndexedDB): without a service worker in the way, the route can drop the answer
  const context = await phone(browser, "block");
  const page = await context.newPage();
  await signIn(page, "tech@demo.gemba.local");
  const id = await openWorkOrder(page, "Replace the worn V-belt");
  const before = await workOrder(page, id);
  let dropped = 0;
  await page.route("**/sfn/add_time", async (route) => {
    if (dropped++ === 0) {
      await route.fetch(); // the server applies it...
      await route.abort("connectionreset"); // ...and its answer never reaches the phone
    } else await route.continue();
  });
  await logTime(page, "15", "answer lost");
  await expect(page.locator("#offline-bar")).toContainText("1 change waiting");
  expect((await workOrder(page, id)).time.filter((t) => t.note === "answer lost").length).toBe(1);
  await page.evaluate(() => window.dispatchEvent(new Event("online")));
  await expect(page.locator("#offline-bar")).toBeHidden({ timeout: 20_000 });
  const after = await workOrder(page, id);
  expect(after.time.length).toBe(before.time.length + 1);
  expect(after.time.filter((t) => t.note === "answer lost").length).toBe(1);
  expect(dropped).toBe(2);
  await context.close();
});

test("offline: after sign-out, the next person on the phone never sees the first one's kept pages", async ({ browser }) => {
  const context = await phone(browser);
  const page = await context.newPage();
  await signIn(page, "tech@demo.gemba.local");
  const id = await openWorkOrder(page, "Replace the worn V-belt");
  await makeAvailableOffline(page);
  const kept = await page.evaluate(async () => (await caches.keys()).filter((k) => k.startsWith("pages-")));
  expect(kept.length).toBe(1);
  await signOut(page);
  await expect
    .poll(async () => page.evaluate(async () => (await caches.keys()).filter((k) => k.startsWith("pages-")).length))
    .toBe(0);
  await signIn(page, "manager@demo.gemba.local");
  await context.setOffline(true);
  await page.goto(`/work-orders/${id}`);
  await expect(page.getByRole("heading", { name: "This page needs a connection" })).toBeVisible();
  await page.goto("/work");
  await expect(page.getByText("Replace the worn V-belt")).toHaveCount(0);
  await context.setOffline(false);
  await context.close();
});

test("offline: every open work order of the technician is kept, 50 more and no cap; the size is shown", async ({ browser }) => {
  test.setTimeout(120_000);
  const { office, mgr } = await manager(browser);
  const context = await phone(browser);
  const page = await context.newPage();
  await signIn(page, "tech@demo.gemba.local");
  const me = await call(page, "me");
  const ids: string[] = [];
  for (let n = 1; n <= 50; n++) {
    const wo = await call(mgr, "create_work_order", {
      title: `Offline batch ${n}: check the drive guard`,
      wo_type: "corrective",
      priority: "low",
      assignee: String(me.id),
      description: "Guard fixings, interlock switch, warning label.",
    });
    ids.push(String(wo.summary.id));
  }
  await page.goto("/work");
  await makeAvailableOffline(page);
  const status = await page.locator("#keep-offline-status").textContent();
  console.log(`offline size: ${status}`);
  // after a reload the phone's record of what it keeps is shown again once the menu opens
  await page.reload();
  await page.locator(".mainnav .more > summary").tap();
  await expect(page.locator("#keep-offline-status")).toHaveText(status!);
  await page.locator(".mainnav .more > summary").tap();
  await context.setOffline(true);
  for (const id of [ids[0], ids[24], ids[49]]) {
    await page.goto(`/work-orders/${id}`);
    await expect(page.getByRole("heading", { name: new RegExp(`#${id} Offline batch`) })).toBeVisible();
  }
  await page.goto("/work?page=3");
  await expect(page.locator("#wo-list")).toContainText("Offline batch");
  const kept = Number(/(\d+) KB/.exec(status!)![1]);
  expect(kept).toBeLessThan(5 * 1024);
  await context.setOffline(false);
  await context.close();
  await office.close();
});

test("offline: the changes page lists what waits, is there without a network, and shows it sent once the network is back", async ({ browser }) => {
  const context = await phone(browser);
  const page = await context.newPage();
  const watch = await watchProblems(page);
  await signIn(page, "tech@demo.gemba.local");
  const id = await openWorkOrder(page, "Replace the worn V-belt");
  await makeAvailableOffline(page);
  const before = await workOrder(page, id);

  await context.setOffline(true);
  await logTime(page, "15", "changes page");
  await expect(page.locator("#offline-bar")).toContainText("1 change waiting");
  await page.locator("#offline-bar summary").tap();
  await page.getByRole("link", { name: "All changes made on this phone" }).tap();
  // the page was kept: it opens in the dead zone and lists the change with its state
  await expect(page.getByRole("heading", { name: "Changes on this phone" })).toBeVisible();
  const list = page.locator("#changes-list");
  await expect(list.locator("li")).toHaveCount(1);
  await expect(list.locator("li").first()).toContainText("Waiting");
  await expect(list.locator("li").first()).toContainText("Time: 15, changes page");
  await expect(page.locator("#changes-empty")).toBeHidden();

  await context.setOffline(false);
  await expect(list.locator("li").first()).toContainText("Sent", { timeout: 40_000 });
  await expect(list.locator("li").first()).toContainText(/tapped .*, sent /);
  await expect(list.getByRole("button", { name: "Discard" })).toHaveCount(0);
  await expect(page.locator("#offline-bar")).toBeHidden();
  const after = await workOrder(page, id);
  expect(after.time.filter((t) => t.note === "changes page").length).toBe(1);
  expect(after.time.length).toBe(before.time.length + 1);
  // a reload keeps the sent change listed for the day
  await page.reload();
  await expect(page.locator("#changes-list li").first()).toContainText("Sent");
  const unexpected = watch.problems.filter((p) => !/ERR_INTERNET_DISCONNECTED|status of 503/.test(p));
  expect(unexpected, unexpected.join("\n")).toEqual([]);
  await context.close();
});

test("offline: a work order started without a network shows its checklist at once; the start, the answer and the time arrive once, in order", async ({ browser }) => {
  const { office, mgr } = await manager(browser);
  const press = (await call(mgr, "list_assets", { q: "PRESS-01" })).assets[0];
  const context = await phone(browser);
  const page = await context.newPage();
  await signIn(page, "tech@demo.gemba.local");
  const me = await call(page, "me");
  const title = `Started offline ${Date.now()}`;
  const today = new Date().toLocaleDateString("en-CA", { timeZone: "America/Chicago" });
  await call(mgr, "create_schedule", {
    asset_id: String(press.id),
    title,
    trigger_kind: "fixed",
    every_days: "30",
    first_due: today,
    lead_days: "7",
    assigned_user_id: String(me.id),
    priority: "high",
    steps: "Check the oil level\nWipe the sight glass",
  });
  await call(mgr, "generate_pm_now");
  await page.goto("/work");
  await page.locator("#wo-list .card", { hasText: title }).getByRole("link").tap();
  await hydrated(page);
  const id = /\/work-orders\/(\d+)/.exec(page.url())![1];
  await makeAvailableOffline(page);
  const step = (name: string) => page.locator("#steps .step", { hasText: name });
  // not started: no forms of work yet
  await expect(step("Check the oil level").getByRole("button", { name: "Done" })).toHaveCount(0);

  await context.setOffline(true);
  await page.getByRole("button", { name: "Start" }).tap();
  await expect(page.locator("#started-here-note")).toContainText("Started on this phone");
  await step("Check the oil level").getByRole("button", { name: "Done" }).tap();
  await logTime(page, "10", "oil topped up");
  await expect(page.locator("#offline-bar")).toContainText("3 changes waiting");
  // a reload in the dead zone keeps it started
  await page.reload();
  await expect(page.locator("#started-here-note")).toBeVisible();
  await expect(step("Wipe the sight glass").getByRole("button", { name: "Done" })).toBeVisible();

  await context.setOffline(false);
  await expect(page.locator("#offline-bar")).toBeHidden({ timeout: 40_000 });
  const wo = await call(page, "work_order", { id });
  expect(wo.summary.status).toBe("in_progress");
  expect(wo.steps.filter((s: { answer: unknown }) => s.answer !== null).length).toBe(1);
  expect(wo.time.length).toBe(1);
  await expect(page.locator("#started-here-note")).toHaveCount(0);
  await context.close();
  await office.close();
});
