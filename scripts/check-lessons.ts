/**
 * `npm run lessons:check`: validates every lesson (schema and references), then the rules for a
 * taught lesson (fair choice options, teaching material, timing), and names the file and path of each error.
 */
import { formatLessonErrors, readLessons, type LessonError } from '../lib/lessons/load';
import { lessonRuleErrors } from '../lib/lessons/lesson-rules';
import { plural } from '../lib/text/plural';
import { pathCounts } from '../lib/lessons/teaching-path';

const { lessons, errors } = readLessons();
const ruleErrors: LessonError[] = lessons.flatMap((lesson) =>
  lessonRuleErrors(lesson).map((e) => ({ file: `lessons/${lesson.id}`, ...e })),
);
const all = [...errors, ...ruleErrors];
if (all.length) {
  console.error(formatLessonErrors(all));
  console.error(`${plural(all.length, 'error')} in lesson files.`);
  process.exit(1);
}
for (const lesson of lessons) {
  const sentences = lesson.sections.reduce((n, s) => n + s.paragraphs.reduce((m, p) => m + p.sentences.length, 0), 0);
  const counts = pathCounts(lesson);
  console.log(
    `ok  ${lesson.id} v${lesson.version}: ${lesson.sections.length} sections, ${sentences} sentences; ` +
      `core path ${counts.core.questions} questions and ${counts.core.prompts} prompts, ` +
      `extended path ${counts.extended.questions} questions and ${counts.extended.prompts} prompts`,
  );
}
console.log(`${plural(lessons.length, 'lesson')} valid.`);
