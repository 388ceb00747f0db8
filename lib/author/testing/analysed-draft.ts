/** A short invented report, analysed as step 3 leaves it: a named source, an anonymous one, a legal claim, a statistic. */
import type { LessonDraft } from '@/lib/schemas/lesson-draft';
import { newDraft } from '../new-draft';

export const BRIDGE_REPORT = [
  'Officials said on Monday that the new bridge cost 40 million dollars. "It will last a century," said Dr. Lena Ortiz, the city engineer.',
  'A worker, who asked not to be named, said the site was often unsafe. Building without a permit is illegal under the city act.',
].join('\n\n');

/** A draft of the test report with every sentence analysed, as step 3 leaves it. */
export function analysedDraft(): LessonDraft {
  const draft = newDraft('bridge-report', BRIDGE_REPORT, { author: 'A. Writer' });
  draft.people.push(
    {
      id: 'ortiz',
      name: 'Lena Ortiz',
      kind: 'person',
      role: 'City engineer',
      identification: 'named',
      identificationNote: 'Named with her role.',
    },
    {
      id: 'worker',
      name: 'A worker',
      kind: 'person',
      role: 'Works on the site',
      identification: 'unnamed',
      identificationNote: 'Asked not to be named.',
    },
  );
  const [first, second] = draft.sections;
  first!.summary = 'What the bridge cost, in the engineer’s words.';
  second!.summary = 'What a worker says, and the law.';
  const [s1, s2] = first!.paragraphs[0]!.sentences;
  Object.assign(s1!, { voice: 'author', mode: 'paraphrase', tags: ['statistic-or-generalisation'] });
  Object.assign(s2!, { voice: 'ortiz', mode: 'direct-quote', tags: [] });
  const [s3, s4] = second!.paragraphs[0]!.sentences;
  Object.assign(s3!, { voice: 'worker', mode: 'paraphrase', tags: ['anonymised'] });
  Object.assign(s4!, { voice: 'author', mode: 'author-claim', tags: ['legal-claim'] });
  return draft;
}
