'use client';
import CheckCircleOutlined from '@mui/icons-material/CheckCircleOutlined';
import InfoOutlined from '@mui/icons-material/InfoOutlined';
import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import type { KeyPoint } from '@/lib/schemas/lesson';
import AlsoAccepted from './AlsoAccepted';
import KeyPoints from './KeyPoints';
import { useStudy } from './StudyContext';

/** After "Check": whether the answer matches the key, the explanation, and (per lesson setting) the key points. */
export default function CheckResult({
  correct,
  summary,
  explanation,
  keyPoints,
  alsoAccepted = [],
}: {
  correct: boolean;
  summary: string;
  explanation: string;
  keyPoints: KeyPoint[];
  /** Marked sentences outside the key that are a fair answer, each with the lesson's reason. */
  alsoAccepted?: { sentenceId: string; text: string; reason: string }[];
}) {
  const { lesson } = useStudy();
  return (
    <>
      <Alert
        severity={correct ? 'success' : 'info'}
        icon={correct ? <CheckCircleOutlined aria-hidden /> : <InfoOutlined aria-hidden />}
        sx={{ mt: 2 }}
        role="note"
      >
        <AlertTitle>{summary}</AlertTitle>
        {explanation}
      </Alert>
      {alsoAccepted.length > 0 && <AlsoAccepted items={alsoAccepted} />}
      {lesson.settings.showKeyPointsAfterAnswer && <KeyPoints keyPoints={keyPoints} />}
    </>
  );
}
