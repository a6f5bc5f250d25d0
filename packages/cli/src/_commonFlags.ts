/** Flags several commands share, declared once. */

/**
 * `--format pretty|json`, pretty by default: the output flag of the commands that print either a
 * text for people or JSON (deadline, simulate, report, ikm).
 *
 * @example
 * ```ts
 * defineCommand({ name: 'deadline', flags: [prettyOrJsonFlag], ... });
 * ```
 */
export const prettyOrJsonFlag = {
  name: 'format',
  type: 'string',
  choices: ['pretty', 'json'],
  default: 'pretty',
  description: { en: 'Output format.', id: 'Format keluaran.' },
} as const;
