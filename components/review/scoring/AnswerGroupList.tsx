'use client';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Typography from '@mui/material/Typography';
import { useMemo, useState } from 'react';
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

/** The most common answers first, this many at a time: the answers themselves are listed below them. */
const GROUPS_AT_A_TIME = 20;
/** Drawn with the question, the rest a few per task: about what fits above the fold. */
const FIRST_SHOWN = 2;

/**
 * Choice and marking answers, one row per distinct answer, each with its suggestion and a group
 * score. A class of a thousand can give hundreds of distinct markings: the most common twenty are
 * shown (more on request), added a few per task, so switching question never waits for all of them
 * and the page stays short enough to reach the answers.
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
  const [limit, setLimit] = useState({ questionId, count: GROUPS_AT_A_TIME });
  const shown = Math.min(grouped?.groups.length ?? 0, limit.questionId === questionId ? limit.count : GROUPS_AT_A_TIME);
  const revealed = useRevealInSteps(shown, questionId, 4, FIRST_SHOWN);
  if (!grouped || grouped.groups.length === 0) return null;
  const answered = sheets.length - grouped.unanswered.length;
  const more = Math.min(GROUPS_AT_A_TIME, grouped.groups.length - shown);

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
      {more > 0 && (
        <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 1.5, alignItems: 'center' }}>
          <Typography color="text.secondary">
            {shown} of {plural(grouped.groups.length, 'distinct answer')} shown, the most common first.
          </Typography>
          <Button variant="outlined" onClick={() => setLimit({ questionId, count: shown + GROUPS_AT_A_TIME })}>
            Show {more} more
          </Button>
        </Box>
      )}
    </Box>
  );
}
