import { strToU8, zipSync } from 'fflate';
import { describe, expect, it, vi } from 'vitest';
import type { ImportSource } from './import-types';
import { MAX_ANSWER_FILE_BYTES, MAX_ZIP_ENTRIES } from '@/lib/review/limits';
import { memorySource } from '@/lib/review/import-files';
import { isRawFile, readSource, readSources } from './read-sources';
import { unpackZip } from './unpack-zip';

const expandZip = (zipName: string, bytes: Uint8Array) => unpackZip(zipName, bytes).outcomes;

describe('readSource', () => {
  it('refuses a file over the limit without reading it', async () => {
    const read = vi.fn(async () => new Uint8Array());
    const source: ImportSource = { name: 'holiday.mov', size: MAX_ANSWER_FILE_BYTES + 1, read };
    const [result] = await readSource(source);
    expect(result).toMatchObject({
      kind: 'too-large',
      fileName: 'holiday.mov',
      message: expect.stringContaining('over the 1 MB limit'),
    });
    expect(read).not.toHaveBeenCalled();
  });

  it('checks the size again after reading, in case the reported size was wrong', async () => {
    const source: ImportSource = {
      name: 'a.json',
      size: 10,
      read: async () => new Uint8Array(MAX_ANSWER_FILE_BYTES + 5),
    };
    expect(await readSource(source)).toMatchObject([{ kind: 'too-large' }]);
  });

  it('reads a small file as it is', async () => {
    const [result] = await readSource(memorySource('a.json', '{}'));
    expect(result && isRawFile(result) && new TextDecoder().decode(result.bytes)).toBe('{}');
  });

  it('unpacks a zip into its files, named after the zip, skipping folders and clutter', async () => {
    const zip = zipSync({
      'amira.json': strToU8('{"a":1}'),
      'class/bilal.json': strToU8('{"b":2}'),
      '__MACOSX/class/._bilal.json': strToU8('junk'),
      '.DS_Store': strToU8('junk'),
    });
    const results = await readSource(memorySource('class.zip', zip));
    expect(results.map((r) => r.fileName)).toEqual(['class.zip › amira.json', 'class.zip › class/bilal.json']);
    expect(results.every(isRawFile)).toBe(true);
  });

  it('recognises a zip by its contents even without the .zip name', async () => {
    const zip = zipSync({ 'a.json': strToU8('{}') });
    expect((await readSource(memorySource('download', zip))).map((r) => r.fileName)).toEqual(['download › a.json']);
  });

  it('refuses, entry by entry, files in a zip that declare a size over the limit, and nested zips', () => {
    const zip = zipSync({
      'big.json': new Uint8Array(MAX_ANSWER_FILE_BYTES + 1),
      'inner.zip': zipSync({}),
      'ok.json': strToU8('{}'),
    });
    const results = expandZip('class.zip', zip);
    expect(results.map((r) => ('kind' in r ? r.kind : 'read'))).toEqual(['too-large', 'not-answer-file', 'read']);
  });

  it('refuses a zip with too many files before unpacking any', () => {
    const files: Record<string, Uint8Array> = {};
    for (let i = 0; i <= MAX_ZIP_ENTRIES; i += 1) files[`s${i}.json`] = strToU8('{}');
    const results = expandZip('huge.zip', zipSync(files, { level: 0 }));
    expect(results).toEqual([
      expect.objectContaining({
        kind: 'too-large',
        fileName: 'huge.zip',
        message: expect.stringContaining('2,001 files'),
      }),
    ]);
  });

  it('refuses a zip bomb from its declared sizes, and never unpacks past a declared size', () => {
    // 2 MB of zeros compress to a few kilobytes: a small zip that would unpack large.
    const bomb = zipSync({ 'bomb.json': new Uint8Array(2 * 1024 * 1024) });
    expect(bomb.length).toBeLessThan(20_000);
    expect(expandZip('bomb.zip', bomb)).toMatchObject([{ kind: 'too-large', fileName: 'bomb.zip › bomb.json' }]);

    // The same entry lying about its size (declaring 100 bytes) is refused as soon as it passes 100 bytes.
    const lying = zipSync({ 'bomb.json': new Uint8Array(2 * 1024 * 1024) });
    const view = new DataView(lying.buffer);
    for (let i = 0; i < lying.length - 4; i += 1) {
      const signature = view.getUint32(i, true);
      if (signature === 0x04034b50) view.setUint32(i + 22, 100, true);
      if (signature === 0x02014b50) view.setUint32(i + 24, 100, true);
    }
    expect(expandZip('lying.zip', lying)).toMatchObject([
      { kind: 'not-answer-file', fileName: 'lying.zip › bomb.json', message: expect.stringContaining('100 bytes') },
    ]);
  });

  it('reports a damaged zip as one file that could not be opened', async () => {
    const results = await readSource(memorySource('broken.zip', strToU8('PK\u0003\u0004 not really a zip')));
    expect(results).toMatchObject([
      { kind: 'not-answer-file', fileName: 'broken.zip', message: expect.stringContaining('damaged') },
    ]);
  });

  it('refuses a file that is not UTF-8 text in one row, and reads the others', async () => {
    const results = await readSources([
      memorySource('latin1.json', Uint8Array.from([0x7b, 0x22, 0xe9, 0x22, 0x7d])),
      memorySource('ok.json', '{}'),
    ]);
    expect(results.map((r) => (isRawFile(r) ? r.fileName : `${r.fileName}: ${r.kind}`))).toEqual([
      'latin1.json: not-json',
      'ok.json',
    ]);
  });
});
