'use client';
import { createContext, useContext } from 'react';

/**
 * What the by-question view adds to each answer card without passing it through the answer list:
 * keyboard scoring (each card a focus stop) and the teacher's earlier comments on the question.
 * Outside that view (by student) the defaults apply: no shortcuts, no reusable comments.
 */
export type ScoringContextValue = { keyboard: boolean; comments: readonly string[] };

const DEFAULT: ScoringContextValue = { keyboard: false, comments: [] };

export const ScoringContext = createContext<ScoringContextValue>(DEFAULT);

export const useScoringContext = () => useContext(ScoringContext);
