import { createReadStream } from 'node:fs';
import { open, type FileHandle } from 'node:fs/promises';
import { pipeline, Readable, Transform } from 'node:stream';
import { createInflateRaw } from 'node:zlib';

/** Why a ZIP archive cannot be read; the XLSX reader turns it into an upload problem. */
export class ZipFormatError extends Error {
  constructor(
    readonly defect: 'damaged' | 'encrypted' | 'unsupportedCompression' | 'unpacksTooLarge',
    message: string,
  ) {
    super(message);
    this.name = 'ZipFormatError';
  }
}

interface DirectoryLocation {
  readonly offset: number;
  readonly length: number;
  readonly entries: number;
}

interface ZipEntry {
  readonly name: string;
  readonly flags: number;
  readonly method: number;
  readonly compressedSize: number;
  readonly localHeaderOffset: number;
}

const END_OF_DIRECTORY = 0x06054b50;
const ZIP64_END_LOCATOR = 0x07064b50;
const ZIP64_END_OF_DIRECTORY = 0x06064b50;
const DIRECTORY_ENTRY = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;
const MAX_COMMENT = 0xffff;
const STORED = 0;
const DEFLATED = 8;

async function readAt(file: FileHandle, position: number, length: number): Promise<Buffer> {
  const buffer = Buffer.alloc(length);
  const { bytesRead } = await file.read(buffer, 0, length, position);
  if (bytesRead < length) throw new ZipFormatError('damaged', 'The ZIP archive ends too early');
  return buffer;
}

/** The end records of the archive: where its central directory is and how many entries it lists. */
async function readEndOfDirectory(file: FileHandle, size: number): Promise<DirectoryLocation> {
  const tailStart = Math.max(0, size - 22 - MAX_COMMENT);
  const tail = await readAt(file, tailStart, size - tailStart);
  let at = tail.length - 22;
  while (at >= 0 && tail.readUInt32LE(at) !== END_OF_DIRECTORY) at--;
  if (at < 0) throw new ZipFormatError('damaged', 'No end of central directory record (truncated?)');
  const entries = tail.readUInt16LE(at + 10);
  const length = tail.readUInt32LE(at + 12);
  const offset = tail.readUInt32LE(at + 16);
  if (entries !== 0xffff && offset !== 0xffffffff && length !== 0xffffffff) return { offset, length, entries };
  // ZIP64: a locator just before the end record points to the 64-bit end record.
  if (at < 20 || tail.readUInt32LE(at - 20) !== ZIP64_END_LOCATOR) {
    throw new ZipFormatError('damaged', 'No ZIP64 end of central directory locator');
  }
  const record = await readAt(file, Number(tail.readBigUInt64LE(at - 20 + 8)), 56);
  if (record.readUInt32LE(0) !== ZIP64_END_OF_DIRECTORY) {
    throw new ZipFormatError('damaged', 'No ZIP64 end of central directory record');
  }
  return {
    entries: Number(record.readBigUInt64LE(32)),
    length: Number(record.readBigUInt64LE(40)),
    offset: Number(record.readBigUInt64LE(48)),
  };
}

/** Sizes and offset that do not fit 32 bits are in the ZIP64 extra field, in this order. */
function readZip64Extra(extra: Buffer, fields: { size: boolean; compressed: boolean; offset: boolean }) {
  for (let at = 0; at + 4 <= extra.length; at += 4 + extra.readUInt16LE(at + 2)) {
    if (extra.readUInt16LE(at) !== 0x0001) continue;
    let field = at + 4;
    const next = () => Number(extra.readBigUInt64LE((field += 8) - 8));
    const size = fields.size ? next() : undefined;
    const compressed = fields.compressed ? next() : undefined;
    const offset = fields.offset ? next() : undefined;
    return { size, compressed, offset };
  }
  throw new ZipFormatError('damaged', 'A ZIP64 entry without its extra field');
}

