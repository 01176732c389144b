import { RespError } from '../../errors.js';

/** `resp build`: not available yet. */
export async function buildCommand(..._args: unknown[]): Promise<number> {
  throw new RespError('usage', { zh: '命令 build 尚未实现', en: 'command build is not implemented yet' });
}
