'use client';
import { memo, useMemo } from 'react';
import type { LocatedQuestion } from '@/lib/lessons/analysis';
import { groupItems, type AnswerGroup, type GroupScore } from '@/lib/review/answer-groups';
import type { Suggestion } from '@/lib/review/suggested-score';
import { useReview } from '../ReviewContext';
import AnswerGroupRow from './AnswerGroupRow';
import GroupFeedback from './GroupFeedback';

type Props = GroupScore & {
  located: LocatedQuestion;
  group: AnswerGroup;
  /** Student labels by key. */
  names: ReadonlyMap<string, string>;
  /** Of how many answers in all. */
  answered: number;
  /** The key's suggestion for the group's answer. */
  suggestion: Suggestion | null;
};

/**
 * One group of identical answers with its score and comment controls. Memoised on values that stay
 * the same while the teacher scores elsewhere, so a score re-renders only the groups it changed.
 */
function AnswerGroupItem({ located, group, names, answered, suggestion, sharedLevelId, unscored }: Props) {
  const { index, session } = useReview();
  const questionId = located.question.id;
  const items = useMemo(() => groupItems(index, located, group.itemIds), [index, located, group]);
  const studentNames = useMemo(() => group.studentKeys.map((k) => names.get(k) ?? k), [group, names]);
  return (
    <AnswerGroupRow
      items={items}
      studentNames={studentNames}
      answered={answered}
      headingLevel="h4"
      suggestion={suggestion}
      onAcceptSuggestion={unscored ? () => session.acceptSuggestions(questionId, group.studentKeys) : undefined}
    >
      <GroupFeedback questionId={questionId} studentKeys={group.studentKeys} sharedLevelId={sharedLevelId} />
    </AnswerGroupRow>
  );
}

export default memo(AnswerGroupItem);
