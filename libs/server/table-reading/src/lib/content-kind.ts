/** What the first bytes of a file say it is. */
export type ContentKind = 'zip' | 'ole' | 'utf-16' | 'binary' | 'text';

const ZIP_SIGNATURES = [
  [0x50, 0x4b, 0x03, 0x04], // a local file header: any non-empty ZIP archive, XLSX among them
  [0x50, 0x4b, 0x05, 0x06], // the end record of an empty ZIP archive
];
/** OLE compound file: `.xls` (Excel 97–2003), and also an XLSX saved with a password. */
const OLE_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const UTF16_BYTE_ORDER_MARKS = [
  [0xff, 0xfe],
  [0xfe, 0xff],
];

function startsWith(sample: Uint8Array, signature: readonly number[]): boolean {
  return sample.length >= signature.length && signature.every((byte, index) => sample[index] === byte);
}

/** Control characters other than tab, line feed, form feed and carriage return do not occur in CSV text. */
function isControlByte(byte: number): boolean {
  return byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0c && byte !== 0x0d;
}

/**
 * Tells from a file's first bytes (not from its name) what it is: a ZIP archive (perhaps XLSX), an OLE
 * file (old `.xls`), UTF-16 text, other binary content (NUL or control bytes: images, PDFs, random
 * bytes), or text (perhaps CSV).
 */
export function detectContentKind(sample: Uint8Array): ContentKind {
  if (ZIP_SIGNATURES.some((signature) => startsWith(sample, signature))) return 'zip';
  if (startsWith(sample, OLE_SIGNATURE)) return 'ole';
  if (UTF16_BYTE_ORDER_MARKS.some((mark) => startsWith(sample, mark))) return 'utf-16';
  return sample.some(isControlByte) ? 'binary' : 'text';
}
