'use client';
import { useMemo } from 'react';
import { usePathChoice } from '@/components/common/usePathChoice';
import { lessonOnPath } from '@/lib/lessons/teaching-path';
import type { Lesson } from '@/lib/schemas/lesson';
import ReviewApp from './ReviewApp';

/** The review on the teaching path in the address: only that path's questions are listed and scored. */
export default function ReviewOnPath({ lesson }: { lesson: Lesson }) {
  const path = usePathChoice();
  const onPath = useMemo(() => (path ? lessonOnPath(lesson, path) : null), [lesson, path]);
  return onPath ? <ReviewApp lesson={onPath} /> : null;
}
