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

describe('teaching material validation', () => {
  it('refuses a link among the search terms', () => {
    const errors = errorsOf((l) => {
      l.claims[0].searchTerms.push('https://example.org/report');
    });
    expect(errors).toContain('claims.0.searchTerms.2: search terms are words to type, never links or addresses');
  });

  it('refuses an also-accepted sentence that the key already requires or the question does not offer', () => {
    const errors = errorsOf((l) => {
      const mark = l.sections[6].questions.find((q: { id: string }) => q.id === 'q-link-mark-no-way-to-reach');
      mark.alsoAccepted = [
        { sentenceId: 's-framing-1', reason: 'Required already.' },
        { sentenceId: 's-nowhere', reason: 'Not offered.' },
      ];
    });
    expect(errors).toContain(
      'sections.6.questions.0.alsoAccepted.0.sentenceId: "s-framing-1" is already required by the key',
    );
    expect(errors).toContain(
      'sections.6.questions.0.alsoAccepted.1.sentenceId: "s-nowhere" is not a sentence this question offers',
    );
  });

  it('refuses a claim or glossary entry that points at no sentence, and an exit ticket without three items', () => {
    const errors = errorsOf((l) => {
      l.claims[0].sentences = ['s-nowhere'];
      l.glossary[0].sentences = ['s-nowhere'];
      l.exitTicket.items.pop();
    });
    expect(errors).toContain('claims.0.sentences.0: unknown sentence "s-nowhere"');
    expect(errors).toContain('glossary.0.sentences.0: unknown sentence "s-nowhere"');
    expect(errors).toContain('exitTicket.items: an exit ticket has exactly three items');
  });
});
