/**
 * A small, neutral lesson for unit tests of the review: it has every question kind (text, single,
 * multiple, mark in the text) and a version above 1, so that files from an older version can be
 * tested. Its wording is invented and has nothing to do with any real lesson.
 */
import { LessonSchema, type Lesson, type LessonInput } from '@/lib/schemas/lesson';

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
