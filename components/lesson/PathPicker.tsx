'use client';
import FormControl from '@mui/material/FormControl';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormLabel from '@mui/material/FormLabel';
import Radio from '@mui/material/Radio';
import RadioGroup from '@mui/material/RadioGroup';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { usePathChoice } from '@/components/common/usePathChoice';
import { PATH_LABELS, withPathParam } from '@/lib/lessons/path-param';
import type { PathChoice, PathCount } from '@/lib/lessons/teaching-path';
import { plural } from '@/lib/text/plural';
import WaysIn from './WaysIn';

type Props = { lessonId: string; counts: Record<PathChoice, PathCount> };

const CHOICES: PathChoice[] = ['core', 'extended'];

/**
 * The teacher picks the teaching path; the three ways in below link to it (`?path=extended`), and
 * the address of this page changes too, so the link a teacher copies carries the choice.
 */
export default function PathPicker({ lessonId, counts }: Props) {
  const fromUrl = usePathChoice();
  const [picked, setPicked] = useState<PathChoice | null>(null);
  const path = picked ?? fromUrl ?? 'core';

  const choose = (choice: PathChoice) => {
    setPicked(choice);
    const bare = `${window.location.pathname}${window.location.hash}`;
    window.history.replaceState(window.history.state, '', withPathParam(bare, choice));
  };

  return (
    <>
      <FormControl component="fieldset" sx={{ mb: 2 }}>
        <FormLabel component="legend">Teaching path</FormLabel>
        <RadioGroup value={path} onChange={(_, value) => choose(value === 'extended' ? 'extended' : 'core')}>
          {CHOICES.map((choice) => (
            <FormControlLabel
              key={choice}
              value={choice}
              control={<Radio />}
              label={
                <>
                  {PATH_LABELS[choice]}
                  <Typography component="span" color="text.secondary">
                    {` · ${plural(counts[choice].questions, 'question')}, ${plural(counts[choice].prompts, 'discussion prompt')}`}
                  </Typography>
                </>
              }
            />
          ))}
        </RadioGroup>
      </FormControl>
      <WaysIn lessonId={lessonId} path={path} />
    </>
  );
}
