/**
 * A hostile .zip for the fault test and the bench: ~1 MB holding one block of 1 MB that does not
 * compress, and 1,900 entries that all point at it (unpacked naively, it takes the page minutes).
 */
import { deflateSync } from 'fflate';
import { MAX_ANSWER_FILE_BYTES } from '@/lib/review/limits';
import { craftZip } from './crafted-zip';

export const OVERLAPPING_ZIP_NAME = 'class-bomb.zip';

export function overlappingZip(): Uint8Array {
  let seed = 7;
  const noise = Uint8Array.from({ length: MAX_ANSWER_FILE_BYTES }, () => {
    seed = (seed * 48271) % 2147483647;
    return seed & 0xff;
  });
  return craftZip([
    { name: 'amira.json', method: 8, data: deflateSync(noise, { level: 0 }), declaredSize: noise.length },
    ...Array.from({ length: 1899 }, (_, i) => ({ name: `student-${i}.json`, sameHeaderAs: 0 })),
  ]);
}
