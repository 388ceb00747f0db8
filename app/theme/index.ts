'use client';
import { createTheme, type ThemeOptions } from '@mui/material/styles';
import NextLink from 'next/link';
import { typographyVariants, VARIANT_ELEMENTS } from './typography';

// Colours chosen for WCAG AA text contrast on both schemes (checked by the axe e2e tests).
// The font is bundled with the app (no CDN): Atkinson Hyperlegible was designed for low-vision
// readability, which also helps on a washed-out classroom projector.
const options: ThemeOptions = {
  cssVariables: { colorSchemeSelector: 'class' },
  colorSchemes: {
    light: {
      palette: {
        primary: { main: '#1c4f8a' },
        secondary: { main: '#7a3b0a' },
        background: { default: '#f6f4ef', paper: '#ffffff' },
        text: { primary: '#1b1b1f', secondary: '#4a4a55' },
        success: { main: '#1f6b35' },
        warning: { main: '#8a5300' },
        error: { main: '#b3261e' },
      },
    },
    dark: {
      palette: {
        primary: { main: '#9ec5ff' },
        secondary: { main: '#ffb98a' },
        background: { default: '#121317', paper: '#1c1d22' },
        text: { primary: '#ecebf0', secondary: '#b9b8c3' },
        success: { main: '#7fd69a' },
        warning: { main: '#ffc66e' },
        error: { main: '#ffb4ab' },
      },
    },
  },
  typography: {
    fontFamily:
      '"Atkinson Hyperlegible Next Variable", "Atkinson Hyperlegible Next", system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif',
    h1: { fontSize: '2.25rem', fontWeight: 700, lineHeight: 1.2 },
    h2: { fontSize: '1.6rem', fontWeight: 700, lineHeight: 1.25 },
    h3: { fontSize: '1.25rem', fontWeight: 700, lineHeight: 1.3 },
    body1: { fontSize: '1.0625rem', lineHeight: 1.6 },
    button: { textTransform: 'none', fontWeight: 600 },
  },
  shape: { borderRadius: 10 },
  components: {
    // Buttons and cards with an href navigate inside the app (no full page load).
    MuiButtonBase: { defaultProps: { LinkComponent: NextLink } },
    MuiButton: { defaultProps: { disableElevation: true } },
    MuiPaper: { defaultProps: { elevation: 0 }, styleOverrides: { outlined: { borderWidth: 1 } } },
    MuiLink: { defaultProps: { underline: 'always' } },
    // Each MUI text field would otherwise mount a style sheet of its own (the autofill keyframes) and
    // remove it when it goes, and the browser answers every added or removed sheet by restyling and
    // laying out the whole page: 30-60 ms each time a review page draws its dozens of comment boxes.
    // The keyframes are in global.css once. The animation that MUI's autofill detection listens for
    // (a label moving out of the way of a name the browser fills in) runs on one-line inputs only:
    // browsers do not autofill comment boxes, and a page of them starting it at once cost a long task.
    MuiInputBase: {
      defaultProps: { disableInjectingGlobalStyles: true },
      styleOverrides: {
        input: {
          '&:where(input)': {
            animationName: 'mui-auto-fill-cancel',
            animationDuration: '10ms',
            '&:-webkit-autofill': { animationName: 'mui-auto-fill', animationDuration: '5000s' },
          },
        },
      },
    },
    MuiTextField: { defaultProps: { variant: 'outlined' } },
    MuiTypography: { defaultProps: { variantMapping: VARIANT_ELEMENTS } },
  },
};

// The named variants (./typography.ts) are built from the base ones, so a second pass adds them.
const base = createTheme(options);
const theme = createTheme({ ...options, typography: { ...options.typography, ...typographyVariants(base) } });

export default theme;
