/**
 * Builds .zip files byte by byte for tests, including ones no zip tool would write: entries that
 * share one local header, sizes that lie, local headers that disagree with the directory.
 */
export type CraftedEntry = {
  name: string;
  /** 0 = stored (default), 8 = deflated: `data` is then the deflated bytes. */
  method?: 0 | 8;
  /** The bytes as they are in the zip. */
  data?: Uint8Array;
  /** The unpacked size the directory declares; by default the length of `data`. */
  declaredSize?: number;
  /** Sizes written in the local header, when they should differ from the directory's. */
  localSizes?: { compressed: number; declared: number };
  /** Writes no local header and data of its own, but points at those of an earlier entry. */
  sameHeaderAs?: number;
};

const LOCAL = 0x04034b50;
const CENTRAL = 0x02014b50;
const END = 0x06054b50;

class ByteWriter {
  private bytes: number[] = [];
  get length(): number {
    return this.bytes.length;
  }
  u16(value: number): this {
    this.bytes.push(value & 0xff, (value >>> 8) & 0xff);
    return this;
  }
  u32(value: number): this {
    return this.u16(value & 0xffff).u16(value >>> 16);
  }
  raw(data: Uint8Array): this {
    for (const byte of data) this.bytes.push(byte);
    return this;
  }
  result(): Uint8Array {
    return Uint8Array.from(this.bytes);
  }
}

export function craftZip(entries: readonly CraftedEntry[]): Uint8Array {
  const out = new ByteWriter();
  const offsets: number[] = [];
  const names = entries.map((entry) => new TextEncoder().encode(entry.name));
  entries.forEach((entry, i) => {
    const data = entry.data ?? new Uint8Array();
    if (entry.sameHeaderAs !== undefined) {
      offsets.push(offsets[entry.sameHeaderAs] ?? 0);
      return;
    }
    offsets.push(out.length);
    const sizes = entry.localSizes ?? { compressed: data.length, declared: entry.declaredSize ?? data.length };
    out
      .u32(LOCAL)
      .u16(20)
      .u16(0x800)
      .u16(entry.method ?? 0)
      .u16(0)
      .u16(0)
      .u32(0);
    out
      .u32(sizes.compressed)
      .u32(sizes.declared)
      .u16(names[i]?.length ?? 0)
      .u16(0);
    out.raw(names[i] ?? new Uint8Array()).raw(data);
  });
  const directoryStart = out.length;
  entries.forEach((entry, i) => {
    const source = entries[entry.sameHeaderAs ?? i] ?? entry;
    const data = source.data ?? new Uint8Array();
    out
      .u32(CENTRAL)
      .u16(20)
      .u16(20)
      .u16(0x800)
      .u16(source.method ?? 0)
      .u16(0)
      .u16(0)
      .u32(0);
    out.u32(data.length).u32(entry.declaredSize ?? source.declaredSize ?? data.length);
    out
      .u16(names[i]?.length ?? 0)
      .u16(0)
      .u16(0)
      .u16(0)
      .u16(0)
      .u32(0)
      .u32(offsets[i] ?? 0);
    out.raw(names[i] ?? new Uint8Array());
  });
  const directorySize = out.length - directoryStart;
  out.u32(END).u16(0).u16(0).u16(entries.length).u16(entries.length).u32(directorySize).u32(directoryStart).u16(0);
  return out.result();
}
