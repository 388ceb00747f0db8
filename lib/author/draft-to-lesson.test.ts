import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import lessonJson from '@/lessons/pakistan-online-sex-work-report/lesson.json';
import { LessonSchema } from '@/lib/schemas/lesson';
import { LessonDraftSchema } from '@/lib/schemas/lesson-draft';
import { draftPathOf, draftToLesson } from './draft-to-lesson';
import { lessonToDraft } from './lesson-to-draft';

const shipped = LessonSchema.parse(lessonJson);
const report = readFileSync(new URL('./testing/first-report.txt', import.meta.url), 'utf8');

describe('the first lesson round-trips through a draft', () => {
  const draft = lessonToDraft(shipped);

  it('rebuilds the report exactly as published, every sentence a range into it', () => {
    expect(draft.text).toBe(report);
    expect(LessonDraftSchema.parse(draft)).toEqual(draft);
  });

  it('converts back to the shipped lesson', () => {
    const back = draftToLesson(draft);
    expect(back).toEqual({ ok: true, lesson: shipped });
  });

  it('survives JSON, as a saved draft does', () => {
    const saved = LessonDraftSchema.parse(JSON.parse(JSON.stringify(draft)));
    expect(draftToLesson(saved)).toEqual({ ok: true, lesson: shipped });
  });

  it('differs from the shipped file only by defaults filled in (the documented normalisation)', () => {
    const back = draftToLesson(draft);
    if (!back.ok) throw new Error('conversion failed');
    const added: string[] = [];
    const compare = (file: unknown, out: unknown, path: string) => {
      if (file === undefined) return void added.push(path);
      if (typeof out !== 'object' || out === null) return expect(out, path).toEqual(file);
      expect(typeof file, path).toBe('object');
      const fileObject = file as Record<string, unknown>;
      expect(
        Object.keys(fileObject).filter((k) => !(k in out)),
        path,
      ).toEqual([]);
      for (const [key, value] of Object.entries(out)) compare(fileObject[key], value, `${path}.${key}`);
    };
    compare(lessonJson, back.lesson, '$');
    const kinds = new Set(added.map((p) => p.replace(/\.\d+/g, '[]').replace(/^\$\./, '')));
    console.info('fields filled in by defaults:', [...kinds]);
    for (const path of added)
      expect(path).toMatch(
        /(tags|questions|teacherNotes|sentences|maxLength|path|alsoAccepted|keyPoints|language|settings.*)$/,
      );
  });
});

describe('problems point at the draft', () => {
  const draft = lessonToDraft(shipped);

  it('names unchosen voices and kinds, and ranges out of order', () => {
    const broken = structuredClone(draft);
    const sentences = broken.sections[0]!.paragraphs[0]!.sentences;
    sentences[0]!.voice = null;
    sentences[1]!.mode = null;
    sentences[1]!.start = 0;
    const result = draftToLesson(broken);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const at = (...path: (string | number)[]) => result.problems.filter((p) => p.path.join('.') === path.join('.'));
    const s = ['sections', 0, 'paragraphs', 0, 'sentences'];
    expect(at(...s, 0, 'voice').map((p) => p.message)).toEqual(['choose whose voice this is']);
    expect(at(...s, 1, 'mode').map((p) => p.message)).toEqual(['choose the kind of sentence']);
    expect(at(...s, 1, 'start')).toHaveLength(1);
  });

  it('names lesson fields under "lesson", the author under source.authorId, an unknown voice at its sentence', () => {
    const broken = structuredClone(draft);
    broken.lesson.title = '';
    broken.source.authorId = 'nobody';
    broken.sections[1]!.paragraphs[0]!.sentences[0]!.voice = 'ghost';
    const result = draftToLesson(broken);
    if (result.ok) throw new Error('expected problems');
    const paths = result.problems.map((p) => p.path.join('.'));
    expect(paths).toContain('lesson.title');
    expect(paths).toContain('source.authorId');
    expect(paths).toContain('sections.1.paragraphs.0.sentences.0.voice');
    expect(draftPathOf(['sections', 0, 'paragraphs', 0, 'sentences', 3, 'text'])).toEqual([
      'sections',
      0,
      'paragraphs',
      0,
      'sentences',
      3,
      'start',
    ]);
  });
});
