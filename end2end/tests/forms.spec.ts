import { Browser, expect, Page, test } from "@playwright/test";
import { hydrated, signIn, watchProblems } from "./support";

// A refused form comes back with everything typed and the server's reason at the field, with
// JavaScript (posted in place) and without (a page load): five forms of the phone's day.

/** A phone with JavaScript on or off. */
function phone(browser: Browser, js: boolean) {
  return browser.newContext({
    baseURL: process.env.GEMBA_E2E_BASE_URL,
    javaScriptEnabled: js,
    viewport: { width: 390, height: 844 },
    isMobile: true,
    hasTouch: true,
  });
}

/** Signs in as `email` on a new phone with JavaScript on or off. */
async function person(browser: Browser, email: string, js: boolean): Promise<Page> {
  const page = await (await phone(browser, js)).newPage();
  await signIn(page, email);
  return page;
}

async function ready(page: Page, js: boolean) {
  if (js) await hydrated(page);
}

/** `field` was refused: marked, described by a message holding `why`, and still holds `value`. */
async function refused(page: Page, field: ReturnType<Page["getByLabel"]>, value: string, why: string | RegExp) {
  await expect(field).toHaveAttribute("aria-invalid", "true");
  await expect(field).toHaveValue(value);
  const describedBy = (await field.getAttribute("aria-describedby"))!.split(" ").pop()!;
  await expect(page.locator(`[id="${describedBy}"]`)).toContainText(why);
}

