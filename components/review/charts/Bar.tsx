import Box from '@mui/material/Box';

/** A horizontal bar for a share from 0 to 1; decorative, since its value is always written beside it. */
export default function Bar({ share, color = 'primary.main' }: { share: number; color?: string }) {
  return (
    <Box
      aria-hidden
      sx={{ flex: 1, minWidth: 0, height: 14, borderRadius: 7, bgcolor: 'action.hover', overflow: 'hidden' }}
    >
      {/* The width inline: as a style rule each new share would add a rule to the page's style sheet. */}
      <Box
        style={{ width: `${Math.max(0, Math.min(1, share)) * 100}%` }}
        sx={{ height: '100%', bgcolor: color, borderRadius: 7 }}
      />
    </Box>
  );
}
