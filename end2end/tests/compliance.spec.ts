import { expect, test } from "@playwright/test";
import { hydrated, signIn, watchProblems } from "./support";

const PDF = Buffer.from("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n");

test("a manager files a calibration certificate for ISO 9001 7.1.5, approves it, sees readiness rise and downloads the audit pack; an auditor opens it read-only", async ({
  page,
  browser,
}) => {
  const watch = await watchProblems(page);
  const password = await signIn(page, "manager@demo.gemba.local");
  await page.goto("/compliance");
  await hydrated(page);
  const iso9001 = page.locator("#frameworks .card", { hasText: "ISO 9001 2015" });
  await iso9001.getByRole("button", { name: "Applies to this site" }).tap();
  await expect(iso9001).toContainText("applies to this site");
  await iso9001.getByRole("link", { name: "ISO 9001 2015" }).tap();
  await expect(page).toHaveURL(/\/compliance\/frameworks\/\d+/);
  const frameworkUrl = page.url();
  await expect(page.locator("#readiness")).toContainText("Readiness 0.0 %");
  const total = Number((await page.locator("#readiness").innerText()).match(/0 of (\d+) requirements/)![1]);
  await hydrated(page);

  await page.getByText("File evidence", { exact: true }).tap();
  await page.getByLabel("Title", { exact: true }).fill("Torque wrench TW-7 calibration certificate");
  await page.locator("#ev-req").selectOption({ label: "7.1.5 Monitoring and measuring resources" });
  await page.getByLabel("Kind").selectOption("file");
  await page.getByLabel("Valid until").fill("2027-11-09");
  await page.getByRole("button", { name: "Create evidence" }).tap();
  await expect(page).toHaveURL(/\/compliance\/evidence\/\d+/);
  await expect(page.locator("#evidence-status")).toContainText("Draft");
  await page.getByLabel(/^File/).setInputFiles({ name: "TW-7 calibration.pdf", mimeType: "application/pdf", buffer: PDF });
  await page.getByRole("button", { name: "Upload" }).tap();
  await expect(page.locator("#revisions")).toContainText("TW-7calibration.pdf");
  await expect(page.locator("#revisions")).toContainText("File intact");
  await hydrated(page);
  await page.getByRole("button", { name: "Submit for review" }).tap();
  await expect(page.locator("#evidence-status")).toContainText("In review");
  await page.getByLabel("Your password (signature)").fill(password);
  await page.getByRole("button", { name: "Approve" }).tap();
  await expect(page.locator("#evidence-status")).toContainText("Approved");
  await expect(page.locator("#evidence-status")).toContainText("counts for readiness");
  const evidenceUrl = page.url();

  await page.goto(frameworkUrl);
  const expected = (Math.round((1000 * 1) / total) / 10).toFixed(1);
  await expect(page.locator("#readiness")).toContainText(`Readiness ${expected} %`);
  await expect(page.locator("#readiness")).toContainText(`1 of ${total} requirements`);
  await expect(page.locator("#requirements [data-state=covered]")).toContainText("7.1.5 Monitoring and measuring resources");

  await page.goto("/compliance/packs");
  await hydrated(page);
  await page.getByLabel("Framework").selectOption({ label: "ISO 9001 2015" });
  await page.getByLabel("From").fill("2026-01-01");
  await page.getByLabel("To").fill("2027-12-31");
  await page.getByRole("button", { name: "Build audit pack" }).tap();
  const pack = page.locator("#packs .card").first();
  await expect(pack.locator("[data-pack-status]")).toHaveAttribute("data-pack-status", "ready", { timeout: 20_000 });
  const [download] = await Promise.all([page.waitForEvent("download"), pack.getByRole("link", { name: "Download ZIP" }).tap()]);
  expect(download.suggestedFilename()).toMatch(/^audit-pack-RVS-\d+-2026-01-01-2027-12-31\.zip$/);
  const zip = await download.createReadStream().then(async (s) => {
    const chunks: Buffer[] = [];
    for await (const c of s) chunks.push(c as Buffer);
    return Buffer.concat(chunks);
  });
  expect(zip.subarray(0, 2).toString()).toBe("PK");
  expect(zip.includes(Buffer.from("index.html"))).toBe(true);
  watch.check();

  // the admin lets the external auditor see Riverside's ISO 9001 records until an end date
  const adminContext = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const admin = await adminContext.newPage();
  await signIn(admin, "admin@demo.gemba.local");
  await admin.goto("/admin/users");
  await admin.getByRole("link", { name: /Ana Auditor/ }).click();
  await hydrated(admin);
  await admin.getByLabel("Role").selectOption("auditor");
  await admin.locator("#grant-site").selectOption({ label: "RVS · Riverside Plant" });
  await admin.getByLabel("End date (required for auditors)").fill("2027-06-30");
  await admin.getByLabel("Framework (auditors: limit to one)").selectOption({ label: "ISO 9001 2015" });
  await admin.getByRole("button", { name: "Grant" }).click();
  await expect(admin.locator("#grant-list")).toContainText("Riverside Plant");

  const auditorContext = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const auditor = await auditorContext.newPage();
  const auditorWatch = await watchProblems(auditor);
  await signIn(auditor, "auditor@demo.gemba.local");
  // the auditor's first site is Lyon, whose default language is French: the switch is found by its place
  await auditor.locator("#site-switch").selectOption({ label: "RVS · Riverside Plant" });
  await auditor.locator(".site-switcher button[type=submit]").click();
  await expect(auditor.locator("html")).toHaveAttribute("lang", "en");
  await auditor.goto("/compliance");
  await expect(auditor.locator("#frameworks .card")).toHaveCount(1);
  await expect(auditor.locator("#frameworks")).toContainText("ISO 9001 2015");
  await auditor.goto(frameworkUrl);
  await expect(auditor.locator("#readiness")).toContainText(`1 of ${total} requirements`);
  await expect(auditor.getByText("File evidence", { exact: true })).toHaveCount(0);
  await expect(auditor.getByText("Add a requirement")).toHaveCount(0);
  await auditor.goto(evidenceUrl);
  await expect(auditor.locator("#evidence-status")).toContainText("Approved");
  await expect(auditor.locator("#revisions")).toContainText("File intact");
  await expect(auditor.getByRole("button", { name: "Upload" })).toHaveCount(0);
  await expect(auditor.getByRole("button", { name: "Approve" })).toHaveCount(0);
  await auditor.goto("/compliance/packs");
  await hydrated(auditor);
  await expect(auditor.getByRole("button", { name: "Build audit pack" })).toHaveCount(0);
  const [again] = await Promise.all([
    auditor.waitForEvent("download"),
    auditor.locator("#packs .card").first().getByRole("link", { name: "Download ZIP" }).click(),
  ]);
  expect(again.suggestedFilename()).toMatch(/\.zip$/);
  auditorWatch.check();
});
