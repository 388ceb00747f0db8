'use client';
import Button from '@mui/material/Button';
import Typography from '@mui/material/Typography';
import { memo, useState } from 'react';
import type { KeyPoint, TextQuestion } from '@/lib/schemas/lesson';
import AnswerTextarea, { AnswerLength, useHasText } from './AnswerTextarea';
import KeyPoints from './KeyPoints';
import { useStudy } from './StudyContext';

// Memoised parts: a keystroke re-renders nothing here unless the box turns empty or not empty.
const Prompt = memo(function Prompt({ id, text }: { id: string; text: string }) {
  return (
    <Typography id={id} sx={{ fontSize: '1.1rem', fontWeight: 600, mb: 1.5 }}>
      {text}
    </Typography>
  );
});

const KeyPointsToggle = memo(function KeyPointsToggle({
  answered,
  keyPoints,
}: {
  answered: boolean;
  keyPoints: KeyPoint[];
}) {
  const [showKey, setShowKey] = useState(false);
  return (
    <>
      <Button
        variant="text"
        onClick={() => setShowKey((v) => !v)}
        disabled={!answered}
        aria-expanded={showKey && answered}
        sx={{ mt: 1 }}
      >
        {showKey && answered
          ? 'Hide key points'
          : answered
            ? 'Compare with key points'
            : 'Answer first to compare with key points'}
      </Button>
      {showKey && answered && <KeyPoints keyPoints={keyPoints} />}
    </>
  );
});

/** A short free-text answer, saved as the student types, with a length hint and a character count. */
export default function TextQuestionInput({ question }: { question: TextQuestion }) {
  const { lesson } = useStudy();
  const answered = useHasText(question.id);
  const promptId = `${question.id}-prompt`;
  const hintId = `${question.id}-hint`;

  return (
    <>
      <Prompt id={promptId} text={question.prompt} />
      <AnswerTextarea
        answerId={question.id}
        id={`${question.id}-answer`}
        rows={3}
        placeholder="Your answer"
        maxLength={question.maxLength}
        aria-labelledby={promptId}
        aria-describedby={hintId}
      />
      <Typography
        id={hintId}
        variant="body2"
        color="text.secondary"
        sx={{ mt: 0.75, mx: 1.75, display: 'flex', flexWrap: 'wrap', columnGap: 2 }}
      >
        <span>Suggested length: {question.lengthHint}</span>
        <span style={{ marginInlineStart: 'auto' }}>
          <AnswerLength answerId={question.id} maxLength={question.maxLength} /> of {question.maxLength} characters
        </span>
      </Typography>
      {lesson.settings.showKeyPointsAfterAnswer && (
        <KeyPointsToggle answered={answered} keyPoints={question.keyPoints} />
      )}
    </>
  );
}
