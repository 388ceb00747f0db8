'use client';
import { useSyncExternalStore } from 'react';
import { getOpenedLessons, getServerOpenedLessons, subscribeOpenedLessons } from '@/lib/lessons/opened-lessons';

/** The lessons opened from a file in this browser; empty on the server render. */
export function useOpenedLessons() {
  return useSyncExternalStore(subscribeOpenedLessons, getOpenedLessons, getServerOpenedLessons);
}
