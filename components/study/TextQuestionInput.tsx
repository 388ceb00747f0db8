'use client';
import Button from '@mui/material/Button';
import Typography from '@mui/material/Typography';
import { memo, useState } from 'react';
import PlainTextarea from '@/components/common/PlainTextarea';
import type { KeyPoint, TextQuestion } from '@/lib/schemas/lesson';
import KeyPoints from './KeyPoints';
import { useAnswer } from './useAnswerSession';
import { useStudy } from './StudyContext';

// Memoised parts: a keystroke re-renders the box and its character count, not these.
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
  const { lesson, session } = useStudy();
  const answer = useAnswer(session, question.id);
  const value = answer?.kind === 'text' ? answer.text : '';
  const promptId = `${question.id}-prompt`;
  const hintId = `${question.id}-hint`;

  return (
    <>
      <Prompt id={promptId} text={question.prompt} />
      <PlainTextarea
        id={`${question.id}-answer`}
        rows={3}
        value={value}
        placeholder="Your answer"
        maxLength={question.maxLength}
        aria-labelledby={promptId}
        aria-describedby={hintId}
        onChange={(event) =>
          session.setAnswer(question.id, { kind: 'text', text: event.target.value.slice(0, question.maxLength) })
        }
      />
      <Typography id={hintId} variant="body2" color="text.secondary" sx={{ mt: 0.75, mx: 1.75 }}>
        Suggested length: {question.lengthHint} · {value.length} of {question.maxLength} characters
      </Typography>
      {lesson.settings.showKeyPointsAfterAnswer && (
        <KeyPointsToggle answered={value.trim().length > 0} keyPoints={question.keyPoints} />
      )}
    </>
  );
}
