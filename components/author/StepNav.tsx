'use client';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import { STEPS } from './steps';

type Props = { current: number; onSelect: (index: number) => void };

/** The editor's steps as a numbered list of buttons; the current one is marked for screen readers. */
export default function StepNav({ current, onSelect }: Props) {
  return (
    <Box component="nav" aria-label="Editor steps" sx={{ mb: 3 }}>
      <Box component="ol" sx={{ display: 'flex', flexWrap: 'wrap', gap: 1, listStyle: 'none', p: 0, m: 0 }}>
        {STEPS.map((step, index) => (
          <li key={step.id}>
            <Button
              size="small"
              variant={index === current ? 'contained' : 'outlined'}
              aria-current={index === current ? 'step' : undefined}
              onClick={() => onSelect(index)}
            >
              {index + 1}. {step.label}
            </Button>
          </li>
        ))}
      </Box>
    </Box>
  );
}
