export { columnLabel } from './lib/column-label';
export { openUploadTable, type UploadedFile } from './lib/open-upload-table';
export type { ReadingProblemCode } from './lib/reading-problems';
export { UploadFileError } from './lib/upload-file-error';
export type { TableRow, UploadTable } from './lib/upload-table';
