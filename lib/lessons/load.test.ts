import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { LessonSchema } from '@/lib/schemas/lesson';
import { readRealLessonJson } from '@/lib/testing/real-lesson';
import { parseLessonFile, readLessons } from './load';

/** Validates a modified copy of the real lesson and returns "path: message" lines. */
function errorsOf(mutate: (lesson: ReturnType<typeof readRealLessonJson>) => void): string[] {
  const lesson = readRealLessonJson();
  mutate(lesson);
  return parseLessonFile('lesson.json', JSON.stringify(lesson)).errors.map((e) => `${e.path}: ${e.message}`);
}

describe('every lesson in lessons/', () => {
  it('is valid', () => {
    const { lessons, errors } = readLessons();
    expect(errors).toEqual([]);
    expect(lessons.length).toBeGreaterThan(0);
  });
});

describe('lesson validation', () => {
  it('accepts the real lesson unchanged', () => {
    expect(LessonSchema.safeParse(readRealLessonJson()).success).toBe(true);
  });

  it('rejects a duplicate id and says where the first one is', () => {
    const errors = errorsOf((l) => {
      l.sections[1].questions[0].id = l.sections[0].questions[0].id;
    });
    expect(errors).toContainEqual(
      expect.stringMatching(
        /^sections\.1\.questions\.0\.id: duplicate id ".+" \(first used at sections\.0\.questions\.0\)$/,
      ),
    );
  });

  it('rejects an empty section', () => {
    const errors = errorsOf((l) => {
      l.sections[2].paragraphs = [];
    });
    expect(errors).toContain('sections.2.paragraphs: a section needs at least one paragraph of the report');
  });

  it('rejects a key point that points at no sentence', () => {
    const errors = errorsOf((l) => {
      l.sections[0].questions[0].keyPoints[0].sentences = ['s-does-not-exist'];
    });
    expect(errors).toContain(
      'sections.0.questions.0.keyPoints.0.sentences.0: key points at no sentence: "s-does-not-exist"',
    );
  });

  it('rejects a mark question whose criterion matches no sentence', () => {
    const errors = errorsOf((l) => {
      const mark = l.sections[2].questions.find((q: { kind: string }) => q.kind === 'mark');
      mark.criterion = { voices: ['dw'], modes: ['direct-quote'] };
    });
    expect(errors.some((e) => /criterion: the key points at no sentence/.test(e))).toBe(true);
  });

  it('rejects an unknown voice, a single choice with two right answers, and an unknown field', () => {
    const errors = errorsOf((l) => {
      l.sections[0].paragraphs[0].sentences[0].voice = 'nobody';
      const single = l.sections[0].questions.find((q: { kind: string }) => q.kind === 'single');
      single.options.forEach((o: { correct: boolean }) => (o.correct = true));
      l.sections[0].colour = 'red';
    });
    expect(errors).toContain('sections.0.paragraphs.0.sentences.0.voice: unknown person "nobody"');
    expect(errors.some((e) => /options: a single-choice question needs exactly one correct option/.test(e))).toBe(true);
    expect(errors.some((e) => /^sections\.0: Unrecognized key/.test(e))).toBe(true);
  });

  it('names the file of a broken lesson and still reads the good ones', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'lessons-'));
    mkdirSync(path.join(dir, 'good-lesson'));
    writeFileSync(
      path.join(dir, 'good-lesson', 'lesson.json'),
      JSON.stringify({ ...readRealLessonJson(), id: 'good-lesson' }),
    );
    mkdirSync(path.join(dir, 'broken-lesson'));
    writeFileSync(path.join(dir, 'broken-lesson', 'lesson.json'), '{ "id": ');
    mkdirSync(path.join(dir, 'misnamed'));
    writeFileSync(path.join(dir, 'misnamed', 'lesson.json'), JSON.stringify(readRealLessonJson()));
    const { lessons, errors } = readLessons(dir);
    expect(lessons.map((l) => l.id)).toEqual(['good-lesson']);
    expect(errors.map((e) => [path.basename(path.dirname(e.file)), e.path])).toEqual([
      ['broken-lesson', '(file)'],
      ['misnamed', 'id'],
    ]);
  });
});
