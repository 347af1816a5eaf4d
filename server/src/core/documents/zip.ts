/**
 * A ZIP package (PKZIP 2.0: deflate, no ZIP64) from parts deflated by Node's own zlib. Why not a zip library: a DOCX is a
 * dozen small parts, and the JavaScript deflate of fflate took 1.8 ms of a complaint's 4 ms where zlib takes 0.1 ms
 * (measured on company-installments' 95 KB document.xml); the container itself is three fixed headers per part.
 * Parts that never change are deflated once (`packPart` then reuse); every entry carries one fixed time, so the same
 * parts always give the same bytes.
 */
import { crc32, deflateRawSync } from 'zlib';

export interface PackedPart { name: Buffer; crc: number; size: number; data: Buffer }

/** Deflate level 6: zlib's default, 0.34 ms against 0.10 ms at level 1 on a complaint, for files a fifth smaller. */
const LEVEL = 6;
/** 2020-01-01 00:00 in MS-DOS form (date: years since 1980 << 9 | month << 5 | day; time 0). */
const DOS_DATE = ((2020 - 1980) << 9) | (1 << 5) | 1, DOS_TIME = 0;

export function packPart(name: string, content: string | Uint8Array): PackedPart {
  const raw = typeof content === 'string' ? Buffer.from(content, 'utf8') : Buffer.from(content);
  return { name: Buffer.from(name, 'utf8'), crc: crc32(raw), size: raw.length, data: deflateRawSync(raw, { level: LEVEL }) };
}

/** The fields a local header and a central directory entry share, from "version needed" to "extra length". */
function common(p: PackedPart): Buffer {
  const b = Buffer.alloc(26);
  b.writeUInt16LE(20, 0); // version needed: 2.0 (deflate)
  b.writeUInt16LE(0x0800, 2); // flags: names are UTF-8
  b.writeUInt16LE(8, 4); // method: deflate
  b.writeUInt16LE(DOS_TIME, 6);
  b.writeUInt16LE(DOS_DATE, 8);
  b.writeUInt32LE(p.crc >>> 0, 10);
  b.writeUInt32LE(p.data.length, 14);
  b.writeUInt32LE(p.size, 18);
  b.writeUInt16LE(p.name.length, 22);
  b.writeUInt16LE(0, 24); // extra length
  return b;
}

export function zipParts(parts: PackedPart[]): Buffer {
  const chunks: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const p of parts) {
    const sig = Buffer.alloc(4);
    sig.writeUInt32LE(0x04034b50, 0);
    const head = common(p);
    chunks.push(sig, head, p.name, p.data);
    const c = Buffer.alloc(46);
    c.writeUInt32LE(0x02014b50, 0);
    c.writeUInt16LE(20, 4); // version made by
    head.copy(c, 6); // version needed … extra length
    // comment length, disk number, internal and external attributes stay 0
    c.writeUInt32LE(offset, 42);
    central.push(c, p.name);
    offset += 4 + head.length + p.name.length + p.data.length;
  }
  const cd = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(parts.length, 8);
  end.writeUInt16LE(parts.length, 10);
  end.writeUInt32LE(cd.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...chunks, cd, end]);
}
