// puppeteer never downloads a browser on its own: `npm install` runs the project's step
// (scripts/setup-browsers.ts), which uses a system browser where there is one and has puppeteer
// install Chrome for Testing only where there is none. package.json's allowScripts denies
// puppeteer's install script too (npm 11 asks); this covers npm versions that still run it.
const fs = require('node:fs');

const SYSTEM_CHROMIUM = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable'];
const systemChromium = process.env.COUNTERPOINT_CHROME || SYSTEM_CHROMIUM.find((path) => fs.existsSync(path));

module.exports = {
  skipDownload: true,
  ...(systemChromium ? { executablePath: systemChromium } : {}),
};
