/**
 * Figures that follow from the class's answers alone (never from the teacher's feedback), kept per
 * class and question: the groups of identical answers, the key's suggestions, the choice counts,
 * the heat map, the written answers' "needs a look" measures. Opening a question again, or drawing
 * it again after a score, is then a lookup instead of a pass over every student.
 *
 * The class is the array of student sheets: the review's snapshot makes a new array on each import,
 * refresh or clear and keeps the same one while the teacher gives feedback, so the cache follows the
 * class without a revision number and goes with it (WeakMap). The array must not be changed in
 * place once it has been passed here (a snapshot's never is). A question is its object in the
 * lesson, which fixes the lesson (and its index) too.
 */
export type ClassQuestionCache<T> = (students: object, question: object, compute: () => T) => T;

/** A cache of one kind of figure: `compute()` runs once per class and question. */
export function classQuestionCache<T>(): ClassQuestionCache<T> {
  const byClass = new WeakMap<object, WeakMap<object, { value: T }>>();
  return (students, question, compute) => {
    let byQuestion = byClass.get(students);
    if (!byQuestion) {
      byQuestion = new WeakMap();
      byClass.set(students, byQuestion);
    }
    let entry = byQuestion.get(question);
    if (!entry) {
      entry = { value: compute() };
      byQuestion.set(question, entry);
    }
    return entry.value;
  };
}
