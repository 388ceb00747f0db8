'use client';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import PlainSelect from '@/components/common/PlainSelect';
import { VERDICT_LABELS } from '@/lib/lessons/lesson-tasks';
import { SearchVerdictSchema, type LateralSearch } from '@/lib/schemas/answer';
import type { Claim } from '@/lib/schemas/lesson-teaching';
import TaskField from './TaskField';

const label = { display: 'block', mb: 0.5, fontWeight: 600 } as const;

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
      <Box sx={{ display: 'grid', gap: 2, gridTemplateColumns: { xs: '1fr', md: 'repeat(2, minmax(0, 1fr))' } }}>
        <Box>
          <Typography component="label" htmlFor={`${id}-claim`} sx={label}>
            Which claim did you check?
          </Typography>
          <PlainSelect
            id={`${id}-claim`}
            value={search.claimId ?? ''}
            onChange={(event) => onChange({ ...search, claimId: event.target.value || null })}
          >
            <option value="">Choose a claim</option>
            {claims.map((c, i) => (
              <option key={c.id} value={c.id}>
                {i + 1}. {c.claim}
              </option>
            ))}
          </PlainSelect>
        </Box>
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
        <Box>
          <Typography component="label" htmlFor={`${id}-verdict`} sx={label}>
            Does it support the claim?
          </Typography>
          <PlainSelect
            id={`${id}-verdict`}
            value={search.verdict ?? ''}
            onChange={(event) => {
              const verdict = SearchVerdictSchema.safeParse(event.target.value);
              onChange({ ...search, verdict: verdict.success ? verdict.data : null });
            }}
          >
            <option value="">Not decided yet</option>
            {SearchVerdictSchema.options.map((v) => (
              <option key={v} value={v}>
                {VERDICT_LABELS[v]}
              </option>
            ))}
          </PlainSelect>
        </Box>
      </Box>
      {onRemove && (
        <Button variant="text" color="inherit" onClick={onRemove} sx={{ mt: 2 }}>
          Remove search {number}
        </Button>
      )}
    </Paper>
  );
}
