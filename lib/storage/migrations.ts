/**
 * Saved answers are migrated on load, one named step per version, oldest first. Each step takes
 * the previous version's validated data and returns the next version's; the result is validated
 * again. Add a step (and a test) whenever SAVED_ANSWERS_VERSION goes up.
 */
import type { Answer } from '@/lib/schemas/answer';
import {
  SAVED_ANSWERS_VERSION,
  SavedAnswersSchema,
  SavedAnswersV1Schema,
  SavedAnswersV2Schema,
  type SavedAnswers,
  type SavedAnswersV1,
  type SavedAnswersV2,
} from '@/lib/schemas/saved-answers';

/** `newStudentId` is for tests; the app uses crypto.randomUUID. */
type MigrationContext = { lessonVersion: number; newStudentId?: () => string };

/** v1 -> v2: answers gain a kind and a timestamp; the record gains a revision, a name and feedback. */
export function addAnswerKindsAndRevision(v1: SavedAnswersV1, context: MigrationContext): SavedAnswersV2 {
  const answers: Record<string, Answer> = {};
  for (const [id, text] of Object.entries(v1.answers)) answers[id] = { kind: 'text', text, updatedAt: v1.savedAt };
  return {
    version: 2,
    lessonId: v1.lessonId,
    lessonVersion: context.lessonVersion,
    revision: 1,
    startedAt: v1.savedAt,
    updatedAt: v1.savedAt,
    studentName: '',
    answers,
    feedback: null,
  };
}

/**
 * v2 -> v3: the record gains a random student id (so the review tells apart two students of one
 * name) and the time of the last export, unknown for older data.
 */
export function addStudentId(v2: SavedAnswersV2, context: MigrationContext): SavedAnswers {
  const studentId = (context.newStudentId ?? (() => crypto.randomUUID()))();
  return { ...v2, version: 3, studentId, lastExportedAt: null };
}

export type MigrationResult =
  | { ok: true; data: SavedAnswers; migratedFrom: number | null }
  | { ok: false; problem: 'too-new'; version: number }
  | { ok: false; problem: 'invalid'; detail: string };

function describe(issues: { path: PropertyKey[]; message: string }[]): string {
  const first = issues[0];
  if (!first) return 'unknown problem';
  return `${first.path.map(String).join('.') || 'the whole record'}: ${first.message}`;
}

/** Validates saved data of any known version and brings it up to the current one. */
export function migrateSavedAnswers(raw: unknown, context: MigrationContext): MigrationResult {
  const version = typeof raw === 'object' && raw !== null && 'version' in raw ? raw.version : undefined;
  if (typeof version !== 'number' || !Number.isInteger(version)) {
    return { ok: false, problem: 'invalid', detail: 'the saved data has no version number' };
  }
  if (version > SAVED_ANSWERS_VERSION) return { ok: false, problem: 'too-new', version };

  if (version === 1 || version === 2) {
    let v2: SavedAnswersV2;
    if (version === 1) {
      const v1 = SavedAnswersV1Schema.safeParse(raw);
      if (!v1.success) return { ok: false, problem: 'invalid', detail: describe(v1.error.issues) };
      v2 = addAnswerKindsAndRevision(v1.data, context);
    } else {
      const parsed = SavedAnswersV2Schema.safeParse(raw);
      if (!parsed.success) return { ok: false, problem: 'invalid', detail: describe(parsed.error.issues) };
      v2 = parsed.data;
    }
    const v3 = SavedAnswersSchema.safeParse(addStudentId(v2, context));
    if (!v3.success) return { ok: false, problem: 'invalid', detail: describe(v3.error.issues) };
    return { ok: true, data: v3.data, migratedFrom: version };
  }
  if (version === SAVED_ANSWERS_VERSION) {
    const current = SavedAnswersSchema.safeParse(raw);
    if (!current.success) return { ok: false, problem: 'invalid', detail: describe(current.error.issues) };
    return { ok: true, data: current.data, migratedFrom: null };
  }
  return { ok: false, problem: 'invalid', detail: `unknown version ${version}` };
}
