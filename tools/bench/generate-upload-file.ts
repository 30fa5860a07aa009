import { fork } from 'node:child_process';
import * as path from 'node:path';
import type { WrittenFiles } from './write-upload-file';

/**
 * Writes the demo organisation-unit file and an upload file of period `periodKey` with at least `minRows`
 * data rows into `dir`, in a child process (see write-upload-file.ts).
 */
export function generateUploadFile(dir: string, periodKey: string, minRows: number): Promise<WrittenFiles> {
  return new Promise((resolve, reject) => {
    let files: WrittenFiles | undefined;
    const child = fork(path.join(__dirname, 'write-upload-file.ts'), [dir, periodKey, String(minRows)]);
    child.on('message', (message) => (files = message as WrittenFiles));
    child.on('error', reject);
    child.on('exit', (code) =>
      code === 0 && files ? resolve(files) : reject(new Error(`Generating the upload file failed (exit ${code}).`)),
    );
  });
}
