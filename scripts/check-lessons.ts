/** `npm run lessons:check`: validates every lesson and names the file and path of each error. */
import { formatLessonErrors, readLessons } from '../lib/lessons/load';

const { lessons, errors } = readLessons();
if (errors.length) {
  console.error(formatLessonErrors(errors));
  console.error(`${errors.length} error(s) in lesson files.`);
  process.exit(1);
}
for (const lesson of lessons) {
  const sentences = lesson.sections.reduce((n, s) => n + s.paragraphs.reduce((m, p) => m + p.sentences.length, 0), 0);
  const questions = lesson.sections.reduce((n, s) => n + s.questions.length, 0) + lesson.wrapUp.questions.length;
  console.log(
    `ok  ${lesson.id} v${lesson.version}: ${lesson.sections.length} sections, ${sentences} sentences, ${questions} questions`,
  );
}
console.log(`${lessons.length} lesson(s) valid.`);
