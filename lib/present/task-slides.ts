/**
 * The slides of the tasks after the sections: the claim-and-evidence chart (the claims, and on
 * the reveal the evidence the text gives for each), how to read laterally, and the exit ticket.
 * Only what the lesson on its path has: the core path has no chart and no lateral reading.
 */
import { termsById } from '@/lib/lessons/glossary';
import { CLAIM_CATEGORY_LABELS, CLAIM_STATUS_LABELS, lessonTasks } from '@/lib/lessons/lesson-tasks';
import type { Lesson } from '@/lib/schemas/lesson';
import { SLIDE_BODY_BUDGET } from './layout';
import { packPages } from './pack';
import { listSlides } from './opening-slides';
import { chartRowsHeight, headingHeight } from './slide-heights';
import { EMPTY_NOTES, partId, partLabel } from './slide-parts';
import type { ChartSlideRow, Slide } from './slide-types';

const CHART_TITLE = 'Claims and evidence';

export const CHART_STATUSES = Object.values(CLAIM_STATUS_LABELS);

function chartSlides(lesson: Lesson): Slide[] {
  const claims = lesson.claims ?? [];
  const rows: ChartSlideRow[] = claims.map((c) => ({
    id: c.id,
    claim: c.claim,
    category: CLAIM_CATEGORY_LABELS[c.category],
    evidence: c.evidenceInText,
  }));
  const pages = packPages(rows, (page) => headingHeight(CHART_TITLE) + chartRowsHeight(page), SLIDE_BODY_BUDGET);
  return pages.map((page, i) => ({
    kind: 'claim-chart',
    id: partId('claim-chart', i + 1),
    section: null,
    kicker: `Claim-and-evidence chart${partLabel(i + 1, pages.length)}`,
    title: CHART_TITLE,
    revealable: true,
    terms: termsById(lesson, ['g-claim', 'g-evidence']),
    notes: {
      ...EMPTY_NOTES,
      teacher: [`Status for each claim: ${CHART_STATUSES.join(', ')}.`],
      answer: claims.filter((c) => page.some((r) => r.id === c.id)).map((c) => `${c.claim} Check: ${c.howToCheck}`),
    },
    rows: page,
    part: i + 1,
    parts: pages.length,
  }));
}

export function taskSlides(lesson: Lesson): Slide[] {
  const tasks = lessonTasks(lesson);
  const reading = lesson.lateralReading;
  return [
    ...(tasks.claimChart ? chartSlides(lesson) : []),
    ...(tasks.lateralReading && reading
      ? listSlides('lateral-reading', 'Lateral reading', 'Check one claim by reading laterally', [
          ...reading.instructions,
          ...reading.record.map((r) => `Record: ${r}`),
        ]).map((slide) => ({ ...slide, terms: termsById(lesson, ['g-lateral-reading']) }))
      : []),
  ];
}

export function exitTicketSlides(lesson: Lesson): Slide[] {
  const ticket = lesson.exitTicket;
  if (!ticket) return [];
  return listSlides(
    'exit-ticket',
    'Exit ticket',
    ticket.intro,
    ticket.items.map((q) => q.prompt),
  );
}
