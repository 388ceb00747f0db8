import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import type { ResponseFile } from '@/lib/schemas/exchange';
import { withAnswerFeedback, withOverallComment } from '@/lib/review/feedback';
import type { ClassFeedback } from '@/lib/schemas/review';
import { buildGradebookCsv, gradebookColumns, neutraliseCell } from './gradebook-csv';
import { indexLesson } from '@/lib/review/lesson-index';
import { sheetsOf } from '@/lib/testing/student-sheets';
import { sampleResponseFile } from '@/lib/testing/sample-class';
import { sampleLesson } from '@/lib/testing/sample-lesson';

const index = indexLesson(sampleLesson);
const updatedAt = '2025-03-10T09:59:00.000Z';

function studentFile(name: string, answers: ResponseFile['answers']): ResponseFile {
  return { ...sampleResponseFile(sampleLesson, name), answers };
}

function parseCsv(csv: string): Record<string, string>[] {
  expect(csv.startsWith('\uFEFF')).toBe(true);
  const parsed = Papa.parse<Record<string, string>>(csv.slice(1), { header: true, skipEmptyLines: true });
  expect(parsed.errors).toEqual([]);
  return parsed.data;
}

describe('neutraliseCell', () => {
  it.each(['=1+1', '+1', '-1', '@SUM(A1)', '\tx', '\rx', '=HYPERLINK("http://example.com","click")'])(
    'prefixes %j with an apostrophe',
    (value) => {
      expect(neutraliseCell(value)).toBe(`'${value}`);
    },
  );
  it.each(['Amira', '1+1', ' =not at the start', 'a=b', ''])('leaves %j alone', (value) => {
    expect(neutraliseCell(value)).toBe(value);
  });
});

describe('buildGradebookCsv', () => {
  const files = [
    studentFile('Amira K.', [
      {
        questionId: 'q-who-speaks',
        answer: { kind: 'text', text: 'The mayor, in quotes, and "a resident".\nThen the author.', updatedAt },
      },
      { questionId: 'q-main-source', answer: { kind: 'choice', optionIds: ['o-mayor'], checked: true, updatedAt } },
      {
        questionId: 'q-mark-quotes',
        answer: { kind: 'mark', sentenceIds: ['s-bridge-2', 's-bridge-1'], checked: true, updatedAt },
      },
    ]),
    studentFile("=cmd|' /C calc'!A0", [
      {
        questionId: 'q-reflection',
        answer: { kind: 'text', text: '=HYPERLINK("http://evil.example","Click")', updatedAt },
      },
    ]),
  ];
  const sheets = sheetsOf(index, files);
  let feedback: ClassFeedback = new Map();
  feedback = withAnswerFeedback(feedback, sheets[0]!.key, 'q-who-speaks', {
    levelId: 'met',
    origin: 'teacher',
    comment: 'Good, and you saw the framing.',
  });
  feedback = withAnswerFeedback(feedback, sheets[0]!.key, 'q-main-source', {
    levelId: 'partly',
    origin: 'suggested-accepted',
    comment: '',
  });
  feedback = withAnswerFeedback(feedback, sheets[0]!.key, 'q-reflection', {
    levelId: null,
    origin: null,
    comment: '-see me',
  });
  feedback = withOverallComment(feedback, sheets[0]!.key, 'Well done overall.');

  const rows = parseCsv(buildGradebookCsv(index, sheets, feedback));

  it('has one row per student and answer, score and comment columns per question', () => {
    expect(rows).toHaveLength(2);
    expect(Object.keys(rows[0] ?? {})).toEqual(gradebookColumns(index));
    expect(gradebookColumns(index)).toContain('Q9 comment');
  });

  it('writes each answer as text, the score as the level points and the comment', () => {
    const amira = rows[0] ?? {};
    expect(amira.Student).toBe('Amira K.');
    expect(amira['Q1 answer']).toBe('The mayor, in quotes, and "a resident".\nThen the author.');
    expect(amira['Q1 score']).toBe('2');
    expect(amira['Q1 comment']).toBe('Good, and you saw the framing.');
    expect(amira['Q2 answer']).toBe('The mayor');
    expect(amira['Q2 score']).toBe('1');
    expect(amira['Q3 answer']).toBe('Marked 2 sentences: 1 of 2 in the key, 1 not in the key');
    expect(amira['Q3 score']).toBe('');
    expect(amira['Q9 comment']).toBe("'-see me");
    expect(amira['Total score']).toBe('3');
    expect(amira['Overall comment']).toBe('Well done overall.');
  });

  it("says after each score whether the teacher gave it or accepted the key's suggestion", () => {
    const amira = rows[0] ?? {};
    expect(gradebookColumns(index).slice(0, 6)).toEqual([
      'Student',
      'Exported at',
      'Q1 answer',
      'Q1 score',
      'Q1 score origin',
      'Q1 comment',
    ]);
    expect(amira['Q1 score origin']).toBe('Teacher');
    expect(amira['Q2 score origin']).toBe('Suggested, accepted');
    expect(amira['Q3 score origin']).toBe('');
    expect(amira['Q9 score origin']).toBe('');
  });

  it('neutralises formulas in names and answers', () => {
    const attacker = rows[1] ?? {};
    expect(attacker.Student).toBe("'=cmd|' /C calc'!A0");
    expect(attacker['Q9 answer']).toBe('\'=HYPERLINK("http://evil.example","Click")');
    expect(attacker['Total score']).toBe('');
    for (const row of rows) for (const cell of Object.values(row)) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
  });

  it('quotes every field, so no separator inside a cell can split it', () => {
    const csv = buildGradebookCsv(index, sheets, feedback).slice(1);
    const fields = Papa.parse<string[]>(csv, { delimiter: ',' }).data.flat();
    expect(csv.match(/"(?:[^"]|"")*"/g)).toHaveLength(fields.length);
  });
});

describe('buildGradebookCsv read with either separator', () => {
  const sheets = sheetsOf(index, [
    studentFile('x;=1+1', [
      { questionId: 'q-reflection', answer: { kind: 'text', text: 'a;@SUM(A1);b,-2\n;=3', updatedAt } },
    ]),
  ]);
  const csv = buildGradebookCsv(index, sheets, new Map()).slice(1);
  const answerColumn = `Q${index.questions.findIndex((q) => q.question.id === 'q-reflection') + 1} answer`;
  const formula = /^[=+\-@\t\r]/;

  it('keeps "x;=1+1" in one cell, as text, when read with ","', () => {
    const parsed = Papa.parse<Record<string, string>>(csv, { header: true, delimiter: ',' });
    expect(parsed.errors).toEqual([]);
    expect(parsed.data[0]?.Student).toBe('x;=1+1');
    expect(parsed.data[0]?.[answerColumn]).toBe('a;@SUM(A1);b,-2\n;=3');
    for (const cell of parsed.data.flatMap((row) => Object.values(row))) expect(cell).not.toMatch(formula);
  });

  it('never starts a cell with a formula character when read with ";"', () => {
    // Read with the wrong separator, each line stays one (odd-looking) cell: every ";" is inside quotes.
    const rows = Papa.parse<string[]>(csv, { delimiter: ';' }).data;
    expect(rows).toHaveLength(2);
    for (const row of rows) {
      expect(row).toHaveLength(1);
      for (const cell of row) expect(cell).not.toMatch(formula);
    }
    expect(rows.flat().join('')).toContain('x;=1+1');
  });
});
