import Box from '@mui/material/Box';

/** A horizontal bar for a share from 0 to 1; decorative, since its value is always written beside it. */
export default function Bar({ share, color = 'primary.main' }: { share: number; color?: string }) {
  return (
    <Box
      aria-hidden
      sx={{ flex: 1, minWidth: 0, height: 14, borderRadius: 7, bgcolor: 'action.hover', overflow: 'hidden' }}
    >
      <Box
        sx={{ width: `${Math.max(0, Math.min(1, share)) * 100}%`, height: '100%', bgcolor: color, borderRadius: 7 }}
      />
    </Box>
  );
}
