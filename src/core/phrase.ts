// chrono-node's parser, for the phrases instant.ts cannot read itself ("10 minutes ago"). Imported by
// instant.ts only when a phrase needs it; the named import lets the bundle keep the English parser
// alone, a fifth of chrono-node with its sixteen languages.
export { parse } from 'chrono-node';
