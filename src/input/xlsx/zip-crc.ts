/**
 * The CRC-32 a zip package's central directory records for each entry, by
 * name. fflate inflates without checking it, so a part whose bytes were
 * changed after zipping (stored entries inflate whatever they hold) would
 * be read as it is; the reader compares each part it unpacks against this.
 * An entry whose header cannot be walked is left out (fflate reports a
 * broken directory itself).
 *
 * @param bytes - the whole zip file
 * @param twice - told of an entry name the directory lists a second time (which copy a reader takes differs)
 * @returns each entry's recorded CRC-32, by its name as fflate gives it
 * @example
 * const crcs = centralCrcs(bytes);
 * crcs.get('xl/worksheets/sheet1.xml'); // 3735928559
 */
export function centralCrcs(bytes: Uint8Array, twice?: (name: string) => void): Map<string, number> {
  const crcs = new Map<string, number>();
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const inside = (at: number, size: number) => at >= 0 && at + size <= bytes.length;
  const u32 = (at: number) => (inside(at, 4) ? view.getUint32(at, true) : -1);
  const u16 = (at: number) => (inside(at, 2) ? view.getUint16(at, true) : -1);
  const u64 = (at: number) => (inside(at, 8) ? Number(view.getBigUint64(at, true)) : -1);
  // The end-of-central-directory record: within the last 64 KiB + 22 bytes (its comment is at most 65535).
  let end = bytes.length - 22;
  while (end >= 0 && u32(end) !== 0x06054b50) if (--end < bytes.length - 65_557) return crcs;
  if (end < 0) return crcs;
  let count = u16(end + 8);
  let at = u32(end + 16);
  // Zip64: the locator right before it points at the zip64 record, which holds the real count and offset.
  if (u32(end - 20) === 0x07064b50) {
    const z = u64(end - 12);
    if (u32(z) === 0x06064b50) {
      count = u64(z + 32);
      at = u64(z + 48);
    }
  }
  for (let i = 0; i < count && u32(at) === 0x02014b50; i++) {
    const nameLength = u16(at + 28);
    const utf8 = (u16(at + 8) & 0x0800) !== 0;
    const raw = bytes.subarray(at + 46, at + 46 + nameLength);
    // As fflate names entries: UTF-8 when the entry says so, else one character per byte.
    const name = utf8 ? new TextDecoder().decode(raw) : String.fromCharCode(...raw);
    if (crcs.has(name)) twice?.(name);
    crcs.set(name, u32(at + 16));
    at += 46 + nameLength + u16(at + 30) + u16(at + 32);
  }
  return crcs;
}

const TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

/**
 * The CRC-32 (as zip computes it) of some bytes.
 *
 * @example
 * crc32(new TextEncoder().encode('123456789')); // 0xcbf43926
 */
export function crc32(data: Uint8Array): number {
  let c = 0xffffffff;
  for (let i = 0; i < data.length; i++) c = TABLE[(c ^ data[i]!) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
