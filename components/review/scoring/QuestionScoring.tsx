'use client';
import KeyboardOutlined from '@mui/icons-material/KeyboardOutlined';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import { useMemo, useRef, useState, type ReactNode } from 'react';
import type { LocatedQuestion } from '@/lib/lessons/analysis';
import { feedbackFor } from '@/lib/review/feedback';
import { reusableComments } from '@/lib/review/reusable-comments';
import { levelsByRank } from '@/lib/review/scoring-keys';
import { questionProgress } from '@/lib/review/scoring-progress';
import type { StudentSheet } from '@/lib/review/student-sheet';
import { scoringKey } from '@/lib/review/suggested-score';
import type { ClassFeedback } from '@/lib/schemas/review';
import { useReview } from '../ReviewContext';
import AcceptSuggestionsButton from './AcceptSuggestionsButton';
import AnswerGroupList from './AnswerGroupList';
import ProgressLine from './ProgressLine';
import ReviewShortcutsDialog from './ReviewShortcutsDialog';
import { ScoringContext } from './ScoringContext';
import { ANSWER_KEY_ATTRIBUTE, focusAnswer, useScoringKeys } from './useScoringKeys';

type Props = {
  located: LocatedQuestion;
  sheets: readonly StudentSheet[];
  feedback: ClassFeedback;
  /** The answer list; its cards become focus stops for the scoring keys. */
  children: ReactNode;
  /** J on the list's last answer or K on its first: e.g. turn the page. */
  onPastEnd?(direction: 'next' | 'previous'): void;
  /** False while a switch of question is drawing: the groups and the buttons come with the answers. */
  drawAnswers?: boolean;
};

/**
 * The scoring around one question's answers: where the teacher stands, "Accept all" the key's
 * suggestions, identical choice and marking answers grouped, and keyboard scoring on the list.
 */
export default function QuestionScoring({ located, sheets, feedback, children, onPastEnd, drawAnswers = true }: Props) {
  const { index, session } = useReview();
  const questionId = located.question.id;
  const listRef = useRef<HTMLDivElement>(null);
  const [helpOpen, setHelpOpen] = useState(false);
  const levels = useMemo(() => levelsByRank(index.lesson.rubric), [index]);
  const isScored = (key: string, id: string) => feedbackFor(feedback, key, id).levelId !== null;
  const progress = questionProgress(index, located, sheets, isScored);
  const comments = useMemo(() => reusableComments(feedback, questionId), [feedback, questionId]);
  const scoring = useMemo(() => ({ keyboard: true, comments }), [comments]);
  // Only questions with a key get suggestions and groups; written ones (and kinds no key scores) do not.
  const keyed = useMemo(() => scoringKey(index, located) !== null, [index, located]);

  useScoringKeys({
    listRef,
    levelCount: levels.length,
    onScore: (studentKey, rank) => session.scoreAnswer(studentKey, questionId, levels[rank]?.id ?? null),
    onHelp: () => setHelpOpen(true),
    onPastEnd,
    advanceAfterScore: true,
  });
  const startKeyboard = () => {
    const first = listRef.current?.querySelector<HTMLElement>(`[${ANSWER_KEY_ATTRIBUTE}]`);
    if (first) focusAnswer(first);
  };

  return (
    <Box sx={{ display: 'grid', gap: 2, minWidth: 0 }}>
      <ProgressLine counts={progress} label={`Q${located.number}`} live />
      {/* The answers' controls come with the answers: "Score with the keyboard" needs a card to focus. */}
      {drawAnswers && (
        <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 1 }}>
          {keyed && (
            <AcceptSuggestionsButton
              count={progress.suggested}
              onAccept={() => session.acceptSuggestions(questionId)}
            />
          )}
          <Button variant="outlined" startIcon={<KeyboardOutlined aria-hidden />} onClick={startKeyboard}>
            Score with the keyboard
          </Button>
          <Button variant="text" onClick={() => setHelpOpen(true)} aria-haspopup="dialog">
            Keyboard shortcuts
          </Button>
        </Box>
      )}
      {keyed && drawAnswers && <AnswerGroupList located={located} sheets={sheets} feedback={feedback} />}
      <ScoringContext value={scoring}>
        <Box ref={listRef} sx={{ minWidth: 0 }}>
          {children}
        </Box>
      </ScoringContext>
      <ReviewShortcutsDialog
        open={helpOpen}
        onClose={() => setHelpOpen(false)}
        levelLabels={levels.map((l) => l.label)}
      />
    </Box>
  );
}
