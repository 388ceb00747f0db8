/** Helpers for unit tests: answer files as import sources. */
import { memorySource } from '@/lib/review/import-files';
import type { ImportSource } from '@/lib/exchange/import-types';

export function jsonSource(name: string, data: unknown): ImportSource {
  return memorySource(name, JSON.stringify(data));
}
