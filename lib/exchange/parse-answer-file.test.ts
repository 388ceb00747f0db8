import { describe, expect, it } from 'vitest';
import { FEEDBACK_FILE_TYPE, RESPONSE_FILE_TYPE } from '@/lib/schemas/exchange';
import { parseAnswerFile } from './parse-answer-file';
import { sampleResponseFile } from '@/lib/testing/sample-class';
import { sampleLesson } from '@/lib/testing/sample-lesson';

const encode = (text: string) => new TextEncoder().encode(text);
const parse = (text: string) => parseAnswerFile({ fileName: 'x.json', bytes: encode(text) }, sampleLesson);
const good = () => sampleResponseFile(sampleLesson, 'Amira K.', { completion: 1 });

describe('parseAnswerFile', () => {
  it('accepts a file exported by the study page', () => {
    const result = parse(JSON.stringify(good()));
    expect(result).toMatchObject({ fileName: 'x.json', file: { student: { name: 'Amira K.' } } });
  });

  it('accepts a file that starts with a byte-order mark', () => {
    expect(parse(`\uFEFF${JSON.stringify(good())}`)).toHaveProperty('file');
  });

  it.each([
    ['', 'empty'],
    ['   \n', 'empty'],
    ['{"type": ', 'not-json'],
    ['Dear teacher, here are my answers', 'not-json'],
    ['[1, 2, 3]', 'not-answer-file'],
    ['"just a string"', 'not-answer-file'],
    ['{"hello": "world"}', 'not-answer-file'],
  ])('rejects %j as %s', (text, kind) => {
    expect(parse(text)).toMatchObject({ kind });
  });

  it('tells a file cut short from a file that is not JSON at all', () => {
    const whole = JSON.stringify(good());
    expect(parse(whole.slice(0, whole.length / 2))).toMatchObject({
      kind: 'not-json',
      message: expect.stringContaining('damaged or incomplete'),
    });
    expect(parse('Dear teacher')).toMatchObject({
      kind: 'not-json',
      message: expect.stringContaining('not an answer file'),
    });
  });

  it('says when a file is a teacher feedback file', () => {
    const result = parse(JSON.stringify({ type: FEEDBACK_FILE_TYPE, version: 1 }));
    expect(result).toMatchObject({
      kind: 'not-answer-file',
      message: expect.stringContaining('teacher feedback file'),
    });
  });

  it('rejects a newer file format and says so in words', () => {
    const result = parse(JSON.stringify({ ...good(), version: 3 }));
    expect(result).toMatchObject({
      kind: 'unsupported-version',
      message: expect.stringContaining('newer version of this app'),
    });
  });

  it('names a missing format version as a damaged field', () => {
    const file: Record<string, unknown> = { ...good() };
    delete file.version;
    expect(parse(JSON.stringify(file))).toMatchObject({
      kind: 'invalid',
      message: expect.stringContaining('the file format version is missing'),
    });
  });

  it('names the other lesson when the file belongs to one', () => {
    const file = { ...good(), lesson: { id: 'another-lesson', version: 1, title: 'Reading adverts' } };
    expect(parse(JSON.stringify(file))).toMatchObject({
      kind: 'other-lesson',
      message: expect.stringContaining('"Reading adverts"'),
    });
  });

  it('summarises which field is wrong in plain words', () => {
    const file = { ...good(), student: { name: '   ' } };
    const result = parse(JSON.stringify(file));
    expect(result).toMatchObject({ kind: 'invalid', message: expect.stringContaining("the student's name is empty") });
    expect(result).not.toHaveProperty('message', expect.stringContaining('student.name'));
  });

  it('names a missing field and an answer by its number', () => {
    const file: Record<string, unknown> = { ...good() };
    delete file.exportedAt;
    expect(parse(JSON.stringify(file))).toMatchObject({
      kind: 'invalid',
      message: expect.stringContaining('the export date is missing'),
    });
    const long = good();
    const broken = {
      ...long,
      answers: long.answers.map((a, i) =>
        i === 1 ? { ...a, answer: { kind: 'text', text: 'x'.repeat(20_001), updatedAt: a.answer.updatedAt } } : a,
      ),
    };
    expect(parse(JSON.stringify(broken))).toMatchObject({
      kind: 'invalid',
      message: expect.stringContaining('the text of answer 2 is too long'),
    });
  });

  it('rejects extra fields, so a file cannot smuggle data in', () => {
    const result = parse(JSON.stringify({ ...good(), grade: 'A' }));
    expect(result).toMatchObject({ kind: 'invalid', message: expect.stringContaining('unexpected field ("grade")') });
  });

  it('rejects a "__proto__" key and leaves Object.prototype untouched', () => {
    const text = JSON.stringify(good()).replace(/^\{/, '{"__proto__": {"polluted": "yes"}, ');
    const result = parse(text);
    expect(result).toMatchObject({ kind: 'invalid', message: expect.stringContaining('"__proto__"') });
    const nested = JSON.stringify(good()).replace('"student":{', '"student":{"__proto__":{"isAdmin":true},');
    expect(parse(nested)).toMatchObject({ kind: 'invalid' });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(({} as Record<string, unknown>).isAdmin).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
  });

  it('rejects a question id of "__proto__"', () => {
    const file = good();
    const text = JSON.stringify({ ...file, answers: [{ questionId: '__proto__', answer: file.answers[0]?.answer }] });
    expect(parse(text)).toMatchObject({ kind: 'invalid', message: expect.stringContaining('question id of answer 1') });
  });

  it('checks the type marker before anything else', () => {
    expect(parse(JSON.stringify({ ...good(), type: 'something-else' }))).toMatchObject({ kind: 'not-answer-file' });
    expect(parse(JSON.stringify({ ...good(), type: RESPONSE_FILE_TYPE, lesson: 'oops' }))).toMatchObject({
      kind: 'invalid',
      message: expect.stringContaining('the lesson details'),
    });
  });
});
