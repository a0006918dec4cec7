import { expect, Page } from "@playwright/test";
import { readFileSync } from "node:fs";

/** The demo accounts the server printed once on start-up: email -> password. */
export function demoPasswords(): Map<string, string> {
  const log = readFileSync(process.env.GEMBA_E2E_ACCOUNTS!, "utf8");
  const out = new Map<string, string>();
  for (const m of log.matchAll(/(\S+@demo\.gemba\.local)\s.*password (\S+)/g)) out.set(m[1], m[2]);
  return out;
}

/**
 * Collects console errors and warnings, page errors and CSP violations; `check()` fails the test on
 * any. `expected` lists HTTP statuses the test provokes on purpose (Chrome logs a failed fetch).
 */
export async function watchProblems(page: Page, expected: number[] = []) {
  const problems: string[] = [];
  page.on("console", (m) => {
    if (m.type() !== "error" && m.type() !== "warning") return;
    const status = /status of (\d+)/.exec(m.text());
    if (status && expected.includes(Number(status[1]))) return;
    problems.push(`console ${m.type()}: ${m.text()} (${m.location().url})`);
  });
  page.on("pageerror", (e) => problems.push(`page error: ${e.message}`));
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (e) => {
      console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`);
    });
  });
  return { problems, check: () => expect(problems, problems.join("\n")).toEqual([]) };
}

/** Waits until the WebAssembly has hydrated the page. */
export async function hydrated(page: Page) {
  await expect(page.locator("[data-hydrated=true]").first()).toBeAttached({ timeout: 20_000 });
}

/** Signs in through the form. */
export async function signIn(page: Page, email: string) {
  const password = demoPasswords().get(email)!;
  expect(password, `demo password for ${email}`).toBeTruthy();
  await page.goto("/login");
  await page.getByLabel("E-mail").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).tap();
  // Hello, or the greeting of the site's default language (the demo's Lyon plant speaks French)
  await expect(page.getByRole("heading", { name: /Hello|Bonjour|Hola/ })).toBeVisible();
  return password;
}

/** Signs out from the bottom bar's "More" sheet. */
export async function signOut(page: Page) {
  await page.locator(".mainnav .more > summary").tap();
  await page.locator(".mainnav .more form.inline button[type=submit]").tap();
  await expect(page).toHaveURL(/\/login$/);
}

/** A 1x1 PNG. */
export const PNG = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=",
  "base64",
);

/** Nothing on the page is wider than the phone (a page that scrolls sideways is unusable). */
export async function noSidewaysScroll(page: Page) {
  const width = page.viewportSize()!.width;
  const wide = await page.evaluate((w) => {
    const scroll = document.documentElement.scrollWidth;
    const culprits = [...document.querySelectorAll("main *")]
      .filter((e) => e.getBoundingClientRect().right > w + 1)
      .slice(0, 5)
      .map((e) => `${e.tagName.toLowerCase()}.${e.className}`);
    return { scroll, culprits };
  }, width);
  expect(wide.scroll, `page wider than ${width}px: ${wide.culprits.join(", ")}`).toBeLessThanOrEqual(width);
}
