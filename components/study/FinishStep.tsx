'use client';
import dynamic from 'next/dynamic';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Link from '@mui/material/Link';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { lessonQuestions } from '@/lib/lessons/analysis';
import { isAnswered } from '@/lib/schemas/answer';
import { lessonProgress } from '@/lib/study/progress';
import AnswerTools from './AnswerTools';
import StepHeading from './StepHeading';
import { useStudy } from './StudyContext';
import { useSessionValue } from './useAnswerSession';

// Loaded on demand: not part of the page's first-load JavaScript.
const NameDialog = dynamic(() => import('./NameDialog'), { ssr: false });

/** The end of the path: what is still unanswered, the name on the file, and how to hand in. */
export default function FinishStep({ onImportFeedback }: { onImportFeedback: () => void }) {
  const { lesson, session } = useStudy();
  const snapshot = useSessionValue(session, (s) => s);
  const [renaming, setRenaming] = useState(false);
  const answers = snapshot.data.answers;
  const progress = lessonProgress(lesson, answers);
  const open = lessonQuestions(lesson).filter((q) => !isAnswered(answers[q.question.id]));
  const openBySection = [...new Set(open.map((q) => q.sectionId))].map(
    (id) => [id, open.filter((q) => q.sectionId === id).map((q) => q.number)] as const,
  );
  const sectionTitle = (id: string | null) =>
    id ? lesson.sections.find((s) => s.id === id)?.title : lesson.wrapUp.title;
  const name = snapshot.data.studentName;
  const overall = snapshot.data.feedback?.overallComment;

  return (
    <section aria-labelledby="step-heading">
      <StepHeading>Hand in your answers</StepHeading>
      <Typography variant="lead" sx={{ mb: 2 }}>
        You have answered {progress.answered} of {progress.total} questions.
      </Typography>
      {open.length > 0 && (
        <Paper variant="outlined" sx={{ p: { xs: 2, sm: 3 }, mb: 3 }}>
          <Typography variant="h3" component="h3" sx={{ mb: 1 }}>
            Still open
          </Typography>
          <Box component="ul" sx={{ m: 0, pl: 2.5 }}>
            {openBySection.map(([sectionId, numbers]) => (
              <li key={sectionId ?? 'wrap-up'}>
                <Link href={`#${sectionId ?? 'wrap-up'}`}>{sectionTitle(sectionId)}</Link>: question
                {numbers.length > 1 ? 's' : ''} {numbers.join(', ')}
              </li>
            ))}
          </Box>
        </Paper>
      )}
      <Paper variant="outlined" sx={{ p: { xs: 2, sm: 3 }, mb: 3 }}>
        <Typography variant="h3" component="h3" sx={{ mb: 1 }}>
          Your file
        </Typography>
        <Typography sx={{ mb: 2 }}>
          {name ? (
            <>
              Name on your answer file: <strong>{name}</strong>{' '}
              <Button size="small" onClick={() => setRenaming(true)}>
                Change name
              </Button>
            </>
          ) : (
            'You will be asked for your name when you export.'
          )}
        </Typography>
        <Typography color="text.secondary" sx={{ mb: 2 }}>
          Export saves a file on this device; hand it in the way your teacher asked (for example, upload it to your
          class page). Your answers never leave this device any other way.
        </Typography>
        <AnswerTools onImportFeedback={onImportFeedback} size="medium" direction="row" />
      </Paper>
      {overall && (
        <Paper
          variant="outlined"
          component="section"
          aria-labelledby="overall-feedback"
          sx={{ p: { xs: 2, sm: 3 }, borderColor: 'secondary.main', borderWidth: 2 }}
        >
          <Typography variant="h3" component="h3" id="overall-feedback" sx={{ mb: 1 }}>
            Your teacher&apos;s overall comment
          </Typography>
          <Typography sx={{ whiteSpace: 'pre-wrap' }}>{overall}</Typography>
        </Paper>
      )}
      {renaming && (
        <NameDialog
          open
          initialName={name}
          submitLabel="Save name"
          onSubmit={(newName) => {
            session.setStudentName(newName);
            setRenaming(false);
          }}
          onCancel={() => setRenaming(false)}
        />
      )}
    </section>
  );
}
