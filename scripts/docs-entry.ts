// What `npm run docs` (scripts/docs.mjs) needs from src/, bundled by it into one file: the command
// table (for docs/commands/) and the made parts of docs/interface.md.
export { buildProgram, main } from '../src/cli.ts';
export { fillInterface } from '../src/interface/generated.ts';
