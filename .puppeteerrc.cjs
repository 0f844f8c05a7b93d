// Use a system Chromium when one is installed, so `npm install` never downloads a browser
// (our CI and dev machines block that download). Elsewhere puppeteer fetches its own.
const fs = require('node:fs');

const SYSTEM_CHROMIUM = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];
const systemChromium = process.env.COUNTERPOINT_CHROME || SYSTEM_CHROMIUM.find((path) => fs.existsSync(path));

module.exports = {
  skipDownload: Boolean(systemChromium) || process.env.PUPPETEER_SKIP_DOWNLOAD === 'true',
  ...(systemChromium ? { executablePath: systemChromium } : {}),
};
