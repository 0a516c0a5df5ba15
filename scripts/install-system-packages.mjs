// Installs the Debian packages that the VS Code tests need (apt-get, as root), or names them.
//   node scripts/install-system-packages.mjs
import { info, runMain } from './lib/log.mjs';
import { DEBIAN_PACKAGES, ensureDebianPackages } from './lib/system-packages.mjs';

await runMain(async () => {
  await ensureDebianPackages();
  info(`Debian packages present: ${Object.keys(DEBIAN_PACKAGES).join(' ')}`);
});
