// Types for test/runDesktop.ts, which shares the workspace copying with the harness scripts.
export function createTestWorkspace(dir: string): string;
