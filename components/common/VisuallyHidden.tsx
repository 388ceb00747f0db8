import Box from '@mui/material/Box';
import { visuallyHidden } from '@mui/utils';

/** Text for screen readers only, hidden with MUI's clip pattern. */
export default function VisuallyHidden({ children }: { children: React.ReactNode }) {
  return (
    <Box component="span" sx={visuallyHidden}>
      {children}
    </Box>
  );
}
