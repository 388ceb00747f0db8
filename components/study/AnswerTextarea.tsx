'use client';
import { useLayoutEffect, useRef, useState, type ComponentProps } from 'react';
import PlainTextarea from '@/components/common/PlainTextarea';
import type { SessionSnapshot } from '@/lib/study/answer-session';
import { useStudy } from './StudyContext';
import { useSessionValue } from './useAnswerSession';

const textIn = (snapshot: SessionSnapshot, answerId: string): string => {
  const answer = snapshot.data.answers[answerId];
  return answer?.kind === 'text' ? answer.text : '';
};

/** Calls `show` with the answer's text now and whenever the session changes, outside React's renders. */
function useFollowText(answerId: string, show: (text: string) => void) {
  const { session } = useStudy();
  const latestShow = useRef(show);
  useLayoutEffect(() => {
    latestShow.current = show;
  });
  useLayoutEffect(() => {
    const follow = () => latestShow.current(textIn(session.getSnapshot(), answerId));
    follow();
    return session.subscribe(follow);
  }, [session, answerId]);
}

type Props = Omit<ComponentProps<typeof PlainTextarea>, 'value' | 'defaultValue' | 'onChange' | 'ref'> & {
  answerId: string;
  maxLength: number;
};

/**
 * The box for one free-text answer. Uncontrolled: a keystroke goes to the session and re-renders
 * nothing (on a slow laptop a re-render per key was most of the typing delay). The session's text
 * is written into the box only when it differs from what the box shows: the saved answers arriving
 * after hydration, another tab's newer edit, or the answers being cleared.
 */
export default function AnswerTextarea({ answerId, maxLength, ...textareaProps }: Props) {
  const { session } = useStudy();
  const box = useRef<HTMLTextAreaElement>(null);
  useFollowText(answerId, (text) => {
    if (box.current && box.current.value !== text) box.current.value = text;
  });

  return (
    <PlainTextarea
      {...textareaProps}
      ref={box}
      maxLength={maxLength}
      onChange={(event) => session.setAnswer(answerId, { kind: 'text', text: event.target.value.slice(0, maxLength) })}
    />
  );
}

/**
 * The length of one text answer, for a character count. Like the box, it follows the session
 * outside React: the number in its text node is updated, so a keystroke re-renders nothing.
 * The number sits in a box of fixed size with size and layout containment: a changed digit then
 * lays out that box alone, not the whole page (on a slow laptop that was a second full layout per
 * key). No paint containment: where `lh` is unknown the box has no height, and the number must
 * still show, overflowing it.
 */
export function AnswerLength({ answerId, maxLength }: { answerId: string; maxLength: number }) {
  const { session } = useStudy();
  const count = useRef<HTMLSpanElement>(null);
  useFollowText(answerId, (text) => {
    const node = count.current?.firstChild;
    if (node && node.nodeValue !== String(text.length)) node.nodeValue = String(text.length);
  });

  // React writes the number once; a later render must not put back an older one over the effect's.
  const [initial] = useState(() => textIn(session.getSnapshot(), answerId).length);
  return (
    <span
      ref={count}
      style={{
        display: 'inline-block',
        width: `${String(maxLength).length}ch`,
        height: '1lh',
        verticalAlign: 'top',
        textAlign: 'end',
        fontVariantNumeric: 'tabular-nums',
        contain: 'size layout style',
      }}
    >
      {initial}
    </span>
  );
}

/** Whether one text answer has something in it besides spaces. */
export function useHasText(answerId: string): boolean {
  const { session } = useStudy();
  return useSessionValue(session, (snapshot) => /\S/.test(textIn(snapshot, answerId)));
}
