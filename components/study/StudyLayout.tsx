'use client';
import dynamic from 'next/dynamic';
import Box from '@mui/material/Box';
import Container from '@mui/material/Container';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import { useCallback, useEffect, useRef, useSyncExternalStore } from 'react';
import SaveStatus from '@/components/common/SaveStatus';
import { resumeStep, stepFromHash, type Step } from '@/lib/study/steps';
import AnswerTools from './AnswerTools';
import ClaimChartStep from './tasks/ClaimChartStep';
import ExitTicketStep from './tasks/ExitTicketStep';
import LateralReadingStep from './tasks/LateralReadingStep';
import FinishStep from './FinishStep';
import IntroStep from './IntroStep';
import SectionStep from './SectionStep';
import StepNav from './StepNav';
import StepPager from './StepPager';
import StorageProblems from './StorageProblems';
import { PATH_LABELS } from '@/lib/lessons/path-param';
import { useStudy } from './StudyContext';
import { useSessionValue } from './useAnswerSession';
import { useFeedbackImport } from './useFeedbackImport';
import WrapUpStep from './WrapUpStep';

// Loaded on demand: not part of the page's first-load JavaScript.
const PrintSheet = dynamic(() => import('./PrintSheet'), { ssr: false });

/**
 * After moving to another step (a button, a link or the browser's back button), start at the top
 * and put the focus on the new step's heading, so keyboard and screen-reader users are told.
 */
function useFocusOnStepChange(stepId: string) {
  const previous = useRef(stepId);
  useEffect(() => {
    if (previous.current === stepId) return;
    previous.current = stepId;
    window.scrollTo({ top: 0 });
    document.getElementById('step-heading')?.focus();
  }, [stepId]);
}

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
  const { lesson, session, path } = useStudy();
  const hash = useSyncExternalStore(
    subscribeHash,
    () => window.location.hash,
    () => '',
  );
  const feedbackImport = useFeedbackImport();

  const goTo = useCallback((step: Step) => {
    window.location.hash = step.id;
  }, []);

  const resumeId = useSessionValue(session, (s) => resumeStep(steps, s.data.answers).id);
  const current = stepFromHash(steps, hash) ?? steps.find((s) => s.id === resumeId)!;
  const index = steps.indexOf(current);
  const section = lesson.sections.find((s) => s.id === current.id);
  useFocusOnStepChange(current.id);

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
            <Typography color="text.secondary">{PATH_LABELS[path]}</Typography>
          </Box>
          <SaveStatus source={session} variant="badge" />
        </Box>
        <StorageProblems />
        {feedbackImport.status}
        {feedbackImport.input}
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
          </Box>
          <Box className="no-print" sx={{ minWidth: 0 }}>
            {current.kind === 'start' && <IntroStep onStart={() => goTo(steps[1]!)} />}
            {section && <SectionStep section={section} number={index} count={lesson.sections.length} />}
            {current.kind === 'claim-chart' && <ClaimChartStep />}
            {current.kind === 'lateral-reading' && <LateralReadingStep />}
            {current.kind === 'wrap-up' && <WrapUpStep />}
            {current.kind === 'exit-ticket' && <ExitTicketStep />}
            {current.kind === 'finish' && <FinishStep onImportFeedback={feedbackImport.open} />}
            <StepPager previous={steps[index - 1]} next={steps[index + 1]} onSelect={goTo} />
          </Box>
        </Box>
      </Container>
      <PrintSheet />
    </>
  );
}
