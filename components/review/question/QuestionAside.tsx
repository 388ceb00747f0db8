'use client';
import Box from '@mui/material/Box';
import Divider from '@mui/material/Divider';
import Paper from '@mui/material/Paper';
import { useMemo } from 'react';
import type { LocatedQuestion } from '@/lib/lessons/analysis';
import { isChoiceQuestion } from '@/lib/lessons/question-kinds';
import { choiceDistribution, markHeatMap } from '@/lib/review/class-stats';
import type { StudentSheet } from '@/lib/review/student-sheet';
import ChoiceChart from '../charts/ChoiceChart';
import MarkHeatMapView from '../charts/MarkHeatMapView';
import QuestionKey from '../QuestionKey';
import { useReview } from '../ReviewContext';
import RubricGuide from '../RubricGuide';

/** Beside the answers: the key points, the class's choices or markings, and the rubric. */
export default function QuestionAside({
  located,
  sheets,
}: {
  located: LocatedQuestion;
  sheets: readonly StudentSheet[];
}) {
  const { index } = useReview();
  const kind = located.question.kind;
  const distribution = useMemo(
    () => (isChoiceQuestion(located.question) ? choiceDistribution(located, sheets) : null),
    [located, sheets],
  );
  const heat = useMemo(
    () => (kind === 'mark' ? markHeatMap(index, located, sheets) : null),
    [index, kind, located, sheets],
  );
  return (
    <Paper
      variant="outlined"
      component="aside"
      aria-label="Key points and class results"
      tabIndex={0}
      sx={{
        p: { xs: 2, sm: 2.5 },
        display: 'grid',
        gap: 2.5,
        position: { md: 'sticky' },
        top: { md: 16 },
        maxHeight: { md: 'calc(100vh - 32px)' },
        overflowY: { md: 'auto' },
        '&:focus-visible': { outline: '3px solid', outlineColor: 'primary.main', outlineOffset: 2 },
      }}
    >
      <QuestionKey located={located} />
      {distribution && (
        <>
          <Divider />
          <ChoiceChart distribution={distribution} />
        </>
      )}
      {heat && (
        <>
          <Divider />
          <MarkHeatMapView heat={heat} />
        </>
      )}
      <Divider />
      <Box>
        <RubricGuide />
      </Box>
    </Paper>
  );
}
