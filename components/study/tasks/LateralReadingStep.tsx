'use client';
import Add from '@mui/icons-material/Add';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Typography from '@mui/material/Typography';
import ListCard from '@/components/lesson/ListCard';
import TermsHere from '@/components/lesson/TermsHere';
import { termsById } from '@/lib/lessons/glossary';
import { emptySearch, LATERAL_READING_ID, searchRows } from '@/lib/lessons/lesson-tasks';
import { MAX_TASK_ROWS, type LateralSearch } from '@/lib/schemas/answer';
import StepHeading from '../StepHeading';
import { useStudy } from '../StudyContext';
import { useAnswer } from '../useAnswerSession';
import SearchEntry from './SearchEntry';

/**
 * Lateral reading, done: how to search safely, the lesson's search terms for each claim (words to
 * type, never links), and a record of each search the student did.
 */
export default function LateralReadingStep() {
  const { lesson, session } = useStudy();
  const answer = useAnswer(session, LATERAL_READING_ID);
  const searches = searchRows(answer?.kind === 'lateral-reading' ? answer : undefined);
  const claims = lesson.claims ?? [];
  const reading = lesson.lateralReading;
  const save = (next: LateralSearch[]) =>
    session.setAnswer(LATERAL_READING_ID, { kind: 'lateral-reading', searches: next });
  return (
    <section aria-labelledby="step-heading">
      <StepHeading eyebrow="The whole text">Lateral reading</StepHeading>
      <TermsHere terms={termsById(lesson, ['g-lateral-reading', 'g-claim'])} sx={{ mb: 2 }} />
      {reading && <ListCard heading="How to search" level="h3" items={reading.instructions} />}
      <Typography variant="h3" component="h3" sx={{ mt: 4, mb: 1 }}>
        Search terms you can use
      </Typography>
      <Typography color="text.secondary" sx={{ mb: 2 }}>
        Type these into a search engine yourself. The lesson gives words to search for, not links: it cannot vouch for
        what a search finds.
      </Typography>
      <Box component="ul" sx={{ m: 0, mb: 4, pl: 2.5, display: 'grid', gap: 1 }}>
        {claims.map((c, i) => (
          <li key={c.id}>
            <Typography component="span" sx={{ fontWeight: 600 }}>
              Claim {i + 1}:
            </Typography>{' '}
            {c.searchTerms.map((t, j) => (
              <span key={t}>
                {j > 0 && ' · '}
                <Box component="q" sx={{ fontFamily: 'monospace' }}>
                  {t}
                </Box>
              </span>
            ))}
          </li>
        ))}
      </Box>
      <Typography variant="h3" component="h3" sx={{ mb: 1 }}>
        What you found
      </Typography>
      <Typography color="text.secondary" sx={{ mb: 2 }}>
        Record each search. Your record is saved as you type and is part of the file you hand in.
      </Typography>
      <Box component="ol" sx={{ p: 0, m: 0, display: 'grid', gap: 3, listStyle: 'none' }}>
        {searches.map((search, i) => (
          <SearchEntry
            key={i}
            number={i + 1}
            search={search}
            claims={claims}
            onChange={(next) => save(searches.map((s, j) => (j === i ? next : s)))}
            onRemove={searches.length > 1 ? () => save(searches.filter((_, j) => j !== i)) : undefined}
          />
        ))}
      </Box>
      <Button
        variant="outlined"
        startIcon={<Add aria-hidden />}
        sx={{ mt: 3 }}
        disabled={searches.length >= MAX_TASK_ROWS}
        onClick={() => save([...searches, emptySearch(null)])}
      >
        Add another search
      </Button>
    </section>
  );
}
