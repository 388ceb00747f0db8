'use client';
import dynamic from 'next/dynamic';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import CircularProgress from '@mui/material/CircularProgress';
import Container from '@mui/material/Container';
import Tab from '@mui/material/Tab';
import Tabs from '@mui/material/Tabs';
import Typography from '@mui/material/Typography';
import type { ShownState } from './scoring/useStateFilter';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { plural, pluralWord } from '@/lib/text/plural';
import { indexLesson } from '@/lib/review/lesson-index';
import type { Lesson } from '@/lib/schemas/lesson';
import ImportPanel from './import/ImportPanel';
import { ReviewContext, type ReviewContextValue } from './ReviewContext';
import { useReviewSession } from './useReviewSession';

// Loaded on demand, when first shown: not part of the page's first-load JavaScript. Alerts are
// only for problems and for views opened before any import.
const Alert = dynamic(() => import('@mui/material/Alert'), { ssr: false });
const ExportActions = dynamic(() => import('./ExportActions'), { ssr: false });
const OverviewPanel = dynamic(() => import('./overview/OverviewPanel'), { ssr: false });
const ByQuestionPanel = dynamic(() => import('./question/ByQuestionPanel'), { ssr: false });
const ByStudentPanel = dynamic(() => import('./student/ByStudentPanel'), { ssr: false });
const ClassTasksPanel = dynamic(() => import('./charts/ClassTasksPanel'), { ssr: false });

const VIEWS = [
  { id: 'import', label: 'Import' },
  { id: 'question', label: 'By question' },
  { id: 'student', label: 'By student' },
  { id: 'overview', label: 'Class overview' },
  { id: 'tasks', label: 'Charts and tasks' },
] as const;
type View = (typeof VIEWS)[number]['id'];

