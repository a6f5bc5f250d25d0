import { localize } from '@mpp-kit/schemas/issues';
import { defineCommand } from '../Command.js';
import { errorText } from '../_errorText.js';
import { loadMallForCommand } from '../_loadForCommand.js';

/** What `mpp graph` prints, in English and Indonesian. */
export const graphMessages = {
  missingService: {
    en: 'Name the service with --service <id>, for example --service pbg.',
    id: 'Sebutkan layanannya dengan --service <id>, misalnya --service pbg.',
  },
} as const;

/**
 * `mpp graph <mall> --service <id>`: prints the compiled lifecycle of a service as a Mermaid
 * `stateDiagram-v2`, with who may act on each transition (role@agency).
 *
 * @example
 * ```sh
 * mpp graph examples/batang --service pbg > pbg.mmd
 * ```
 */
export const graphCommand = defineCommand({
  name: 'graph',
  summary: {
    en: 'Print the lifecycle of a service as a Mermaid state diagram.',
    id: 'Cetak siklus hidup layanan sebagai diagram status Mermaid.',
  },
  description: {
    en: 'The diagram is drawn from the compiled XState machine; each transition names the role and agency allowed to send it.',
    id: 'Diagram digambar dari mesin XState hasil kompilasi; setiap transisi menyebut peran dan instansi yang boleh mengirimnya.',
  },
  positionals: [{ name: 'mall' }],
  flags: [
    {
      name: 'service',
      type: 'string',
      description: { en: 'Id of the service.', id: 'Id layanan.' },
    },
    {
      name: 'labels',
      type: 'boolean',
      description: {
        en: 'Label states with step names in the chosen language.',
        id: 'Beri label status dengan nama langkah dalam bahasa yang dipilih.',
      },
    },
  ],
  examples: ['mpp graph examples/batang --service pbg'],
  async run(context) {
    const { io, locale, flags } = context;
    const [path = '.'] = context.positionals;
    const serviceId = flags.service;
    if (serviceId === undefined || serviceId === '') {
      io.stderr(`${localize(graphMessages.missingService, locale)}\n`);
      return 2;
    }
    const loadedMall = await loadMallForCommand(context, path);
    if (!loadedMall.ok) return loadedMall.exitCode;
    const { result } = loadedMall;
    const { compileServiceLifecycle } = await import('@mpp-kit/core');
    const { toMermaid } = await import('@mpp-kit/workflows');
    try {
      const machine = compileServiceLifecycle(
        result.mall as Parameters<typeof compileServiceLifecycle>[0],
        serviceId,
        { locale },
      );
      io.stdout(`${toMermaid(machine, flags.labels ? { locale } : {})}\n`);
      return 0;
    } catch (error) {
      io.stderr(`${errorText(error, locale)}\n`);
      return 1;
    }
  },
});
