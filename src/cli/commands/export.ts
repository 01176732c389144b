import { RespError } from '../../errors.js';

/** `resp export`: not available yet. */
export async function exportCommand(..._args: unknown[]): Promise<number> {
  throw new RespError('usage', { zh: '命令 export 尚未实现', en: 'command export is not implemented yet' });
}
