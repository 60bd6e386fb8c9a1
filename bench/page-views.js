// What a reader moving from page to page receives: five page views in a fresh Chromium profile, every byte counted
// as Chromium receives it (headers and body, DevTools' encodedDataLength), and how many requests the browser's cache
// answered. Browsers keep nothing of this site (no-store), so later views fetch the stylesheet and script again.
//   NODE_PATH=<folder with puppeteer-core> node bench/page-views.js http://127.0.0.1:PORT [/,/learn,...]
// bench/run runs it with the puppeteer-core that Lighthouse brings.
const puppeteer = require('puppeteer-core');
const fs = require('fs'), os = require('os'), path = require('path');
(async () => {
  const base = process.argv[2];
  const pages = (process.argv[3] || '/,/learn,/statistics,/definitions,/safety').split(',');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hta-views-'));
  const browser = await puppeteer.launch({ executablePath: '/usr/bin/chromium', headless: true, userDataDir: dir,
    args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'] });
  const page = (await browser.pages())[0] || await browser.newPage();
  await page.setViewport({ width: 360, height: 740 });
  const cdp = await page.createCDPSession();
  let bytes = 0, requests = 0, cached = 0; const perView = [];
  cdp.on('Network.requestWillBeSent', () => requests++);
  cdp.on('Network.requestServedFromCache', () => cached++);
  cdp.on('Network.loadingFinished', e => bytes += e.encodedDataLength);
  await cdp.send('Network.enable');
  for (const p of pages) {
    const before = bytes;
    await page.goto(base + p, { waitUntil: 'networkidle0' });
    perView.push(bytes - before);
  }
  await browser.close();
  fs.rmSync(dir, { recursive: true, force: true });
  console.log(JSON.stringify({ bytes, requests, cached, perView }));
})();
