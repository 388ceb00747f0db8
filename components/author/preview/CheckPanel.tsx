'use client';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Typography from '@mui/material/Typography';
import type { CheckKind, CheckProblem, DraftCheck } from '@/lib/author/draft-check';
import { describePath } from '@/lib/author/draft-fields';
import { plural } from '@/lib/text/plural';
import { STEPS } from '../steps';
import { useGoToField } from './useGoToField';

const GROUPS: { kind: CheckKind; title: string; intro: string }[] = [
  {
    kind: 'schema',
    title: 'To fix before sharing',
    intro: 'The lesson file would not open with these: the same schema checks every shipped lesson.',
  },
  {
    kind: 'site-rule',
    title: 'To fix before adding it to the site',
    intro:
      'npm run lessons:check asks these of every lesson in lessons/. The file can be shared without them; problems with no step are added to the file by hand.',
  },
];

function ProblemItem({ problem }: { problem: CheckProblem }) {
  const goTo = useGoToField();
  const stepIndex = STEPS.findIndex((s) => s.id === problem.step);
  const where = problem.path ? describePath(problem.path) : 'the whole lesson';
  return (
    <Box component="li" sx={{ display: 'flex', flexWrap: 'wrap', gap: 1, alignItems: 'baseline', py: 0.5 }}>
      <Typography component="span">
        <strong>{where}:</strong> {problem.message}
      </Typography>
      {problem.path && stepIndex >= 0 && (
        <Button
          size="small"
          aria-label={`Fix it in step ${stepIndex + 1}: ${where}`}
          onClick={() => goTo(problem.step!, problem.path!)}
        >
          Fix it in step {stepIndex + 1}
        </Button>
      )}
    </Box>
  );
}

/** The check's problems, each with a button to the field that fixes it. */
export default function CheckPanel({ check }: { check: DraftCheck }) {
  return (
    <Box component="section" aria-labelledby="check-heading" sx={{ display: 'grid', gap: 2 }}>
      <Typography id="check-heading" variant="listCardTitle" component="h3">
        Check
      </Typography>
      <div role="status">
        {check.problems.length === 0 ? (
          <Alert severity="success">No problems: the lesson passes the schema and every lessons:check rule.</Alert>
        ) : (
          <Alert severity={check.lesson ? 'warning' : 'error'}>
            {plural(check.problems.length, 'problem')} found.{' '}
            {check.lesson ? 'The lesson can be shared.' : 'Fix the first group before sharing.'}
          </Alert>
        )}
      </div>
      {GROUPS.map(({ kind, title, intro }) => {
        const problems = check.problems.filter((p) => p.kind === kind);
        if (problems.length === 0) return null;
        return (
          <Box key={kind} component="section" aria-labelledby={`check-${kind}`}>
            <Typography id={`check-${kind}`} variant="groupTitle" component="h4">
              {title} ({problems.length})
            </Typography>
            <Typography color="text.secondary" sx={{ mb: 1 }}>
              {intro}
            </Typography>
            <Box component="ul" sx={{ m: 0, pl: 3 }}>
              {problems.map((problem, i) => (
                <ProblemItem key={`${problem.path?.join('.')}-${i}`} problem={problem} />
              ))}
            </Box>
          </Box>
        );
      })}
    </Box>
  );
}
