import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { FINDING_FORMATS } from '../findings/render/formats.js';
import { RespError } from '../errors.js';
import { fmt, resolveLang, type Lang } from '../i18n.js';
import { usageMessage } from './usage-messages.js';
import { version } from '../version.js';
import { EXIT } from './exit-codes.js';
import { drainStdout, guardStdio, print } from '../io/write.js';
import { PROFILE_IDS } from '../law/profiles.js';

/** A repeatable option's values, in the order given. */
const collect = (v: string, prev: string[] | undefined): string[] => [...(prev ?? []), v];

/** A repeatable option whose every value must be one of `choices` (the parser's own wording when it is not). */
const oneOf = (choices: readonly string[]) => (v: string, prev: string[] | undefined): string[] => {
  if (!choices.includes(v)) throw new InvalidArgumentError(`Allowed choices are ${choices.join(', ')}.`);
  return collect(v, prev);
};

/**
 * Build the program. Commands are imported when they run, so `resp --version` and `--help`
 * load nothing heavy.
 */
/** The headings of the parser's help, in Chinese (English with --lang en). */
const HELP_TITLES_ZH: Record<string, string> = { 'Usage:': '用法：', 'Options:': '选项：', 'Commands:': '命令：', 'Arguments:': '参数：', 'Global Options:': '全局选项：' };

