/** A UTF-16 or UTF-32 list file is named as such, with the command that converts it. */
import { expect, it } from 'vitest';
import { runCli, tempRepo, MINI } from '../helpers.js';

const text = 'kind: domain\ndomain: 自然资源\nitems: []\n';
const utf32le = (s: string) => Buffer.concat([...s].map((ch) => { const b = Buffer.alloc(4); b.writeUInt32LE(ch.codePointAt(0)!); return b; }));

it.each([
  ['UTF-16LE', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')])],
  ['UTF-16LE', Buffer.from(text, 'utf16le')],
  ['UTF-16BE', Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(text, 'utf16le').swap16()])],
  ['UTF-32LE', Buffer.concat([Buffer.from([0xff, 0xfe, 0, 0]), utf32le(text)])],
])('%s is named, not taken for GBK', async (encoding, bytes) => {
  const dir = tempRepo({ ...MINI, 'domains/自然资源.yaml': bytes });
  const r = await runCli(['validate', '-f', 'json'], dir);
  const f = JSON.parse(r.stdout).findings.find((x: { file: string }) => x.file.endsWith('自然资源.yaml'));
  expect(f).toMatchObject({ rule: 'encoding', line: 1, column: 1, message: `文件是 ${encoding} 编码，清单文件须为 UTF-8`, hint: `用编辑器“另存为 UTF-8”，或运行 iconv -f ${encoding} -t UTF-8 原文件 > 新文件` });
});
