/**
 * The slides of one source-evaluation question. Choice questions show their options (the reveal
 * marks the correct ones); a "mark in the text" question over its own section shows the passage
 * (the reveal marks the key sentences); one over several sections names the task and the reveal
 * quotes the answering sentences, since re-projecting the whole report would take many slides the
 * class has already read. Key points go on the question's last slide when they fit, else after it.
 */
import {
  markAlsoAccepted,
  markKey,
  markSentences,
  type LocatedQuestion,
  type LocatedSentence,
} from '@/lib/lessons/analysis';
import { SLIDE_BODY_BUDGET, SLIDE_LABELS } from './layout';
import { packPages } from './pack';
import { answersHint } from './reveal-hint';
import {
  headingHeight,
  keyPointsHeight,
  lineHeight,
  optionsHeight,
  passageHeight,
  quotesHeight,
  revealHintHeight,
} from './slide-heights';
import {
  EMPTY_NOTES,
  keyPointSlides,
  partId,
  partLabel,
  placeLabel,
  sentenceNote,
  toParagraphs,
  type BuildContext,
} from './slide-parts';
import type { QuestionBody, QuotedSentence, Slide, SlideNotes, SlideSection } from './slide-types';

const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';

type Bodies = { bodies: { body: QuestionBody; height: number }[]; keySentences: LocatedSentence[] };

function questionBodies(ctx: BuildContext, located: LocatedQuestion, headHeight: number): Bodies {
  const q = located.question;
  switch (q.kind) {
    case 'single':
    case 'multiple': {
      const options = q.options.map((o, i) => ({
        id: o.id,
        letter: LETTERS[i] ?? String(i + 1),
        text: o.text,
        correct: o.correct,
      }));
      return {
        bodies: [
          { body: { type: 'choice', multiple: q.kind === 'multiple', options }, height: optionsHeight(options) },
        ],
        keySentences: [],
      };
    }
    case 'text':
      return {
        bodies: [
          {
            body: { type: 'text', lengthHint: q.lengthHint },
            height: lineHeight(`${SLIDE_LABELS.write} ${q.lengthHint}`),
          },
        ],
        keySentences: [],
      };
    case 'mark': {
      const offered = markSentences(ctx.lesson, q, located.sectionId);
      const key = new Set(markKey(ctx.lesson, q, located.sectionId));
      const fair = new Set(markAlsoAccepted(q));
      const keySentences = offered.filter((s) => key.has(s.id));
      const targetHeight = lineHeight(`${SLIDE_LABELS.target} ${q.target}`);
      if (offered.every((s) => s.sectionId === located.sectionId)) {
        const sentences = offered.map((s) => ({ ...s, key: key.has(s.id), accepted: fair.has(s.id) }));
        const pages = packPages(
          sentences,
          (page) => headHeight + targetHeight + passageHeight(page),
          SLIDE_BODY_BUDGET,
        );
        const bodies = pages.map((page, i) => ({
          body: {
            type: 'mark' as const,
            target: q.target,
            part: i + 1,
            parts: pages.length,
            paragraphs: toParagraphs(page, sentences, (s) => ({
              id: s.id,
              text: s.text,
              key: s.key,
              accepted: s.accepted,
            })),
          },
          height: targetHeight + passageHeight(page),
        }));
        return { bodies, keySentences };
      }
      const titles = new Map(ctx.lesson.sections.map((s, i) => [s.id, `Section ${i + 1}: ${s.title}`]));
      const quoted = [...keySentences, ...offered.filter((s) => fair.has(s.id))].map((s) => ({
        id: s.id,
        text: s.text,
        section: titles.get(s.sectionId) ?? '',
        ...(fair.has(s.id) ? { accepted: true } : {}),
      }));
      const total = quoted.length;
      // Before the reveal the hint stands in for the quotes: the page must fit whichever is taller.
      const hidden = (page: QuotedSentence[], first: number) =>
        answersHint({
          first,
          last: first + page.length - 1,
          total,
          sections: [...new Set(page.map((s) => s.section))],
        });
      const height = (page: QuotedSentence[], first: number) =>
        targetHeight + Math.max(quotesHeight(page), revealHintHeight(hidden(page, first)));
      const pages = packPages(quoted, (page) => headHeight + height(page, total), SLIDE_BODY_BUDGET);
      let first = 1;
      const bodies = pages.map((page, i) => {
        const body: QuestionBody = {
          type: 'look-back',
          target: q.target,
          sentences: page,
          part: i + 1,
          parts: pages.length,
          hint: hidden(page, first),
        };
        const measured = { body, height: height(page, first) };
        first += page.length;
        return measured;
      });
      return { bodies, keySentences };
    }
  }
}

function questionNotes(
  ctx: BuildContext,
  located: LocatedQuestion,
  body: QuestionBody,
  keySentences: LocatedSentence[],
): SlideNotes {
  const q = located.question;
  const answer =
    body.type === 'choice' ? body.options.filter((o) => o.correct).map((o) => `${o.letter}. ${o.text}`) : [];
  if (q.kind !== 'text') answer.push(q.explanation);
  if (q.kind === 'mark') answer.push(...q.alsoAccepted.map((a) => `Also accepted (${a.sentenceId}): ${a.reason}`));
  return {
    ...EMPTY_NOTES,
    keyPoints: q.keyPoints.map((k) => k.text),
    answer,
    sentences: keySentences.map((s) => sentenceNote(ctx, s)),
  };
}

/** Whether the reveal changes the body itself (correct options, key sentences, quoted answers). */
function revealsInBody(body: QuestionBody): boolean {
  if (body.type === 'mark') return body.paragraphs.some((p) => p.sentences.some((s) => s.key || s.accepted));
  return body.type === 'choice' || body.type === 'look-back';
}

export function questionSlides(ctx: BuildContext, located: LocatedQuestion, where: SlideSection | null): Slide[] {
  const q = located.question;
  const kicker = `${placeLabel(where)} · Question ${located.number}`;
  const keyPoints = q.keyPoints.map((k) => k.text);
  const headHeight = headingHeight(q.prompt);
  const { bodies, keySentences } = questionBodies(ctx, located, headHeight);
  const keyPointsFit = headHeight + (bodies.at(-1)?.height ?? 0) + keyPointsHeight(keyPoints) <= SLIDE_BODY_BUDGET;
  const notes = questionNotes(ctx, located, bodies[0]!.body, keySentences);

  const slides: Slide[] = bodies.map(({ body }, i) => {
    const shown = i === bodies.length - 1 && keyPointsFit ? keyPoints : [];
    const parts = body.type === 'mark' || body.type === 'look-back' ? partLabel(body.part, body.parts) : '';
    return {
      kind: 'question',
      id: partId(q.id, i + 1),
      section: where,
      kicker: `${kicker}${parts}`,
      title: q.prompt,
      number: located.number,
      revealable: revealsInBody(body) || shown.length > 0,
      notes,
      body,
      keyPoints: shown,
    };
  });
  return keyPointsFit ? slides : [...slides, ...keyPointSlides(q.id, kicker, q.prompt, keyPoints, where, notes)];
}
