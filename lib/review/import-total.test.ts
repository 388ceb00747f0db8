import { strToU8, zipSync } from 'fflate';
import { describe, expect, it, vi } from 'vitest';
import { memorySource } from './import-files';
import { isRawFile, readSources } from '@/lib/exchange/read-sources';

// A small total, so that the test needs only a few small files.
vi.mock('./limits', async (importOriginal) => ({ ...(await importOriginal<object>()), MAX_IMPORT_BYTES: 10 }));

describe('readSources: the total of one import', () => {
  it('refuses the files past the total, in order, one row each, whether plain or in a zip', async () => {
    const results = await readSources([
      memorySource('a.json', '{"a":1}'),
      memorySource('class.zip', zipSync({ 'b.json': strToU8('{}'), 'c.json': strToU8('{"c":1}') })),
      memorySource('d.json', '{}'),
      memorySource('e.json', '{"e":1}'),
    ]);
    expect(results.map((r) => (isRawFile(r) ? `${r.fileName}: read` : `${r.fileName}: ${r.kind}`))).toEqual([
      'a.json: read',
      'class.zip › b.json: read',
      'class.zip › c.json: too-large',
      'd.json: too-large',
      'e.json: too-large',
    ]);
    expect(results[2]).toMatchObject({ message: expect.stringContaining('over 10 bytes in all') });
  });
});
