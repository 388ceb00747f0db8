'use client';
import Box from '@mui/material/Box';
import Pagination from '@mui/material/Pagination';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useEffect, useImperativeHandle, useMemo, useRef, useState, type Ref } from 'react';
import type { LocatedQuestion } from '@/lib/lessons/analysis';
import { isAnswered } from '@/lib/schemas/answer';
import { feedbackFor } from '@/lib/review/feedback';
import type { ClassFeedback } from '@/lib/schemas/review';
import { plural } from '@/lib/text/plural';
import type { StudentSheet } from '@/lib/review/student-sheet';
import { useRevealInSteps } from '@/components/common/useRevealInSteps';
import AnswerCard from '../AnswerCard';
import { ANSWER_KEY_ATTRIBUTE, focusAnswer } from '../scoring/useScoringKeys';

/**
 * Long classes are shown a page at a time, so the view stays quick with a thousand students: a
 * switch of question renders and lays out one short page, its first answer at once and the rest a
 * few per task.
 */
export const ANSWERS_PER_PAGE = 20;
const FIRST_SHOWN = 1;

const FILTERS = ['all', 'unscored', 'chosen'] as const;
type Filter = (typeof FILTERS)[number];
/** The scoring keys turn the page when J passes the last answer of a page or K the first. */
export type AnswerListHandle = { turnPage(direction: 'next' | 'previous'): void };
type Props = {
  ref?: Ref<AnswerListHandle>;
  located: LocatedQuestion;
  sheets: readonly StudentSheet[];
  feedback: ClassFeedback;
  chosen: readonly string[];
  onToggleChosen(studentKey: string): void;
  /** A line under a student's name, e.g. why the answer needs a look. */
  detailOf?(studentKey: string): string | undefined;
};

