import { existsSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import type { Lang } from '../../i18n.js';
import { RespError } from '../../errors.js';
import { writeRepository } from '../../import/index.js';
import { heldListFile, levelOf, scaffold, schemaFiles } from '../../init/scaffold.js';
import { PROFILE_IDS } from '../../law/profiles.js';
import { emit } from '../../io/write.js';
import { EXIT } from '../exit-codes.js';

export interface InitFlags {
  lang: Lang;
  county?: string;
  province?: string;
  city?: string;
  townships?: string;
  profile?: string;
  schemas?: boolean;
}

const MSG = {
  county: { zh: '请用 --county 给出县（市、区、旗）的全称，例如 --county 青禾县', en: 'name the county with --county, e.g. --county 青禾县' },
  level: { zh: '--county 应以 县、市、区 或 旗 结尾：{v}', en: '--county must end with 县, 市, 区 or 旗: {v}' },
  profile: { zh: '--profile 应为以下之一：{list}', en: '--profile must be one of: {list}' },
  held: {
    zh: '{dir} 已有清单文件（{file}），未写入任何文件；resp init 只在空文件夹或没有清单的文件夹中创建仓库（刷新编辑器用的 schema 请用 --schemas）',
    en: '{dir} already holds list files ({file}); nothing was written; resp init creates a repository only where there is none (to refresh the editor schemas use --schemas)',
  },
  noRepo: { zh: '{dir} 中没有 resp.yaml，不是清单仓库', en: '{dir} has no resp.yaml: not a list repository' },
  done: {
    zh: '已创建 {county}的清单仓库：{count} 个文件写入 {dir}\n下一步：\n  cd {dir}\n  resp validate          # 检查（应当没有问题）\n  编辑 registry/departments.yaml，按本地实际增删部门；在 domains/ 中按领域添加事项\n  git init && git add . && git commit -m "清单初稿"\n',
    en: 'created the list repository of {county}: {count} files in {dir}\nnext:\n  cd {dir}\n  resp validate          # should report nothing\n  edit registry/departments.yaml to match the county; add items in domains/ by domain\n  git init && git add . && git commit -m "first draft"\n',
  },
  schemas: { zh: '已刷新 {count} 个 schema 文件：{dir}/.resp/schemas/', en: 'refreshed {count} schema files in {dir}/.resp/schemas/' },
};

/**
 * `resp init [dir] --county NAME`: a new list repository that validates clean at once. Refuses a folder
 * that already holds list files (exit 2). `--schemas` only refreshes the editor schemas of an existing one.
 */
export async function initCommand(dirArg: string | undefined, flags: InitFlags): Promise<number> {
  const cwd = process.cwd();
  const dir = resolve(cwd, dirArg ?? '.');
  const shown = relative(cwd, dir) || '.';
  if (flags.schemas) {
    if (!existsSync(resolve(dir, 'resp.yaml'))) throw new RespError('usage', MSG.noRepo, { dir: shown });
    const files = schemaFiles();
    writeRepository(dir, files, { force: true, display: shown });
    emit(`${MSG.schemas[flags.lang].replace('{count}', String(files.size)).replace('{dir}', shown)}\n`);
    return EXIT.ok;
  }
  if (!flags.county) throw new RespError('usage', MSG.county);
  if (!levelOf(flags.county)) throw new RespError('usage', MSG.level, { v: flags.county });
  const profile = flags.profile ?? 'national';
  if (!PROFILE_IDS.includes(profile)) throw new RespError('usage', MSG.profile, { list: PROFILE_IDS.join('、') });
  const held = heldListFile(dir);
  if (held) throw new RespError('io', MSG.held, { dir: shown, file: held });
  const townships = (flags.townships ?? '').split(/[,，、\s]+/).map((t) => t.trim()).filter(Boolean);
  const files = scaffold({ county: flags.county, townships, profile, ...(flags.province ? { province: flags.province } : {}), ...(flags.city ? { city: flags.city } : {}) });
  writeRepository(dir, files, { display: shown });
  const done = MSG.done[flags.lang].replace('{county}', flags.county).replace('{count}', String(files.size)).replaceAll('{dir}', shown);
  emit(shown === '.' ? done.replace(/^ {2}cd \.\n/m, '') : done);
  return EXIT.ok;
}
