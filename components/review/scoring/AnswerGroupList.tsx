'use client';
import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { useMemo } from 'react';
import type { LocatedQuestion } from '@/lib/lessons/analysis';
import { answerGroups, groupItems } from '@/lib/review/answer-groups';
import { feedbackFor } from '@/lib/review/feedback';
import type { StudentSheet } from '@/lib/review/student-sheet';
import { outcomeLevels, scoringKey, suggestScore } from '@/lib/review/suggested-score';
import type { ClassFeedback } from '@/lib/schemas/review';
import { plural } from '@/lib/text/plural';
import { useReview } from '../ReviewContext';
import AnswerGroupRow from './AnswerGroupRow';
import GroupFeedback from './GroupFeedback';

type Props = { located: LocatedQuestion; sheets: readonly StudentSheet[]; feedback: ClassFeedback };

/** Choice and marking answers, one row per distinct answer, each with its suggestion and a group score. */
export default function AnswerGroupList({ located, sheets, feedback }: Props) {
  const { index, session } = useReview();
  const questionId = located.question.id;
  const grouped = useMemo(() => answerGroups(index, located, sheets), [index, located, sheets]);
  const names = useMemo(() => new Map(sheets.map((s) => [s.key, s.label])), [sheets]);
  const key = useMemo(() => scoringKey(index, located), [index, located]);
  if (!grouped || grouped.groups.length === 0) return null;
  const answered = sheets.length - grouped.unanswered.length;
  const levels = outcomeLevels(index.lesson.rubric);
  const bySheet = new Map(sheets.map((s) => [s.key, s]));

  return (
    <Box component="section" aria-labelledby="answer-groups-title" sx={{ display: 'grid', gap: 1.5 }}>
      <Typography id="answer-groups-title" component="h3" variant="listTitle">
        Identical answers ({plural(grouped.groups.length, 'distinct answer')})
      </Typography>
      {grouped.groups.map((group) => {
        const first = bySheet.get(group.studentKeys[0] ?? '');
        const suggestion = key && first ? suggestScore(key, first.answers.get(questionId), levels) : null;
        const unscored = group.studentKeys.some((k) => feedbackFor(feedback, k, questionId).levelId === null);
        return (
          <AnswerGroupRow
            key={group.id}
            items={groupItems(index, located, group.itemIds)}
            studentNames={group.studentKeys.map((k) => names.get(k) ?? k)}
            answered={answered}
            headingLevel="h4"
            suggestion={suggestion}
            onAcceptSuggestion={unscored ? () => session.acceptSuggestions(questionId, group.studentKeys) : undefined}
          >
            <GroupFeedback questionId={questionId} studentKeys={group.studentKeys} feedback={feedback} />
          </AnswerGroupRow>
        );
      })}
    </Box>
  );
}
