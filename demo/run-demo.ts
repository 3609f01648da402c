import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { gradeMail } from '../src/core/grade.ts';
import { type DemoMail, loadDemoInbox } from './demo-inbox.ts';
import { openDemo, untilClosed, waitForGrade } from './demo-session.ts';
import { findChromium, noChromiumAdvice } from './find-chromium.ts';
import { launchWithExtension } from './launch-chromium.ts';

// `npm run demo [-- --headless] [--screenshot FILE.png]`: the command-line grades of the
// demo mailbox first, so there is something to see without a browser; then the extension,
// built fresh, in Chromium on the demo inbox served under Gmail's address.

const root = fileURLToPath(new URL('..', import.meta.url));
const dist = join(root, 'dist');
const out = (text: string) => process.stdout.write(text);
const err = (text: string) => process.stderr.write(text);

const USAGE = 'usage: npm run demo [-- --headless] [--screenshot FILE.png]\n';

type Options = { headless: boolean; screenshot: string | null };

async function main(argv: string[]): Promise<number> {
  const options = parseOptions(argv);
  if (typeof options === 'string') {
    err(`${options}\n${USAGE}`);
    return 2;
  }

  out('Grades of demo/mailbox by the command-line tool:\n\n');
  if (!runNode(['bin/inquiry-triage.js', 'classify', 'demo/mailbox'])) return 1;

  out('\nBuilding the extension into dist/ (vite build)...\n');
  if (!runNode(['node_modules/vite/bin/vite.js', 'build', '--logLevel', 'warn'])) return 1;

  const chosen = process.env.CHROMIUM_PATH;
  if (chosen && !existsSync(chosen)) {
    err(`\nCHROMIUM_PATH is ${chosen}, which does not exist. Unset it or point it at Chromium.\n`);
    return 1;
  }

  const search = findChromium();
  if (search.path === null) {
    err(`\n${noChromiumAdvice(search, dist)}`);
    return 1;
  }

  if (!options.headless && !hasDisplay()) {
    err('\nNo display to open a browser window on. Run it headless instead:\n');
    err('  npm run demo -- --headless --screenshot demo.png\n');
    return 1;
  }

  return runBrowser(search.path, options);
}

async function runBrowser(executablePath: string, options: Options): Promise<number> {
  const inbox = await loadDemoInbox();
  const first = firstInquiry(inbox);
  out(`\nOpening ${first.file} in the demo inbox with ${executablePath}...\n`);

  const browser = await launchWithExtension({
    executablePath,
    extensionDir: dist,
    headless: options.headless,
  });
  process.once('SIGINT', () => void browser.close());

  try {
    const panel = await openDemo(browser, inbox, first, { fixedPanelSize: options.headless });
    if (options.headless || options.screenshot) {
      const grade = await waitForGrade(panel);
      out(`The panel graded ${first.file}: class ${grade.letter}, total ${grade.total}.\n`);
    }

    if (options.screenshot) {
      await panel.screenshot({ path: options.screenshot, fullPage: true });
      out(`Screenshot of the panel saved to ${options.screenshot}\n`);
    }

    if (!options.headless) {
      out('\nClick from mail to mail in the inbox; the panel tab follows.\n');
      out('For the real side panel, click the Inquiry Triage icon in the Gmail tab.\n');
      out('Close the browser to end the demo.\n');
      await untilClosed(browser.context);
    }

    return 0;
  } finally {
    await browser.close();
  }
}

function parseOptions(argv: string[]): Options | string {
  try {
    const { values } = parseArgs({
      args: argv,
      options: { headless: { type: 'boolean', default: false }, screenshot: { type: 'string' } },
    });
    // npm runs scripts from the package root; a relative path means the user's directory.
    const from = process.env.INIT_CWD ?? process.cwd();
    const screenshot = values.screenshot ? resolve(from, values.screenshot) : null;
    return { headless: values.headless, screenshot };
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}

// The first mail the core itself takes for an inquiry, whatever order the files come in.
function firstInquiry(inbox: readonly DemoMail[]): DemoMail {
  const first = inbox.find((mail) => gradeMail(mail.message).kind === 'inquiry') ?? inbox[0];
  if (!first) throw new Error('the demo mailbox is empty');

  return first;
}

function runNode(args: string[]): boolean {
  const result = spawnSync(process.execPath, args, { cwd: root, stdio: 'inherit' });
  return result.status === 0;
}

function hasDisplay(): boolean {
  if (process.platform !== 'linux') return true;
  return Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    err(`demo failed: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  },
);
