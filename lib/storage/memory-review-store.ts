/** The review store in memory: used when IndexedDB is unavailable, and by unit tests. */
import type { StoredFeedback, StoredOverall, StoredStudent } from '@/lib/schemas/review-records';
import { toSavedReview } from './review-records';
import type { ReviewStore } from './review-store';

function deleteLesson<T extends { lessonId: string }>(map: Map<string, T>, lessonId: string): void {
  for (const [key, record] of map) if (record.lessonId === lessonId) map.delete(key);
}

export function memoryReviewStore(now: () => Date = () => new Date()): ReviewStore {
  const students = new Map<string, StoredStudent>();
  const feedback = new Map<string, StoredFeedback>();
  const overall = new Map<string, StoredOverall>();
  const id = (...parts: string[]) => JSON.stringify(parts);
  const ofLesson = <T extends { lessonId: string }>(map: Map<string, T>, lessonId: string) =>
    [...map.values()].filter((r) => r.lessonId === lessonId);
  const stamp = () => now().toISOString();
  return {
    persistent: false,
    async load(lessonId) {
      return toSavedReview(ofLesson(students, lessonId), ofLesson(feedback, lessonId), ofLesson(overall, lessonId));
    },
    async saveStudents(lessonId, records) {
      for (const r of records) students.set(id(lessonId, r.key), { lessonId, ...r });
    },
    async saveFeedback(lessonId, studentKey, questionId, value) {
      const record = { lessonId, studentKey, questionId, value, updatedAt: stamp() };
      feedback.set(id(lessonId, studentKey, questionId), record);
    },
    async saveOverallComment(lessonId, studentKey, comment) {
      overall.set(id(lessonId, studentKey), { lessonId, studentKey, comment, updatedAt: stamp() });
    },
    async clear(lessonId) {
      deleteLesson(students, lessonId);
      deleteLesson(feedback, lessonId);
      deleteLesson(overall, lessonId);
    },
  };
}
