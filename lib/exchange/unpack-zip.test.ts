import { deflateSync, strToU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { MAX_ANSWER_FILE_BYTES } from '@/lib/review/limits';
import { isRawFile, type ReadOutcome } from './read-outcome';
import { craftZip } from '@/lib/testing/crafted-zip';
import { unpackZip } from './unpack-zip';

const good = strToU8('{"type":"answers"}');

/** Each outcome as "name: read" or "name: kind", to check that every file has exactly one row. */
function rows(outcomes: readonly ReadOutcome[]): string[] {
  return outcomes.map((o) => `${o.fileName}: ${isRawFile(o) ? 'read' : o.kind}`);
}

function messageOf(outcomes: readonly ReadOutcome[], fileName: string): string {
  const outcome = outcomes.find((o) => o.fileName === fileName);
  return outcome && !isRawFile(outcome) ? outcome.message : '';
}

describe('unpackZip', () => {
  it('reads stored and deflated files, the deflated one fed to the inflater in many pieces', () => {
    // Text that does not compress well, so the deflated data is many inflater chunks long.
    let seed = 1;
    const text = Array.from({ length: 60_000 }, () => {
      seed = (seed * 48271) % 2147483647;
      return String.fromCharCode(97 + (seed % 26));
    }).join('');
    const deflated = deflateSync(strToU8(text));
    expect(deflated.length).toBeGreaterThan(4096 * 3);
    const zip = craftZip([
      { name: 'a.json', data: good },
      { name: 'b.json', method: 8, data: deflated, declaredSize: text.length },
    ]);
    const { outcomes, unpackedBytes } = unpackZip('class.zip', zip);
    expect(rows(outcomes)).toEqual(['class.zip › a.json: read', 'class.zip › b.json: read']);
    const b = outcomes[1];
    expect(b && isRawFile(b) && new TextDecoder().decode(b.bytes)).toBe(text);
    expect(unpackedBytes).toBe(good.length + text.length);
  });

  it('refuses the whole zip, in one row, when its entries share one local header', () => {
    const bomb = deflateSync(new Uint8Array(MAX_ANSWER_FILE_BYTES));
    const zip = craftZip([
      { name: 'a.json', method: 8, data: bomb, declaredSize: MAX_ANSWER_FILE_BYTES },
      ...Array.from({ length: 500 }, (_, i) => ({ name: `copy-${i}.json`, sameHeaderAs: 0 })),
    ]);
    const { outcomes, unpackedBytes } = unpackZip('bomb.zip', zip);
    expect(rows(outcomes)).toEqual(['bomb.zip: not-answer-file']);
    expect(messageOf(outcomes, 'bomb.zip')).toContain('overlap');
    expect(unpackedBytes).toBe(0);
  });

  it('refuses the whole zip when one entry starts inside the data of another', () => {
    const zip = craftZip([
      { name: 'a.json', data: good },
      { name: 'b.json', data: good },
    ]);
    // Point b's directory record at a local header inside a's data: a copy of b's header placed there
    // is what the "quoted" zip bomb does; the overlap alone is enough to refuse.
    const view = new DataView(zip.buffer);
    const directoryStart = view.getUint32(zip.length - 6, true);
    const secondRecord = directoryStart + 46 + 'a.json'.length;
    view.setUint32(secondRecord + 42, 10, true);
    expect(rows(unpackZip('odd.zip', zip).outcomes)).toEqual(['odd.zip: not-answer-file']);
  });

  it('refuses a file that unpacks to more than its declared size, and one that unpacks to less', () => {
    const large = deflateSync(new Uint8Array(2 * 1024 * 1024));
    const zip = craftZip([
      { name: 'lying.json', method: 8, data: large, declaredSize: 100 },
      { name: 'short.json', method: 8, data: deflateSync(good), declaredSize: good.length + 1 },
      { name: 'ok.json', data: good },
    ]);
    const { outcomes } = unpackZip('class.zip', zip);
    expect(rows(outcomes)).toEqual([
      'class.zip › lying.json: not-answer-file',
      'class.zip › short.json: not-answer-file',
      'class.zip › ok.json: read',
    ]);
    expect(messageOf(outcomes, 'class.zip › lying.json')).toContain('unpacks to more than the 100 bytes');
    expect(messageOf(outcomes, 'class.zip › short.json')).toContain('unpacks to less');
  });

  it('refuses a file whose local header and directory give different sizes', () => {
    const zip = craftZip([
      { name: 'a.json', data: good, localSizes: { compressed: good.length, declared: 5 } },
      { name: 'b.json', data: good },
    ]);
    const { outcomes } = unpackZip('class.zip', zip);
    expect(rows(outcomes)).toEqual(['class.zip › a.json: not-answer-file', 'class.zip › b.json: read']);
    expect(messageOf(outcomes, 'class.zip › a.json')).toContain('two different sizes');
  });

  it('refuses a stored file whose stored and declared sizes differ', () => {
    const zip = craftZip([{ name: 'a.json', data: good, declaredSize: 4 }]);
    expect(rows(unpackZip('class.zip', zip).outcomes)).toEqual(['class.zip › a.json: not-answer-file']);
  });

  it('refuses a stored file over the size limit without copying it', () => {
    const zip = craftZip([
      { name: 'big.json', data: new Uint8Array(MAX_ANSWER_FILE_BYTES + 1) },
      { name: 'ok.json', data: good },
    ]);
    const { outcomes } = unpackZip('class.zip', zip);
    expect(rows(outcomes)).toEqual(['class.zip › big.json: too-large', 'class.zip › ok.json: read']);
  });

  it('refuses a file that is not valid UTF-8, and reads the others', () => {
    const zip = craftZip([
      { name: 'latin1.json', data: Uint8Array.from([0x7b, 0x22, 0xe9, 0x22, 0x7d]) },
      { name: 'ok.json', data: good },
    ]);
    const { outcomes } = unpackZip('class.zip', zip);
    expect(rows(outcomes)).toEqual(['class.zip › latin1.json: not-json', 'class.zip › ok.json: read']);
    expect(messageOf(outcomes, 'class.zip › latin1.json')).toContain('not UTF-8');
  });

  it('refuses the files past what is left of the import', () => {
    const zip = craftZip([
      { name: 'a.json', data: good },
      { name: 'b.json', data: good },
    ]);
    const { outcomes, unpackedBytes } = unpackZip('class.zip', zip, good.length + 1);
    expect(rows(outcomes)).toEqual(['class.zip › a.json: read', 'class.zip › b.json: too-large']);
    expect(unpackedBytes).toBe(good.length);
  });

  it('gives a second file of the same name its own row', () => {
    const zip = craftZip([
      { name: 'a.json', data: good },
      { name: 'a.json', data: strToU8('{}') },
    ]);
    expect(rows(unpackZip('class.zip', zip).outcomes)).toEqual([
      'class.zip › a.json: read',
      'class.zip › a.json: not-answer-file',
    ]);
  });

  it('reports a zip cut short, or a ZIP64 zip, as one row', () => {
    const zip = craftZip([{ name: 'a.json', data: good }]);
    expect(rows(unpackZip('cut.zip', zip.subarray(0, zip.length - 30)).outcomes)).toEqual(['cut.zip: not-answer-file']);
    const zip64 = zip.slice();
    new DataView(zip64.buffer).setUint32(zip64.length - 6, 0xffffffff, true);
    const { outcomes } = unpackZip('big.zip', zip64);
    expect(rows(outcomes)).toEqual(['big.zip: not-answer-file']);
    expect(messageOf(outcomes, 'big.zip')).toContain('ZIP64');
  });
});
