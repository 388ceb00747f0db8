/**
 * The checks a lesson's shape cannot express: unique ids, and every id that points somewhere
 * (voices, key points, mark-question scopes and criteria). Run by `LessonSchema` as a refinement.
 */
import { isChoiceQuestion } from './question-kinds';
import type { z } from 'zod';
import type { KeyPoint, LessonShape, Question } from '@/lib/schemas/lesson';
import { sentenceMatches } from './sentence-match';

/** Cross-references that a shape alone cannot express: unique ids, and every id that points somewhere. */
export function checkLessonReferences(lesson: LessonShape, ctx: z.RefinementCtx) {
  const error = (path: (string | number)[], message: string) => ctx.addIssue({ code: 'custom', path, message });

  const seen = new Map<string, string>();
  const claim = (id: string, path: (string | number)[]) => {
    const where = path.join('.');
    const first = seen.get(id);
    if (first) error([...path, 'id'], `duplicate id "${id}" (first used at ${first})`);
    else seen.set(id, where);
  };

  const people = new Set(lesson.people.map((p) => p.id));
  lesson.people.forEach((p, i) => claim(p.id, ['people', i]));
  if (!people.has(lesson.source.author)) error(['source', 'author'], `unknown person "${lesson.source.author}"`);

  const sentences = new Set<string>();
  const sectionIds = new Set<string>();
  lesson.sections.forEach((section, si) => {
    claim(section.id, ['sections', si]);
    sectionIds.add(section.id);
    section.paragraphs.forEach((paragraph, pi) => {
      claim(paragraph.id, ['sections', si, 'paragraphs', pi]);
      paragraph.sentences.forEach((sentence, ti) => {
        const path = ['sections', si, 'paragraphs', pi, 'sentences', ti];
        claim(sentence.id, path);
        sentences.add(sentence.id);
        if (!people.has(sentence.voice)) error([...path, 'voice'], `unknown person "${sentence.voice}"`);
      });
    });
  });

  const checkKeyPoints = (keyPoints: KeyPoint[], path: (string | number)[]) =>
    keyPoints.forEach((kp, ki) =>
      kp.sentences.forEach((id, ii) => {
        if (!sentences.has(id))
          error([...path, 'keyPoints', ki, 'sentences', ii], `key points at no sentence: "${id}"`);
      }),
    );

  const checkQuestion = (q: Question, path: (string | number)[], ownSection: string | undefined) => {
    claim(q.id, path);
    checkKeyPoints(q.keyPoints, path);
    if (q.kind === 'single' && q.options.filter((o) => o.correct).length !== 1) {
      error([...path, 'options'], 'a single-choice question needs exactly one correct option');
    }
    if (q.kind === 'multiple' && !q.options.some((o) => o.correct)) {
      error([...path, 'options'], 'a multiple-choice question needs at least one correct option');
    }
    if (isChoiceQuestion(q)) {
      const optionIds = new Set<string>();
      q.options.forEach((o, oi) => {
        if (optionIds.has(o.id)) error([...path, 'options', oi, 'id'], `duplicate option id "${o.id}"`);
        optionIds.add(o.id);
      });
    }
    if (q.kind === 'mark') {
      const scope = q.sections ?? (ownSection ? [ownSection] : []);
      if (scope.length === 0)
        error([...path, 'sections'], 'a mark-in-the-text question outside a section must name its sections');
      scope.forEach((id, i) => {
        if (!sectionIds.has(id)) error([...path, 'sections', i], `unknown section "${id}"`);
      });
      q.criterion.voices?.forEach((id, i) => {
        if (!people.has(id)) error([...path, 'criterion', 'voices', i], `unknown person "${id}"`);
      });
      const offered = lesson.sections
        .filter((s) => scope.includes(s.id))
        .flatMap((s) => s.paragraphs.flatMap((p) => p.sentences));
      if (offered.length > 0 && !offered.some((s) => sentenceMatches(s, q.criterion))) {
        error([...path, 'criterion'], 'the key points at no sentence: no sentence in scope matches the criterion');
      }
      q.alsoAccepted.forEach(({ sentenceId }, i) => {
        const sentence = offered.find((s) => s.id === sentenceId);
        const where = [...path, 'alsoAccepted', i, 'sentenceId'];
        if (!sentence) error(where, `"${sentenceId}" is not a sentence this question offers`);
        else if (sentenceMatches(sentence, q.criterion)) error(where, `"${sentenceId}" is already required by the key`);
      });
    }
  };

  lesson.sections.forEach((section, si) => {
    section.prompts.forEach((p, pi) => {
      claim(p.id, ['sections', si, 'prompts', pi]);
      checkKeyPoints(p.keyPoints, ['sections', si, 'prompts', pi]);
    });
    section.questions.forEach((q, qi) => checkQuestion(q, ['sections', si, 'questions', qi], section.id));
  });
  lesson.wrapUp.prompts.forEach((p, pi) => {
    claim(p.id, ['wrapUp', 'prompts', pi]);
    checkKeyPoints(p.keyPoints, ['wrapUp', 'prompts', pi]);
  });
  lesson.wrapUp.questions.forEach((q, qi) => checkQuestion(q, ['wrapUp', 'questions', qi], undefined));

  lesson.exitTicket?.items.forEach((q, qi) => checkQuestion(q, ['exitTicket', 'items', qi], undefined));
  checkSentenceLists(lesson, sentences, error);

  const rubricIds = new Set<string>();
  lesson.rubric.forEach((level, i) => {
    if (rubricIds.has(level.id)) error(['rubric', i, 'id'], `duplicate rubric id "${level.id}"`);
    rubricIds.add(level.id);
  });
}

type ErrorAt = (path: (string | number)[], message: string) => void;

/** The teaching material's own ids and the sentences it points at. */
function checkSentenceLists(lesson: LessonShape, sentences: Set<string>, error: ErrorAt) {
  const unique = (ids: string[], path: (string | number)[]) => {
    const seen = new Set<string>();
    ids.forEach((id, i) => {
      if (seen.has(id)) error([...path, i, 'id'], `duplicate id "${id}"`);
      seen.add(id);
    });
  };
  const known = (ids: string[], path: (string | number)[]) =>
    ids.forEach((id, i) => {
      if (!sentences.has(id)) error([...path, i], `unknown sentence "${id}"`);
    });
  if (lesson.taxonomy) {
    unique(
      lesson.taxonomy.kinds.map((k) => k.id),
      ['taxonomy', 'kinds'],
    );
    unique(
      lesson.taxonomy.tags.map((t) => t.id),
      ['taxonomy', 'tags'],
    );
  }
  unique(lesson.glossary?.map((g) => g.id) ?? [], ['glossary']);
  lesson.glossary?.forEach((g, i) => known(g.sentences, ['glossary', i, 'sentences']));
  unique(lesson.claims?.map((c) => c.id) ?? [], ['claims']);
  lesson.claims?.forEach((c, i) => known(c.sentences, ['claims', i, 'sentences']));
}
