/**
 * Whether a file is taken for a .zip by its name. Apart from unpack-zip.ts so that the page can
 * decide without loading the inflater, which only the unzip worker needs.
 */
export function looksLikeZipName(name: string): boolean {
  return /\.zip$/i.test(name);
}