function readDirectoryEntries(directory: Buffer, count: number): ZipEntry[] {
  const entries: ZipEntry[] = [];
  let at = 0;
  for (let index = 0; index < count; index++) {
    if (at + 46 > directory.length || directory.readUInt32LE(at) !== DIRECTORY_ENTRY) {
      throw new ZipFormatError('damaged', 'A damaged central directory');
    }
    const nameLength = directory.readUInt16LE(at + 28);
    const extraLength = directory.readUInt16LE(at + 30);
    const commentLength = directory.readUInt16LE(at + 32);
    let compressedSize = directory.readUInt32LE(at + 20);
    let localHeaderOffset = directory.readUInt32LE(at + 42);
    const extra = directory.subarray(at + 46 + nameLength, at + 46 + nameLength + extraLength);
    const wide = {
      size: directory.readUInt32LE(at + 24) === 0xffffffff,
      compressed: compressedSize === 0xffffffff,
      offset: localHeaderOffset === 0xffffffff,
    };
    if (wide.size || wide.compressed || wide.offset) {
      const zip64 = readZip64Extra(extra, wide);
      compressedSize = zip64.compressed ?? compressedSize;
      localHeaderOffset = zip64.offset ?? localHeaderOffset;
    }
    entries.push({
      name: directory.toString('utf8', at + 46, at + 46 + nameLength),
      flags: directory.readUInt16LE(at + 8),
      method: directory.readUInt16LE(at + 10),
      compressedSize,
      localHeaderOffset,
    });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/**
 * The table of contents of a ZIP archive on disk, read from its central directory at the end of the
 * file, and its entries as streams, in any order. (A streaming unzip reads the entries in the order
 * they are stored, which differs between Excel, LibreOffice and exceljs; and a truncated file is only
 * noticed at its end.) Entry names are matched ignoring case, as OOXML part names are.
 */
export class ZipDirectory {
  private constructor(
    /** The archive's file. */
    readonly path: string,
    private readonly entries: ReadonlyMap<string, ZipEntry>,
    /** Entry data lies before the central directory; data said to reach beyond it is damaged. */
    private readonly directoryOffset: number,
  ) {}

  /** Reads the central directory of the archive at `path`; throws `ZipFormatError` if it is not there. */
  static async read(path: string): Promise<ZipDirectory> {
    const file = await open(path, 'r');
    try {
      const { size } = await file.stat();
      const end = await readEndOfDirectory(file, size);
      if (end.offset + end.length > size) throw new ZipFormatError('damaged', 'The directory lies beyond the file');
      const entries = readDirectoryEntries(await readAt(file, end.offset, end.length), end.entries);
      const byName = new Map(entries.map((entry) => [entry.name.toLowerCase(), entry]));
      return new ZipDirectory(path, byName, end.offset);
    } finally {
      await file.close();
    }
  }

  /** Whether the archive has an entry of this name (ignoring case). */
  has(name: string): boolean {
    return this.entries.has(name.toLowerCase());
  }

  /**
   * The uncompressed content of an entry as a stream; throws `ZipFormatError` if it cannot be read. The
   * stream fails with `unpacksTooLarge` once it has given `maxBytes` (a "zip bomb": a few kilobytes that
   * unpack to gigabytes, whatever the sizes its directory claims).
   */
  async openEntry(name: string, maxBytes: number): Promise<Readable> {
    const entry = this.entries.get(name.toLowerCase());
    if (!entry) throw new ZipFormatError('damaged', `No entry ${name}`);
    if (entry.flags & 0x0001) throw new ZipFormatError('encrypted', `${name} is encrypted`);
    if (entry.method !== STORED && entry.method !== DEFLATED) {
      throw new ZipFormatError('unsupportedCompression', `${name} is compressed with method ${entry.method}`);
    }
    const file = await open(this.path, 'r');
    let header: Buffer;
    try {
      header = await readAt(file, entry.localHeaderOffset, 30);
    } finally {
      await file.close();
    }
    if (header.readUInt32LE(0) !== LOCAL_HEADER) throw new ZipFormatError('damaged', `No local header for ${name}`);
    const start = entry.localHeaderOffset + 30 + header.readUInt16LE(26) + header.readUInt16LE(28);
    if (start + entry.compressedSize > this.directoryOffset) {
      throw new ZipFormatError('damaged', `The data of ${name} reaches beyond its place`);
    }
    if (entry.compressedSize === 0) return Readable.from([]);
    if (entry.method === STORED && entry.compressedSize > maxBytes) throw unpacksTooLarge(name, maxBytes);
    const compressed = createReadStream(this.path, { start, end: start + entry.compressedSize - 1 });
    if (entry.method === STORED) return compressed;
    const limited = atMost(maxBytes, name);
    // pipeline passes an error of any of the streams on to the others (destroying them all), so readers
    // of `limited` see a missing or damaged file too.
    pipeline(compressed, createInflateRaw(), limited, () => undefined);
    return limited;
  }
}

function unpacksTooLarge(name: string, maxBytes: number): ZipFormatError {
  return new ZipFormatError('unpacksTooLarge', `${name} unpacks to more than ${maxBytes} bytes`);
}

/** Passes bytes on until more than `maxBytes` have come, then fails. */
function atMost(maxBytes: number, name: string): Transform {
  let total = 0;
  return new Transform({
    transform(chunk: Buffer, _encoding, done) {
      total += chunk.length;
      if (total > maxBytes) done(unpacksTooLarge(name, maxBytes));
      else done(null, chunk);
    },
  });
}
