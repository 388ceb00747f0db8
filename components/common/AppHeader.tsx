import AutoStoriesOutlined from '@mui/icons-material/AutoStoriesOutlined';
import AppBar from '@mui/material/AppBar';
import Box from '@mui/material/Box';
import AppLink from './AppLink';
import Toolbar from '@mui/material/Toolbar';
import ModeToggle from './ModeToggle';

/** The bar on every page except the projection: home link, an optional trail, and the theme switch. */
export default function AppHeader({ children }: { children?: React.ReactNode }) {
  return (
    <AppBar
      position="static"
      color="default"
      elevation={0}
      className="no-print"
      sx={{ borderBottom: 1, borderColor: 'divider', bgcolor: 'background.paper' }}
    >
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <Toolbar sx={{ gap: { xs: 1, sm: 1.5 }, minHeight: { xs: 56 } }}>
        <AppLink
          href="/"
          underline="hover"
          color="inherit"
          sx={{ display: 'flex', alignItems: 'center', gap: 1, fontWeight: 700 }}
        >
          <AutoStoriesOutlined aria-hidden />
          <Box component="span" sx={{ display: { xs: 'none', sm: 'inline' } }}>
            Media literacy lessons
          </Box>
          <Box component="span" sx={{ display: { xs: 'inline', sm: 'none' } }}>
            Lessons
          </Box>
        </AppLink>
        <Box sx={{ flex: 1, minWidth: 0, display: 'flex', alignItems: 'center', gap: 1 }}>{children}</Box>
        <ModeToggle />
      </Toolbar>
    </AppBar>
  );
}
