'use client';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Checkbox from '@mui/material/Checkbox';
import Divider from '@mui/material/Divider';
import FormControlLabel from '@mui/material/FormControlLabel';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import { memo, useId, useState } from 'react';
import type { LocatedQuestion } from '@/lib/lessons/analysis';
import type { Answer } from '@/lib/schemas/answer';
import type { FeedbackValue } from '@/lib/schemas/review';
import AnswerView from './AnswerView';
import FeedbackForm from './FeedbackForm';
import QuestionKey from './QuestionKey';
import { useReview } from './ReviewContext';
import { useScoringContext } from './scoring/ScoringContext';
import SuggestedScoreChip from './scoring/SuggestedScoreChip';
import { ANSWER_KEY_ATTRIBUTE } from './scoring/useScoringKeys';
import { suggestionFor } from '@/lib/review/suggested-score';

type Props = {
  /** The student's name (by question) or the question (by student); shown as text. */
  title: string;
  headingLevel: 'h3' | 'h4';
  /** Shown under the title, e.g. the question's kind. */
  detail?: string;
  located: LocatedQuestion;
  answer: Answer | undefined;
  studentKey: string;
  feedback: FeedbackValue;
  /** In the by-question view: whether this answer is chosen for the projector, and how to change it. */
  chosenForProjector?: boolean;
  onToggleProjector?: (studentKey: string) => void;
  /** In the by-student view: the key points, behind a button. */
  withKeyPoints?: boolean;
};

/** One answer with the teacher's score and comment: a card in both the by-question and by-student views. */
function AnswerCard({
  title,
  headingLevel,
  detail,
  located,
  answer,
  studentKey,
  feedback,
  chosenForProjector = false,
  onToggleProjector,
  withKeyPoints = false,
}: Props) {
  const headingId = useId();
  const keyId = useId();
  const [keyOpen, setKeyOpen] = useState(false);
  const { index, session } = useReview();
  const { keyboard } = useScoringContext();
  const suggestion = feedback.levelId === null ? suggestionFor(index, located, answer) : null;
  return (
    <Paper
      variant="outlined"
      component="article"
      aria-labelledby={headingId}
      // With keyboard scoring each answer is a focus stop: the digit keys score the focused one.
      {...(keyboard && { [ANSWER_KEY_ATTRIBUTE]: studentKey, tabIndex: 0 })}
      // Cards off screen are not laid out or painted until scrolled to: long classes stay quick.
      sx={{
        p: { xs: 2, sm: 2.5 },
        minWidth: 0,
        contentVisibility: 'auto',
        containIntrinsicSize: 'auto 340px',
        scrollMarginBlock: '5rem',
        '&:focus-visible': { outline: '3px solid', outlineColor: 'primary.main', outlineOffset: 2 },
        ...(chosenForProjector && {
          borderColor: 'primary.main',
          boxShadow: (t) => `inset 4px 0 0 ${t.vars?.palette.primary.main}`,
        }),
      }}
    >
      <Box
        sx={{
          display: 'flex',
          flexWrap: 'wrap',
          alignItems: 'flex-start',
          justifyContent: 'space-between',
          columnGap: 2,
          mb: 1,
        }}
      >
        <Box sx={{ minWidth: 0, flex: '1 1 12rem' }}>
          <Typography id={headingId} component={headingLevel} variant="groupTitle" sx={{ overflowWrap: 'anywhere' }}>
            {title}
          </Typography>
          {detail && (
            <Typography color="text.secondary" variant="note">
              {detail}
            </Typography>
          )}
        </Box>
        {onToggleProjector && answer && (
          <FormControlLabel
            sx={{ mr: 0 }}
            control={
              <Checkbox size="small" checked={chosenForProjector} onChange={() => onToggleProjector(studentKey)} />
            }
            label="Choose for projector"
          />
        )}
      </Box>
      <AnswerView located={located} answer={answer} />
      {withKeyPoints && (
        <Box sx={{ mt: 1 }}>
          <Button
            size="small"
            aria-expanded={keyOpen}
            aria-controls={keyId}
            onClick={() => setKeyOpen(!keyOpen)}
            sx={{ ml: -1 }}
          >
            {keyOpen ? 'Hide key points' : 'Show key points'}
          </Button>
          {keyOpen && (
            <Box id={keyId} sx={{ mt: 1, p: 2, borderRadius: 1, bgcolor: 'action.hover' }}>
              <QuestionKey located={located} headingLevel="h4" />
            </Box>
          )}
        </Box>
      )}
      {suggestion && (
        <Box sx={{ mt: 1.5 }}>
          <SuggestedScoreChip
            suggestion={suggestion}
            studentName={keyboard ? title : undefined}
            onAccept={() => session.acceptSuggestion(studentKey, located.question.id)}
          />
        </Box>
      )}
      <Divider sx={{ my: 2 }} />
      <FeedbackForm studentKey={studentKey} questionId={located.question.id} initial={feedback} />
    </Paper>
  );
}

export default memo(AnswerCard);
