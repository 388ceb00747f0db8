/**
 * The marks as a CSV for a gradebook: one row per student; per question the answer, the score
 * (the rubric level's points), where the score came from (the teacher, or the key's suggestion
 * accepted) and the comment; then the total and the overall comment.
 *
 * Policy: every text cell that a spreadsheet could read as a formula (starting with =, +, -, @,
 * a tab or a carriage return) is prefixed with an apostrophe, so opening the file can never run
 * what a student typed (OWASP "CSV injection"). Every field is quoted as well: a spreadsheet set
 * to split on ";" (usual where the decimal mark is a comma) would otherwise cut `x;=1+1` into a
 * second cell that starts with "=". Escaping is left to papaparse.
 * The file starts with a byte-order mark so that Excel reads names with accents as UTF-8.
 */
import Papa from 'papaparse';
import { answerAsText } from '@/lib/review/answer-text';
import { feedbackFor, studentFeedback } from '@/lib/review/feedback';
import { scoreOriginCell, scoreOriginColumn } from '@/lib/review/score-origin';
import type { ClassFeedback } from '@/lib/schemas/review';
import type { LessonIndex } from '@/lib/review/lesson-index';
import type { StudentSheet } from '@/lib/review/student-sheet';

const FORMULA_START = /^[=+\-@\t\r]/;
const BYTE_ORDER_MARK = '\uFEFF';

export function neutraliseCell(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

type Cell = string | number;

export function gradebookColumns(index: LessonIndex): string[] {
  return [
    'Student',
    'Exported at',
    ...index.questions.flatMap(({ number }) => [
      `Q${number} answer`,
      `Q${number} score`,
      scoreOriginColumn(number),
      `Q${number} comment`,
    ]),
    'Total score',
    'Overall comment',
  ];
}

function studentRow(index: LessonIndex, sheet: StudentSheet, feedback: ClassFeedback): Cell[] {
  let total = 0;
  let anyScored = false;
  const questionCells = index.questions.flatMap((located): Cell[] => {
    const answer = sheet.answers.get(located.question.id);
    const value = feedbackFor(feedback, sheet.key, located.question.id);
    const { levelId, comment } = value;
    const level = levelId ? index.rubricById.get(levelId) : undefined;
    if (level) {
      total += level.points;
      anyScored = true;
    }
    const origin = level ? scoreOriginCell(value) : '';
    return [answer ? answerAsText(index, located, answer) : '', level ? level.points : '', origin, comment];
  });
  return [
    sheet.label,
    sheet.exportedAt,
    ...questionCells,
    anyScored ? total : '',
    studentFeedback(feedback, sheet.key).overallComment,
  ];
}

export function buildGradebookCsv(
  index: LessonIndex,
  sheets: readonly StudentSheet[],
  feedback: ClassFeedback,
): string {
  const rows = sheets.map((sheet) =>
    studentRow(index, sheet, feedback).map((cell) => (typeof cell === 'string' ? neutraliseCell(cell) : cell)),
  );
  const csv = Papa.unparse(
    { fields: gradebookColumns(index).map(neutraliseCell), data: rows },
    { newline: '\r\n', quotes: true },
  );
  return `${BYTE_ORDER_MARK}${csv}`;
}
