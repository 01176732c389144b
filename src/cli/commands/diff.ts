import { RespError } from '../../errors.js';

/** `resp diff`: not available yet. */
export async function diffCommand(..._args: unknown[]): Promise<number> {
  throw new RespError('usage', { zh: '命令 diff 尚未实现', en: 'command diff is not implemented yet' });
}
