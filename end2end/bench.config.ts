import { defineConfig } from "@playwright/test";
import base from "./playwright.config";

// Benchmarks (scripts/bench-taps.sh), not tests: run on their own, never in `make test`.
export default defineConfig({ ...base, testDir: "./bench", timeout: 600_000 });
