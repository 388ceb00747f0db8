'use client';
import RateReviewOutlined from '@mui/icons-material/RateReviewOutlined';
import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { useStudy } from './StudyContext';
import { useSessionValue } from './useAnswerSession';

/** The teacher's score and comment on one answer, once the student has imported their feedback file. */
export default function TeacherFeedback({ questionId }: { questionId: string }) {
  const { session } = useStudy();
  const feedback = useSessionValue(session, (s) => s.data.feedback);
  const entry = feedback?.feedback.find((f) => f.questionId === questionId);
  if (!entry || (!entry.levelLabel && !entry.comment)) return null;
  const headingId = `${questionId}-feedback`;
  return (
    <Box
      component="section"
      aria-labelledby={headingId}
      sx={{ mt: 2, p: 2, borderRadius: 2, border: 2, borderColor: 'secondary.main' }}
    >
      <Typography component="h5" id={headingId} sx={{ fontWeight: 800, display: 'flex', alignItems: 'center', gap: 1 }}>
        <RateReviewOutlined fontSize="small" aria-hidden color="secondary" />
        Teacher feedback
      </Typography>
      {entry.levelLabel && (
        <Typography sx={{ mt: 0.5 }}>
          <strong>Score:</strong> {entry.levelLabel}
        </Typography>
      )}
      {entry.comment && <Typography sx={{ mt: 0.5, whiteSpace: 'pre-wrap' }}>{entry.comment}</Typography>}
    </Box>
  );
}
