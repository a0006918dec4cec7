import { expect, test } from "@playwright/test";
import { hydrated, noSidewaysScroll, PNG, signIn, watchProblems } from "./support";

test("an EHS officer runs a fire extinguisher inspection on a phone, fails a critical item with a photo and turns it into a work order the technician sees", async ({
  page,
  browser,
}) => {
  const watch = await watchProblems(page);
  const password = await signIn(page, "ehs@demo.gemba.local");
  await page.goto("/templates?q=extinguisher");
  await page.locator("#template-list .card").getByRole("link", { name: "Fire extinguisher monthly inspection" }).tap();
  await expect(page.getByRole("heading", { name: /Fire extinguisher monthly inspection · v1 \(published\)/ })).toBeVisible();
  await page.getByLabel("Area").fill("Dock 3");
  await page.getByRole("button", { name: "Schedule" }).tap();
  await expect(page).toHaveURL(/\/inspections\/\d+/);
  await hydrated(page);
  await noSidewaysScroll(page);

  const item = (n: number) => page.locator(`#item-${n}`);
  const answer = async (n: number, button: string) => {
    await item(n).getByRole("button", { name: button, exact: true }).tap();
    await expect(item(n).locator(".answer")).toBeVisible();
  };
  for (const n of [1, 2, 3]) await answer(n, "Yes");
  await answer(4, "Fail"); // pressure gauge out of the green: a critical item
  await expect(item(4)).toHaveClass(/failed/);
  for (const n of [5, 6, 7]) await answer(n, "Pass");
  for (const n of [8, 9]) await answer(n, "Yes");
  // the failed gauge, photographed
  await item(4).locator("input[type=file]").setInputFiles({ name: "gauge.png", mimeType: "image/png", buffer: PNG });
  await item(4).getByRole("button", { name: "Add photo" }).tap();
  await expect(item(4).locator("img")).toHaveCount(1);
  // the photo item is answered by its photo
  await item(10).locator("input[type=file]").setInputFiles({ name: "tag.png", mimeType: "image/png", buffer: PNG });
  await item(10).getByRole("button", { name: "Add photo" }).tap();
  await expect(item(10).locator(".answer")).toContainText("photo:");

  await item(4).getByRole("button", { name: "Raise a finding" }).tap();
  const finding = page.locator("#findings .card").first();
  await expect(finding).toContainText("Major nonconformity");
  await finding.getByRole("button", { name: "Create work order" }).tap();
  await expect(page.locator("#findings .card").first()).toContainText(/Work order #\d+ \(open\)/);
  const wo = (await page.locator("#findings .card a").first().innerText()).match(/#(\d+)/)![1];

  await page.getByLabel("Your password (signature)").fill(password);
  await page.getByRole("button", { name: "Sign off" }).tap();
  await expect(page.locator("#inspection-score")).toContainText("done");
  await expect(page.locator("#inspection-score")).toContainText("failed");
  await expect(page.locator("#signed")).toContainText("Elena Safety");
  await hydrated(page);
  watch.check();

  // the technician finds the work order in their list
  const phone = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
  const tech = await phone.newPage();
  const techWatch = await watchProblems(tech);
  await signIn(tech, "tech@demo.gemba.local");
  await tech.goto("/work");
  await expect(tech.locator("#wo-list .card", { hasText: `Finding #` })).toContainText("Pressure gauge");
  await expect(tech.locator(`#wo-list a[href="/work-orders/${wo}"]`)).toHaveCount(1);
  await hydrated(tech);
  techWatch.check();
  await phone.close();
});

for (const js of [true, false]) {
  test(`one item per screen moves to the next unanswered item through 5 answers, JavaScript ${js ? "on" : "off"}`, async ({ browser }) => {
    const context = await browser.newContext({
      baseURL: process.env.GEMBA_E2E_BASE_URL,
      javaScriptEnabled: js,
      viewport: { width: 390, height: 844 },
      isMobile: true,
      hasTouch: true,
    });
    const page = await context.newPage();
    const watch = js ? await watchProblems(page) : null;
    await signIn(page, "ehs@demo.gemba.local");
    await page.goto("/templates?q=extinguisher");
    await page.locator("#template-list .card").getByRole("link", { name: "Fire extinguisher monthly inspection" }).tap();
    await page.getByLabel("Area").fill(`Dock ${js ? 4 : 5}`);
    await page.getByRole("button", { name: "Schedule" }).tap();
    await expect(page).toHaveURL(/\/inspections\/\d+/);
    await page.getByRole("link", { name: "One item per screen" }).tap();
    await expect(page).toHaveURL(/one=1/);
    if (js) {
      await hydrated(page);
      await page.evaluate(() => ((window as unknown as { stayed: boolean }).stayed = true));
    }
    // item 2 answered out of order first: the walk skips it
    await page.goto(page.url().replace(/one=\d+/, "one=2"));
    if (js) await hydrated(page);
    await page.locator("#item-2").getByRole("button", { name: "Yes", exact: true }).tap();
    await expect(page.locator("#items > li")).toHaveCount(1);
    await expect(page.locator("#item-3")).toBeVisible();
    if (js) await page.evaluate(() => ((window as unknown as { stayed: boolean }).stayed = true));
    // five answers, each moving on to the next unanswered item, one item on the screen each time
    for (const n of [3, 4, 5, 6, 7]) {
      const item = page.locator(`#item-${n}`);
      await expect(page.locator("#items > li")).toHaveCount(1);
      await expect(item).toBeVisible();
      const button = item.getByRole("button", { name: n <= 3 ? "Yes" : "Pass", exact: true });
      await button.tap();
      await expect(page.locator(`#item-${n + 1}`)).toBeVisible();
      await expect(page).toHaveURL(new RegExp(`one=${n + 1}`));
    }
    if (js) {
      // in place: no page load on the way
      expect(await page.evaluate(() => (window as unknown as { stayed?: boolean }).stayed)).toBe(true);
    }
    await expect(page.locator("#inspection-score")).toContainText("6 of");
    watch?.check();
    await context.close();
  });
}
