'use client';
import Typography from '@mui/material/Typography';
import PromptList from './PromptList';
import QuestionList from './QuestionList';
import StepHeading from './StepHeading';
import { useStudy } from './StudyContext';

/** The closing questions about the whole text. */
export default function WrapUpStep() {
  const { lesson } = useStudy();
  return (
    <section aria-labelledby="step-heading">
      <StepHeading eyebrow="The whole text">{lesson.wrapUp.title}</StepHeading>
      <PromptList prompts={lesson.wrapUp.prompts} />
      {lesson.wrapUp.questions.length > 0 && (
        <>
          <Typography variant="h3" component="h3" sx={{ mt: 5, mb: 2 }}>
            Your answers
          </Typography>
          <QuestionList questions={lesson.wrapUp.questions} sectionId={null} />
        </>
      )}
    </section>
  );
}
