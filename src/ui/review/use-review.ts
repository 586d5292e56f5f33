// The screen's behaviour: keys to reducer actions, the prompts for times, client and split point,
// and saving on quit. Keys can arrive before React re-subscribes input handlers with fresh closures,
// so handlers read the latest state and prompt from refs that are updated as they are set.
import { useEffect, useRef, useState } from 'react';
import { useApp, type Key } from 'ink';
import { formatClock, localDate } from '../../core/time.ts';
import { reduce, type Action } from '../../review/reducer.ts';
import { accepted, current, initialState, type ReviewState } from '../../review/state.ts';
import { keyCommand, type Prompt } from './keys.ts';
import type { ScreenProps } from './props.ts';
import { splitPoint } from './split-point.ts';

export const LABEL: Record<Prompt, string> = { start: 'Start', end: 'End', client: 'Client[/project]', split: 'Split at' };

/** A refused input in one line: the message and, for user errors, the hint ("Did you mean …"). */
const errorText = (err: unknown): string => {
  if (!(err instanceof Error)) return String(err);
  const hint = (err as { hint?: unknown }).hint;
  return typeof hint === 'string' && hint ? `${err.message}. ${hint}` : err.message;
};

export function useReview(p: ScreenProps) {
  const { exit } = useApp();
  const [state, setStateView] = useState<ReviewState>(() => initialState(p.set, p.tz));
  const stateRef = useRef(state);
  const [prompt, setPromptView] = useState<Prompt | null>(null);
  const promptRef = useRef<Prompt | null>(null);
  const pendingStart = useRef<number | null>(null);
  const busy = useRef(false);
  const [done, setDone] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const setState = (next: ReviewState): void => void setStateView((stateRef.current = next));
  const setPrompt = (next: Prompt | null): void => void setPromptView((promptRef.current = next));
  const dispatch = (a: Action): void => setState(reduce(stateRef.current, a));
  const say = (message: string): void => setState({ ...stateRef.current, message });

  const quit = (): void => {
    busy.current = true;
    setSaving(true);
    Promise.resolve()
      .then(() => p.save(accepted(stateRef.current)))
      .then(
        (summary) => setDone(summary),
        (err: unknown) => exit(err instanceof Error ? err : new Error(String(err))),
      );
  };

  // Exit only once the summary frame is committed: exiting earlier (a timer racing React's own
  // scheduling) could leave the previous frame on the terminal instead of what was added.
  useEffect(() => {
    if (done !== null) exit();
  }, [done, exit]);

  const onKey = (input: string, key: Key): void => {
    if (busy.current) return;
    if (promptRef.current) {
      if (key.escape) {
        setPrompt(null);
        say('Cancelled.');
      }
      return; // the text input has the keys
    }
    const cmd = keyCommand(input, key);
    if (!cmd) return;
    if ('quit' in cmd) quit();
    else if ('action' in cmd) dispatch(cmd.action);
    else if (current(stateRef.current)) setPrompt(cmd.prompt);
  };

  const submit = (text: string): void => {
    const draft = current(stateRef.current);
    const which = promptRef.current;
    if (!draft || !which || busy.current) return;
    const t = text.trim();
    if (which === 'client') {
      // The same Enter reaches the screen's key handler after this one: close the prompt once that
      // handler has seen it open, or the Enter would accept the draft as well.
      queueMicrotask(() => setPrompt(null));
      if (!t) return;
      try {
        dispatch({ type: 'target', ...p.resolveTarget(t) });
      } catch (err) {
        say(errorText(err));
      }
      return;
    }
    const fallback = which === 'start' ? draft.start : which === 'end' ? draft.end : splitPoint(draft);
    const day = which === 'end' ? localDate(draft.end, p.tz) : draft.day;
    busy.current = true;
    (t ? p.parseTime(t, day, LABEL[which].toLowerCase()) : Promise.resolve(fallback)).then(
      (at) => {
        busy.current = false;
        if (which === 'start') {
          pendingStart.current = at;
          return setPrompt('end');
        }
        setPrompt(null);
        dispatch(which === 'end' ? { type: 'times', start: pendingStart.current ?? draft.start, end: at } : { type: 'split', at });
      },
      (err: unknown) => {
        busy.current = false;
        setPrompt(null);
        say(errorText(err));
      },
    );
  };

  /** What an empty answer keeps, shown in the prompt. */
  const draft = current(state);
  let placeholder = '';
  if (draft && prompt === 'client') placeholder = draft.project ? `${draft.client}/${draft.project}` : draft.client;
  else if (draft && prompt) placeholder = formatClock(prompt === 'start' ? draft.start : prompt === 'end' ? draft.end : splitPoint(draft), p.tz);
  return { state, prompt, placeholder, done, saving, onKey, submit };
}
