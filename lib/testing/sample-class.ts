/**
 * Generated answer files for any lesson, for unit tests, e2e fixtures and `npm run bench`. The
 * files are built with the study page's own export (`buildResponseFile`), so they are exactly
 * what students hand in. A seeded generator makes every run produce the same class.
 */
import { buildResponseFile } from '@/lib/exchange/response-file';
import { markSentences } from '@/lib/lessons/analysis';
import type { Answer } from '@/lib/schemas/answer';
import type { ResponseFile } from '@/lib/schemas/exchange';
import type { Lesson } from '@/lib/schemas/lesson';
import { emptySavedAnswers } from '@/lib/schemas/saved-answers';
import { indexLesson } from '@/lib/review/lesson-index';
import { normaliseStudentName } from '@/lib/exchange/student-name';

const FIRST_NAMES = [
  'Amira',
  'Bilal',
  'Chen',
  'Dana',
  'Emeka',
  'Farah',
  'Gabriel',
  'Hana',
  'Ibrahim',
  'Jonas',
  'Keira',
  'Luca',
  'Maya',
  'Noor',
  'Oskar',
  'Priya',
  'Quinn',
  'Rafael',
  'Sara',
  'Tomasz',
  'Uma',
  'Victor',
  'Wen',
  'Ximena',
  'Yusuf',
  'Zoë',
  'Aisha',
  'Ben',
  'Carmen',
  'Dmitri',
  'Elif',
  'Finn',
  'Grace',
  'Hamza',
  'Ines',
  'Jamal',
  'Kofi',
  'Lena',
  'Mateo',
  'Nadia',
];

const TEXT_ANSWERS = [
  'The report quotes one official directly and paraphrases the others.',
  'Most of the people are not named, so we cannot check what they say.',
  'I would look for the original report and see who else was asked.',
  'It says this is the law but does not say which law or who says so.',
  'The words chosen make it sound worse than the facts show.',
  'Some claims have no source at all.',
  'I am not sure.',
  'They speak through the author, not in their own words.',
];

/** A small deterministic random number generator (mulberry32). */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Unique names such as "Amira K."; past 40 x 26 students a number is added. */
export function sampleStudentName(i: number): string {
  const first = FIRST_NAMES[i % FIRST_NAMES.length];
  const initial = String.fromCharCode(65 + (Math.floor(i / FIRST_NAMES.length) % 26));
  const round = Math.floor(i / (FIRST_NAMES.length * 26));
  return round ? `${first} ${initial}. ${round + 1}` : `${first} ${initial}.`;
}

/**
 * A version 4 UUID made from a student's normalised name, so the same name always makes the same
 * id, as one student exporting twice would; pass `studentId` for namesakes who are two students.
 */
export function sampleStudentId(name: string): string {
  let hash = 0x811c9dc5;
  for (const char of normaliseStudentName(name)) hash = Math.imul(hash ^ char.codePointAt(0)!, 0x01000193) >>> 0;
  const random = seededRandom(hash);
  const hex = Array.from({ length: 32 }, () => Math.floor(random() * 16).toString(16));
  hex[12] = '4';
  hex[16] = '89ab'[Math.floor(random() * 4)]!;
  const h = hex.join('');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

function pick<T>(random: () => number, items: readonly T[]): T {
  const item = items[Math.floor(random() * items.length)];
  if (item === undefined) throw new Error('pick() needs at least one item');
  return item;
}

export type SampleOptions = { seed?: number; exportedAt?: Date; completion?: number; studentId?: string };

export function sampleResponseFile(lesson: Lesson, name: string, options: SampleOptions = {}): ResponseFile {
  const random = seededRandom(options.seed ?? 1);
  const exportedAt = options.exportedAt ?? new Date('2025-03-10T10:00:00Z');
  const completion = options.completion ?? 0.85;
  const updatedAt = new Date(exportedAt.getTime() - 60_000).toISOString();
  const startedAt = new Date(exportedAt.getTime() - 3_600_000).toISOString();
  const saved = emptySavedAnswers(lesson.id, lesson.version, startedAt, options.studentId ?? sampleStudentId(name));
  const index = indexLesson(lesson);

  for (const { question, sectionId } of index.questions) {
    if (random() > completion) continue;
    let answer: Answer;
    if (question.kind === 'text') answer = { kind: 'text', text: pick(random, TEXT_ANSWERS), updatedAt };
    else if (question.kind === 'mark') {
      const key = new Set(index.markKeys.get(question.id) ?? []);
      // Most students find most of the key and mark a few sentences that are not in it.
      const sentenceIds = markSentences(lesson, question, sectionId)
        .filter((s) => (key.has(s.id) ? random() < 0.75 : random() < 0.15))
        .map((s) => s.id);
      answer = { kind: 'mark', sentenceIds, checked: random() < 0.5, updatedAt };
    } else {
      const correct = question.options.filter((o) => o.correct).map((o) => o.id);
      const chosen =
        question.kind === 'single'
          ? [random() < 0.65 ? (correct[0] ?? pick(random, question.options).id) : pick(random, question.options).id]
          : question.options.filter((o) => (o.correct ? random() < 0.7 : random() < 0.25)).map((o) => o.id);
      answer = { kind: 'choice', optionIds: chosen, checked: random() < 0.5, updatedAt };
    }
    saved.answers[question.id] = answer;
  }
  return buildResponseFile(lesson, saved, name, exportedAt);
}

/** A class of `count` students, each with their own answers. */
export function sampleClass(lesson: Lesson, count: number, options: SampleOptions = {}): ResponseFile[] {
  const seed = options.seed ?? 1;
  return Array.from({ length: count }, (_, i) =>
    sampleResponseFile(lesson, sampleStudentName(i), { ...options, seed: seed * 10_007 + i }),
  );
}
