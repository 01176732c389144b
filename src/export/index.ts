import { writeCsv } from './csv.js';
import { writeJson } from './json.js';
import { writeMarkdown } from './markdown.js';
import type { Exporter } from './types.js';
import { writeXlsx } from './xlsx.js';

/** Export formats, in the order files are written. */
export const EXPORT_FORMATS = ['xlsx', 'md', 'csv', 'json'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** The exporter of each format; the xlsx one loads exceljs only when it runs. */
export const EXPORTERS: Record<ExportFormat, Exporter> = { xlsx: writeXlsx, md: writeMarkdown, csv: writeCsv, json: writeJson };

export { fileStemOf, revisionLine, titleOf } from './labels.js';
export type { ExportDoc, Exporter } from './types.js';
export { documentOf, localizer } from './document.js';
