// Opens the reference client page in headless Chromium (Debian's, driven by playwright-core) and prints the
// steps it reports as JSON. Usage: node drive.cjs <page url> <node_modules folder> [chromium path]
const path = require('path');
const [url, modules, executablePath = '/usr/bin/chromium'] = process.argv.slice(2);
const { chromium } = require(path.join(modules, 'playwright-core'));

(async () => {
  const browser = await chromium.launch({ executablePath, args: ['--no-sandbox', '--disable-dev-shm-usage', '--disable-gpu'] });
  try {
    const page = await browser.newPage();
    const console_ = [];
    page.on('console', m => console_.push(`${m.type()}: ${m.text()}`));
    page.on('pageerror', e => console_.push(`pageerror: ${e.message}`));
    await page.goto(url);
    await page.waitForFunction(() => window.finished === true, null, { timeout: 90_000 }).catch(() => {});
    const steps = await page.evaluate(() => window.steps || []);
    process.stdout.write(JSON.stringify({ steps, console: console_ }));
  } finally {
    await browser.close();
  }
})().catch(e => { process.stderr.write(String(e && e.stack || e)); process.exit(1); });
