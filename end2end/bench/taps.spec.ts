import { expect, Page, test } from "@playwright/test";
import { writeFileSync } from "node:fs";
import { hydrated, signIn } from "../tests/support";

// The phone budget: with the WebAssembly on a slow phone (Chrome DevTools throttling: CPU 4x
// slower, 300 ms round trip, 1.6 Mbps down, 750 kbps up), a checklist answer, a time entry and a
// part entry each show their result within 400 ms of the tap (p90 over 20 taps).
// Measured in the page: from the form's submit event (the tap) to the first frame after the
// section shows the server's answer (enhance.js put the changed parts of <main> in and the form is
// no longer busy).
const TAPS = 20;

// BENCH_CPU and BENCH_RTT change the throttling (to see which part of a tap is the network's).
const CPU = Number(process.env.BENCH_CPU ?? 4);
const RTT = Number(process.env.BENCH_RTT ?? 300);

async function throttle(page: Page) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("Network.enable");
  await cdp.send("Network.emulateNetworkConditions", {
    offline: false,
    latency: RTT,
    downloadThroughput: (1.6 * 1024 * 1024) / 8,
    uploadThroughput: (750 * 1024) / 8,
  });
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: CPU });
}

/** Milliseconds from the tap that `act` makes to its result on the screen. */
async function tap(page: Page, act: () => Promise<void>): Promise<number> {
  await page.evaluate(() => {
    const w = window as unknown as { shown: Promise<number> };
    w.shown = new Promise((resolve) => {
      let t0 = 0;
      document.addEventListener("submit", () => (t0 = performance.now()), { capture: true, once: true });
      // enhance.js says when the server's answer is in the page (the changed parts of <main>);
      // the form stops being busy right after
      document.addEventListener(
        "gemba:shown",
        () => {
          const seen = () =>
            document.querySelector("form[aria-busy]")
              ? setTimeout(seen, 0)
              : requestAnimationFrame(() => resolve(performance.now() - t0));
          seen();
        },
        { once: true },
      );
    });
  });
  await act();
  return page.evaluate(() => (window as unknown as { shown: Promise<number> }).shown);
}

function summary(name: string, ms: number[]) {
  const s = [...ms].sort((a, b) => a - b);
  const at = (q: number) => s[Math.min(s.length - 1, Math.ceil(q * s.length) - 1)];
  return { name, taps: s.length, min: Math.round(s[0]), p50: Math.round(at(0.5)), p90: Math.round(at(0.9)), max: Math.round(s[s.length - 1]) };
}

test("taps on a throttled phone: checklist answer, time entry, part entry", async ({ browser, page }) => {
  // a part with stock for every tap (the demo's run out)
  const office = await (await browser.newContext()).newPage();
  await signIn(office, "manager@demo.gemba.local");
  const made = await office.request.post("/sfn/create_part", {
    form: { code: "BENCH-BOLT", name: "Bench bolt", unit: "pcs", on_hand: "1000" },
    headers: { Accept: "application/json" },
  });
  expect(made.ok(), await made.text()).toBeTruthy();
  await signIn(page, "tech@demo.gemba.local");
  await page.goto("/work");
  await page.locator("#wo-list .card", { hasText: "Replace the worn V-belt" }).getByRole("link").tap();
  await hydrated(page);
  const start = page.getByRole("button", { name: "Start" });
  if (await start.isVisible()) await start.tap();
  await expect(page.getByRole("button", { name: "Put on hold" })).toBeVisible();
  await throttle(page);
  const results = [];

  const step = () => page.locator("#steps .step", { hasText: "Belt deflection" });
  const answers: number[] = [];
  for (let i = 0; i < TAPS; i++) {
    const value = String(9 + (i % 3));
    await step().getByLabel("Value").fill(value);
    answers.push(await tap(page, () => step().getByRole("button", { name: "Save" }).tap()));
    await expect(step()).toContainText(value);
  }
  results.push(summary("checklist answer", answers));

  const time = () => page.locator("#time");
  const entries: number[] = [];
  for (let i = 0; i < TAPS; i++) {
    await time().getByLabel("Minutes").fill(String(i + 1));
    entries.push(await tap(page, () => time().getByRole("button", { name: "Log time" }).tap()));
    await expect(time().getByLabel("Minutes")).toHaveValue("");
  }
  results.push(summary("time entry", entries));

  const parts = () => page.locator("#parts");
  const used: number[] = [];
  for (let i = 0; i < TAPS; i++) {
    const bolt = await parts().locator("option", { hasText: "Bench bolt" }).getAttribute("value");
    await parts().locator("select[name=part_id]").selectOption(bolt!);
    await parts().getByLabel("Quantity").fill("1");
    used.push(await tap(page, () => parts().getByRole("button", { name: "Add part" }).tap()));
    await expect(parts().getByLabel("Quantity")).toHaveValue("");
  }
  results.push(summary("part entry", used));

  console.table(results);
  if (process.env.BENCH_OUT) writeFileSync(process.env.BENCH_OUT, JSON.stringify(results, null, 2));
});
