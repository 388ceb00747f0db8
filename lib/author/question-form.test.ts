import { describe, expect, it } from 'vitest';
import lessonJson from '@/lessons/pakistan-online-sex-work-report/lesson.json';
import { type ChoiceQuestion, LessonSchema } from '@/lib/schemas/lesson';
import {
  ChoiceFormSchema,
  choiceFromForm,
  choiceToForm,
  markFromForm,
  markToForm,
  promptsFromForm,
  promptsToForm,
  textFromForm,
  textToForm,
} from './question-form';

const shipped = LessonSchema.parse(lessonJson);
const questions = shipped.sections.flatMap((s) => s.questions);

describe('question forms', () => {
  it('give back every question of the first lesson unchanged when nothing is edited', () => {
    for (const q of questions) {
      if (q.kind === 'text') expect(textFromForm(q, textToForm(q))).toEqual(q);
      else if (q.kind === 'mark') expect(markFromForm(q, markToForm(q))).toEqual(q);
      else expect(choiceFromForm(q, choiceToForm(q))).toEqual(q);
    }
    for (const section of shipped.sections)
      expect(promptsFromForm(section.prompts, promptsToForm(section.prompts))).toEqual(section.prompts);
  });

  it('keep the sentences each key point cites, and the key of a mark question', () => {
    const mark = questions.find((q) => q.kind === 'mark')!;
    const form = markToForm(mark);
    form.keyPoints[0]!.text = '  Reworded.  ';
    const back = markFromForm(mark, form);
    expect(back.keyPoints[0]).toEqual({ text: 'Reworded.', sentences: mark.keyPoints[0]!.sentences });
    expect(back.criterion).toEqual(mark.criterion);
  });

  it('say what a choice question still needs', () => {
    const choice = questions.find((q): q is ChoiceQuestion => q.kind === 'single')!;
    const form = choiceToForm(choice);
    form.options = form.options.map((o) => ({ ...o, correct: false, misconception: '' }));
    form.prompt = ' ';
    const messages = ChoiceFormSchema.safeParse(form).error?.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
    expect(messages).toEqual(
      expect.arrayContaining([
        'prompt: Write the question.',
        'options: Mark exactly one option as correct.',
        'options.0.misconception: Say which misunderstanding this wrong option stands for.',
      ]),
    );
  });
});
