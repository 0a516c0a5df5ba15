// Debian packages the real-VS-Code tests need, installed with apt-get when we are root.
import { capture, run } from './exec.mjs';
import { HarnessError, info, step } from './log.mjs';

/** Each package with the reason it is needed, so a missing one can be explained. */
export const DEBIAN_PACKAGES = {
  chromium: 'headless browser that runs the VS Code workbench',
  'fonts-dejavu-core': 'fonts for the workbench and its screenshots',
  ripgrep: 'rg for VS Code search (its npm postinstall cannot download it here)',
  'libkrb5-dev': 'gssapi headers to build the kerberos module of VS Code server',
  'build-essential': 'C++ compiler for the native modules of VS Code server',
  python3: 'node-gyp, which builds those native modules',
};

async function isInstalled(name) {
  const { code, stdout } = await capture('dpkg-query', ['-W', '-f=${Status}', name]);
  return code === 0 && stdout.includes('install ok installed');
}

export async function missingDebianPackages(names = Object.keys(DEBIAN_PACKAGES)) {
  const missing = [];
  for (const name of names) if (!(await isInstalled(name))) missing.push(name);
  return missing;
}

/** Installs whatever is missing when root; otherwise stops with the apt-get command to run. */
export async function ensureDebianPackages(names = Object.keys(DEBIAN_PACKAGES)) {
  const { code } = await capture('dpkg-query', ['--version']);
  if (code !== 0) {
    info('dpkg not found: not a Debian system, assuming chromium, ripgrep and a C++ toolchain are present.');
    return;
  }
  const missing = await missingDebianPackages(names);
  if (missing.length === 0) return;
  const list = missing.map((name) => `  ${name}: ${DEBIAN_PACKAGES[name] ?? ''}`).join('\n');
  if (process.getuid?.() !== 0) {
    throw new HarnessError(
      `missing Debian packages:\n${list}\nInstall them, then run this again:\n  sudo apt-get update && sudo apt-get install -y ${missing.join(' ')}`,
    );
  }
  step(`Installing Debian packages: ${missing.join(' ')}`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  await run('apt-get', ['update'], { env });
  await run('apt-get', ['install', '-y', '--no-install-recommends', ...missing], { env });
}
