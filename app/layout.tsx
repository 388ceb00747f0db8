import type { Metadata, Viewport } from 'next';
import '@fontsource-variable/atkinson-hyperlegible-next';
import { AppRouterCacheProvider } from '@mui/material-nextjs/v16-appRouter';
import InitColorSchemeScript from '@mui/material/InitColorSchemeScript';
import CssBaseline from '@mui/material/CssBaseline';
import { ThemeProvider } from '@mui/material/styles';
import UpdatePrompt from '@/components/common/UpdatePrompt';
import theme from './theme';
import './global.css';

export const metadata: Metadata = {
  title: { default: 'Media literacy lessons', template: '%s · Media literacy lessons' },
  description: 'Read a news report section by section, discuss it, and evaluate its sources.',
  robots: { index: false, follow: false },
};

export const viewport: Viewport = {
  width: 'device-width',
  initialScale: 1,
};

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en" suppressHydrationWarning>
      <body>
        <InitColorSchemeScript attribute="class" />
        <AppRouterCacheProvider options={{ enableCssLayer: true }}>
          <ThemeProvider theme={theme}>
            <CssBaseline />
            {children}
            <UpdatePrompt />
          </ThemeProvider>
        </AppRouterCacheProvider>
      </body>
    </html>
  );
}
