/**
 * Turns the schema's complaints about a file into plain words for a teacher: which part of the
 * file is wrong, never JSON paths or validator jargon.
 */
import { plural, pluralWord } from '@/lib/text/plural';
import type { z } from 'zod';

type Path = readonly PropertyKey[];

const FIELD_NAMES: Record<string, string> = {
  type: 'the file type',
  version: 'the file format version',
  lesson: 'the lesson details',
  'lesson.id': 'the lesson id',
  'lesson.version': 'the lesson version',
  'lesson.title': 'the lesson title',
  student: 'the student details',
  'student.name': "the student's name",
  startedAt: 'the start date',
  exportedAt: 'the export date',
  answers: 'the list of answers',
};

const ANSWER_FIELD_NAMES: Record<string, string> = {
  questionId: 'question id',
  answer: 'content',
  'answer.kind': 'kind',
  'answer.text': 'text',
  'answer.optionIds': 'chosen options',
  'answer.sentenceIds': 'marked sentences',
  'answer.checked': '"checked" flag',
  'answer.updatedAt': 'date',
};

/** "the student's name", "the text of answer 3", or "the file" for the top level. */
export function describeField(path: Path): string {
  if (path.length === 0) return 'the file';
  const [first, index, ...rest] = path;
  if (first === 'answers' && typeof index === 'number') {
    const answer = `answer ${index + 1}`;
    if (rest.length === 0) return answer;
    const inner = ANSWER_FIELD_NAMES[rest.map(String).join('.')] ?? rest.map(String).join(' ');
    return `the ${inner} of ${answer}`;
  }
  return FIELD_NAMES[path.map(String).join('.')] ?? `the field "${path.map(String).join('.')}"`;
}

export function describeIssue(issue: z.core.$ZodIssue): string {
  const field = describeField(issue.path);
  // Issues carry their input when parsed with `reportInput`; an absent input means an absent field.
  const absent = 'input' in issue && issue.input === undefined;
  switch (issue.code) {
    case 'invalid_type':
    case 'invalid_value':
    case 'invalid_union':
      if (absent) return `${field} is missing`;
      return issue.code === 'invalid_type' ? `${field} has the wrong kind of value` : `${field} is not valid`;
    case 'too_big':
      return `${field} is too long`;
    case 'too_small':
      return `${field} is empty`;
    case 'unrecognized_keys':
      return `${field} has ${pluralWord(issue.keys.length, 'an unexpected field', 'unexpected fields')} (${issue.keys.map((k) => `"${k}"`).join(', ')})`;
    case 'invalid_format':
      return `${field} is not in the expected format`;
    default:
      return `${field} is not valid`;
  }
}

/** One sentence naming the first two problems and how many more there are. */
export function describeIssues(issues: readonly z.core.$ZodIssue[]): string {
  const described = [...new Set(issues.map(describeIssue))];
  const shown = described.slice(0, 2).join('; ');
  const more = described.length - 2;
  return more > 0 ? `${shown}; and ${plural(more, 'more problem', 'more problems')}` : shown;
}
