/**
 * The library front door (`import … from 'resp'`): the stages the CLI is made of, without its rendering
 * to the terminal or its exit codes. Each stage takes plain values and returns plain values; operational
 * failures throw RespError, problems in the input are findings.
 *
 *   discover → loadProject → validateRepository / validateProject → RENDERERS
 *                          → compile → EXPORTERS
 *   RevisionReader → loadRevisions → diffRevisions → DIFF_RENDERERS
 */

// Model: the shapes of the YAML files and their items.
export * from './model/types.js';
export { Registry, TOWNSHIP_PLACEHOLDERS, type PartyRef } from './model/registry.js';

// Errors and languages.
export { RespError, type FailureKind } from './errors.js';
export { fmt, resolveLang, type Lang, type Msg } from './i18n.js';
export { version } from './version.js';

// Writing files and standard output: atomic, refusing targets that are not regular files.
export { createNew, emit, emitPieces, withTempFile, writeAtomic, writeAtomicPieces } from './io/write.js';

// Loading a list repository.
export { CONFIG_NAME, discover, discoverText, displayPath, findRoot, STDIN_NAME, type FoundFile, type Selection } from './load/discover.js';
export type { Project } from './load/project.js';
export { loadProject } from './validate/load.js';
export type { LoadedFile, MemoryFile } from './load/load-file.js';

// Validation: findings for paths (what `resp validate` runs), for text in memory as a file of its
// repository (`resp validate -`), or for a project already loaded.
export { validateRepository, type RepositoryOptions, type RepositoryResult } from './validate/repository.js';
export { today, validateProject, validateText, type TextInput } from './validate/validate.js';

// Findings and their renderers (human, json, sarif, github, junit, gitlab).
export { atLeast, compareFindings, countBySeverity, type DocPath, type Finding, type RuleLevel, type Severity } from './findings/types.js';
export { FINDING_FORMATS, RENDERERS, type FindingFormat, type RenderContext, type Renderer } from './findings/render/index.js';

// The rule catalogue.
export { ALL_RULES, CONFIG_CODES, getRule, LOADER_CODES, RULES } from './rules/index.js';
export type { Rule, RuleCategory, RuleDocs, RuleMessage } from './rules/types.js';

// Compiling the lists in force, and writing them as JSON or YAML piece by piece.
export { compile, compileProblems } from './compile/compile.js';
export { jsonPieces, yamlPieces } from './compile/serialize.js';
export type { BuildProblem, BuildResult, CompiledItem, CompiledList, Layer, Provenance } from './compile/types.js';

// Comparing two revisions (folders or git revisions) into the adjustment request.
export { RevisionReader, type Revision, type RevisionSource } from './diff/revision.js';
export { loadRevisions } from './diff/load-revisions.js';
export type { Listing } from './diff/listing.js';
export { diffRevisions } from './diff/diff-projects.js';
export { DIFF_RENDERERS, type DiffFormat } from './diff/render/index.js';
export type { DiffRenderContext, DiffRenderer } from './diff/render/types.js';
export { renderXlsx as renderDiffXlsx } from './diff/render/xlsx.js';
export type { Change, ChangeSet, ChangeSummary, ChangeType, FieldChange, RevisionInfo, RevisionProblem } from './diff/types.js';

// Exporting documents for release (xlsx, md, csv, json).
export { EXPORTERS, EXPORT_FORMATS, fileStemOf, revisionLine, titleOf, type ExportDoc, type Exporter, type ExportFormat } from './export/index.js';

// Importing existing Excel/Word/CSV lists (`resp import`): read, map, report what was lost, write.
export {
  describeMap, importBooks, importFiles, ImportReadError, readColumnMap, writeRepository,
  type Grid, type ImportOptions, type ImportResult, type Loss, type LossCode, type SourceBook,
} from './import/index.js';
export { readSource } from './import/read/index.js';
