/**
 * The teacher's earlier comments on a question, offered again as one-click choices: most used
 * first (then the earliest in class order), trimmed, each once, at most REUSABLE_COMMENTS_SHOWN.
 */
import type { ClassFeedback } from '@/lib/schemas/review';

export const REUSABLE_COMMENTS_SHOWN = 5;

export function reusableComments(feedback: ClassFeedback, questionId: string): string[] {
  const counts = new Map<string, number>();
  for (const student of feedback.values()) {
    const comment = student.answers.get(questionId)?.comment.trim();
    if (comment) counts.set(comment, (counts.get(comment) ?? 0) + 1);
  }
  // Map keeps insertion order and sort is stable, so ties keep the class order.
  return [...counts]
    .sort((a, b) => b[1] - a[1])
    .slice(0, REUSABLE_COMMENTS_SHOWN)
    .map(([comment]) => comment);
}
