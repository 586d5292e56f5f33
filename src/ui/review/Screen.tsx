// The review screen: the frame, with the message line or the open prompt as its footer, and the
// summary of what was added once the user quits.
import { TextInput } from '@inkjs/ui';
import { Box, Text, useInput } from 'ink';
import { Frame } from './Frame.tsx';
import type { ScreenProps } from './props.ts';
import { LABEL, useReview } from './use-review.ts';

export function ReviewScreen(p: ScreenProps) {
  const r = useReview(p);
  useInput(r.onKey);
  if (r.done !== null) return <Text>{r.done.trimEnd()}</Text>;
  const footer = r.prompt ? (
    <Box>
      <Text>{`${LABEL[r.prompt]} (empty keeps ${r.placeholder}, Esc cancels): `}</Text>
      <TextInput key={r.prompt} placeholder={r.placeholder} suggestions={r.prompt === 'client' ? p.clients : undefined} onSubmit={r.submit} />
    </Box>
  ) : (
    <Text wrap="truncate" color="cyan">
      {r.saving ? 'Saving…' : r.state.message || ' '}
    </Text>
  );
  return <Frame state={r.state} notes={p.set.notes} from={p.from} to={p.to} footer={footer} />;
}
