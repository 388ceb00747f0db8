/**
 * Runs unpack-zip.ts in a Web Worker with a time limit: past it the worker is stopped and the zip
 * gets one row saying so, while the rest of the import goes on. Where there are no workers (unit
 * tests and the benchmark run in Node) the same function runs in place.
 */
import { UNZIP_TIME_LIMIT_MS } from '@/lib/review/limits';
import type { UnpackedZip } from './unpack-zip';
import type { UnzipRequest } from './unzip.worker';

function refused(zipName: string, message: string): UnpackedZip {
  return { outcomes: [{ kind: 'not-answer-file', fileName: zipName, message }], unpackedBytes: 0 };
}

export function unpackZipOffThread(
  zipName: string,
  bytes: Uint8Array,
  budget: number,
  timeLimitMs: number = UNZIP_TIME_LIMIT_MS,
): Promise<UnpackedZip> {
  // Loaded only here, so that the inflater is not part of the page's first-load JavaScript.
  if (typeof Worker === 'undefined')
    return import('./unpack-zip').then(({ unpackZip }) => unpackZip(zipName, bytes, budget));
  return new Promise((resolve) => {
    let worker: Worker;
    try {
      worker = new Worker(new URL('./unzip.worker.ts', import.meta.url));
    } catch {
      resolve(
        refused(
          zipName,
          'Not imported: this browser could not start unpacking the .zip. Unzip it and import its files.',
        ),
      );
      return;
    }
    const finish = (result: UnpackedZip) => {
      clearTimeout(timer);
      worker.terminate();
      resolve(result);
    };
    const timer = setTimeout(() => {
      const seconds = Math.round(timeLimitMs / 1000);
      finish(
        refused(
          zipName,
          `Not imported: unpacking this .zip took longer than ${seconds} seconds and was stopped. It may be damaged or built to freeze the browser.`,
        ),
      );
    }, timeLimitMs);
    worker.onmessage = (event: MessageEvent<UnpackedZip>) => finish(event.data);
    worker.onerror = () => finish(refused(zipName, 'Not imported: this .zip file could not be unpacked.'));
    const request: UnzipRequest = { zipName, bytes, budget };
    // The zip's bytes are handed over when they are a whole buffer of their own, rather than copied.
    const whole = bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength;
    worker.postMessage(request, whole ? [bytes.buffer] : []);
  });
}
