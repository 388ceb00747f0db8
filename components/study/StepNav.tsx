'use client';
import CheckCircle from '@mui/icons-material/CheckCircle';
import RadioButtonUnchecked from '@mui/icons-material/RadioButtonUnchecked';
import Box from '@mui/material/Box';
import LinearProgress from '@mui/material/LinearProgress';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import ListItemButton from '@mui/material/ListItemButton';
import ListItemIcon from '@mui/material/ListItemIcon';
import ListItemText from '@mui/material/ListItemText';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import PlainSelect from '@/components/common/PlainSelect';
import { lessonProgress, sectionProgress } from '@/lib/study/progress';
import type { Step } from '@/lib/study/steps';
import { useStudy } from './StudyContext';
import { useSessionValue } from './useAnswerSession';

type Props = { steps: Step[]; current: Step; onSelect: (step: Step) => void };

const stepLabel = (step: Step, index: number) => (step.kind === 'section' ? `${index}. ${step.title}` : step.title);

/** The list of steps with how far the student has got in each; on a phone it sits above the step. */
export default function StepNav({ steps, current, onSelect }: Props) {
  const { lesson, session } = useStudy();
  // A key that changes only when a count does: typing in an answer does not re-render the list.
  const countsKey = useSessionValue(session, ({ data: { answers } }) =>
    [lessonProgress(lesson, answers), ...steps.map((step) => sectionProgress(step.questionIds, answers))]
      .map((p) => p.answered)
      .join(),
  );
  const [answeredOverall = 0, ...answeredPerStep] = countsKey.split(',').map(Number);
  const overall = { answered: answeredOverall, total: lessonProgress(lesson, {}).total };
  const progressOf = (index: number) => ({
    answered: answeredPerStep[index] ?? 0,
    total: steps[index]!.questionIds.length,
  });
  const percent = overall.total ? Math.round((overall.answered / overall.total) * 100) : 0;

  return (
    <Paper
      component="nav"
      aria-label="Lesson sections"
      variant="outlined"
      className="no-print"
      sx={{ overflow: 'hidden' }}
    >
      <Box sx={{ p: 2, pb: 1.5 }}>
        <Typography id="progress-label" sx={{ fontWeight: 700, mb: 1 }}>
          {overall.answered} of {overall.total} questions answered
        </Typography>
        <LinearProgress
          variant="determinate"
          value={percent}
          aria-labelledby="progress-label"
          sx={{ height: 8, borderRadius: 4 }}
        />
      </Box>
      <Box sx={{ px: 2, pb: 2, display: { xs: 'block', md: 'none' } }}>
        <Typography component="label" htmlFor="step-select" sx={{ display: 'block', mb: 0.5 }}>
          Go to
        </Typography>
        <PlainSelect
          id="step-select"
          value={current.id}
          onChange={(event) => {
            const step = steps.find((s) => s.id === event.target.value);
            if (step) onSelect(step);
          }}
        >
          {steps.map((step, index) => (
            <option key={step.id} value={step.id}>
              {stepLabel(step, index)}
              {step.questionIds.length ? ` (${progressOf(index).answered} of ${step.questionIds.length})` : ''}
            </option>
          ))}
        </PlainSelect>
      </Box>
      <List dense sx={{ py: 0, display: { xs: 'none', md: 'block' } }}>
        {steps.map((step, index) => {
          const progress = progressOf(index);
          const done = progress.total > 0 && progress.answered === progress.total;
          const label = stepLabel(step, index);
          return (
            <ListItem key={step.id} disablePadding sx={{ borderTop: 1, borderColor: 'divider' }}>
              <ListItemButton
                component="a"
                href={`#${step.id}`}
                selected={step === current}
                aria-current={step === current ? 'step' : undefined}
                onClick={(event: React.MouseEvent) => {
                  event.preventDefault();
                  onSelect(step);
                }}
                sx={{ py: 1 }}
              >
                <ListItemIcon sx={{ minWidth: 32 }}>
                  {done ? (
                    <CheckCircle color="success" fontSize="small" aria-hidden />
                  ) : (
                    <RadioButtonUnchecked fontSize="small" aria-hidden />
                  )}
                </ListItemIcon>
                <ListItemText
                  primary={label}
                  secondary={progress.total > 0 ? `${progress.answered} of ${progress.total} answered` : undefined}
                  slotProps={{ primary: { sx: { fontWeight: step === current ? 700 : 500 } } }}
                />
              </ListItemButton>
            </ListItem>
          );
        })}
      </List>
    </Paper>
  );
}
