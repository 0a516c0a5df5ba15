// Installs the VS Code that the integration and UI tests run (idempotent).
//   node scripts/install-vscode.mjs [--target 1.100]
import { runMain, info } from './lib/log.mjs';
import { ensureDebianPackages } from './lib/system-packages.mjs';
import { ensureVSCode } from './lib/vscode-install.mjs';

await runMain(async () => {
  const targetIndex = process.argv.indexOf('--target');
  const target = targetIndex > 0 ? process.argv[targetIndex + 1] : '1.100';
  await ensureDebianPackages();
  const installation = await ensureVSCode(target);
  info(`VS Code ${installation.vscode} ready: ${installation.entry}`);
});
