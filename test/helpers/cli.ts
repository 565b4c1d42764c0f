import { execFile } from 'node:child_process';

/** Runs `indsats <args…> --input -` as a user would, with `stdin` on standard input. */
export async function runWithStdin(
  args: string[],
  stdin: string,
): Promise<{ code: number; stdout: string; stderr: string }> {
  const child = execFile(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', ...args, '--input', '-']);
  child.stdin?.end(stdin);
  let stdout = '';
  let stderr = '';
  child.stdout?.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (stderr += d.toString()));
  const code = await new Promise<number>((resolve) => child.on('close', (c) => resolve(c ?? 0)));
  return { code, stdout, stderr };
}
