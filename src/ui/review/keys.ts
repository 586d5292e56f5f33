// Which key does what on the review screen. Kept apart from the component so the key map reads as a
// table and the help line cannot drift from it.
import type { Action } from '../../review/reducer.ts';

export type Prompt = 'start' | 'end' | 'client' | 'split';

export type Command = { action: Action } | { prompt: Prompt } | { quit: true };

export interface KeyInfo {
  upArrow?: boolean;
  downArrow?: boolean;
  leftArrow?: boolean;
  rightArrow?: boolean;
  return?: boolean;
  ctrl?: boolean;
}

export const HELP = [
  '↑↓ draft  ←→ day  a/⏎ accept  A accept day  s skip  u undo  q save+quit',
  'e edit times  c client/project  o other client (conflict)  x split  m merge',
];

export function keyCommand(input: string, key: KeyInfo): Command | null {
  if (key.ctrl && input === 'c') return { quit: true };
  if (key.upArrow || input === 'k') return { action: { type: 'move', by: -1 } };
  if (key.downArrow || input === 'j') return { action: { type: 'move', by: 1 } };
  if (key.leftArrow || input === 'h') return { action: { type: 'day', by: -1 } };
  if (key.rightArrow || input === 'l') return { action: { type: 'day', by: 1 } };
  if (key.return) return { action: { type: 'accept' } };
  switch (input) {
    case 'a':
      return { action: { type: 'accept' } };
    case 'A':
      return { action: { type: 'acceptDay' } };
    case 's':
      return { action: { type: 'skip' } };
    case 'u':
      return { action: { type: 'undo' } };
    case 'o':
      return { action: { type: 'otherClient' } };
    case 'm':
      return { action: { type: 'merge' } };
    case 'e':
      return { prompt: 'start' };
    case 'c':
      return { prompt: 'client' };
    case 'x':
      return { prompt: 'split' };
    case 'q':
      return { quit: true };
    default:
      return null;
  }
}