/** Every student's answer to one question, with a score and comment form on each. */
export default function AnswerList({ ref, located, sheets, feedback, chosen, onToggleChosen, detailOf }: Props) {
  const questionId = located.question.id;
  const [filter, setFilter] = useState<{ kind: Filter; keys: ReadonlySet<string> | null }>({ kind: 'all', keys: null });
  const [page, setPage] = useState(1);
  // A page turned back by K is drawn whole at once: its last answer takes the focus.
  const [drawnWhole, setDrawnWhole] = useState(false);
  // After the keys moved past what is drawn: the answer to focus once it is (an index on the page).
  const focusOn = useRef<'first' | 'last' | number | null>(null);
  const topRef = useRef<HTMLHeadingElement>(null);
  const listRef = useRef<HTMLDivElement>(null);

  const answered = useMemo(() => sheets.filter((s) => isAnswered(s.answers.get(questionId))), [sheets, questionId]);
  const missing = useMemo(() => sheets.filter((s) => !isAnswered(s.answers.get(questionId))), [sheets, questionId]);
  const shown = filter.keys ? answered.filter((s) => filter.keys?.has(s.key)) : answered;
  const pages = Math.max(1, Math.ceil(shown.length / ANSWERS_PER_PAGE));
  const current = Math.min(page, pages);
  const pageItems = shown.slice((current - 1) * ANSWERS_PER_PAGE, current * ANSWERS_PER_PAGE);
  const revealed = useRevealInSteps(
    pageItems.length,
    `${current}:${filter.kind}:${drawnWhole}`,
    4,
    drawnWhole ? ANSWERS_PER_PAGE : FIRST_SHOWN,
  );
  const chosenSet = new Set(chosen);

  useImperativeHandle(
    ref,
    () => ({
      turnPage: (direction) => {
        // Past the last answer drawn so far is not past the page: draw the rest now and go on to the
        // next answer (dropping the key would leave the focus on the answer just scored).
        if (direction === 'next' && revealed < pageItems.length) {
          setDrawnWhole(true);
          focusOn.current = revealed;
          return;
        }
        const next = current + (direction === 'next' ? 1 : -1);
        if (next < 1 || next > pages) return;
        setPage(next);
        setDrawnWhole(direction === 'previous');
        focusOn.current = direction === 'next' ? 'first' : 'last';
      },
    }),
    [current, pages, revealed, pageItems.length],
  );
  useEffect(() => {
    const want = focusOn.current;
    if (want === null) return;
    const index = want === 'first' ? 0 : want === 'last' ? pageItems.length - 1 : want;
    if (index >= revealed) return;
    const target = listRef.current?.querySelectorAll<HTMLElement>(`[${ANSWER_KEY_ATTRIBUTE}]`)[index];
    if (target) focusAnswer(target);
    focusOn.current = null;
  }, [current, revealed, pageItems.length]);

  // The filter is a snapshot taken when chosen: an answer does not vanish while the teacher scores it.
  const changeFilter = (kind: Filter) => {
    setPage(1);
    setDrawnWhole(false);
    if (kind === 'all') return setFilter({ kind, keys: null });
    const keep =
      kind === 'chosen'
        ? (s: StudentSheet) => chosenSet.has(s.key)
        : (s: StudentSheet) => feedbackFor(feedback, s.key, questionId).levelId === null;
    setFilter({ kind, keys: new Set(answered.filter(keep).map((s) => s.key)) });
  };
  const changePage = (next: number) => {
    setPage(next);
    setDrawnWhole(false);
    topRef.current?.focus();
    topRef.current?.scrollIntoView({ block: 'start' });
  };
  const pager = pages > 1 && (
    <Pagination
      count={pages}
      page={current}
      onChange={(_, p) => changePage(p)}
      siblingCount={0}
      getItemAriaLabel={(type, p) => (type === 'page' ? `Page ${p}` : `${type} page`)}
    />
  );

  return (
    <Box ref={listRef} sx={{ display: 'grid', gap: 2, minWidth: 0 }}>
      <Box sx={{ display: 'flex', flexWrap: 'wrap', alignItems: 'center', justifyContent: 'space-between', gap: 1.5 }}>
        <Typography ref={topRef} tabIndex={-1} component="h3" variant="listTitle" sx={{ outline: 'none' }}>
          Answers ({answered.length.toLocaleString('en')})
        </Typography>
        <TextField
          select
          size="small"
          label="Show"
          value={filter.kind}
          onChange={(e) => changeFilter(FILTERS.find((f) => f === e.target.value) ?? 'all')}
          slotProps={{ select: { native: true } }}
        >
          <option value="all">All answers</option>
          <option value="unscored">Not scored yet</option>
          <option value="chosen">Chosen for projector</option>
        </TextField>
      </Box>
      {shown.length > ANSWERS_PER_PAGE && (
        // A status: when J or K turns the page, focus lands on a card, and this says where the list now is.
        <Typography role="status" color="text.secondary">
          Showing {(current - 1) * ANSWERS_PER_PAGE + 1}–{Math.min(current * ANSWERS_PER_PAGE, shown.length)} of{' '}
          {shown.length.toLocaleString('en')}
        </Typography>
      )}
      {pager}
      {shown.length === 0 && <Typography color="text.secondary">No answers to show.</Typography>}
      {pageItems.slice(0, revealed).map((sheet) => (
        <AnswerCard
          key={`${questionId}:${sheet.key}`}
          title={sheet.label}
          detail={detailOf?.(sheet.key)}
          headingLevel="h4"
          located={located}
          answer={sheet.answers.get(questionId)}
          studentKey={sheet.key}
          feedback={feedbackFor(feedback, sheet.key, questionId)}
          chosenForProjector={chosenSet.has(sheet.key)}
          onToggleProjector={onToggleChosen}
        />
      ))}
      {revealed === pageItems.length && pager}
      {missing.length > 0 && (
        <Box component="section" aria-label="Students who did not answer">
          <Typography component="h3" variant="asideTitle" sx={{ mb: 0.5 }}>
            Not answered ({plural(missing.length, 'student')})
          </Typography>
          <Typography color="text.secondary" sx={{ overflowWrap: 'anywhere' }}>
            {missing.map((s) => s.label).join(', ')}
          </Typography>
        </Box>
      )}
    </Box>
  );
}
