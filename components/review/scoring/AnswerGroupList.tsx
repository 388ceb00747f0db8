'use client';
import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { useMemo } from 'react';
import type { LocatedQuestion } from '@/lib/lessons/analysis';
import { answerGroups, groupScore } from '@/lib/review/answer-groups';
import { feedbackFor } from '@/lib/review/feedback';
import type { StudentSheet } from '@/lib/review/student-sheet';
import { questionSuggestions } from '@/lib/review/suggested-score';
import type { ClassFeedback } from '@/lib/schemas/review';
import { plural } from '@/lib/text/plural';
import { useRevealInSteps } from '@/components/common/useRevealInSteps';
import { useReview } from '../ReviewContext';
import AnswerGroupItem from './AnswerGroupItem';

type Props = { located: LocatedQuestion; sheets: readonly StudentSheet[]; feedback: ClassFeedback };

/**
 * Choice and marking answers, one row per distinct answer, each with its suggestion and a group
 * score. A class of a thousand can give hundreds of distinct markings: the rows are added a few per
 * task, so switching question never waits for all of them.
 */
export default function AnswerGroupList({ located, sheets, feedback }: Props) {
  const { index } = useReview();
  const questionId = located.question.id;
  // Both are worked out once per class (lib/review/class-cache.ts).
  const grouped = answerGroups(index, located, sheets);
  const suggestions = questionSuggestions(index, located, sheets);
  const names = useMemo(() => new Map(sheets.map((s) => [s.key, s.label])), [sheets]);
  const scores = useMemo(
    () =>
      grouped?.groups.map((group) =>
        groupScore(group.studentKeys, (key) => feedbackFor(feedback, key, questionId).levelId),
      ) ?? [],
    [grouped, feedback, questionId],
  );
  const revealed = useRevealInSteps(grouped?.groups.length ?? 0, questionId);
  if (!grouped || grouped.groups.length === 0) return null;
  const answered = sheets.length - grouped.unanswered.length;

  return (
    <Box component="section" aria-labelledby="answer-groups-title" sx={{ display: 'grid', gap: 1.5 }}>
      <Typography id="answer-groups-title" component="h3" variant="listTitle">
        Identical answers ({plural(grouped.groups.length, 'distinct answer')})
      </Typography>
      {grouped.groups.slice(0, revealed).map((group, i) => (
        <AnswerGroupItem
          key={group.id}
          located={located}
          group={group}
          names={names}
          answered={answered}
          suggestion={suggestions.get(group.studentKeys[0] ?? '') ?? null}
          sharedLevelId={scores[i]?.sharedLevelId ?? null}
          unscored={scores[i]?.unscored ?? false}
        />
      ))}
    </Box>
  );
}
