// Child processes for the harness: commands that must succeed, with the command line in the error.
import { spawn } from 'node:child_process';
import { HarnessError } from './log.mjs';

/** Runs a command with inherited output; rejects with a clear message if it fails. */
export function run(command, args, options = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: 'inherit', ...options });
    child.on('error', (error) => reject(new HarnessError(`could not start ${command}: ${error.message}`)));
    child.on('exit', (code, signal) => {
      if (code === 0) resolve();
      else reject(new HarnessError(`${[command, ...args].join(' ')} failed (${signal ?? `exit code ${code}`})`, { exitCode: code || 1 }));
    });
  });
}

/** Runs a command and returns its exit code and output, without throwing on a non-zero code. */
export function capture(command, args, options = {}) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'], ...options });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('error', (error) => resolve({ code: -1, stdout, stderr: stderr + error.message }));
    child.on('exit', (code) => resolve({ code: code ?? -1, stdout, stderr }));
  });
}

/** The path of a program on PATH, or undefined. */
export async function which(program) {
  const { code, stdout } = await capture('sh', ['-c', `command -v "${program}"`]);
  return code === 0 ? stdout.trim() : undefined;
}

/** Runs a command, streaming its output while keeping a copy; resolves with { code, output }. */
export function runTee(command, args, options = {}) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'], ...options });
    let output = '';
    const keep = (stream) => (chunk) => {
      output += chunk;
      stream.write(chunk);
    };
    child.stdout.on('data', keep(process.stdout));
    child.stderr.on('data', keep(process.stderr));
    child.on('error', (error) => resolve({ code: -1, output: output + error.message }));
    child.on('exit', (code, signal) => resolve({ code: code ?? (signal ? 128 : 1), output }));
  });
}
