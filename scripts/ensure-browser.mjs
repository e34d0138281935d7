// Makes sure a Chromium exists for the browser tests, before anything slow runs.
// Order: $CHROME_PATH if set, else /usr/bin/chromium, else install Debian's chromium with apt
// (never a browser download of a test tool's own: this network only reaches npm and Debian).
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const DEFAULT_PATH = '/usr/bin/chromium';

function has(command) {
  try {
    execFileSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

function run(command, args) {
  console.log(`$ ${command} ${args.join(' ')}`);
  execFileSync(command, args, {
    stdio: 'inherit',
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
}

const wanted = process.env.CHROME_PATH;
if (wanted) {
  if (!existsSync(wanted)) {
    console.error(`CHROME_PATH is set to ${wanted}, but no file is there.`);
    process.exit(1);
  }
  console.log(`browser: ${wanted} (CHROME_PATH)`);
} else if (existsSync(DEFAULT_PATH)) {
  console.log(`browser: ${DEFAULT_PATH}`);
} else if (has('apt-get')) {
  const asRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (!asRoot && !has('sudo')) {
    console.error(
      `No Chromium at ${DEFAULT_PATH}; install it (apt-get install chromium) or set CHROME_PATH.`,
    );
    process.exit(1);
  }
  const apt = (...args) => (asRoot ? run('apt-get', args) : run('sudo', ['-n', 'apt-get', ...args]));
  console.log(`No Chromium at ${DEFAULT_PATH}: installing Debian's chromium package.`);
  apt('update', '-qq');
  apt('install', '-y', '-qq', '--no-install-recommends', 'chromium');
  if (!existsSync(DEFAULT_PATH)) {
    console.error('apt-get finished but /usr/bin/chromium is still missing.');
    process.exit(1);
  }
} else {
  console.error(
    `No Chromium at ${DEFAULT_PATH} and no apt-get to install it: set CHROME_PATH to a Chromium or Chrome binary.`,
  );
  process.exit(1);
}
