/**
 * The one small, neutral lesson for unit tests. Its wording is invented and has nothing to do with
 * any real lesson. It has every question kind (text, single, multiple, mark in the text, and a mark
 * over several sections) and a version above 1, so that files from an older version can be tested.
 * The first two sections are for the review (question numbers matter there); the last two for the
 * presentation: a short section, and one long enough to need several slides, with a prompt whose
 * key points are too long to share its slide.
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

const input: LessonInput = {
  id: 'sample-lesson',
  version: 2,
  title: 'Sample lesson',
  subtitle: 'A lesson used by the unit tests.',
  ageRange: '14-16',
  durationMinutes: 45,
  objectives: ['Tell who speaks in a text.'],
  contentNote: { heading: 'About this lesson', paragraphs: ['A neutral sample text.'] },
  discussionNorms: ['Listen first.'],
  source: { description: 'An invented news item.', author: 'author' },
  rubric: [
    { id: 'not-yet', label: 'Not yet', points: 0, description: 'The answer misses the key points.' },
    { id: 'partly', label: 'Partly', points: 1, description: 'The answer meets some key points.' },
    { id: 'met', label: 'Met', points: 2, description: 'The answer meets the key points.' },
  ],
  people: [
    {
      id: 'author',
      name: 'The author',
      kind: 'person',
      role: 'Writer',
      identification: 'no-byline',
      identificationNote: 'No byline.',
    },
    {
      id: 'mayor',
      name: 'The mayor',
      kind: 'person',
      role: 'Mayor',
      identification: 'named',
      identificationNote: 'Named.',
    },
    {
      id: 'resident',
      name: 'A resident',
      kind: 'person',
      role: 'Resident',
      identification: 'unnamed',
      identificationNote: 'Not named.',
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
      id: 'sec-bridge',
      title: 'The bridge',
      summary: 'A bridge closes.',
      paragraphs: [
        {
          id: 'p-bridge-1',
          sentences: [
            { id: 's-bridge-1', text: 'The old bridge closed on Monday.', voice: 'author', mode: 'author-claim' },
            {
              id: 's-bridge-2',
              text: '"It was no longer safe," the mayor said.',
              voice: 'mayor',
              mode: 'direct-quote',
            },
          ],
        },
        {
          id: 'p-bridge-2',
          sentences: [
            {
              id: 's-bridge-3',
              text: 'A resident said the detour adds an hour.',
              voice: 'resident',
              mode: 'paraphrase',
              tags: ['anonymised'],
            },
            {
              id: 's-bridge-4',
              text: '"We were not asked," she said.',
              voice: 'resident',
              mode: 'direct-quote',
              tags: ['anonymised'],
            },
          ],
        },
      ],
      prompts: [
        { id: 'pr-bridge-1', text: 'Who speaks first?' },
        { id: 'pr-bridge-2', text: 'Who is not named?' },
      ],
      questions: [
        {
          id: 'q-who-speaks',
          kind: 'text',
          prompt: 'Who speaks in this section, and how?',
          lengthHint: '2-3 sentences',
          keyPoints: [{ text: 'The mayor is quoted directly.', sentences: ['s-bridge-2'] }],
        },
        {
          id: 'q-main-source',
          kind: 'single',
          prompt: 'Which voice is named?',
          options: [
            { id: 'o-mayor', text: 'The mayor', correct: true },
            { id: 'o-resident', text: 'The resident', correct: false },
          ],
          explanation: 'Only the mayor has a name and a role.',
          keyPoints: [{ text: 'The mayor is named.' }],
        },
        {
          id: 'q-mark-quotes',
          kind: 'mark',
          prompt: 'Mark the direct quotes.',
          target: 'sentences that are direct quotes',
          criterion: { modes: ['direct-quote'] },
          explanation: 'Direct quotes are in quotation marks.',
          keyPoints: [{ text: 'Two sentences are direct quotes.' }],
        },
      ],
    },
    {
      id: 'sec-reaction',
      title: 'Reactions',
      summary: 'People react.',
      paragraphs: [
        {
          id: 'p-reaction-1',
          sentences: [
            {
              id: 's-reaction-1',
              text: 'Many people were upset.',
              voice: 'author',
              mode: 'author-claim',
              tags: ['statistic-or-generalisation'],
            },
          ],
        },
      ],
      prompts: [
        { id: 'pr-reaction-1', text: 'How many is many?' },
        { id: 'pr-reaction-2', text: 'Who counted?' },
      ],
      questions: [
        {
          id: 'q-generalisations',
          kind: 'multiple',
          prompt: 'Which of these are generalisations?',
          options: [
            { id: 'o-many', text: 'Many people were upset.', correct: true },
            { id: 'o-monday', text: 'The bridge closed on Monday.', correct: false },
            { id: 'o-everyone', text: 'Everyone agrees.', correct: true },
          ],
          explanation: '"Many" and "everyone" are not counted.',
          keyPoints: [{ text: 'No numbers are given.' }],
        },
      ],
    },
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
    title: 'Wrap-up',
    prompts: [{ id: 'pr-wrap-1', text: 'What would you ask the author?' }],
    questions: [
      {
        id: 'q-reflection',
        kind: 'text',
        prompt: 'What would you check first?',
        lengthHint: 'A few sentences',
        keyPoints: [{ text: 'Check who decided to close the bridge.' }],
      },
    ],
  },
};

export const sampleLesson: Lesson = LessonSchema.parse(input);
