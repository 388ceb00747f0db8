'use client';
import { useSyncExternalStore } from 'react';
import { pathFromSearch } from '@/lib/lessons/path-param';
import type { PathChoice } from '@/lib/lessons/teaching-path';

const subscribe = (onChange: () => void) => {
  window.addEventListener('popstate', onChange);
  return () => window.removeEventListener('popstate', onChange);
};

/**
 * The teaching path named in the address (see lib/lessons/path-param.ts); null while the static
 * page hydrates, before the address can be read, so no view is first built on the wrong path.
 */
export function usePathChoice(): PathChoice | null {
  return useSyncExternalStore(
    subscribe,
    () => pathFromSearch(window.location.search),
    () => null,
  );
}
