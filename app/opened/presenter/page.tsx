import type { Metadata } from 'next';
import { Suspense } from 'react';
import OpenedLessonUse from '@/components/opened/OpenedLessonUse';

export const metadata: Metadata = { title: 'Presenter view · Opened lesson' };

/** A lesson opened from a file: static shell, the lesson read from this browser by its `?lesson=` id. */
export default function OpenedPresenterPage() {
  return (
    <Suspense>
      <OpenedLessonUse use="presenter" />
    </Suspense>
  );
}
