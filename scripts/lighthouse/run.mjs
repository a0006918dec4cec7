// Lighthouse mobile (its default: a mid-range phone, simulated slow 4G and 4x CPU slowdown) on the
// sign-in page and a technician's My work, in Debian's Chromium, against the server started by
// scripts/test-e2e.sh (GEMBA_E2E_BASE_URL; demo accounts in GEMBA_E2E_ACCOUNTS). Each page is run
// RUNS times (default 3); the medians are printed against issue 18's budgets.
import { readFileSync, writeFileSync } from 'node:fs';
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';

const base = process.env.GEMBA_E2E_BASE_URL;
const runs = Number(process.env.RUNS || 3);
const log = readFileSync(process.env.GEMBA_E2E_ACCOUNTS, 'utf8');
const passwords = new Map([...log.matchAll(/(\S+@demo\.gemba\.local)\s.*password (\S+)/g)].map((m) => [m[1], m[2]]));

async function sessionCookie(email) {
  const res = await fetch(`${base}/sfn/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json' },
    body: new URLSearchParams({ email, password: passwords.get(email) }),
    redirect: 'manual',
  });
  const cookie = res.headers.getSetCookie().find((c) => c.startsWith('gemba_session='));
  if (!cookie) throw new Error(`no session for ${email}: ${res.status}`);
  return cookie.split(';')[0];
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const chrome = await chromeLauncher.launch({
  chromePath: process.env.CHROME_PATH || '/usr/bin/chromium',
  chromeFlags: ['--headless=new', '--no-sandbox', '--disable-dev-shm-usage'],
});
const pages = [
  { name: '/login', path: '/login', cookie: null },
  { name: '/work (technician)', path: '/work', cookie: await sessionCookie('tech@demo.gemba.local') },
];
const out = [];
try {
  for (const p of pages) {
    const seen = [];
    for (let i = 0; i < runs; i++) {
      let lhr;
      // Lighthouse now and then fails to record a trace (NO_NAVSTART): that run is made again
      for (let attempt = 1; ; attempt++) {
        const r = await lighthouse(`${base}${p.path}`, {
          port: chrome.port,
          output: 'json',
          logLevel: 'error',
          onlyCategories: ['performance'],
          extraHeaders: p.cookie ? { Cookie: p.cookie } : undefined,
        });
        lhr = r.lhr;
        if (!lhr.runtimeError) break;
        if (attempt === 3) throw new Error(`${p.name}: ${lhr.runtimeError.message}`);
        console.error(`${p.name}: ${lhr.runtimeError.code}, run again`);
      }
      // BENCH_LHR_DIR=dir keeps each run's whole report (long tasks, script time) to see what blocks
      if (process.env.BENCH_LHR_DIR) {
        writeFileSync(`${process.env.BENCH_LHR_DIR}/${p.path.replace(/\W/g, '_')}-${i + 1}.json`, JSON.stringify(lhr));
      }
      const final = lhr.finalDisplayedUrl || lhr.finalUrl;
      if (!final.endsWith(p.path)) throw new Error(`${p.name} ended on ${final}`);
      seen.push({
        lcp: lhr.audits['largest-contentful-paint'].numericValue,
        tbt: lhr.audits['total-blocking-time'].numericValue,
        fcp: lhr.audits['first-contentful-paint'].numericValue,
        score: lhr.categories.performance.score,
        bytes: lhr.audits['total-byte-weight'].numericValue,
      });
    }
    const m = (k) => median(seen.map((s) => s[k]));
    out.push({ page: p.name, runs, lcp_ms: m('lcp'), tbt_ms: m('tbt'), fcp_ms: m('fcp'), score: m('score'), bytes: m('bytes') });
  }
} finally {
  await chrome.kill();
}
const lighthouseVersion = JSON.parse(readFileSync(new URL('./node_modules/lighthouse/package.json', import.meta.url))).version;
console.log(`Lighthouse ${lighthouseVersion}, mobile, simulated throttling, ${runs} runs each, medians`);
console.log('page                 LCP        TBT      FCP        score  transfer   budgets (LCP <= 1500 ms, TBT <= 100 ms, score >= 0.95)');
for (const r of out) {
  const holds = r.lcp_ms <= 1500 && r.tbt_ms <= 100 && r.score >= 0.95;
  console.log(
    `${r.page.padEnd(20)} ${r.lcp_ms.toFixed(0).padStart(5)} ms  ${r.tbt_ms.toFixed(0).padStart(4)} ms  ${r.fcp_ms.toFixed(0).padStart(5)} ms  ${r.score.toFixed(2).padStart(5)}  ${(r.bytes / 1024).toFixed(1).padStart(6)} KiB  ${holds ? 'holds' : 'NOT MET'}`,
  );
}
if (process.env.BENCH_OUT) writeFileSync(process.env.BENCH_OUT, JSON.stringify(out, null, 2));
