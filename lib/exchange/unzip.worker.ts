/**
 * Unpacks one .zip off the main thread, so that however a zip is built, the review page stays
 * responsive; the page stops this worker when it takes too long (unzip-off-thread.ts).
 */
import { isRawFile } from './read-outcome';
import { unpackZip } from './unpack-zip';

export type UnzipRequest = { zipName: string; bytes: Uint8Array; budget: number };

addEventListener('message', (event: MessageEvent<UnzipRequest>) => {
  const { zipName, bytes, budget } = event.data;
  const result = unpackZip(zipName, bytes, budget);
  // The unpacked files are handed over, not copied.
  const transfer = result.outcomes.flatMap((outcome) => (isRawFile(outcome) ? [outcome.bytes.buffer] : []));
  postMessage(result, { transfer });
});
