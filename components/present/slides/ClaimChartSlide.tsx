import Box from '@mui/material/Box';
import { SLIDE_SPACE, SLIDE_TYPE } from '@/lib/present/layout';
import type { ChartSlideRow } from '@/lib/present/slide-types';
import { eyebrowLook } from './SlideParts';

const label = { ...eyebrowLook, lineHeight: SLIDE_TYPE.eyebrow.lineHeight, m: 0, mb: '0.35em' } as const;

/**
 * The claim-and-evidence chart as the class fills it: each claim with its kind; the reveal adds
 * what evidence the text itself gives. Who asserts it, how to check it and the status are the
 * class's to say, so the slide leaves them to the discussion (the presenter notes have the key).
 */
export default function ClaimChartSlide({ rows, revealed }: { rows: ChartSlideRow[]; revealed: boolean }) {
  return (
    <Box component="ol" sx={{ m: 0, p: 0, listStyle: 'none', maxWidth: `${SLIDE_SPACE.wideMeasure}em` }}>
      {rows.map((row) => (
        <Box component="li" key={row.id} data-claim={row.id} sx={{ mb: `${SLIDE_SPACE.listGap}em` }}>
          <Box component="p" sx={label}>
            {row.category}
          </Box>
          <Box component="p" sx={{ m: 0, pl: `${SLIDE_SPACE.listIndent}em`, textWrap: 'pretty', fontWeight: 700 }}>
            {row.claim}
          </Box>
          {revealed && (
            <Box
              component="p"
              data-evidence
              sx={{ m: 0, mt: '0.2em', pl: `${SLIDE_SPACE.listIndent}em`, textWrap: 'pretty' }}
            >
              <Box component="strong" sx={{ color: 'var(--p-answer)' }}>
                Evidence in the text:
              </Box>{' '}
              {row.evidence}
            </Box>
          )}
        </Box>
      ))}
    </Box>
  );
}
