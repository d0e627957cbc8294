/** A refusal of the `koers` command: a Dutch message naming the option; the command exits with 1. */
export class CliError extends Error {
  override readonly name = 'CliError';
}
