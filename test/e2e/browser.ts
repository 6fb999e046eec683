// Which Chromium the browser tests, the audit and the benches launch, and with which flags. Plain Node can run it.
import { existsSync } from 'node:fs';

const BROWSER_CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
];

export const BROWSER_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

/** The browser executable: CHROME_PATH, else the first system Chromium/Chrome found. */
export function findBrowser(): string {
  const fromEnv = process.env['CHROME_PATH'];
  if (fromEnv !== undefined && fromEnv !== '') {
    if (!existsSync(fromEnv)) throw new Error(`CHROME_PATH is set to ${fromEnv}, which does not exist`);
    return fromEnv;
  }
  const found = BROWSER_CANDIDATES.find((path) => existsSync(path));
  if (found === undefined) {
    throw new Error(
      `No Chromium found (looked in ${BROWSER_CANDIDATES.join(', ')}). ` +
        'Install one (apt-get install chromium) or set CHROME_PATH to a Chromium/Chrome executable.',
    );
  }
  return found;
}

