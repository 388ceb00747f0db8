'use client';
import Link, { type LinkProps } from '@mui/material/Link';
import NextLink from 'next/link';

/**
 * An MUI link that navigates inside the app without a full page load. It is a client component
 * because server components cannot pass `NextLink` (a function) to MUI's client components.
 */
export default function AppLink(props: LinkProps & { href: string }) {
  return <Link component={NextLink} {...props} />;
}
