import { Chalk } from 'chalk';
import { describe, expect, it } from 'vitest';
import { palette, type Palette } from '../../src/util/ansi.js';

describe('the terminal styles of the human report', () => {
  const chalk = new Chalk({ level: 1 });
  const texts = ['counties/东口县/domains/水利-01.yaml:12:5', '', '>', 'a\nb', 'a\r\nb\nc', `x${chalk.red('y')}z`, `${chalk.bold('粗')}细\n${chalk.dim('淡')}`];
  const names: (keyof Palette)[] = ['red', 'yellow', 'blue', 'green', 'cyan', 'bold', 'dim'];

  it('write what chalk writes at 16 colours, text with codes and line breaks included', () => {
    const p = palette(true);
    for (const name of names) for (const t of texts) expect(p[name](t), `${name} ${JSON.stringify(t)}`).toBe(chalk[name](t));
  });

  it('leave the text as it is when colour is off', () => {
    const p = palette(false);
    for (const name of names) for (const t of texts) expect(p[name](t)).toBe(t);
  });
});
