/** The review store in memory: used when IndexedDB is unavailable, and by unit tests. */
import type { StoredFeedback, StoredOverall, StoredStudent } from '@/lib/schemas/review-records';
import { applyAnswerEdit, applyOverallEdit, newerExport, toSavedReview } from './review-records';
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
      for (const r of records) {
        const key = id(lessonId, r.key);
        students.set(key, newerExport(students.get(key), { lessonId, ...r }));
      }
    },
    async saveFeedback(lessonId, studentKey, questionId, edit, at = stamp()) {
      const key = id(lessonId, studentKey, questionId);
      feedback.set(key, applyAnswerEdit(feedback.get(key), lessonId, { studentKey, questionId, ...edit, at }));
    },
    async saveOverallComment(lessonId, studentKey, comment, at = stamp()) {
      const key = id(lessonId, studentKey);
      overall.set(key, applyOverallEdit(overall.get(key), { lessonId, studentKey, comment, updatedAt: at }));
    },
    async clear(lessonId) {
      deleteLesson(students, lessonId);
      deleteLesson(feedback, lessonId);
      deleteLesson(overall, lessonId);
    },
  };
}
