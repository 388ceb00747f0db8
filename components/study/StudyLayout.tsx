'use client';
import dynamic from 'next/dynamic';
import Box from '@mui/material/Box';
import Container from '@mui/material/Container';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import { useCallback, useMemo, useSyncExternalStore } from 'react';
import SaveStatus from '@/components/common/SaveStatus';
import { resumeStep, stepFromHash, type Step } from '@/lib/study/steps';
import AnswerTools from './AnswerTools';
import IntroStep from './IntroStep';
import SectionStep from './SectionStep';
import StepNav from './StepNav';
import StepPager from './StepPager';
import StorageProblems from './StorageProblems';
import { PATH_LABELS } from '@/lib/lessons/path-param';
import { useStudy } from './StudyContext';
import { useFeedbackImport } from './useFeedbackImport';
import { useFocusOnStepChange } from './useFocusOnStepChange';
import WrapUpStep from './WrapUpStep';

// Loaded on demand: steps at the end of the path, not part of the page's first-load JavaScript.
const ClaimChartStep = dynamic(() => import('./tasks/ClaimChartStep'), { ssr: false });
const LateralReadingStep = dynamic(() => import('./tasks/LateralReadingStep'), { ssr: false });
const ExitTicketStep = dynamic(() => import('./tasks/ExitTicketStep'), { ssr: false });
const FinishStep = dynamic(() => import('./FinishStep'), { ssr: false });
const PrintSheet = dynamic(() => import('./PrintSheet'), { ssr: false });

const subscribeHash = (onChange: () => void) => {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
};

/**
 * The study page's frame: title and save status, problems, the step list with the answer tools,
 * and the current step. The step is the URL hash; with none, a returning student resumes at the
 * first step that still has unanswered questions.
 */
export default function StudyLayout({ steps }: { steps: Step[] }) {
  const { lesson, session, path, ready } = useStudy();
  const hash = useSyncExternalStore(
    subscribeHash,
    () => window.location.hash,
    () => '',
  );
  const feedbackImport = useFeedbackImport();

  const goTo = useCallback((step: Step) => {
    window.location.hash = step.id;
  }, []);

  // Decided when the saved answers are read, not again as the student types: answering the last
  // question of a step must not move them on, and re-rendering the whole page on a keystroke is slow.
  const resumeId = useMemo(() => resumeStep(steps, session.getSnapshot().data.answers).id, [session, steps]);
  const current = stepFromHash(steps, hash) ?? steps.find((s) => s.id === resumeId)!;
  const index = steps.indexOf(current);
  const section = lesson.sections.find((s) => s.id === current.id);
  useFocusOnStepChange(current.id, ready);

  return (
    <>
      <Container component="main" id="main" maxWidth="lg" sx={{ py: { xs: 2, sm: 3 } }}>
        <Box
          className="no-print"
          sx={{
            display: 'flex',
            flexWrap: 'wrap',
            gap: 1.5,
            alignItems: 'center',
            justifyContent: 'space-between',
            mb: 2,
          }}
        >
          <Box>
            <Typography variant="studyTitle">{lesson.title}</Typography>
            {/* The path is in the address, read once hydrated: the static page keeps the line empty. */}
            <Typography color="text.secondary">{ready ? PATH_LABELS[path] : '\u00a0'}</Typography>
          </Box>
          {ready && <SaveStatus source={session} variant="badge" />}
        </Box>
        {ready && (
          <>
            <StorageProblems />
            {feedbackImport.status}
            {feedbackImport.input}
          </>
        )}
        <Box
          sx={{
            display: 'grid',
            gridTemplateColumns: { xs: 'minmax(0, 1fr)', md: '290px minmax(0, 1fr)' },
            gap: { xs: 2, md: 4 },
            alignItems: 'start',
          }}
        >
          <Box
            className="no-print"
            sx={{
              display: 'grid',
              gap: 2,
              position: { md: 'sticky' },
              top: { md: 16 },
              maxHeight: { md: 'calc(100vh - 32px)' },
              overflowY: { md: 'auto' },
            }}
          >
            {/* Controls come with the hydrated page: before, a click would do nothing. */}
            {ready && (
              <>
                <StepNav steps={steps} current={current} onSelect={goTo} />
                <Paper
                  variant="outlined"
                  component="section"
                  aria-labelledby="answer-tools-heading"
                  sx={{ p: 2, display: { xs: 'none', md: 'block' } }}
                >
                  <Typography id="answer-tools-heading" sx={{ fontWeight: 700, mb: 1 }}>
                    My answers
                  </Typography>
                  <AnswerTools onImportFeedback={feedbackImport.open} />
                </Paper>
              </>
            )}
          </Box>
          <Box className="no-print" sx={{ minWidth: 0 }}>
            {current.kind === 'start' && <IntroStep onStart={() => goTo(steps[1]!)} />}
            {section && <SectionStep section={section} number={index} count={lesson.sections.length} />}
            {current.kind === 'claim-chart' && <ClaimChartStep />}
            {current.kind === 'lateral-reading' && <LateralReadingStep />}
            {current.kind === 'wrap-up' && <WrapUpStep />}
            {current.kind === 'exit-ticket' && <ExitTicketStep />}
            {current.kind === 'finish' && <FinishStep onImportFeedback={feedbackImport.open} />}
            {ready && <StepPager previous={steps[index - 1]} next={steps[index + 1]} onSelect={goTo} />}
          </Box>
        </Box>
      </Container>
      {ready && <PrintSheet />}
    </>
  );
}
