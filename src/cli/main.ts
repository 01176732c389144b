import { Command, CommanderError, Option } from 'commander';
import { RespError } from '../errors.js';
import { fmt, resolveLang } from '../i18n.js';
import { version } from '../version.js';
import { EXIT } from './exit-codes.js';

/**
 * Build the program. Commands are imported when they run, so `resp --version` and `--help`
 * load nothing heavy.
 */
function program(setCode: (n: number) => void): Command {
  const p = new Command('resp')
    .description('县乡责任清单即代码：校验、编译、比对、导出 / responsibility lists as code')
    .version(version(), '-v, --version')
    .option('--lang <lang>', '输出语言 zh|en / output language', undefined)
    .showSuggestionAfterError()
    .exitOverride()
    .configureOutput({ writeErr: (s) => process.stderr.write(s) });

  p.command('validate')
    .description('校验清单仓库：结构、法律依据和政策规则 / validate a list repository')
    .argument('[paths...]', '文件或文件夹，默认当前文件夹 / files or folders (default: .)')
    .addOption(new Option('-f, --format <format>', '输出格式 / output format').choices(['human', 'json', 'sarif', 'github', 'junit']).default('human'))
    .addOption(new Option('--fail-on <level>', '达到该级别即退出码 1 / exit 1 at this level').choices(['error', 'warning', 'info']).default('error'))
    .option('-o, --output <file>', '写入文件而不是标准输出 / write to a file')
    .option('-q, --quiet', '只报告错误 / report errors only')
    .option('--as-of <date>', '判断期限和有效期的日期（默认今天）/ date for deadlines (default today)')
    .option('--no-color', '不使用颜色 / no colour')
    .action(async (paths: string[], opts) => {
      const { validateCommand } = await import('./commands/validate.js');
      setCode(await validateCommand(paths, { ...opts, lang: resolveLang(p.opts().lang) }));
    });

  p.command('rules')
    .description('列出规则，或显示一条规则的说明 / list rules or show one')
    .argument('[id]', '规则编号 / rule id')
    .addOption(new Option('-f, --format <format>', '输出格式 / output format').choices(['human', 'json', 'md']).default('human'))
    .action(async (id: string | undefined, opts) => {
      const { rulesCommand } = await import('./commands/rules.js');
      setCode(await rulesCommand(id, { ...opts, lang: resolveLang(p.opts().lang) }));
    });

  return p;
}

/** Run the CLI with the given arguments; resolves to the exit code. Never throws. */
export async function run(argv: string[]): Promise<number> {
  let code: number = EXIT.ok;
  const lang = resolveLang(argv.includes('--lang') ? argv[argv.indexOf('--lang') + 1] : undefined);
  try {
    await program((n) => (code = n)).parseAsync(argv, { from: 'user' });
    return code;
  } catch (e) {
    if (e instanceof CommanderError) {
      // --help and --version end here with code 0; bad flags with a usage error.
      return e.exitCode === 0 ? EXIT.ok : EXIT.failure;
    }
    if (e instanceof RespError) {
      process.stderr.write(`resp: ${fmt(e.msg, lang, e.args)}\n`);
      return EXIT.failure;
    }
    const err = e as NodeJS.ErrnoException;
    if (err && typeof err.code === 'string' && /^E[A-Z]+$/.test(err.code)) {
      process.stderr.write(`resp: ${lang === 'zh' ? '读写失败' : 'I/O error'}: ${err.message}\n`);
      return EXIT.failure;
    }
    process.stderr.write(`resp: ${lang === 'zh' ? '内部错误，请报告此问题' : 'internal error, please report it'}: ${(e as Error)?.message ?? String(e)}\n`);
    if (process.env.RESP_DEBUG) process.stderr.write(`${(e as Error)?.stack ?? ''}\n`);
    return EXIT.failure;
  }
}
