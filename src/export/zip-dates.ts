import { closeSync, fstatSync, openSync, readSync, writeSync } from 'node:fs';

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

/** A date as MS-DOS time and date words (2-second steps, years from 1980), from its UTC fields. */
function dosDateTime(d: Date): [time: number, date: number] {
  const y = Math.min(Math.max(d.getUTCFullYear(), 1980), 2107);
  const time = (d.getUTCHours() << 11) | (d.getUTCMinutes() << 5) | (d.getUTCSeconds() >> 1);
  const date = ((y - 1980) << 9) | ((d.getUTCMonth() + 1) << 5) | d.getUTCDate();
  return [time, date];
}

/**
 * Set the modification time of every entry of a zip file to `when`, in place. The zip writer under
 * exceljs stamps entries with the current time, so without this two exports of the same lists
 * would differ in bytes. Headers are not covered by the entries' CRCs, so patching them is safe.
 */
export function fixZipDates(file: string, when: Date): void {
  const [time, date] = dosDateTime(when);
  const fd = openSync(file, 'r+');
  try {
    const size = fstatSync(fd).size;
    // The end record is the last 22 bytes plus a comment of at most 64 KiB.
    const tailLen = Math.min(size, 22 + 0xffff);
    const tail = Buffer.alloc(tailLen);
    readSync(fd, tail, 0, tailLen, size - tailLen);
    let eocd = -1;
    for (let i = tailLen - 22; i >= 0; i--) if (tail.readUInt32LE(i) === EOCD) { eocd = i; break; }
    if (eocd < 0) throw new Error('zip end record not found');
    const count = tail.readUInt16LE(eocd + 10);
    const cdSize = tail.readUInt32LE(eocd + 12);
    const cdOffset = tail.readUInt32LE(eocd + 16);
    if (count === 0xffff || cdOffset === 0xffffffff) throw new Error('zip64 archives are not supported');
    const cd = Buffer.alloc(cdSize);
    readSync(fd, cd, 0, cdSize, cdOffset);
    const stamp = Buffer.alloc(4);
    stamp.writeUInt16LE(time, 0);
    stamp.writeUInt16LE(date, 2);
    const local = Buffer.alloc(4);
    for (let p = 0, n = 0; n < count; n++) {
      if (cd.readUInt32LE(p) !== CENTRAL) throw new Error('zip central directory is damaged');
      stamp.copy(cd, p + 12);
      const localAt = cd.readUInt32LE(p + 42);
      readSync(fd, local, 0, 4, localAt);
      if (local.readUInt32LE(0) !== LOCAL) throw new Error('zip local header not found');
      writeSync(fd, stamp, 0, 4, localAt + 10);
      p += 46 + cd.readUInt16LE(p + 28) + cd.readUInt16LE(p + 30) + cd.readUInt16LE(p + 32);
    }
    writeSync(fd, cd, 0, cdSize, cdOffset);
  } finally {
    closeSync(fd);
  }
}
