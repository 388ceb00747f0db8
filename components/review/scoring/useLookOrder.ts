'use client';
import { useMemo } from 'react';
import type { LocatedQuestion } from '@/lib/lessons/analysis';
import { feedbackFor } from '@/lib/review/feedback';
import { needsALookOrder } from '@/lib/review/needs-a-look';
import type { StudentSheet } from '@/lib/review/student-sheet';
import type { ReviewSession } from '@/lib/review/review-session';

export type LookOrder = { sheets: readonly StudentSheet[]; reasonOf(studentKey: string): string | undefined };

/**
 * Written answers in "needs a look" order, with the reason as a line under each name. The order
 * is taken when the question opens (or the class changes), not on each score: an answer does not
 * jump away while the teacher scores it. Other kinds keep the class order.
 */
export function useLookOrder(
  session: ReviewSession,
  located: LocatedQuestion | undefined,
  sheets: readonly StudentSheet[],
) {
  return useMemo((): LookOrder => {
    const question = located?.question;
    if (question?.kind !== 'text') return { sheets, reasonOf: () => undefined };
    const feedback = session.getSnapshot().feedback;
    const items = needsALookOrder(question, sheets, (key) => feedbackFor(feedback, key, question.id).levelId !== null);
    const byKey = new Map(sheets.map((s) => [s.key, s]));
    const reasons = new Map(items.map((item) => [item.studentKey, item.scored ? [] : item.reasons]));
    const ordered = items.flatMap((item) => byKey.get(item.studentKey) ?? []);
    const listed = new Set(ordered.map((s) => s.key));
    return {
      sheets: [...ordered, ...sheets.filter((s) => !listed.has(s.key))],
      reasonOf: (key) => {
        const why = reasons.get(key);
        return why?.length ? `Needs a look: ${why.join('; ')}` : undefined;
      },
    };
  }, [session, located, sheets]);
}