for (const js of [true, false]) {
  const mode = js ? "with JavaScript" : "without JavaScript";

  test(`sign-in refused ${mode}: the e-mail stays, the password does not`, async ({ browser }) => {
    const ctx = await phone(browser, js);
    const page = await ctx.newPage();
    const watch = await watchProblems(page);
    await page.goto("/login");
    await ready(page, js);
    await page.getByLabel("E-mail").fill("tech@demo.gemba.local");
    await page.getByLabel("Password").fill("not the password");
    await page.getByRole("button", { name: "Sign in" }).tap();
    await expect(page.getByRole("alert")).toContainText("Wrong email or password.");
    await expect(page.getByLabel("E-mail")).toHaveValue("tech@demo.gemba.local");
    await expect(page.getByLabel("Password")).toHaveValue("");
    watch.check();
    await ctx.close();
  });

  test(`a refused new work order ${mode} keeps every value and says why at each field`, async ({ browser }) => {
    const page = await person(browser, "tech@demo.gemba.local", js);
    const watch = await watchProblems(page);
    await page.goto("/work-orders/new");
    // the asset is found by what people know it by, and tapped: never an id to type
    await page.getByLabel("Find the asset: tag, name or where it is").fill("conveyor");
    await page.getByRole("button", { name: "Find" }).tap();
    await page.locator("#asset-choices a", { hasText: "CONV-01" }).tap();
    await expect(page.locator("#asset-chosen")).toContainText("CONV-01 · Outfeed conveyor");
    await ready(page, js);
    await page.getByLabel("What needs doing").fill("Coolant leak at lathe 2");
    await page.getByLabel("Priority").selectOption("high");
    await page.getByLabel("Due date").fill("2020-01-01");
    await page.getByLabel("Estimated minutes").fill("ninety");
    await page.getByLabel("Details").fill("Puddle under the chuck");
    await page.getByRole("button", { name: "Create" }).tap();
    await refused(page, page.getByLabel("Due date"), "2020-01-01", "A new due date cannot be in the past");
    await refused(page, page.getByLabel("Estimated minutes"), "ninety", "Enter minutes as a whole number.");
    await expect(page.getByLabel("Due date")).toBeFocused();
    await expect(page.locator("#asset-chosen")).toContainText("CONV-01 · Outfeed conveyor");
    await expect(page.getByLabel("What needs doing")).toHaveValue("Coolant leak at lathe 2");
    await expect(page.getByLabel("Priority")).toHaveValue("high");
    await expect(page.getByLabel("Details")).toHaveValue("Puddle under the chuck");
    // the summary links to the fields
    await expect(page.locator(".error-summary")).toContainText("Please correct the highlighted fields.");
    await expect(page.locator('.error-summary a[href="#wo-minutes"]')).toContainText("Estimated minutes");
    watch.check();
    await page.context().close();
  });

  test(`a checklist reading out of limits ${mode} keeps the reading and asks for the note at its field`, async ({
    browser,
  }) => {
    const page = await person(browser, "tech@demo.gemba.local", js);
    const watch = await watchProblems(page);
    await page.goto("/work");
    await page.locator("#wo-list .card", { hasText: "Replace the worn V-belt" }).getByRole("link").tap();
    await ready(page, js);
    const start = page.getByRole("button", { name: "Start" });
    if (await start.isVisible()) await start.tap();
    const step = page.locator("#steps .step", { hasText: "Belt deflection" });
    await step.getByLabel("Value").fill("25");
    await step.getByRole("button", { name: "Save" }).tap();
    await refused(page, step.getByLabel("Note"), "", "25 is outside the limits (8 to 12 mm); add a note");
    await expect(step.getByLabel("Value")).toHaveValue("25");
    await expect(step.getByLabel("Note")).toBeFocused();
    watch.check();
    await page.context().close();
  });

  test(`a shift's production refused ${mode} keeps every count and says why at the field; saved, it shows its OEE`, async ({
    browser,
  }) => {
    const page = await person(browser, "operator@demo.gemba.local", js);
    const watch = await watchProblems(page);
    // a day of its own for each mode, on the plant's calendar
    const day = new Date(Date.now() - (js ? 8 : 9) * 86_400_000).toLocaleDateString("en-CA", { timeZone: "America/Chicago" });
    await page.goto("/production");
    await ready(page, js);
    const shift = page.locator("#shift");
    await shift.getByLabel("Asset").selectOption({ label: "PRESS-01 · Hydraulic press 400 t" });
    await shift.getByLabel("Day the shift starts").fill(day);
    await shift.getByLabel("Start", { exact: true }).fill("06:00");
    await shift.getByLabel("End", { exact: true }).fill("14:00");
    await shift.getByLabel("Planned production time (minutes)").fill("450");
    await shift.getByLabel("Units made").fill("1500");
    await shift.getByLabel("Rejected units").fill("3000");
    await shift.getByRole("button", { name: "Save the shift" }).tap();
    await refused(page, page.locator("#shift").getByLabel("Rejected units"), "3000", "More rejects than the 1500 units made.");
    await expect(page.locator("#shift").getByLabel("Units made")).toHaveValue("1500");
    await expect(page.locator("#shift").getByLabel("Day the shift starts")).toHaveValue(day);
    await expect(page.locator("#shift").getByLabel("Planned production time (minutes)")).toHaveValue("450");
    await page.locator("#shift").getByLabel("Rejected units").fill("30");
    await page.locator("#shift").getByRole("button", { name: "Save the shift" }).tap();
    await expect(page.locator("#shift-saved")).toContainText("Saved for PRESS-01: OEE 65.33 %");
    watch.check();
    await page.context().close();
  });

  test(`an incident report dated in the future ${mode} keeps what was written`, async ({ browser }) => {
    const page = await person(browser, "tech@demo.gemba.local", js);
    const watch = await watchProblems(page);
    await page.goto("/safety");
    await ready(page, js);
    await page.getByLabel("Near miss").check();
    await page.getByLabel("In a few words").fill("Forklift reversed without a spotter");
    await page.getByLabel("When").fill("2031-05-01T14:30");
    await page.getByLabel("Where (area, line, room)").fill("Dock 3");
    await page.getByLabel("What happened (optional)").fill("A pallet fell next to the walkway");
    await page.getByRole("button", { name: "Send report" }).tap();
    await refused(page, page.getByLabel("When"), "2031-05-01T14:30", "That is in the future.");
    await expect(page.getByLabel("Near miss")).toBeChecked();
    await expect(page.getByLabel("In a few words")).toHaveValue("Forklift reversed without a spotter");
    await expect(page.getByLabel("Where (area, line, room)")).toHaveValue("Dock 3");
    await expect(page.getByLabel("What happened (optional)")).toHaveValue("A pallet fell next to the walkway");
    watch.check();
    await page.context().close();
  });

  test(`a CAPA action due in the past ${mode} stays open with its message and its values`, async ({ browser }) => {
    const tech = await person(browser, "tech@demo.gemba.local", true);
    await tech.goto("/safety");
    await tech.getByLabel("In a few words").fill(`Guard left open on the saw (${mode})`);
    await tech.getByRole("button", { name: "Send report" }).tap();
    await expect(tech.locator("#report-sent")).toBeVisible();
    await tech.context().close();

    const page = await person(browser, "ehs@demo.gemba.local", js);
    const watch = await watchProblems(page);
    await page.goto("/safety/events");
    await page.locator("#event-list .card", { hasText: `Guard left open on the saw (${mode})` }).getByRole("link").tap();
    await ready(page, js);
    await page.getByLabel("Root cause").fill("The interlock was bridged");
    await page.getByRole("button", { name: "Save investigation" }).tap();
    await page.getByText("Add an action").tap();
    await page.getByLabel("Action", { exact: true }).fill("Replace the bridged interlock");
    // the owner is chosen by name from the people of the site, never typed as an id
    await page.getByLabel("Owner").selectOption({ label: "Tomás Technician" });
    await page.getByLabel("Due date").fill("2020-01-01");
    await page.getByRole("button", { name: "Add action" }).tap();
    await refused(page, page.getByLabel("Due date"), "2020-01-01", "A new due date cannot be in the past");
    await expect(page.getByLabel("Action", { exact: true })).toHaveValue("Replace the bridged interlock");
    await expect(page.getByLabel("Action", { exact: true })).toBeVisible();
    await expect(page.getByLabel("Owner").locator("option:checked")).toHaveText("Tomás Technician");
    watch.check();
    await page.context().close();
  });
}

