import type { Lang } from '../../i18n.js';
import { EXIT } from '../exit-codes.js';

/**
 * `resp lsp`: the language server, over standard input and output, until the client says exit or
 * closes the input. The protocol owns standard output; logs go to standard error.
 */
export async function lspCommand(flags: { lang: Lang }): Promise<number> {
  // `yaml` reads process.env on every token; a plain copy keeps re-checks fast (as in the validate workers).
  process.env = { ...process.env };
  const { startServer } = await import('../../lsp/server.js');
  const { doc } = await import('../../findings/render/rule-doc.js');
  const { shutdown } = await startServer({ lang: flags.lang, ruleDoc: doc });
  // The input closed: nothing more will come, and timers of the protocol library must not keep the
  // process. As the protocol says for exit: 0 after a shutdown request, else 1.
  const code = shutdown ? EXIT.ok : 1;
  process.exit(code);
  return code;
}
