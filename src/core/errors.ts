// The error classes the CLI boundary understands. A UserError is something the user can fix: it is
// printed as a message and a hint, with no stack. Anything else reaching the boundary is a bug.

export const EXIT = { ok: 0, flagged: 1, usage: 2, data: 3, env: 4, bug: 70 } as const;

export class TtError extends Error {
  constructor(
    message: string,
    readonly exitCode: number,
    readonly hint?: string,
  ) {
    super(message);
    this.name = new.target.name;
  }
}

/** Bad usage or bad input: an unknown flag, an unreadable time, a malformed file. Exit 2. */
export class UsageError extends TtError {
  constructor(message: string, hint?: string) {
    super(message, EXIT.usage, hint);
  }
}

/** Stored data is damaged. Exit 3. */
export class DataError extends TtError {
  constructor(message: string, hint?: string) {
    super(message, EXIT.data, hint ?? 'Run `tt doctor` to see every damaged file, `tt doctor --repair` to quarantine bad records.');
  }
}

/** The environment is in the way: git missing, data folder not writable, disk full. Exit 4. */
export class EnvError extends TtError {
  constructor(message: string, hint?: string) {
    super(message, EXIT.env, hint);
  }
}

/** Used by a command that has already printed its result and only needs to set the exit code. */
export class ExitCode extends TtError {
  constructor(code: number) {
    super('', code);
  }
}

/** Why a typed value cannot be used (a config key's parser says so); callers add which key it was. */
export class ValueProblem extends Error {}
