/**
 * After `next build`: writes out/sw.js, the offline service worker (sw/service-worker.js) with the list
 * of every file of the static export injected by @serwist/build, each with a revision so that a changed
 * file makes a new version.
 */
import path from 'node:path';
import { injectManifest } from '@serwist/build';

const root = path.resolve(__dirname, '..');

async function main() {
  const { count, size, warnings } = await injectManifest({
    swSrc: path.join(root, 'sw', 'service-worker.js'),
    swDest: path.join(root, 'out', 'sw.js'),
    globDirectory: path.join(root, 'out'),
    globPatterns: ['**/*.{html,txt,js,css,json,svg,png,ico,woff2,webmanifest}'],
    globIgnores: ['sw.js', '404/**', '_not-found/**'],
    // Next's hashed files never change under the same name: no revision needed.
    dontCacheBustURLsMatching: /^_next\/static\//,
    maximumFileSizeToCacheInBytes: 4 * 1024 * 1024,
  });
  for (const warning of warnings) console.warn(warning);
  console.log(`Service worker: ${count} files precached (${(size / 1024).toFixed(0)} KB).`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
