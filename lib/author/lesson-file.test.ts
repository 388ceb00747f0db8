import { describe, expect, it } from 'vitest';
import lessonJson from '@/lessons/pakistan-online-sex-work-report/lesson.json';
import { RESPONSE_FILE_TYPE } from '@/lib/schemas/exchange';
import { type Lesson, LessonSchema } from '@/lib/schemas/lesson';
import { LESSON_FILE_TYPE, MAX_LESSON_FILE_BYTES } from '@/lib/schemas/lesson-file';
import { lessonFileName, parseLessonFile, readLessonFile, writeLessonFile } from './lesson-file';

const shipped = LessonSchema.parse(lessonJson);
const SHIPPED_IDS = [shipped.id];
const ownLesson: Lesson = { ...structuredClone(shipped), id: 'my-own-lesson' };
const fileOf = (lesson: unknown, extra: Record<string, unknown> = {}) =>
  JSON.stringify({ type: LESSON_FILE_TYPE, version: 1, lesson, ...extra });
const problemOf = (text: string) => {
  const result = parseLessonFile(text, SHIPPED_IDS);
  if (result.ok) throw new Error('expected a problem');
  return result;
};

describe('writing and reading a lesson file', () => {
  it('names the file after the lesson and reads back the same lesson', () => {
    expect(lessonFileName(ownLesson)).toBe('my-own-lesson.lesson.json');
    const text = writeLessonFile(ownLesson);
    expect(JSON.parse(text)).toMatchObject({ type: LESSON_FILE_TYPE, version: 1 });
    expect(parseLessonFile(text, SHIPPED_IDS)).toEqual({ ok: true, lesson: ownLesson });
  });

  it('checks the size before reading a byte', async () => {
    let read = false;
    const big = { name: 'big.lesson.json', size: MAX_LESSON_FILE_BYTES + 1, text: async () => ((read = true), '') };
    const result = await readLessonFile(big, SHIPPED_IDS);
    expect(result).toEqual({ ok: false, problem: 'too-large', message: expect.stringContaining('at most 5.0 MB') });
    expect(read).toBe(false);
    const small = { name: 'ok.lesson.json', size: 10, text: async () => writeLessonFile(ownLesson) };
    expect((await readLessonFile(small, SHIPPED_IDS)).ok).toBe(true);
  });
});

describe('one clear message for each bad file', () => {
  it('not JSON', () => {
    expect(problemOf('{"type": "media-literacy-lesson/lesson",')).toMatchObject({
      problem: 'not-json',
      message: 'This is not a lesson file: it is not JSON text.',
    });
  });

  it('not a lesson file, or an answer file opened in the wrong place', () => {
    expect(problemOf('[1, 2]').problem).toBe('not-a-lesson-file');
    expect(problemOf(JSON.stringify({ lesson: ownLesson })).message).toMatch(/no lesson file marker/);
    expect(problemOf(JSON.stringify({ type: RESPONSE_FILE_TYPE, version: 1 })).message).toMatch(/answer file.*Review/);
  });

  it('a newer or an unknown format version', () => {
    const newer = problemOf(fileOf(ownLesson, { version: 2 }));
    expect(newer).toMatchObject({
      problem: 'unsupported-version',
      message: expect.stringMatching(/newer version.*format 2/),
    });
    expect(problemOf(fileOf(ownLesson, { version: '1' })).message).toMatch(/unknown format version/);
  });

  it('the id of a shipped lesson', () => {
    expect(problemOf(writeLessonFile(shipped))).toMatchObject({
      problem: 'shipped-id',
      message: expect.stringContaining(`“${shipped.id}” is already part of this site`),
    });
  });

  it.each([
    [
      'a __proto__ key',
      `{"type":"${LESSON_FILE_TYPE}","version":1,"lesson":{"__proto__":{"polluted":true}}}`,
      /key "__proto__" at lesson/,
    ],
    ['a constructor key', fileOf({ ...ownLesson, constructor: { prototype: {} } }), /key "constructor"/],
    [
      'a bidi override in an id',
      fileOf({ ...ownLesson, id: 'my-\u202Eown' }),
      /id at lesson\.id contains hidden text-direction/,
    ],
    [
      'a control character in a text',
      fileOf({ ...ownLesson, title: 'Hello\u0000' }),
      /lesson\.title contains hidden control/,
    ],
    ['an absurdly long text', fileOf({ ...ownLesson, title: 'x'.repeat(60_000) }), /lesson\.title is 60000 characters/],
    [
      'absurd nesting',
      fileOf({ ...ownLesson, extra: JSON.parse('['.repeat(40) + ']'.repeat(40)) }),
      /nested too deeply/,
    ],
  ])('hostile content: %s', (_, text, message) => {
    const result = problemOf(text);
    expect(result.problem).toBe('hostile');
    expect(result.message).toMatch(message);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('allows text direction marks in a lesson’s text, where a right-to-left quote may need them', () => {
    const result = parseLessonFile(fileOf({ ...ownLesson, subtitle: 'A quote: \u2067نعم\u2069' }), SHIPPED_IDS);
    expect(result.ok).toBe(true);
  });

  it('failing validation names the path of the first problem', () => {
    const broken = structuredClone(ownLesson);
    broken.sections[1]!.paragraphs[0]!.sentences[0]!.voice = 'ghost';
    expect(problemOf(fileOf(broken))).toEqual({
      ok: false,
      problem: 'invalid',
      message: 'This lesson is not valid: at lesson.sections.1.paragraphs.0.sentences.0.voice: unknown person "ghost".',
    });
    expect(problemOf(fileOf({ ...ownLesson, title: undefined })).message).toMatch(
      /^This lesson is not valid: at lesson\.title: /,
    );
  });
});
