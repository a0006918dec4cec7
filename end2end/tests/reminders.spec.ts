import { expect, test } from "@playwright/test";
import { hydrated, noSidewaysScroll, signIn, watchProblems } from "./support";

test("the bell shows the technician's repair due tomorrow; they read it and change their reminder preferences", async ({
  page,
}) => {
  const watch = await watchProblems(page);
  await signIn(page, "tech@demo.gemba.local");
  // the reminder run at start-up planned the day; the bell counts what is unread
  const bell = page.locator("#bell");
  await expect(async () => {
    await page.goto("/work");
    await expect(page.locator("#bell-count")).toHaveText("1", { timeout: 1000 });
  }).toPass({ timeout: 30_000 });
  await expect(bell).toHaveAttribute("aria-label", "Reminders: 1 unread");
  const box = await bell.boundingBox();
  expect(box!.width).toBeGreaterThanOrEqual(44);
  expect(box!.height).toBeGreaterThanOrEqual(44);
  await bell.tap();
  await expect(page).toHaveURL(/\/inbox$/);
  const card = page.locator("#inbox .card", { hasText: "Replace the worn V-belt on the outfeed conveyor" });
  await expect(card).toContainText("due in 1 day");
  await expect(card).toContainText("Riverside Plant");
  await expect(card.locator(".badge")).toHaveText("This week");
  await noSidewaysScroll(page);
  await hydrated(page);
  await card.getByRole("button", { name: "Mark read" }).tap();
  await expect(page.locator("#inbox-summary")).toHaveText("0 unread");
  await expect(page.locator("#bell-count")).toHaveCount(0);
  // the reminder's link opens the work order
  await page.locator("#inbox .card", { hasText: "Replace the worn V-belt" }).getByRole("link").tap();
  await expect(page.getByRole("heading", { name: /Replace the worn V-belt/ })).toBeVisible();

  // no more e-mail about CIL rounds, and the digest at 06:00 instead of midnight
  await page.goto("/profile#reminders");
  await hydrated(page);
  const rounds = page.getByLabel("CIL rounds not done");
  await expect(rounds).toBeChecked();
  await rounds.uncheck();
  await page.getByLabel("Daily digest from (local hour)").selectOption("6");
  await page.getByRole("button", { name: "Save reminder preferences" }).tap();
  await expect(page).toHaveURL(/saved=reminders/);
  await expect(page.locator("#reminders")).toContainText("Preferences saved.");
  await page.reload();
  await expect(page.getByLabel("CIL rounds not done")).not.toBeChecked();
  await expect(page.getByLabel("Work orders")).toBeChecked();
  await expect(page.getByLabel("Daily digest from (local hour)")).toHaveValue("6");
  await noSidewaysScroll(page);
  watch.check();
});

test("an administrator sees the outbox kept without an SMTP server; a manager changes a reminder policy", async ({
  page,
  browser,
}) => {
  const watch = await watchProblems(page);
  await signIn(page, "admin@demo.gemba.local");
  await page.locator(".mainnav .more > summary").tap();
  await page.getByRole("link", { name: "Outbox" }).tap();
  await expect(page).toHaveURL(/\/admin\/outbox$/);
  await expect(page.locator("#smtp-status")).toContainText("No SMTP server is configured");
  // the demo's digests (from midnight) wait here: the technician's and the operator's among them
  const digest = page.locator("#outbox .card", { hasText: "tech@demo.gemba.local" });
  await expect(digest).toContainText("Gemba: 1 coming up");
  await expect(digest.locator(".badge")).toHaveText("pending");
  await expect(page.locator("#outbox .card", { hasText: "operator@demo.gemba.local" })).toContainText("due today");
  await page.locator("#outbox-state").selectOption("failed");
  await page.getByRole("button", { name: "Show" }).tap();
  await expect(page).toHaveURL(/state=failed/);
  await expect(page.locator("main")).toContainText("No messages.");
  await noSidewaysScroll(page);
  await hydrated(page);
  watch.check();

  const ctx = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
  const manager = await ctx.newPage();
  const mwatch = await watchProblems(manager);
  await signIn(manager, "manager@demo.gemba.local");
  await manager.goto("/reminders");
  const wo = manager.locator("#policy-work_order");
  await expect(wo).toContainText("30, 14, 7, 1 days before · daily once overdue · escalated from 7 days overdue");
  await wo.getByText("Change").tap();
  await wo.getByLabel("Days before (comma-separated)").fill("10, 3, zero");
  await wo.getByRole("button", { name: "Save" }).tap();
  await expect(manager.locator("main .field-error")).toContainText("Work orders: 'zero' is not a number of days");
  // the refused form stays open, with what was typed and the message at the field
  const again = manager.locator("#policy-work_order");
  const days = again.getByLabel("Days before (comma-separated)");
  await expect(days).toBeVisible();
  await expect(days).toHaveValue("10, 3, zero");
  await expect(days).toHaveAttribute("aria-invalid", "true");
  await expect(days).toBeFocused();
  await days.fill("10, 3");
  await again.getByLabel("Escalate to managers from days overdue (blank: never)").fill("3");
  await again.getByRole("button", { name: "Save" }).tap();
  await expect(manager.locator("main")).toContainText("Saved: Work orders.");
  await expect(manager.locator("#policy-work_order")).toContainText(
    "10, 3 days before · daily once overdue · escalated from 3 days overdue",
  );
  await noSidewaysScroll(manager);
  await hydrated(manager);
  mwatch.check();
  await ctx.close();
});