function program(setCode: (n: number) => void, lang: Lang): Command {
  const zh = lang === 'zh';
  const p = new Command('resp')
    .description('县乡责任清单即代码：校验、编译、比对、导出 / responsibility lists as code')
    // Help in the user's language; subcommands inherit these settings.
    .configureHelp({ styleTitle: (s) => (zh ? HELP_TITLES_ZH[s] ?? s : s) })
    .helpOption('-h, --help', zh ? '显示帮助' : 'display help for command')
    .helpCommand('help [command]', zh ? '显示命令的帮助' : 'display help for command')
    .version(version(), '-v, --version', zh ? '显示版本号' : 'output the version number')
    .option('--lang <lang>', '输出语言 zh|en / output language', undefined)
    .showSuggestionAfterError()
    .exitOverride()
    .configureOutput({ writeOut: (s) => void print(s), writeErr: (s) => process.stderr.write(s), outputError: (s, write) => write(usageMessage(s, lang)) });

  p.command('find')
    .description('按群众或乡镇描述的问题查找主责和配合单位 / which unit leads and which supports, for a problem told in plain words')
    .argument('[words...]', '问题描述，如 "有人晚上在河里挖沙" / the problem in plain words')
    .option('--stdin', '从标准输入逐行读取问题，索引只建一次（-f json 时每行输出一个 JSON）/ read reports from standard input, one a line, indexing once (-f json: one JSON object a line)')
    .option('-C, --repo <dir>', '清单仓库所在文件夹（默认当前文件夹）/ the list repository (default: .)')
    .option('--township <name>', '按该乡镇（街道）的现行清单回答 / answer from this township\'s list in force')
    .option('-n, --limit <n>', '最多显示几条（默认 5）/ at most this many results (default 5)')
    .addOption(new Option('-f, --format <format>', '输出格式 / output format').choices(['human', 'json']).default('human'))
    .action(async (words: string[], opts) => {
      const { findCommand } = await import('./commands/find.js');
      setCode(await findCommand(words, { ...opts, lang: resolveLang(p.opts().lang) }));
    });

  p.command('init')
    .description('创建新的清单仓库（配置、部门名录、示例事项、CI 和编辑器设置）/ create a new list repository')
    .argument('[dir]', '文件夹，默认当前文件夹 / folder (default: .)')
    .option('--county <name>', '县（市、区、旗）全称，如 青禾县 / the county\'s full name')
    .option('--province <name>', '所属省份 / province')
    .option('--city <name>', '所属设区的市 / city')
    .option('--townships <names>', '乡镇（街道），用逗号分隔 / townships, comma-separated')
    .option('--profile <id>', `规则配置 ${PROFILE_IDS.join('|')}（默认 national）/ rule profile`)
    .option('--schemas', '只刷新已有仓库中 .resp/schemas/ 的编辑器 schema / only refresh the editor schemas of an existing repository')
    .action(async (dir: string | undefined, opts) => {
      const { initCommand } = await import('./commands/init.js');
      setCode(await initCommand(dir, { ...opts, lang: resolveLang(p.opts().lang) }));
    });

  p.command('import')
    .description('导入已有的 Excel/Word/CSV 清单，生成清单仓库和损失报告 / import an existing Excel/Word/CSV list into a repository, with a loss report')
    .argument('<files...>', '.xlsx、.docx、.csv（.xls/.doc/.wps 需要 LibreOffice）/ .xlsx, .docx, .csv (.xls/.doc/.wps need LibreOffice)')
    .option('--out <dir>', '写入文件夹（默认当前文件夹，须没有清单文件）/ folder to write into (default: the current folder, which must hold no list files)')
    .option('--force', '覆盖已有文件 / overwrite existing files')
    .option('--kind <kind>', '清单类别，覆盖自动识别 / list kind, over what is detected')
    .option('--township <name>', '乡镇（街道）名称，覆盖标题中的名称 / the township whose list it is')
    .option('--map <file>', '列对应表（YAML），见 --write-map / column map (YAML), see --write-map')
    .option('--write-map <file>', '只写出识别到的列对应表供编辑，不写仓库 / write the detected column map to edit, and no repository')
    .option('--dry-run', '只报告，不写文件 / report only, write nothing')
    .addOption(new Option('-f, --format <format>', '报告格式 / report format').choices(['human', 'json']).default('human'))
    .action(async (files: string[], opts) => {
      const { importCommand } = await import('./commands/import.js');
      setCode(await importCommand(files, { ...opts, lang: resolveLang(p.opts().lang) }));
    });

  p.command('validate')
    .description('校验清单仓库：结构、法律依据和政策规则 / validate a list repository')
    .argument('[paths...]', '文件或文件夹，默认当前文件夹；- 表示标准输入 / files or folders (default: .); - for standard input')
    .addOption(new Option('-f, --format <format>', `输出格式，可重复，与 -o 按顺序配对 / output format, repeatable, paired with -o in order (${FINDING_FORMATS.join(', ')}; default human)`).argParser(oneOf(FINDING_FORMATS)))
    .addOption(new Option('--fail-on <level>', '达到该级别即退出码 1 / exit 1 at this level').choices(['error', 'warning', 'info']).default('error'))
    .option('-o, --output <file>', '写入文件而不是标准输出，可重复，- 表示标准输出 / write to a file, repeatable, - for standard output', collect)
    .option('-q, --quiet', '只报告错误 / report errors only')
    .option('--max-warnings <n>', '警告超过 n 个时退出码 1 / exit 1 when there are more than n warnings')
    .option('--stdin', '校验标准输入中的文本 / check the text on standard input')
    .option('--stdin-filepath <path>', '标准输入对应的清单文件路径（问题按此路径报告）/ the list file the input stands for (findings are located there)')
    .addOption(new Option('--stdin-filename <path>').hideHelp())
    .option('--as-of <date>', '判断期限和有效期的日期（默认今天）/ date for deadlines (default today)')
    .option('--no-color', '不使用颜色 / no colour')
    .option('--cache', '复用未改动文件的检查结果 / reuse the results of unchanged files')
    .option('--no-cache', '不使用缓存（覆盖前面的 --cache）/ do not use the cache (overrides an earlier --cache)')
    .option('--cache-location <dir>', '缓存文件夹（默认仓库根目录下 .resp-cache）/ cache folder (default .resp-cache in the repository)')
    .option('-j, --jobs <n>', '工作线程数，0 表示不用（默认按 CPU 核数）/ worker threads, 0 for none (default: one per core)')
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

  p.command('build')
    .description('编译县级清单和各乡镇清单（含来源）/ compile the lists in force, with provenance')
    .argument('[paths...]', '清单仓库或其中的文件 / the list repository (default: .)')
    .option('--out <dir>', '写入文件夹（每个清单一个文件）/ write one file per list into this folder')
    .addOption(new Option('-f, --format <format>', '输出格式 / output format').choices(['json', 'yaml']).default('json'))
    .option('--township <name>', '只编译该乡镇 / only this township')
    .option('--as-of <date>', '判断期限的日期 / date for deadlines')
    .option('-j, --jobs <n>', '工作线程数，0 表示不用（默认按 CPU 核数）/ worker threads, 0 for none (default: one per core)')
    .action(async (paths: string[], opts) => {
      const { buildCommand } = await import('./commands/build.js');
      setCode(await buildCommand(paths, { ...opts, lang: resolveLang(p.opts().lang) }));
    });

  p.command('export')
    .description('导出正式文本：Excel、Markdown、CSV、JSON / export the documents for release')
    .argument('[paths...]', '清单仓库 / the list repository (default: .)')
    .option('--xlsx', 'Excel 工作簿 / Excel workbook')
    .option('--md', 'Markdown（含施工图 Mermaid 流程图）/ Markdown with Mermaid flow charts')
    .option('--csv', 'CSV')
    .option('--json', 'JSON')
    .option('--html', '静态网站（可离线打开，含检索），写入 <out>/html / a static site with search, under <out>/html')
    .option('--township <name>', '只导出该乡镇的清单 / only this township\'s list')
    .option('--county', '只导出县级清单 / only the county-wide list')
    .option('--out <dir>', '输出文件夹，默认 ./out / output folder (default ./out)')
    .option('--date <date>', '文档日期（默认清单施行日期）/ document date (default: the revision date)')
    .option('--as-of <date>', '赋权事项台账判断状态的日期（默认今天）/ date the delegation ledger judges on (default today)')
    .option('--draft', '征求意见稿：有错误也导出全部事项，标明征求意见稿并列出待解决问题 / a draft for consultation: every item, marked, with the open problems')
    .action(async (paths: string[], opts) => {
      const { exportCommand } = await import('./commands/export.js');
      setCode(await exportCommand(paths, { ...opts, lang: resolveLang(p.opts().lang) }));
    });

  p.command('diff')
    .description('比对两个版本，生成动态调整申请 / what changed between two revisions, as the adjustment request')
    .argument('<old>', '旧版本：文件夹或 git 修订 / old revision: folder or git revision')
    .argument('[new]', '新版本：文件夹或 git 修订，默认工作区 / new revision (default: working tree)')
    .addOption(new Option('-f, --format <format>', '输出格式 / output format').choices(['human', 'json', 'md', 'xlsx']).default('human'))
    .option('-o, --output <file>', '写入文件 / write to a file (required for xlsx)')
    .option('--exit-code', '有变化时退出码 1 / exit 1 when anything changed')
    .addOption(new Option('--fail-on <what>', '有需法制审核的变化时退出码 1 / exit 1 on changes needing legal review').choices(['review', 'change']))
    .option('-C, --repo <dir>', '清单仓库所在文件夹（git 修订用）/ the list repository (for git revisions)')
    .option('--no-color', '不使用颜色 / no colour')
    .action(async (oldRev: string, newRev: string | undefined, opts) => {
      const { diffCommand } = await import('./commands/diff.js');
      setCode(await diffCommand(oldRev, newRev, { ...opts, lang: resolveLang(p.opts().lang) }));
    });

  p.command('lsp')
    .description('编辑器语言服务（标准输入输出）：显示校验问题、规则说明和快速修复 / language server over stdio: findings, rule docs, quick fixes')
    .option('--stdio', '使用标准输入输出（默认，编辑器常会传入）/ use stdin and stdout (the default; editors often pass it)')
    // Clients add their own flags (--clientProcessId=…): not a reason to refuse to start.
    .allowUnknownOption()
    .allowExcessArguments()
    .action(async () => {
      const { lspCommand } = await import('./commands/lsp.js');
      setCode(await lspCommand({ lang: resolveLang(p.opts().lang) }));
    });

  return p;
}

