'use client';
import OpenInNew from '@mui/icons-material/OpenInNew';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Typography from '@mui/material/Typography';
import { useMemo } from 'react';
import VisuallyHidden from '@/components/common/VisuallyHidden';
import { checkDraft } from '@/lib/author/draft-check';
import CheckPanel from '../preview/CheckPanel';
import DeckPreview from '../preview/DeckPreview';
import { useDraftSession } from '../useDraftSession';
import type { StepProps } from './types';

/**
 * Step 5: the study page and the deck as students and the class will see them, built by the real
 * components from the lesson the draft makes, and the check that lists what to fix and where.
 */
export default function PreviewStep({ draft }: StepProps) {
  const check = useMemo(() => checkDraft(draft), [draft]);
  const session = useDraftSession();
  return (
    <Box sx={{ display: 'grid', gap: 4 }}>
      {check.lesson ? (
        <>
          <Box component="section" aria-labelledby="study-preview-heading" sx={{ display: 'grid', gap: 1.5 }}>
            <Typography id="study-preview-heading" variant="listCardTitle" component="h3">
              The study page
            </Typography>
            <Typography color="text.secondary" sx={{ maxWidth: '65ch' }}>
              Opens in a new tab with the draft as it is now; answers you try there are kept apart from the lesson.
            </Typography>
            <div>
              <Button
                variant="outlined"
                href="/author/preview"
                target="_blank"
                endIcon={<OpenInNew aria-hidden />}
                onClick={() => session?.flush()}
              >
                Preview the study page
                <VisuallyHidden> (opens in a new tab)</VisuallyHidden>
              </Button>
            </div>
          </Box>
          <DeckPreview lesson={check.lesson} />
        </>
      ) : (
        <Typography color="text.secondary">
          The preview appears once the draft is a valid lesson: fix the problems to fix before sharing, below.
        </Typography>
      )}
      <CheckPanel check={check} />
    </Box>
  );
}
