import { expect, test } from "@playwright/test";
import { demoPasswords, hydrated, signOut, watchProblems } from "./support";

test("sign in on a phone, see own sites, switch site, sign out; no console errors or CSP violations", async ({ page }) => {
  const watch = await watchProblems(page);
  const password = demoPasswords().get("ehs@demo.gemba.local")!;
  expect(password).toBeTruthy();

  await page.goto("/");
  await expect(page).toHaveURL(/\/login$/);
  await hydrated(page);
  await page.getByLabel("E-mail").fill("ehs@demo.gemba.local");
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).tap();

  await expect(page.getByRole("heading", { name: "Hello, Elena Safety" })).toBeVisible();
  await hydrated(page);
  const sites = page.locator("#my-sites .card");
  await expect(sites).toHaveCount(2);
  await expect(sites.filter({ hasText: "Riverside Plant" })).toContainText("EHS officer");
  await expect(sites.filter({ hasText: "Lyon Plant" })).toContainText("EHS officer");
  await expect(page.locator(".current-site")).toHaveText("Riverside Plant");

  // touch targets are at least 44 px and nothing overflows the 390 px viewport
  for (const el of await page.locator("button:visible, select:visible, .mainnav a:visible, .mainnav summary").all()) {
    const box = await el.boundingBox();
    if (box) expect(box.height).toBeGreaterThanOrEqual(44);
  }
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);

  await page.locator("#site-switch").selectOption({ label: "LYN · Lyon Plant" });
  await page.getByRole("button", { name: "Switch" }).tap();
  await expect(page.locator(".current-site")).toHaveText("Lyon Plant");
  await expect(page.locator("#site-switch")).toHaveValue(/\d+/);
  await hydrated(page);
  // the Lyon plant's default language is French, for people who chose none
  await expect(page.locator("html")).toHaveAttribute("lang", "fr");
  await expect(page.getByRole("heading", { name: "Bonjour Elena Safety" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Changer" })).toBeVisible();

  await signOut(page);
  await page.goto("/");
  await expect(page).toHaveURL(/\/login$/);
  watch.check();
});

test("a wrong password shows the error under the form", async ({ page }) => {
  const watch = await watchProblems(page);
  await page.goto("/login");
  await hydrated(page);
  await page.getByLabel("E-mail").fill("tech@demo.gemba.local");
  await page.getByLabel("Password").fill("not the password");
  await page.getByRole("button", { name: "Sign in" }).tap();
  await expect(page.getByRole("alert")).toHaveText("Wrong email or password.");
  watch.check();
});

test("after hydration, forms answer in place: the error at its field, none in the address", async ({ page }) => {
  const watch = await watchProblems(page, [422]); // the wrong current password is answered with 422
  const password = demoPasswords().get("tech@demo.gemba.local")!;
  await page.goto("/login");
  await page.getByLabel("E-mail").fill("tech@demo.gemba.local");
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).tap();
  await expect(page.getByRole("heading", { name: /Hello/ })).toBeVisible();
  await page.goto("/profile");
  await hydrated(page);
  await page.getByLabel("Current password").fill("wrong current password");
  await page.getByLabel(/^New password \(/).fill("a brand new passphrase");
  await page.getByLabel("New password again").fill("a brand new passphrase");
  await page.getByRole("button", { name: "Change password" }).tap();
  await expect(page.locator("#current_password-error")).toHaveText("This is not your current password.");
  await expect(page).toHaveURL(/\/profile$/); // no reload, no error in the address
  watch.check();
});

test("a new API token's secret is shown in place, once; revoked in place", async ({ page }) => {
  const watch = await watchProblems(page);
  const email = "manager@demo.gemba.local";
  const password = demoPasswords().get(email)!;
  await page.goto("/login");
  await page.getByLabel("E-mail").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).tap();
  await expect(page.getByRole("heading", { name: /Hello/ })).toBeVisible();
  await page.goto("/profile");
  await hydrated(page);
  const name = `Label printer ${Date.now()}`;
  await page.locator("#token-name").fill(name);
  await page.getByRole("button", { name: "Create token" }).tap();
  await expect(page.locator("#new-token")).toHaveText(/^gemba_/);
  await expect(page).toHaveURL(/\/profile$/);
  const card = page.locator("#token-list .card", { hasText: name });
  await expect(card).toBeVisible();
  await page.reload();
  await expect(page.locator("#token-list .card", { hasText: name })).toBeVisible();
  await expect(page.locator("#new-token")).toHaveCount(0); // shown once
  const again = page.locator("#token-list .card", { hasText: name });
  await again.getByText("Revoke…").tap();
  await again.getByRole("button", { name: "Yes, revoke this key" }).tap();
  await expect(page.locator("#token-list .card", { hasText: name })).toContainText("Revoked");
  watch.check();
});