/** Run the CLI with the given arguments; resolves to the exit code. Never throws. */
export async function run(argv: string[]): Promise<number> {
  // Errors of standard output and error are answered where they are written (src/io/write.ts), never
  // as an unhandled 'error' event.
  guardStdio();
  let code: number = EXIT.ok;
  const langFlag = argv.find((a) => a.startsWith('--lang='))?.slice(7) ?? (argv.includes('--lang') ? argv[argv.indexOf('--lang') + 1] : undefined);
  const lang = resolveLang(langFlag);
  // An unknown language is a usage error, not silently Chinese.
  if (langFlag !== undefined && !/^(zh|en)([-_][a-z]+)?$/i.test(langFlag)) {
    process.stderr.write(`resp: ${fmt({ zh: '--lang 应为以下之一：zh、en（收到 {v}）', en: '--lang must be one of: zh, en (got {v})' }, lang, { v: langFlag })}\n`);
    return EXIT.failure;
  }
  try {
    try {
      await program((n) => (code = n), lang).parseAsync(argv, { from: 'user' });
    } catch (e) {
      if (!(e instanceof CommanderError)) throw e;
      // --help and --version end here with code 0; bad flags with a usage error.
      code = e.exitCode === 0 ? EXIT.ok : EXIT.failure;
    }
    // Output written without waiting (commander's help) fails here, like any other write.
    await drainStdout();
    return code;
  } catch (e) {
    if (e instanceof RespError) {
      process.stderr.write(`resp: ${fmt(e.msg, lang, e.args)}\n`);
      return EXIT.failure;
    }
    const err = e as NodeJS.ErrnoException;
    // The reader of standard output went away (`resp build | head`): what it wanted, it has.
    if (err?.code === 'EPIPE' && err.syscall === 'write') return code;
    if (err && typeof err.code === 'string' && /^E[A-Z]+$/.test(err.code)) {
      process.stderr.write(`resp: ${lang === 'zh' ? '读写失败' : 'I/O error'}: ${err.message}\n`);
      return EXIT.failure;
    }
    process.stderr.write(`resp: ${lang === 'zh' ? '内部错误，请报告此问题' : 'internal error, please report it'}: ${(e as Error)?.message ?? String(e)}\n`);
    if (process.env.RESP_DEBUG) process.stderr.write(`${(e as Error)?.stack ?? ''}\n`);
    return EXIT.failure;
  }
}
