/**
 * Input props for fields that mount by the dozen, one per answer card or group: without this MUI
 * mounts a global style tag (the autofill keyframes) with each field and removes it with the field,
 * and Chromium answers each added or removed style sheet by restyling and laying out the whole page
 * again (30-60 ms a time with a page of answers, many times while a question switch fills in).
 * Comment boxes are not autofilled, so they need neither the keyframes nor the autofill animation.
 */
export const MANY_INPUTS = { disableInjectingGlobalStyles: true } as const;
