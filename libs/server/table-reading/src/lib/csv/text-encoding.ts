import * as iconv from 'iconv-lite';

/** The text encodings a CSV upload may have. */
export type TextEncoding = 'utf-8' | 'utf-8-bom' | 'windows-1252';

/** The names iconv-lite decodes them by (it drops a UTF-8 byte-order mark itself). */
export const ICONV_NAMES: Readonly<Record<TextEncoding, string>> = {
  'utf-8': 'utf-8',
  'utf-8-bom': 'utf-8',
  'windows-1252': 'windows-1252',
};

/** How problems name the encoding to the user. */
export const ENCODING_NAMES: Readonly<Record<TextEncoding, string>> = {
  'utf-8': 'UTF-8',
  'utf-8-bom': 'UTF-8',
  'windows-1252': 'Windows-1252',
};

/**
 * Detects a CSV file's encoding from its first bytes: a UTF-8 byte-order mark, else valid UTF-8, else
 * Windows-1252 (what German Excel writes as "CSV (Trennzeichen-getrennt)"). `sampleIsWholeFile` says
 * whether the sample ends where the file ends; if not, a character cut off at its end is no error.
 */
export function detectTextEncoding(sample: Uint8Array, sampleIsWholeFile: boolean): TextEncoding {
  if (sample[0] === 0xef && sample[1] === 0xbb && sample[2] === 0xbf) return 'utf-8-bom';
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(sample, { stream: !sampleIsWholeFile });
    return 'utf-8';
  } catch {
    return 'windows-1252';
  }
}

/** Decodes a sample of the file (a character cut off at its end becomes U+FFFD). */
export function decodeSample(sample: Uint8Array, encoding: TextEncoding): string {
  return iconv.decode(Buffer.from(sample), ICONV_NAMES[encoding]);
}
