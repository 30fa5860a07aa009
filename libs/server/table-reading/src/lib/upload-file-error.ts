import type { UploadProblem } from '@vielfalt/contracts';

/**
 * An upload file that cannot be read: thrown by `openUploadTable` when the file as a whole is unreadable,
 * and from `rows()` when the problem lies further down the file (invalid bytes in row 5000, a formula
 * without a saved value). `problems` says where and what, in German and English.
 */
export class UploadFileError extends Error {
  readonly problems: readonly UploadProblem[];

  constructor(problems: readonly UploadProblem[], options?: { cause?: unknown }) {
    super(problems.map((problem) => problem.message.en).join(' '), options);
    this.name = 'UploadFileError';
    this.problems = problems;
  }
}
