/**
 * The forms of the questions step: what the teacher edits of each kind of question, its zod schema
 * (the form shows its messages as the teacher types), and the question it makes. Ids, a mark
 * question's key (its criterion) and the sentences a key point cites are kept from the question as
 * it was: the editor generates them, the teacher edits the wording.
 */
import { z } from 'zod';
import {
  type ChoiceQuestion,
  ChoiceQuestionSchema,
  IdSchema,
  type KeyPoint,
  type MarkQuestion,
  MarkQuestionSchema,
  PathSchema,
  type Prompt,
  PromptSchema,
  type TextQuestion,
  TextQuestionSchema,
} from '@/lib/schemas/lesson';

const required = (what: string) => z.string().trim().min(1, `Write ${what}.`);

const KeyPointsForm = z.array(z.object({ text: required('the key point') })).min(1, 'Add at least one key point.');

export const ChoiceFormSchema = z
  .object({
    prompt: required('the question'),
    kind: z.enum(['single', 'multiple']),
    path: PathSchema,
    options: z
      .array(
        z.object({
          id: IdSchema,
          text: required('the option'),
          correct: z.boolean(),
          misconception: z.string(),
        }),
      )
      .min(2, 'A choice question needs at least two options.'),
    explanation: required('the explanation'),
    keyPoints: KeyPointsForm,
  })
  .superRefine((form, ctx) => {
    const correct = form.options.filter((o) => o.correct).length;
    if (form.kind === 'single' && correct !== 1)
      ctx.addIssue({ code: 'custom', path: ['options'], message: 'Mark exactly one option as correct.' });
    if (form.kind === 'multiple' && correct === 0)
      ctx.addIssue({ code: 'custom', path: ['options'], message: 'Mark at least one option as correct.' });
    form.options.forEach((o, i) => {
      if (form.kind === 'single' && !o.correct && !o.misconception.trim())
        ctx.addIssue({
          code: 'custom',
          path: ['options', i, 'misconception'],
          message: 'Say which misunderstanding this wrong option stands for.',
        });
    });
  });
export type ChoiceForm = z.infer<typeof ChoiceFormSchema>;

export const TextFormSchema = z.object({
  prompt: required('the question'),
  path: PathSchema,
  lengthHint: required('how long an answer should be'),
  keyPoints: KeyPointsForm,
});
export type TextForm = z.infer<typeof TextFormSchema>;

export const MarkFormSchema = z.object({
  prompt: required('the question'),
  path: PathSchema,
  target: required('what to mark'),
  explanation: required('the explanation'),
  keyPoints: KeyPointsForm,
});
export type MarkForm = z.infer<typeof MarkFormSchema>;

export const PromptsFormSchema = z.object({
  prompts: z.array(z.object({ id: IdSchema, path: PathSchema, text: required('the prompt') })),
});
/** The lesson schema's rule, shown beside the prompts rather than refusing an edit on the way to it. */
export const PROMPT_COUNT = { min: 2, max: 4 };
export type PromptsForm = z.infer<typeof PromptsFormSchema>;

const keyPointsForm = (keyPoints: KeyPoint[]) => keyPoints.map((k) => ({ text: k.text }));
/** The form's key points, each keeping the sentences the one at its place cited. */
const keyPointsOf = (form: { text: string }[], was: KeyPoint[]): KeyPoint[] =>
  form.map((k, i) => ({ text: k.text.trim(), sentences: was[i]?.sentences ?? [] }));

export const choiceToForm = (q: ChoiceQuestion): ChoiceForm => ({
  prompt: q.prompt,
  kind: q.kind,
  path: q.path,
  options: q.options.map((o) => ({ id: o.id, text: o.text, correct: o.correct, misconception: o.misconception ?? '' })),
  explanation: q.explanation,
  keyPoints: keyPointsForm(q.keyPoints),
});

export function choiceFromForm(was: ChoiceQuestion, form: ChoiceForm): ChoiceQuestion {
  return ChoiceQuestionSchema.parse({
    ...was,
    prompt: form.prompt.trim(),
    kind: form.kind,
    path: form.path,
    options: form.options.map(({ misconception, ...o }) => ({
      ...o,
      text: o.text.trim(),
      ...(misconception.trim() && !o.correct ? { misconception: misconception.trim() } : {}),
    })),
    explanation: form.explanation.trim(),
    keyPoints: keyPointsOf(form.keyPoints, was.keyPoints),
  });
}

export const textToForm = (q: TextQuestion): TextForm => ({
  prompt: q.prompt,
  path: q.path,
  lengthHint: q.lengthHint,
  keyPoints: keyPointsForm(q.keyPoints),
});

export function textFromForm(was: TextQuestion, form: TextForm): TextQuestion {
  return TextQuestionSchema.parse({
    ...was,
    prompt: form.prompt.trim(),
    path: form.path,
    lengthHint: form.lengthHint.trim(),
    keyPoints: keyPointsOf(form.keyPoints, was.keyPoints),
  });
}

export const markToForm = (q: MarkQuestion): MarkForm => ({
  prompt: q.prompt,
  path: q.path,
  target: q.target,
  explanation: q.explanation,
  keyPoints: keyPointsForm(q.keyPoints),
});

export function markFromForm(was: MarkQuestion, form: MarkForm): MarkQuestion {
  return MarkQuestionSchema.parse({
    ...was,
    prompt: form.prompt.trim(),
    path: form.path,
    target: form.target.trim(),
    explanation: form.explanation.trim(),
    keyPoints: keyPointsOf(form.keyPoints, was.keyPoints),
  });
}

export const promptsToForm = (prompts: Prompt[]): PromptsForm => ({
  prompts: prompts.map((p) => ({ id: p.id, path: p.path, text: p.text })),
});

/** The prompts, each keeping the key points the prompt with its id had. */
export function promptsFromForm(was: Prompt[], form: PromptsForm): Prompt[] {
  return form.prompts.map((p) =>
    PromptSchema.parse({
      id: p.id,
      path: p.path,
      text: p.text.trim(),
      keyPoints: was.find((w) => w.id === p.id)?.keyPoints ?? [],
    }),
  );
}

export const SummaryFormSchema = z.object({ summary: required('a one-line summary') });
