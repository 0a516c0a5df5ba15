// Starts the VS Code server (from code-server) on a free loopback port, in its own process group with
// private HOME, TMPDIR, user-data and extensions folders, and stops the whole group again.
/* global fetch */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { run } from './exec.mjs';
import { HarnessError, info } from './log.mjs';
import { killProcessGroup, onCleanup, trackProcessGroup } from './cleanup.mjs';

const HOST = '127.0.0.1';

/** User settings of every server run: no network features, no welcome page, a fixed theme for screenshots. */
const USER_SETTINGS = {
  'workbench.colorTheme': 'Default Dark Modern',
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'extensions.ignoreRecommendations': true,
  'chat.commandCenter.enabled': false,
  'chat.disableAIFeatures': true,
  'workbench.secondarySideBar.defaultVisibility': 'hidden',
  'security.workspace.trust.enabled': false,
};

export function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, HOST, () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** Folders that keep a server run from touching the real HOME or /tmp. */
function privateDirs(runDir) {
  const dirs = {
    home: path.join(runDir, 'home'),
    tmp: path.join(runDir, 'tmp'),
    userData: path.join(runDir, 'user-data'),
    extensions: path.join(runDir, 'extensions'),
  };
  for (const dir of Object.values(dirs)) fs.mkdirSync(dir, { recursive: true });
  const settings = path.join(dirs.userData, 'User', 'settings.json');
  if (!fs.existsSync(settings)) {
    fs.mkdirSync(path.dirname(settings), { recursive: true });
    fs.writeFileSync(settings, JSON.stringify(USER_SETTINGS, null, 2));
  }
  return dirs;
}

function privateEnv(dirs, extraEnv) {
  return {
    ...process.env,
    HOME: dirs.home,
    TMPDIR: dirs.tmp,
    XDG_CONFIG_HOME: path.join(dirs.home, '.config'),
    XDG_DATA_HOME: path.join(dirs.home, '.local', 'share'),
    XDG_CACHE_HOME: path.join(dirs.home, '.cache'),
    ...extraEnv,
  };
}

/** Installs a VSIX into the run's extensions folder, as a user would with `code --install-extension`. */
export async function installExtension(installation, runDir, vsixPath) {
  const dirs = privateDirs(runDir);
  const cli = installation.runsBundledServer ? [installation.serverMain, '--accept-server-license-terms'] : [installation.entry];
  await run(
    installation.node,
    [...cli, '--user-data-dir', dirs.userData, '--extensions-dir', dirs.extensions, '--install-extension', vsixPath, '--force'],
    { env: privateEnv(dirs, {}) },
  );
  return dirs.extensions;
}

async function waitUntilHealthy(healthUrl, child, logFile, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new HarnessError(`VS Code server exited during start-up:\n${fs.readFileSync(logFile, 'utf8').slice(-3000)}`);
    }
    try {
      const response = await fetch(healthUrl);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new HarnessError(`VS Code server did not answer ${healthUrl} within ${timeoutMs / 1000} s; log: ${logFile}`);
}

function serverArgs(installation, port, dirs) {
  if (installation.runsBundledServer) {
    return [
      installation.serverMain,
      '--host', HOST,
      '--port', String(port),
      '--without-connection-token',
      '--accept-server-license-terms',
      '--enable-smoke-test-driver', // without it the workbench ignores the test payload
      '--disable-telemetry',
      '--disable-workspace-trust',
      '--user-data-dir', dirs.userData,
      '--server-data-dir', dirs.userData,
      '--extensions-dir', dirs.extensions,
    ];
  }
  return [
    installation.entry,
    '--bind-addr', `${HOST}:${port}`,
    '--auth', 'none',
    '--disable-telemetry',
    '--disable-update-check',
    '--disable-workspace-trust',
    '--disable-getting-started-override',
    '--user-data-dir', dirs.userData,
    '--extensions-dir', dirs.extensions,
  ];
}

/**
 * Starts a server, on `port` or a free one. `env` reaches the extension host, which the server spawns with its own environment.
 * Returns { origin, authority, dirs, log, pid, exited, stop }.
 */
export async function startVSCodeServer({ installation, runDir, port, logFile = path.join(runDir, 'server.log'), env = {}, startupTimeoutMs = 60_000 }) {
  const dirs = privateDirs(runDir);
  port ??= await freePort();
  const authority = `${HOST}:${port}`;
  const log = fs.openSync(logFile, 'w');
  const args = serverArgs(installation, port, dirs);
  // detached: the server becomes the leader of a new process group (setsid), so one kill reaches its
  // file watcher and extension hosts too.
  const child = spawn(installation.node, args, { detached: true, stdio: ['ignore', log, log], env: privateEnv(dirs, env) });
  fs.closeSync(log);
  const untrack = trackProcessGroup(child.pid);
  const exited = new Promise((resolve) => child.once('exit', resolve));

  const stop = async () => {
    if (killProcessGroup(child.pid, 'SIGTERM')) {
      const timedOut = await Promise.race([exited.then(() => false), new Promise((r) => setTimeout(() => r(true), 5000))]);
      // The group outlives its leader if a child ignores SIGTERM: always finish with SIGKILL.
      killProcessGroup(child.pid, 'SIGKILL');
      if (timedOut) info(`VS Code server (pid ${child.pid}) did not stop within 5 s; killed`);
    }
    untrack();
  };
  const unregister = onCleanup(stop);

  const origin = `http://${authority}`;
  try {
    // code-server answers /healthz; the bundled VS Code server only its pages.
    await waitUntilHealthy(`${origin}${installation.runsBundledServer ? '/' : '/healthz'}`, child, logFile, startupTimeoutMs);
  } catch (error) {
    await stop();
    unregister();
    throw error;
  }
  return {
    origin,
    authority,
    dirs,
    log: logFile,
    pid: child.pid,
    /** Resolves when the server process exits, for whatever reason. */
    exited,
    stop: async () => {
      unregister();
      await stop();
    },
  };
}

/**
 * A path outside the VS Code installation for the extension under development. With the install in
 * <repo>/.cache, the repository folder contains VS Code's built-in themes, and the workbench applies any
 * theme found under extensionDevelopmentPath (it would pick Light+ whatever the settings say).
 */
export function developmentPathOutsideInstallation(runDir, extensionPath) {
  const alias = path.join(runDir, 'extension-under-development');
  fs.mkdirSync(runDir, { recursive: true });
  fs.rmSync(alias, { force: true });
  fs.symlinkSync(extensionPath, alias, 'dir');
  return alias;
}

/**
 * The workbench URL for a folder. Extension development and test paths go in the `payload` parameter,
 * which the web workbench reads like desktop's --extensionDevelopmentPath / --extensionTestsPath.
 */
export function workbenchUrl(server, { folder, extensionDevelopmentPath, extensionTestsPath }) {
  const remote = (absolutePath) => `vscode-remote://${server.authority}${absolutePath}`;
  const payload = [['skipWelcome', 'true']];
  if (extensionDevelopmentPath) payload.push(['extensionDevelopmentPath', remote(extensionDevelopmentPath)]);
  if (extensionTestsPath) payload.push(['extensionTestsPath', remote(extensionTestsPath)]);
  return `${server.origin}/?folder=${encodeURIComponent(folder)}&payload=${encodeURIComponent(JSON.stringify(payload))}`;
}
