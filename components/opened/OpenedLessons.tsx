'use client';
import dynamic from 'next/dynamic';

/**
 * The lessons opened from a file, loaded after the page: they live in this browser's storage (the
 * server render has none), and reading them needs zod and the lesson schema, which the shipped
 * lessons above them do not.
 */
const OpenedLessons = dynamic(() => import('./OpenedLessonList'), { ssr: false });
export default OpenedLessons;
