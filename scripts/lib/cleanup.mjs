// Stops everything the harness started, however the script ends: normal exit, failure, Ctrl+C or kill.
const tasks = [];
const processGroups = new Set();
let running;
let shuttingDown = false;

/** True once the script is stopping early: expected process exits are then no error, and logs go quiet. */
export function isShuttingDown() {
  return shuttingDown;
}

/** Stops everything and exits with `code`; a second call (a repeated signal) does nothing. */
export function shutDown(reason, code) {
  if (shuttingDown) return;
  shuttingDown = true;
  console.error(`\n${reason}`);
  const force = setTimeout(() => process.exit(code), 10_000);
  void cleanupAll().finally(() => {
    clearTimeout(force);
    process.exit(code);
  });
}

/** Registers an async clean-up step; steps run in reverse order of registration. Returns an unregister function. */
export function onCleanup(task) {
  tasks.push(task);
  return () => {
    const index = tasks.indexOf(task);
    if (index >= 0) tasks.splice(index, 1);
  };
}

/**
 * Remembers a detached child's process group. Whatever is still registered when Node exits is killed
 * with SIGKILL, synchronously, as the last resort when an async clean-up had no chance to run.
 */
export function trackProcessGroup(pid) {
  processGroups.add(pid);
  return () => processGroups.delete(pid);
}

export function killProcessGroup(pid, signal) {
  try {
    process.kill(-pid, signal);
    return true;
  } catch {
    return false; // already gone
  }
}

export function cleanupAll() {
  running ??= (async () => {
    while (tasks.length) {
      const task = tasks.pop();
      try {
        await task();
      } catch (error) {
        console.error(`    clean-up step failed: ${error.message}`);
      }
    }
  })().finally(() => (running = undefined));
  return running;
}

process.on('exit', () => {
  for (const pid of processGroups) killProcessGroup(pid, 'SIGKILL');
});

for (const [signal, code] of [['SIGINT', 130], ['SIGTERM', 143], ['SIGHUP', 129]]) {
  process.on(signal, () => shutDown(`${signal}: stopping VS Code and the browser…`, code));
}
