// The screen's layout, 80x24 at most: a title, days down the side beside the selected day's drafts,
// the selected draft's evidence and decision, then a footer (message or prompt) and the help line.
import type { ReactNode } from 'react';
import type { ReviewState } from '../../review/state.ts';
import type { ConflictNote } from '../../review/types.ts';
import { Box, Text } from 'ink';
import { HELP } from './keys.ts';
import { BODY_ROWS, DAY_WIDTH, WIDTH, dayRows, detailLines, draftRows, titleLine, type Row } from './rows.ts';

const TONE: Record<Row['tone'], { color?: string; inverse?: boolean; dimColor?: boolean }> = {
  normal: {},
  cursor: { inverse: true },
  accepted: { color: 'green' },
  skipped: { dimColor: true },
  conflict: { color: 'yellow' },
  dim: { dimColor: true },
};

function Lines({ rows }: { rows: Row[] }) {
  return (
    <>
      {rows.map((r, i) => (
        <Text key={i} wrap="truncate" {...TONE[r.tone]}>
          {r.text}
        </Text>
      ))}
    </>
  );
}

export interface FrameProps {
  state: ReviewState;
  notes: readonly ConflictNote[];
  from: string;
  to: string;
  footer: ReactNode;
}

export function Frame({ state, notes, from, to, footer }: FrameProps) {
  const [evidence, decision] = detailLines(state);
  return (
    <Box flexDirection="column" width={WIDTH}>
      <Text bold wrap="truncate">
        {titleLine(state, from, to)}
      </Text>
      <Box height={BODY_ROWS}>
        <Box flexDirection="column" width={DAY_WIDTH}>
          <Lines rows={dayRows(state, notes)} />
        </Box>
        <Box flexDirection="column" width={2}>
          {Array.from({ length: BODY_ROWS }, (_, i) => (
            <Text key={i} dimColor>
              │
            </Text>
          ))}
        </Box>
        <Box flexDirection="column" width={WIDTH - DAY_WIDTH - 2}>
          <Lines rows={draftRows(state, notes)} />
        </Box>
      </Box>
      <Text wrap="truncate">{evidence}</Text>
      <Text wrap="truncate" dimColor>
        {decision}
      </Text>
      {footer}
      {HELP.map((h) => (
        <Text key={h} dimColor wrap="truncate">
          {h}
        </Text>
      ))}
    </Box>
  );
}
