'use client';
import dynamic from 'next/dynamic';
import Box from '@mui/material/Box';
import Chip from '@mui/material/Chip';
import Grid from '@mui/material/Grid';
import Typography from '@mui/material/Typography';
import { useCallback, useMemo, useRef, useState } from 'react';
import { questionStats } from '@/lib/review/class-stats';
import type { ClassFeedback } from '@/lib/schemas/review';
import { formatPercent } from '@/lib/review/format';
import { projectAnswer } from '@/lib/review/projection';
import { QUESTION_KIND_LABELS } from '@/lib/lessons/question-kinds';
import { questionText } from '@/lib/review/question-text';
import type { StudentSheet } from '@/lib/review/student-sheet';
import ProjectorBar from '../projector/ProjectorBar';
import { useReview } from '../ReviewContext';
import AnswerList, { type AnswerListHandle } from './AnswerList';
import QuestionAside from './QuestionAside';
import QuestionPicker from './QuestionPicker';
import QuestionScoring from '../scoring/QuestionScoring';
import StateFilterNote from '../scoring/StateFilterNote';
import { useLookOrder } from '../scoring/useLookOrder';
import { useStateFilter, type ShownState } from '../scoring/useStateFilter';
import { useDrawnAfterSwitch } from './useDrawnAfterSwitch';

// Loaded on demand: not part of the page's first-load JavaScript.
const ProjectorView = dynamic(() => import('../projector/ProjectorView'), { ssr: false });

type Props = {
  sheets: readonly StudentSheet[];
  feedback: ClassFeedback;
  questionId: string;
  onQuestionChange(id: string): void;
  chosen: readonly string[];
  onToggleChosen(studentKey: string): void;
  onClearChosen(): void;
  /** From a click on a class overview cell: show only the answers in this state. */
  stateFilter?: ShownState | null;
  onClearStateFilter?(): void;
};

/** Every student's answer to one question, side by side with the key points and the class's results. */
export default function ByQuestionPanel({
  sheets,
  feedback,
  questionId,
  onQuestionChange,
  chosen,
  onToggleChosen,
  onClearChosen,
  stateFilter = null,
  onClearStateFilter,
}: Props) {
  const { index, session } = useReview();
  const [projecting, setProjecting] = useState(false);
  const closeProjector = useCallback(() => setProjecting(false), []);
  const answerList = useRef<AnswerListHandle>(null);
  const turnPage = useCallback((direction: 'next' | 'previous') => answerList.current?.turnPage(direction), []);
  const located = index.questionById.get(questionId) ?? index.questions[0];
  // The question's charts first, then its answers.
  const drawn = useDrawnAfterSwitch(located?.question.id ?? '', 2);
  const answersDrawn = drawn === 2;
  const stats = useMemo(
    () => located && questionStats(index, sheets, feedback, located),
    [index, sheets, feedback, located],
  );
  const look = useLookOrder(session, located, sheets);
  const filtered = useStateFilter(session, index, located, look.sheets, stateFilter);
  if (!located || !stats) return <Typography>This lesson has no questions to review.</Typography>;

  const projected = () =>
    chosen.flatMap((key) => {
      const answer = sheets.find((s) => s.key === key)?.answers.get(located.question.id);
      return answer ? [projectAnswer(index, located, answer)] : [];
    });

  return (
    <Box sx={{ display: 'grid', gridTemplateColumns: 'minmax(0, 1fr)', gap: 2.5 }}>
      <QuestionPicker questionId={located.question.id} onChange={onQuestionChange} />
      <Box>
        <Typography color="text.secondary" sx={{ fontWeight: 700 }}>
          Question {located.number} of {index.questions.length} · {QUESTION_KIND_LABELS[located.question.kind].teacher}
        </Typography>
        <Typography variant="panelTitle" sx={{ mt: 0.5, mb: 1.5 }}>
          {questionText(located.question)}
        </Typography>
        <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 1 }}>
          <Chip
            variant="outlined"
            label={`${stats.answered} of ${stats.students} answered (${formatPercent(stats.completion)})`}
          />
          <Chip variant="outlined" label={`${stats.scored} scored`} />
          {stats.hardReasons.length > 0 && (
            <Chip color="warning" variant="outlined" label={`Found hard: ${stats.hardReasons.join('; ')}`} />
          )}
        </Box>
      </Box>
      {/* Until drawn the space stays: the page keeps its length and the teacher's place. */}
      <Grid container spacing={3} sx={{ alignItems: 'flex-start', minHeight: answersDrawn ? undefined : '100vh' }}>
        <Grid size={{ xs: 12, md: 5, lg: 4 }}>{drawn > 0 && <QuestionAside located={located} sheets={sheets} />}</Grid>
        <Grid size={{ xs: 12, md: 7, lg: 8 }} sx={{ minWidth: 0 }}>
          <QuestionScoring
            located={located}
            sheets={sheets}
            feedback={feedback}
            onPastEnd={turnPage}
            drawAnswers={answersDrawn}
          >
            {stateFilter && onClearStateFilter && (
              <StateFilterNote state={stateFilter} count={filtered.length} onShowAll={onClearStateFilter} />
            )}
            {answersDrawn && (
              <AnswerList
                ref={answerList}
                key={`${located.question.id}:${stateFilter ?? ''}`}
                located={located}
                sheets={filtered}
                feedback={feedback}
                chosen={chosen}
                onToggleChosen={onToggleChosen}
                detailOf={look.reasonOf}
              />
            )}
          </QuestionScoring>
        </Grid>
      </Grid>
      {chosen.length > 0 && (
        <ProjectorBar count={chosen.length} onShow={() => setProjecting(true)} onClear={onClearChosen} />
      )}
      {projecting && (
        <ProjectorView
          questionLabel={`Question ${located.number}`}
          questionText={questionText(located.question)}
          answers={projected()}
          onClose={closeProjector}
        />
      )}
    </Box>
  );
}