test("a time entry on a long work order updates in place: the page does not jump to the top", async ({ browser }) => {
  const page = await person(browser, "tech@demo.gemba.local", true);
  const watch = await watchProblems(page);
  await page.goto("/work");
  await page.locator("#wo-list .card", { hasText: "Replace the worn V-belt" }).getByRole("link").tap();
  await hydrated(page);
  const start = page.getByRole("button", { name: "Start" });
  if (await start.isVisible()) await start.tap();
  await expect(page.getByRole("button", { name: "Put on hold" })).toBeVisible();
  const time = page.locator("#time");
  await time.scrollIntoViewIfNeeded();
  const before = await page.evaluate(() => window.scrollY);
  const top = await time.evaluate((e) => e.getBoundingClientRect().top);
  expect(before).toBeGreaterThan(100);
  // what is above the time section, and the checklist, before the tap
  const above = () =>
    page.evaluate(() =>
      [...document.querySelectorAll("main > [id]")]
        .filter((s) => s.compareDocumentPosition(document.getElementById("time")!) & Node.DOCUMENT_POSITION_FOLLOWING)
        .map((s) => `${s.id}@${Math.round(s.getBoundingClientRect().top + window.scrollY)}`),
    );
  const aboveBefore = await above();
  expect(aboveBefore.length).toBeGreaterThan(0);
  await page.evaluate(() => {
    const w = window as unknown as { stayed: boolean; steps: Element | null };
    w.stayed = true;
    w.steps = document.getElementById("steps");
  });
  await time.getByLabel("Minutes").fill("25");
  await time.getByRole("button", { name: "Log time" }).tap();
  await expect(time).toContainText("25 min logged");
  await expect(time.getByLabel("Minutes")).toHaveValue("");
  // the section stayed where it was on the screen, and no page load happened
  expect(Math.abs((await time.evaluate((e) => e.getBoundingClientRect().top)) - top)).toBeLessThan(2);
  expect(await page.evaluate(() => (window as unknown as { stayed?: boolean }).stayed)).toBe(true);
  // no layout shift: nothing above the section moved, and the checklist, which the time entry
  // does not change, was left as it was (only the changed parts of the page are replaced)
  expect(await above()).toEqual(aboveBefore);
  expect(
    await page.evaluate(() => (window as unknown as { steps: Element }).steps === document.getElementById("steps")),
  ).toBe(true);
  await hydrated(page);
  watch.check();
  await page.context().close();
});

for (const js of [true, false]) {
  const mode = js ? "with JavaScript" : "without JavaScript";

  test(`Scan ${mode}: the technician finds an asset by the tag on its plate, or picks among what words match`, async ({
    browser,
  }) => {
    const page = await person(browser, "tech@demo.gemba.local", js);
    const watch = await watchProblems(page);
    await page.goto("/work");
    await page.locator(".mainnav > .tab", { hasText: "Scan" }).tap();
    await expect(page).toHaveURL(/\/scan$/);
    await expect(page.getByRole("heading", { name: "Scan an asset" })).toBeVisible();
    // this browser has no QR reader (no BarcodeDetector on Linux): the camera button stays hidden
    await expect(page.getByRole("button", { name: "Scan its QR code" })).toBeHidden();
    await page.getByLabel("Or type the tag on its plate").fill("press-01");
    await page.getByRole("button", { name: "Find" }).tap();
    await expect(page).toHaveURL(/\/assets\/\d+$/);
    await expect(page.locator("main h1")).toContainText("PRESS-01");
    await page.goto("/scan");
    await page.getByLabel("Or type the tag on its plate").fill("conveyor");
    await page.getByRole("button", { name: "Find" }).tap();
    await page.locator("#scan-choices a", { hasText: "CONV-01" }).tap();
    await expect(page.locator("main h1")).toContainText("CONV-01");
    watch.check();
    await page.context().close();
  });

  test(`cancelling a work order ${mode} is apart from Start and asks first`, async ({ browser }) => {
    const page = await person(browser, "manager@demo.gemba.local", js);
    const watch = await watchProblems(page);
    await page.goto("/work-orders/new");
    await page.getByLabel("What needs doing").fill(`Guard rail loose ${mode}`);
    await page.getByRole("button", { name: "Create" }).tap();
    await expect(page).toHaveURL(/\/work-orders\/\d+$/);
    await ready(page, js);
    const yes = page.getByRole("button", { name: "Yes, cancel it" });
    await expect(page.getByRole("button", { name: "Start" })).toBeVisible();
    await expect(yes).toBeHidden();
    await page.getByText("Cancel this work order…").tap();
    await expect(yes).toBeVisible();
    // Start and the destructive button are not next to each other
    const [start, cancel] = [await page.getByRole("button", { name: "Start" }).boundingBox(), await yes.boundingBox()];
    expect(cancel!.y - (start!.y + start!.height)).toBeGreaterThan(40);
    await page.getByLabel("Why? (kept on the record)").fill("Raised twice");
    await yes.tap();
    await expect(page.locator("main .meta")).toContainText("Cancelled");
    await expect(page.locator("main")).toContainText("Raised twice");
    watch.check();
    await page.context().close();
  });
}
