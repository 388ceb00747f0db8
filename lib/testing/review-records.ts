/** Helpers for storage unit tests: valid review records built from the schemas alone. */
import { RESPONSE_FILE_TYPE, RESPONSE_FILE_VERSION } from '@/lib/schemas/exchange';
import { StudentRecordSchema, type StudentRecord } from '@/lib/schemas/review';
import { sampleStudentId } from './sample-class';

/** A student who answered one question, keyed by their (made-up) id, as the review keys students. */
export function studentRecord(name: string, lessonId = 'sample-lesson'): StudentRecord {
  const at = '2025-03-11T08:00:00.000Z';
  const id = sampleStudentId(name);
  return StudentRecordSchema.parse({
    key: `id:${id}`,
    file: {
      type: RESPONSE_FILE_TYPE,
      version: RESPONSE_FILE_VERSION,
      lesson: { id: lessonId, version: 1, title: 'A sample lesson' },
      student: { id, name },
      startedAt: at,
      exportedAt: at,
      answers: [{ questionId: 'q-who-speaks', answer: { kind: 'text', text: `${name} wrote this.`, updatedAt: at } }],
    },
    sourceName: `${name}.json`,
    importedAt: at,
  });
}
