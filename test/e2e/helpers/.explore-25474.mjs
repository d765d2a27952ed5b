// test/e2e/helpers/build.ts
import { execFileSync } from "node:child_process";

// test/e2e/helpers/paths.ts
import { fileURLToPath } from "node:url";
var REPO_ROOT = fileURLToPath(new URL("../../../", import.meta.url));
var EXTENSION_DIR = `${REPO_ROOT}extension-browser`;
var CHROME_DIST = `${EXTENSION_DIR}/dist/chrome`;
var FIREFOX_DIST = `${EXTENSION_DIR}/dist/firefox`;
var FIXTURES_DIR = `${REPO_ROOT}test/fixtures`;

// test/e2e/helpers/build.ts
var built = false;
function buildOnce() {
  if (built) return;
  execFileSync("flock", ["/tmp/coaching-notes-extension-build.lock", "node", "scripts/build.mjs", "--if-stale"], {
    cwd: EXTENSION_DIR,
    stdio: ["ignore", "inherit", "inherit"]
  });
  built = true;
}

// test/e2e/helpers/chromium.ts
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium } from "playwright-core";
var CHROMIUM_FLAGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync"
];
async function launchChromiumWithExtension(options = {}) {
  const extensionDir = options.extensionDir ?? CHROME_DIST;
  if (!options.extensionDir) buildOnce();
  const keepProfile = options.profileDir !== void 0;
  const profileDir = options.profileDir ?? mkdtempSync(join(tmpdir(), "cn-chromium-"));
  const headless = options.headless ?? true;
  const ctx = await chromium.launchPersistentContext(profileDir, {
    executablePath: "/usr/bin/chromium",
    headless,
    viewport: options.viewport ?? { width: 1280, height: 800 },
    args: [
      ...headless ? ["--headless=new"] : [],
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
      ...CHROMIUM_FLAGS,
      ...options.args ?? []
    ]
  });
  const serviceWorker = async () => ctx.serviceWorkers().find((w) => w.url().startsWith("chrome-extension://")) ?? await ctx.waitForEvent("serviceworker", { timeout: 3e4 });
  const sw = await serviceWorker();
  const extensionId = new URL(sw.url()).host;
  return {
    ctx,
    extensionId,
    sw,
    serviceWorker,
    profileDir,
    async cleanup() {
      await ctx.close().catch(() => void 0);
      if (!keepProfile) rmSync(profileDir, { recursive: true, force: true });
    }
  };
}

// test/e2e/helpers/firefox.ts
import puppeteer from "puppeteer-core";

// extension-browser/src/manifest.ts
var CALL_MATCHES = [
  "https://meet.google.com/*",
  "https://teams.microsoft.com/*",
  "https://teams.live.com/*",
  "https://teams.cloud.microsoft/*",
  "https://*.zoom.us/wc/*",
  "https://meet.jit.si/*",
  "https://8x8.vc/*"
];
var DYNAMICS_MATCHES = ["", ...Array.from({ length: 20 }, (_, i) => String(i + 2))].map(
  (region) => `https://*.crm${region}.dynamics.com/*`
);
var CRM_MATCHES = [
  "https://*.lightning.force.com/*",
  "https://app.hubspot.com/*",
  "https://app-eu1.hubspot.com/*",
  ...DYNAMICS_MATCHES,
  "https://*.pipedrive.com/*"
];
var SUPPORTED_MATCHES = [...CALL_MATCHES, ...CRM_MATCHES];
function commandMessageKey(id) {
  return "command_" + id.replace(/-/g, "_");
}
var MANIFEST_MESSAGES = {
  en: {
    extension_name: "Coaching Notes",
    extension_description: "Take coaching notes while you sit in on a call or watch someone work a CRM record. Notes stay on your computer.",
    action_title: "Coaching Notes",
    sidebar_title: "Coaching Notes",
    [commandMessageKey("toggle-overlay")]: "Show or hide the notes panel on this page",
    [commandMessageKey("capture-top")]: "Capture a top (what went well)",
    [commandMessageKey("capture-tip")]: "Capture a tip (what could be better)",
    [commandMessageKey("capture-question")]: "Capture a question to ask later",
    [commandMessageKey("capture-fact")]: "Capture a fact",
    [commandMessageKey("capture-intervention")]: "Capture an intervention (you stepped in)"
  },
  nl: {
    extension_name: "Coaching Notes",
    extension_description: "Maak coachingnotities terwijl je meeluistert met een gesprek of meekijkt in een CRM. Je notities blijven op je eigen computer.",
    action_title: "Coaching Notes",
    sidebar_title: "Coaching Notes",
    [commandMessageKey("toggle-overlay")]: "Notitiepaneel op deze pagina tonen of verbergen",
    [commandMessageKey("capture-top")]: "Top noteren (wat goed ging)",
    [commandMessageKey("capture-tip")]: "Tip noteren (wat beter kan)",
    [commandMessageKey("capture-question")]: "Vraag noteren om later te stellen",
    [commandMessageKey("capture-fact")]: "Feit noteren",
    [commandMessageKey("capture-intervention")]: "Ingreep noteren (je kwam tussenbeide)"
  }
};

// test/e2e/helpers/fixtures.ts
import { readFileSync } from "node:fs";
function readFixture(relativePath) {
  return readFileSync(`${FIXTURES_DIR}/${relativePath}`, "utf8");
}
async function routeFixture(ctx, urlPattern, html) {
  await ctx.route(
    urlPattern,
    (route) => route.request().resourceType() === "document" ? route.fulfill({ status: 200, contentType: "text/html; charset=utf-8", body: html }) : route.fulfill({ status: 404, body: "" })
  );
}

// test/e2e/helpers/frames.ts
async function panelFrame(page2, timeoutMs = 15e3, accept = (url) => url.searchParams.get("mode") === "overlay") {
  const deadline = Date.now() + timeoutMs;
  for (; ; ) {
    const frame2 = page2.frames().find((f) => f !== page2.mainFrame() && /^(chrome|moz)-extension:\/\//.test(f.url()) && accept(new URL(f.url())));
    if (frame2) {
      await frame2.waitForLoadState("domcontentloaded");
      return frame2;
    }
    if (Date.now() > deadline) throw new Error(`no extension frame in ${page2.url()} after ${timeoutMs} ms`);
    await page2.waitForTimeout(100);
  }
}

// ../../tmp/explore.mts
var h = await launchChromiumWithExtension();
await routeFixture(h.ctx, "https://meet.google.com/**", readFixture("sites/google-meet.html"));
var page = await h.ctx.newPage();
await page.goto("https://meet.google.com/abc-defg-hij");
await page.waitForTimeout(1e3);
await page.screenshot({ path: "/tmp/s1.png" });
await page.mouse.click(1280 - 16 - 22, 800 - 104 - 22);
var frame = await panelFrame(page);
await page.waitForTimeout(2500);
await page.screenshot({ path: "/tmp/s2.png" });
var el = await frame.frameElement();
console.log("box", await el.boundingBox());
console.log(await frame.locator("input:visible, textarea:visible").count());
await h.cleanup();
