// Console output shared by the harness scripts: one visible heading per step, plain lines below it.

/** An expected failure: printed as a clear message, without a stack trace. */
export class HarnessError extends Error {
  constructor(message, { exitCode = 1 } = {}) {
    super(message);
    this.name = 'HarnessError';
    this.exitCode = exitCode;
  }
}

export function step(title) {
  console.log(`\n==> ${title}`);
}

export function info(message) {
  console.log(`    ${message}`);
}

export function warn(message) {
  console.warn(`    warning: ${message}`);
}

export function seconds(sinceMs) {
  return `${((Date.now() - sinceMs) / 1000).toFixed(1)} s`;
}

/** Runs a script's main function: a HarnessError prints its message, anything else its stack. */
export async function runMain(main) {
  try {
    process.exitCode = (await main()) ?? 0;
  } catch (error) {
    if (error instanceof HarnessError) {
      console.error(`\nerror: ${error.message}`);
      process.exitCode = error.exitCode;
    } else {
      console.error('\nerror:', error);
      process.exitCode = 1;
    }
  }
}
