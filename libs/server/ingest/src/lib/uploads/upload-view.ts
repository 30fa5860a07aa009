import type { UploadReport, UploadView } from '@vielfalt/contracts';
import type { UploadRow } from '@vielfalt/server-raw-cells';

export function toUploadView(row: UploadRow): UploadView {
  return {
    id: row.id,
    periodKey: row.periodKey,
    fileName: row.fileName,
    fileFormat: row.fileFormat,
    sha256: row.fileSha256,
    bytes: row.fileBytes,
    uploadedBy: row.uploadedByName,
    uploadedAt: row.uploadedAt.toISOString(),
    status: row.status,
    dataRows: row.dataRows,
    unitCount: row.unitCount,
    errorCount: row.errorCount,
    warningCount: row.warningCount,
    committedAt: row.committedAt?.toISOString() ?? null,
    committedBy: row.committedByName,
    current: row.current,
  };
}

export function toUploadReport(row: UploadRow): UploadReport {
  return { ...toUploadView(row), problems: row.problems };
}
