/**
 * A small lesson for the presentation's unit tests: one short section, one long enough to need
 * several slides, every kind of question (including a "mark" over several sections) and a prompt
 * whose key points are too long to share its slide.
 */
import { LessonSchema, type Lesson, type LessonInput } from '@/lib/schemas/lesson';

const longSentences = Array.from({ length: 14 }, (_, i) => ({
  id: `s-long-${i + 1}`,
  text: `Sentence ${i + 1} of the long section says something measured and sourced about the topic, in words of ordinary length for a report.`,
  voice: i % 2 ? 'speaker' : 'author',
  mode: i % 2 ? ('direct-quote' as const) : ('paraphrase' as const),
  tags: i === 3 ? ['legal-claim' as const] : i % 2 ? ['anonymised' as const] : [],
  note: `Note on sentence ${i + 1}.`,
}));

const longKeyPoint =
  'A key point that goes on at length, because some discussions need a careful answer that covers several sides of the question at once. ';

export const testLessonInput: LessonInput = {
  id: 'test-lesson',
  version: 1,
  title: 'A test lesson',
  subtitle: 'Who speaks?',
  ageRange: '14-16',
  durationMinutes: 45,
  objectives: ['Tell a quote from a paraphrase.', 'Say who is anonymised.'],
  contentNote: { heading: 'Before you start', paragraphs: ['This text mentions hard things.'] },
  discussionNorms: ['Talk about the text, not the people.'],
  source: { description: 'A made-up report.', author: 'author' },
  rubric: [
    { id: 'r-low', label: 'Low', points: 0, description: 'Not yet.' },
    { id: 'r-high', label: 'High', points: 2, description: 'Yes.' },
  ],
  people: [
    {
      id: 'author',
      name: 'The author',
      kind: 'person',
      role: 'Wrote it.',
      identification: 'no-byline',
      identificationNote: 'No name.',
    },
    {
      id: 'speaker',
      name: 'Asha',
      kind: 'person',
      role: 'Speaks.',
      identification: 'pseudonym',
      identificationNote: 'A pseudonym.',
    },
  ],
  sections: [
    {
      id: 'sec-short',
      title: 'The short section',
      summary: 'Short.',
      paragraphs: [
        {
          id: 'p-short',
          sentences: [
            { id: 's-short-1', text: 'The report opens here.', voice: 'author', mode: 'author-claim', tags: [] },
            {
              id: 's-short-2',
              text: '“It is safe enough,” she said.',
              voice: 'speaker',
              mode: 'direct-quote',
              tags: ['anonymised', 'legal-claim'],
              note: 'Quote.',
            },
          ],
        },
      ],
      prompts: [
        {
          id: 'pr-short-1',
          text: 'Who wrote this?',
          keyPoints: [{ text: 'We are not told.', sentences: ['s-short-1'] }],
        },
        {
          id: 'pr-short-2',
          text: 'Why a pseudonym?',
          keyPoints: Array.from({ length: 6 }, (_, i) => ({
            text: `${i + 1}. ${longKeyPoint.repeat(2)}`,
            sentences: [],
          })),
        },
      ],
      questions: [
        {
          id: 'q-single',
          kind: 'single',
          prompt: 'What kind of source is this?',
          options: [
            { id: 'o-a', text: 'An original report.', correct: false },
            { id: 'o-b', text: 'A retelling.', correct: true },
          ],
          explanation: 'It retells.',
          keyPoints: [{ text: 'It says so.', sentences: [] }],
        },
        {
          id: 'q-mark-own',
          kind: 'mark',
          prompt: 'Mark in the text.',
          target: 'the direct quotes',
          criterion: { modes: ['direct-quote'] },
          explanation: 'One quote.',
          keyPoints: [{ text: 'The second sentence.', sentences: ['s-short-2'] }],
        },
      ],
      teacherNotes: ['Keep it short.'],
    },
    {
      id: 'sec-long',
      title: 'The long section',
      summary: 'Long.',
      paragraphs: [
        { id: 'p-long-1', sentences: longSentences.slice(0, 9) },
        { id: 'p-long-2', sentences: longSentences.slice(9) },
      ],
      prompts: [
        { id: 'pr-long-1', text: 'What is claimed?', keyPoints: [] },
        { id: 'pr-long-2', text: 'What is missing?', keyPoints: [{ text: 'A source.', sentences: [] }] },
      ],
      questions: [
        {
          id: 'q-multiple',
          kind: 'multiple',
          prompt: 'Which are quotes?',
          options: [
            { id: 'o-1', text: 'The first.', correct: true },
            { id: 'o-2', text: 'The second.', correct: true },
            { id: 'o-3', text: 'The third.', correct: false },
          ],
          explanation: 'Two are.',
          keyPoints: [{ text: 'Look for quotation marks.', sentences: [] }],
        },
        {
          id: 'q-mark-all',
          kind: 'mark',
          prompt: 'Look back over both sections and mark in the text.',
          target: 'every legal claim',
          sections: ['sec-short', 'sec-long'],
          criterion: { tags: ['legal-claim'] },
          explanation: 'Two claims.',
          keyPoints: [{ text: 'Neither cites a law.', sentences: [] }],
        },
      ],
      teacherNotes: [],
    },
  ],
  wrapUp: {
    title: 'Putting it together',
    prompts: [
      { id: 'pr-wrap', text: 'What would you check first?', keyPoints: [{ text: 'Who is behind it.', sentences: [] }] },
    ],
    questions: [
      {
        id: 'q-wrap',
        kind: 'text',
        prompt: 'Plan your check.',
        lengthHint: '2-3 sentences',
        keyPoints: [{ text: 'Names a source.', sentences: [] }],
      },
    ],
  },
};

export function testLesson(): Lesson {
  return LessonSchema.parse(testLessonInput);
}