/** The teacher's review of one lesson: import the class's files, review, give feedback, export. */
export default function ReviewApp({ lesson }: { lesson: Lesson }) {
  const index = useMemo(() => indexLesson(lesson), [lesson]);
  const data = useReviewSession(index);
  const { sheets, feedback, importFiles } = data;
  const [chosenView, setView] = useState<View | null>(null);
  const [questionId, setQuestionId] = useState(index.questions[0]?.question.id ?? '');
  const [studentKey, setStudentKey] = useState('');
  const [stateFilter, setStateFilter] = useState<ShownState | null>(null);
  const [chosen, setChosen] = useState<ReadonlyMap<string, readonly string[]>>(new Map());
  // The first view is chosen once, when the saved review has opened: another tab's import must not
  // move this tab off the Import view, taking its file chooser away mid-task.
  const [openingView, setOpeningView] = useState<View | null>(null);
  if (data.ready && openingView === null) setOpeningView(sheets.length ? 'question' : 'import');
  const view: View = chosenView ?? openingView ?? 'import';

  const onFiles = useCallback(
    (files: File[]) => {
      setView('import');
      void importFiles(files);
    },
    [importFiles],
  );

  // Files dropped anywhere on the page are imported, instead of the browser opening them.
  useEffect(() => {
    const onDragOver = (e: DragEvent) => e.preventDefault();
    const onDrop = (e: DragEvent) => {
      if (e.defaultPrevented) return;
      e.preventDefault();
      onFiles([...(e.dataTransfer?.files ?? [])]);
    };
    window.addEventListener('dragover', onDragOver);
    window.addEventListener('drop', onDrop);
    return () => {
      window.removeEventListener('dragover', onDragOver);
      window.removeEventListener('drop', onDrop);
    };
  }, [onFiles]);

  const toggleChosen = useCallback(
    (key: string) =>
      setChosen((current) => {
        const list = current.get(questionId) ?? [];
        return new Map(current).set(questionId, list.includes(key) ? list.filter((k) => k !== key) : [...list, key]);
      }),
    [questionId],
  );

  const context = useMemo<ReviewContextValue>(
    () => ({
      index,
      session: data.session,
      setAnswerFeedback: data.setAnswerFeedback,
      setOverallComment: data.setOverallComment,
    }),
    [index, data.session, data.setAnswerFeedback, data.setOverallComment],
  );

  // The same element while the view stays: MUI Tabs measure the page after each render of theirs, a
  // forced layout that switching question or student must not pay for.
  const tabs = useMemo(
    () => (
      // Five tabs do not fit a phone without wrapping each label over three lines: they scroll.
      <Tabs
        value={view}
        onChange={(_, v: View) => setView(v)}
        aria-label="Review views"
        variant="scrollable"
        scrollButtons="auto"
        allowScrollButtonsMobile
      >
        {VIEWS.map((v) => (
          <Tab
            key={v.id}
            value={v.id}
            label={v.label}
            id={`review-tab-${v.id}`}
            aria-controls={`review-panel-${v.id}`}
            sx={{ minWidth: { xs: 0, sm: 90 }, px: { xs: 1.25, sm: 2 } }}
          />
        ))}
      </Tabs>
    ),
    [view],
  );

  const openQuestion = (id: string, state?: ShownState) => {
    setQuestionId(id);
    setStateFilter(state ?? null);
    setView('question');
  };

  return (
    <ReviewContext value={context}>
      <Container component="main" id="main" maxWidth="xl" sx={{ py: { xs: 3, sm: 4 } }}>
        <Box
          sx={{
            display: 'flex',
            flexWrap: 'wrap',
            alignItems: 'flex-end',
            justifyContent: 'space-between',
            gap: 2,
            mb: 2,
          }}
        >
          <Box sx={{ minWidth: 0 }}>
            <Typography variant="pageTitle">Review answers</Typography>
            <Typography color="text.secondary" variant="bodyLarge">
              {lesson.title} · {data.ready ? plural(sheets.length, 'student') : 'loading…'}
            </Typography>
          </Box>
          <ExportActions sheets={sheets} feedback={feedback} />
        </Box>
        {data.reloadNeeded && (
          <Alert
            severity="error"
            sx={{ mb: 2 }}
            action={
              <Button color="inherit" size="small" onClick={() => window.location.reload()}>
                Reload
              </Button>
            }
          >
            {data.reloadNeeded}
          </Alert>
        )}
        {data.storageProblem && (
          <Alert severity="warning" sx={{ mb: 2 }}>
            {data.storageProblem}
          </Alert>
        )}
        {data.unreadable > 0 && (
          <Alert severity="warning" sx={{ mb: 2 }}>
            {plural(data.unreadable, 'saved record')} could not be read and {pluralWord(data.unreadable, 'was', 'were')}{' '}
            left untouched.
          </Alert>
        )}
        {data.reloadNeeded && !data.ready ? null : !data.ready ? (
          <Box role="status" sx={{ display: 'flex', alignItems: 'center', gap: 2, py: 6 }}>
            <CircularProgress size={28} aria-hidden />
            <Typography>Opening the saved review…</Typography>
          </Box>
        ) : (
          <>
            <Box sx={{ borderBottom: 1, borderColor: 'divider', mb: 3 }}>{tabs}</Box>
            <Box role="tabpanel" id={`review-panel-${view}`} aria-labelledby={`review-tab-${view}`}>
              {view === 'import' && (
                <ImportPanel
                  sheets={sheets}
                  importing={data.importing}
                  lastImport={data.lastImport}
                  saveError={data.importSaveError}
                  onFiles={onFiles}
                  onClear={() => void data.clearAll().then(() => setChosen(new Map()))}
                />
              )}
              {view !== 'import' && sheets.length === 0 && (
                <Alert severity="info">
                  No answer files yet. Import your class&rsquo;s files first, in the Import tab.
                </Alert>
              )}
              {view === 'question' && sheets.length > 0 && (
                <ByQuestionPanel
                  sheets={sheets}
                  feedback={feedback}
                  questionId={questionId}
                  onQuestionChange={(id) => {
                    setQuestionId(id);
                    setStateFilter(null);
                  }}
                  stateFilter={stateFilter}
                  onClearStateFilter={() => setStateFilter(null)}
                  chosen={chosen.get(questionId) ?? []}
                  onToggleChosen={toggleChosen}
                  onClearChosen={() => setChosen((c) => new Map(c).set(questionId, []))}
                />
              )}
              {view === 'student' && sheets.length > 0 && (
                <ByStudentPanel
                  sheets={sheets}
                  feedback={feedback}
                  studentKey={studentKey}
                  onStudentChange={setStudentKey}
                />
              )}
              {view === 'overview' && sheets.length > 0 && (
                <OverviewPanel sheets={sheets} feedback={feedback} onOpenQuestion={openQuestion} />
              )}
              {view === 'tasks' && sheets.length > 0 && <ClassTasksPanel sheets={sheets} feedback={feedback} />}
            </Box>
          </>
        )}
      </Container>
    </ReviewContext>
  );
}
