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
