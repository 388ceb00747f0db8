import Box from '@mui/material/Box';
import type { VoiceRow } from '@/lib/present/slide-types';
import { plural } from '@/lib/text/plural';
import { eyebrowLook } from './SlideParts';

const MODES = [
  { key: 'quote', label: 'quoted', fill: 'var(--p-quote)', pattern: 'none', size: 'auto' },
  {
    key: 'paraphrase',
    label: 'paraphrased',
    fill: 'var(--p-muted)',
    pattern: 'repeating-linear-gradient(135deg, transparent 0 0.16em, var(--p-bg) 0.16em 0.28em)',
    size: 'auto',
  },
  {
    key: 'framing',
    label: "in the author's framing",
    fill: 'var(--p-accent)',
    pattern: 'radial-gradient(circle, var(--p-bg) 0.07em, transparent 0.08em)',
    size: '0.28em 0.28em',
  },
] as const;

function sentences(n: number) {
  return plural(n, 'sentence');
}

/**
 * Who has a voice in a section: one row per person, how they are identified, and a bar of their
 * sentences by mode (solid = quoted, hatched = paraphrased, dotted = the author's framing), with
 * the counts written out so the chart needs neither colour nor the bars to be read.
 */
export default function VoicesChart({ voices }: { voices: VoiceRow[] }) {
  const most = Math.max(1, ...voices.map((v) => v.quote + v.paraphrase + v.framing));
  return (
    <Box component="ul" sx={{ m: 0, p: 0, listStyle: 'none', display: 'grid', gap: '1.1em', maxWidth: '40em' }}>
      {voices.map((v) => {
        const parts = MODES.map((m) => ({ ...m, n: v[m.key] })).filter((m) => m.n > 0);
        return (
          <Box component="li" key={v.id}>
            <Box sx={{ display: 'flex', alignItems: 'baseline', gap: '0.6em', flexWrap: 'wrap' }}>
              <Box component="strong">{v.name}</Box>
              <Box component="span" sx={eyebrowLook}>
                {v.identification}
              </Box>
            </Box>
            <Box sx={{ display: 'flex', alignItems: 'center', gap: '0.8em', mt: '0.2em' }}>
              <Box
                aria-hidden
                sx={{
                  display: 'flex',
                  height: '0.7em',
                  width: `${(16 * (v.quote + v.paraphrase + v.framing)) / most}em`,
                  flexShrink: 0,
                }}
              >
                {parts.map((m) => (
                  <Box
                    key={m.key}
                    sx={{
                      flex: m.n,
                      backgroundColor: m.fill,
                      backgroundImage: m.pattern,
                      backgroundSize: m.size,
                      borderRight: '0.08em solid var(--p-bg)',
                    }}
                  />
                ))}
              </Box>
              <Box component="span" sx={{ color: 'var(--p-muted)' }}>
                {parts.map((m) => `${sentences(m.n)} ${m.label}`).join(', ')}
              </Box>
            </Box>
          </Box>
        );
      })}
    </Box>
  );
}
