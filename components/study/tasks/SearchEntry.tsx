'use client';
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import { VERDICT_LABELS } from '@/lib/lessons/lesson-tasks';
import { SearchVerdictSchema, type LateralSearch } from '@/lib/schemas/answer';
import type { Claim } from '@/lib/schemas/lesson-teaching';
import TaskField from './TaskField';
import TaskFieldGrid from './TaskFieldGrid';
import TaskSelect from './TaskSelect';

const VERDICTS = SearchVerdictSchema.options.map((v) => ({ value: v, label: VERDICT_LABELS[v] }));

/** One search the student did: which claim, what they typed, and what they found. */
export default function SearchEntry({
  search,
  number,
  claims,
  onChange,
  onRemove,
}: {
  search: LateralSearch;
  number: number;
  claims: Claim[];
  onChange: (search: LateralSearch) => void;
  onRemove?: () => void;
}) {
  const id = `search-${number}`;
  return (
    <Paper component="li" variant="outlined" aria-labelledby={`${id}-title`} sx={{ p: { xs: 2, sm: 3 } }}>
      <Typography component="h3" variant="questionTitle" id={`${id}-title`} sx={{ mb: 2 }}>
        Search {number}
      </Typography>
      <TaskFieldGrid columns={2}>
        <TaskSelect
          id={`${id}-claim`}
          label="Which claim did you check?"
          noneLabel="Choose a claim"
          value={search.claimId}
          options={claims.map((c, i) => ({ value: c.id, label: `${i + 1}. ${c.claim}` }))}
          onChange={(claimId) => onChange({ ...search, claimId })}
        />
        <TaskField
          id={`${id}-terms`}
          label="What you searched for"
          value={search.searchedFor}
          onChange={(searchedFor) => onChange({ ...search, searchedFor })}
        />
        <TaskField
          id={`${id}-where`}
          label="Where you found it (site or organisation; type the address as text)"
          value={search.where}
          onChange={(where) => onChange({ ...search, where })}
        />
        <TaskField
          id={`${id}-says`}
          label="What it says about the claim, in your own words"
          value={search.whatItSays}
          onChange={(whatItSays) => onChange({ ...search, whatItSays })}
        />
        <TaskField
          id={`${id}-who`}
          label="Who is behind that source, and how you know"
          value={search.whoIsBehind}
          onChange={(whoIsBehind) => onChange({ ...search, whoIsBehind })}
        />
        <TaskSelect
          id={`${id}-verdict`}
          label="Does it support the claim?"
          noneLabel="Not decided yet"
          value={search.verdict}
          options={VERDICTS}
          onChange={(value) => {
            const verdict = SearchVerdictSchema.safeParse(value);
            onChange({ ...search, verdict: verdict.success ? verdict.data : null });
          }}
        />
      </TaskFieldGrid>
      {onRemove && (
        <Button variant="text" color="inherit" onClick={onRemove} sx={{ mt: 2 }}>
          Remove search {number}
        </Button>
      )}
    </Paper>
  );
}
